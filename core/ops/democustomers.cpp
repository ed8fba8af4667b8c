// The demo's customers: loyalty-card holders with contact details, consents and addresses, each a
// regular of one store, and the customer account people sign in to online.
#include "demomodel.h"

#include "security/passwords.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

QString digits(DemoRandom &random, int count)
{
    QString result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        result += QChar(u'0' + int(random.below(10)));
    }
    return result;
}

QString mobileNumber(const DemoCountryProfile &profile, DemoRandom &random)
{
    if (profile.country == "JP"_L1) {
        static const QStringList prefixes = {u"90"_s, u"80"_s, u"70"_s};
        return u"+81 %1-%2-%3"_s.arg(random.pick(prefixes), digits(random, 4), digits(random, 4));
    }
    if (profile.country == "ES"_L1) {
        return u"+34 6%1 %2 %3"_s.arg(digits(random, 2), digits(random, 3), digits(random, 3));
    }
    static const QStringList prefixes = {u"151"_s, u"152"_s, u"157"_s, u"160"_s, u"170"_s, u"176"_s};
    return u"+49 %1 %2"_s.arg(random.pick(prefixes), digits(random, 7 + int(random.below(2))));
}

QString streetAddress(const DemoCountryProfile &profile, DemoRandom &random)
{
    if (profile.country == "JP"_L1) {
        static const QStringList areas = {u"Kita-machi"_s, u"Minami-cho"_s, u"Sakuradai"_s, u"Midori-cho"_s, u"Honcho"_s, u"Higashi"_s, u"Nishiki"_s};
        return u"%1-%2-%3 %4"_s.arg(random.between(1, 5)).arg(random.between(1, 30)).arg(random.between(1, 20)).arg(random.pick(areas));
    }
    if (profile.country == "ES"_L1) {
        static const QStringList streets = {u"Calle Mayor"_s,       u"Calle del Sol"_s, u"Avenida de la Constitución"_s, u"Calle Real"_s,
                                            u"Plaza de España"_s,   u"Calle de la Paz"_s, u"Calle Nueva"_s,              u"Calle San Juan"_s,
                                            u"Avenida del Puerto"_s};
        return u"%1, %2, %3º"_s.arg(random.pick(streets)).arg(random.between(1, 120)).arg(random.between(1, 8));
    }
    static const QStringList streets = {u"Lindenstraße"_s, u"Gartenweg"_s, u"Bahnhofstraße"_s, u"Schulstraße"_s, u"Am Markt"_s,
                                        u"Hauptstraße"_s,  u"Bergstraße"_s, u"Waldstraße"_s,   u"Rosenweg"_s,    u"Mozartstraße"_s};
    return u"%1 %2"_s.arg(random.pick(streets)).arg(random.between(1, 140));
}

} // namespace

DemoName demoPersonName(const DemoCountryProfile &profile, DemoRandom &random)
{
    const DemoName &given = random.pick(profile.givenNames);
    const DemoName &family = random.pick(profile.familyNames);
    const QString ascii = given.ascii + u'.' + family.ascii;
    if (profile.familyNameFirst) {
        return {family.display + u' ' + given.display, ascii};
    }
    if (profile.twoFamilyNames) {
        const DemoName &second = random.pick(profile.familyNames);
        return {given.display + u' ' + family.display + u' ' + second.display, ascii};
    }
    return {given.display + u' ' + family.display, ascii};
}

bool writeDemoCustomers(DemoContext &context, DemoCompany &company)
{
    const DemoCountryProfile &profile = *company.profile;
    DemoWriter &w = *context.writer;
    DemoRandom random = DemoRandom::stream(context.options.seed, quint64(DemoStream::Customers), quint64(company.index));
    static const QStringList domains = {u"example.com"_s, u"example.org"_s, u"example.net"_s};
    static const QStringList notes = {u"Prefers paper receipts"_s, u"Business customer: invoice with company name"_s, u"Staff member"_s,
                                      u"Allergic to nuts: check deli orders"_s};

    WeightedPicker homeStore;
    for (const DemoStore &store : company.stores) {
        homeStore.add(store.weight);
    }
    const qint64 window = context.firstDayUtc - kDayMs - company.createdAt;
    QSet<QString> emails;
    const auto writeAddress = [&](const QString &customerId, const QString &recipient, const DemoStore &store, const QString &phone, qint64 at) {
        w.row(DemoTable::CustomerAddresses, demoId(at, random), company.id, customerId, u"Home"_s, recipient, streetAddress(profile, random),
              store.site.postalCode, store.site.city, profile.country, phone, 1, 1, at);
    };

    for (qint64 i = 0; i < company.customerTarget; ++i) {
        const qint64 createdAt = company.createdAt + qint64(random.below(quint64(window)));
        const DemoName name = demoPersonName(profile, random);
        QVariant email;
        if (random.perMille(850)) {
            QString local = name.ascii;
            if (emails.contains(local)) {
                local += QString::number(i);
            }
            emails.insert(local);
            email = QString(local + u'@' + random.pick(domains));
        }
        const QString phone = random.perMille(650) ? mobileNumber(profile, random) : QString();
        const bool marketing = random.perMille(450);
        const qint64 consentAt = createdAt + qint64(random.below(30 * kDayMs));
        const bool emailReceipts = email.isValid() && random.perMille(400);
        const QString note = random.perMille(20) ? random.pick(notes) : QString();
        const QString id = demoId(createdAt, random);
        company.customerIds << id;
        w.row(DemoTable::Customers, id, company.id, QVariant(), name.display, email, phone.isEmpty() ? QVariant() : QVariant(phone), marketing ? 1 : 0,
              marketing ? QVariant(consentAt) : QVariant(), emailReceipts ? 1 : 0, note, createdAt, marketing ? qMax(consentAt, createdAt) : createdAt);
        DemoStore &store = company.stores[size_t(homeStore.pick(random))];
        store.customers << int(i);
        if (random.perMille(300)) {
            writeAddress(id, name.display, store, phone, createdAt);
        }
    }

    // The demo customer account: signs in online and is the flagship's most frequent customer, so
    // her order history is never empty.
    const qint64 at = company.createdAt + 30 * kDayMs;
    const QString userId = demoId(at, random);
    const QString email = u"customer@"_s + company.emailDomain;
    const QString password = QString::fromUtf16(kDemoPassword);
    w.row(DemoTable::Users, userId, company.id, QVariant(), email, profile.demoCustomerName.display, u"customer"_s,
          hashSecret(password, HashStrength::Minimum), QVariant(), 0, at, at);
    const QString customerId = demoId(at, random);
    const QString phone = mobileNumber(profile, random);
    w.row(DemoTable::Customers, customerId, company.id, userId, profile.demoCustomerName.display, email, phone, 1, at, 1, QString(), at, at);
    writeAddress(customerId, profile.demoCustomerName.display, company.stores.front(), phone, at);
    company.demoCustomer = int(company.customerIds.size());
    company.customerIds << customerId;
    company.stores.front().customers.prepend(company.demoCustomer);
    context.accounts.append({email, password, u"customer"_s, company.slug, {}, {}});

    // Regulars: the first customers of a store come far more often than the last (the most
    // frequent about once or twice a week in a full-size demo).
    for (DemoStore &store : company.stores) {
        for (qsizetype rank = 0; rank < store.customers.size(); ++rank) {
            store.customerPicker.add(1.0 / double(rank + 20));
        }
    }
    return !w.failed();
}

} // namespace kassa
