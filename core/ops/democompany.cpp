// The demo's companies: the company row, its tax rates, stores and warehouse with their locations,
// bins and tills, and the staff who work there.
#include "demomodel.h"

#include "security/passwords.h"

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

// A landline number as the country writes it: +49 30 1234567, +34 91 123 45 67, +81 3-1234-5678.
QString landline(const DemoCountryProfile &profile, const QString &areaCode, DemoRandom &random)
{
    if (profile.country == "JP"_L1) {
        const int local = areaCode.size() == 1 ? 4 : 3;
        return u"%1 %2-%3-%4"_s.arg(profile.countryCallingCode, areaCode, digits(random, local), digits(random, 4));
    }
    if (profile.country == "ES"_L1) {
        const QString rest = digits(random, 9 - int(areaCode.size()));
        return u"%1 %2 %3"_s.arg(profile.countryCallingCode, areaCode, rest);
    }
    return u"%1 %2 %3"_s.arg(profile.countryCallingCode, areaCode, digits(random, 7));
}

// The company's tax registration as receipts print it: a German VAT id, a Spanish NIF, a
// Japanese qualified-invoice issuer number.
QString taxNumber(const DemoCountryProfile &profile, DemoRandom &random)
{
    if (profile.country == "JP"_L1) {
        return u"T"_s + digits(random, 13);
    }
    if (profile.country == "ES"_L1) {
        return u"ESB"_s + digits(random, 8);
    }
    return u"DE"_s + digits(random, 9);
}

struct StaffMember {
    QString id;
    QString email;
    QString role;
    QString shopId;
    QString shopSlug;
    bool pin = false;
    int discountLimit = 0;
    bool documented = false;
};

} // namespace

bool writeDemoCompany(DemoContext &context, DemoCompany &company)
{
    const DemoCountryProfile &profile = *company.profile;
    DemoWriter &w = *context.writer;
    DemoRandom random = DemoRandom::stream(context.options.seed, quint64(DemoStream::Setup), quint64(company.index));
    const QString password = QString::fromUtf16(kDemoPassword);

    company.id = demoId(company.createdAt, random);
    parseRoundingMode(profile.roundingMode, &company.policy.rounding);
    parseTaxRounding(profile.taxRounding, &company.policy.taxRounding);
    company.policy.pricesIncludeTax = true; // shelf prices include tax in all three markets
    w.row(DemoTable::Companies, company.id, company.slug, company.name, profile.currency, profile.roundingMode, profile.taxRounding, profile.timezone,
          profile.country, company.createdAt, company.createdAt);
    for (const DemoTaxRate &rate : profile.taxRates) {
        const QString id = demoId(company.createdAt, random);
        company.taxCategoryIds << id;
        w.row(DemoTable::TaxCategories, id, company.id, rate.name, rate.rateBasisPoints);
    }
    const QString companyTaxNumber = taxNumber(profile, random);

    QList<StaffMember> staff;
    const auto addStaff = [&](const QString &email, const QString &role, const QString &shopId, const QString &shopSlug, bool pin, int limit,
                              bool documented) {
        staff.append({demoId(company.createdAt + kDayMs, random), email, role, shopId, shopSlug, pin, limit, documented});
        return staff.last().id;
    };
    company.adminId = addStaff(u"admin@"_s + company.emailDomain, u"company_admin"_s, {}, {}, false, 10000, true);

    for (size_t k = 0; k < company.stores.size(); ++k) {
        DemoStore &store = company.stores[k];
        const qint64 at = company.createdAt + qint64(k + 1) * 7 * kDayMs;
        const int cycle = int(qsizetype(k) / profile.stores.size());
        store.id = demoId(at, random);
        store.name = profile.brand + u' ' + store.site.city;
        if (!store.site.district.isEmpty() && store.site.district != store.site.city) {
            store.name += u' ' + store.site.district;
        }
        if (cycle > 0) {
            store.name += u' ' + QString::number(cycle + 1);
        }
        // The flagship is the busiest; the others vary around an ordinary store.
        store.weight = k == 0 ? 1.6 : 0.6 + 0.6 * random.unit();
        const QString localPart = store.slug.mid(company.slug.size() + 1);
        w.row(DemoTable::Shops, store.id, company.id, store.slug, store.name, u"store"_s, 1, profile.timezone, store.site.street, store.site.postalCode,
              store.site.city, profile.country, landline(profile, store.site.areaCode, random), QString(localPart + u'@' + company.emailDomain),
              companyTaxNumber, store.site.latitude, store.site.longitude, profile.openingHoursText, at, at);
        store.floorLocationId = demoId(at, random);
        store.backLocationId = demoId(at, random);
        w.row(DemoTable::Locations, store.floorLocationId, company.id, store.id, u"FLOOR"_s, u"Shop floor"_s, u"shop_floor"_s, 1, at);
        w.row(DemoTable::Locations, store.backLocationId, company.id, store.id, u"BACK"_s, u"Back room"_s, u"back_room"_s, 0, at);
        for (int bin = 1; bin <= 4; ++bin) {
            w.row(DemoTable::Bins, demoId(at, random), company.id, store.backLocationId, u"R%1-%2"_s.arg((bin + 1) / 2).arg(QChar(bin % 2 ? u'A' : u'B')), bin);
        }
        const int terminals = store.weight >= 1.2 ? 3 : 2;
        for (int t = 1; t <= terminals; ++t) {
            const QString id = demoId(at, random);
            store.terminalIds << id;
            store.receiptCounters << 0;
            w.row(DemoTable::Devices, id, company.id, store.id, u"terminal"_s, u"Till %1"_s.arg(t), u"%1-%2"_s.arg(store.code).arg(t), at);
        }
        const bool flagship = k == 0;
        store.managerId = addStaff(flagship ? u"manager@"_s + company.emailDomain : u"manager.%1@%2"_s.arg(localPart, company.emailDomain), u"shop_manager"_s,
                                   store.id, store.slug, true, 3000, flagship); // a PIN: she signs in and approves at the till
        store.cashierIds << addStaff(flagship ? u"cashier@"_s + company.emailDomain : u"cashier1.%1@%2"_s.arg(localPart, company.emailDomain),
                                     u"shop_staff"_s, store.id, store.slug, true, 1000, flagship);
        store.cashierIds << addStaff(u"cashier2.%1@%2"_s.arg(localPart, company.emailDomain), u"shop_staff"_s, store.id, store.slug, true, 1000, false);
    }

    DemoWarehouse &warehouse = company.warehouse;
    const qint64 warehouseAt = company.createdAt + 3 * kDayMs;
    warehouse.id = demoId(warehouseAt, random);
    warehouse.slug = company.slug + u"-warehouse"_s;
    warehouse.name = company.index < 3 ? profile.warehouseName : u"%1 %2"_s.arg(profile.warehouseName).arg(company.index / 3 + 1);
    w.row(DemoTable::Shops, warehouse.id, company.id, warehouse.slug, warehouse.name, u"warehouse"_s, 1, profile.timezone, profile.warehouse.street,
          profile.warehouse.postalCode, profile.warehouse.city, profile.country, landline(profile, profile.warehouse.areaCode, random),
          QString(u"warehouse@"_s + company.emailDomain), companyTaxNumber, profile.warehouse.latitude, profile.warehouse.longitude, QString(),
          warehouseAt, warehouseAt);
    warehouse.locationId = demoId(warehouseAt, random);
    w.row(DemoTable::Locations, warehouse.locationId, company.id, warehouse.id, u"WH"_s, u"Warehouse"_s, u"warehouse"_s, 1, warehouseAt);
    // Aisles A–D, three racks each, two levels, numbered in the order a picker walks them.
    int walk = 0;
    for (QChar aisle : {u'A', u'B', u'C', u'D'}) {
        for (int rack = 1; rack <= 3; ++rack) {
            for (int level = 1; level <= 2; ++level) {
                w.row(DemoTable::Bins, demoId(warehouseAt, random), company.id, warehouse.locationId, u"%1-%2-%3"_s.arg(aisle).arg(rack, 2, 10, QChar(u'0')).arg(level),
                      ++walk);
            }
        }
    }
    warehouse.deviceId = demoId(warehouseAt, random);
    w.row(DemoTable::Devices, warehouse.deviceId, company.id, warehouse.id, u"terminal"_s, u"Scanner 1"_s, QString(), warehouseAt);
    company.warehouseStaffId = addStaff(u"warehouse@"_s + company.emailDomain, u"warehouse_staff"_s, warehouse.id, warehouse.slug, false, 0, true);

    // Hashes are salted, so they are the only values that differ between two runs with one seed.
    for (const StaffMember &member : std::as_const(staff)) {
        const DemoName name = demoPersonName(profile, random);
        const QString passwordHash = hashSecret(password, HashStrength::Minimum);
        const QVariant pinHash = member.pin ? QVariant(hashSecret(QString::fromUtf16(kDemoPin), HashStrength::Minimum)) : QVariant();
        const qint64 at = company.createdAt + kDayMs;
        w.row(DemoTable::Users, member.id, company.id, member.shopId.isEmpty() ? QVariant() : QVariant(member.shopId), member.email, name.display,
              member.role, passwordHash, pinHash, member.discountLimit, at, at);
        if (member.documented) {
            context.accounts.append({member.email, password, member.role, company.slug, member.shopSlug, member.pin ? QString::fromUtf16(kDemoPin) : QString()});
        } else {
            ++context.staffAccounts;
        }
    }
    return !w.failed();
}

} // namespace kassa
