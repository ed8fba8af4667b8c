#include "demoseed.h"

#include "demomodel.h"
#include "demovocabulary.h"
#include "domain/money.h"
#include "security/passwords.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kMaxCompanies = 9;
constexpr int kMaxShops = 500;
constexpr qint64 kMaxVariantsPerCompany = 900000; // six digits of item reference in the EAN-13
constexpr qint64 kMinVariantsPerCompany = 20;
constexpr qint64 kMaxSaleLines = 100000000;
constexpr int kMaxDays = 3660;

// How the demo's companies divide stores, variants and customers: the German one is the largest.
qint64 companyWeight(int index)
{
    static const qint64 weights[3] = {40, 35, 25};
    return weights[index % 3];
}

QList<qint64> splitByCompany(qint64 total, int companies, qint64 minimumEach)
{
    QList<qint64> weights;
    for (int i = 0; i < companies; ++i) {
        weights << companyWeight(i);
    }
    QList<qint64> parts = allocateProportionally(total - minimumEach * companies, weights);
    for (qint64 &part : parts) {
        part += minimumEach;
    }
    return parts;
}

QString companySlug(int index)
{
    const DemoCountryProfile &profile = demoCountryProfiles().at(index % 3);
    return index < 3 ? profile.slug : u"%1-%2"_s.arg(profile.slug).arg(index / 3 + 1);
}

QString slugPart(const QString &text)
{
    QString slug = demoAsciiFold(text).replace(u' ', u'-').replace(u'.', u'-');
    while (slug.contains("--"_L1)) {
        slug.replace("--"_L1, "-"_L1);
    }
    return slug;
}

QString demoStoreSlug(const QString &companySlugText, const DemoSite &site, int cycle)
{
    QString slug = companySlugText + u'-' + slugPart(site.city);
    if (!site.district.isEmpty() && site.district != site.city) {
        slug += u'-' + slugPart(site.district);
    }
    if (cycle > 0) {
        slug += u'-' + QString::number(cycle + 1);
    }
    return slug;
}

QList<int> demoStoreCounts(const DemoSeedOptions &options)
{
    QList<int> counts;
    for (qint64 part : splitByCompany(options.shops, options.companies, 1)) {
        counts << int(part);
    }
    return counts;
}

} // namespace

QString demoSeedOptionsProblem(const DemoSeedOptions &options)
{
    if (options.companies < 1 || options.companies > kMaxCompanies) {
        return u"--companies: from 1 to %1 (got %2)"_s.arg(kMaxCompanies).arg(options.companies);
    }
    if (options.shops < options.companies || options.shops > kMaxShops) {
        return u"--shops: at least one store per company and at most %1 (got %2 for %3 companies)"_s.arg(kMaxShops).arg(options.shops).arg(options.companies);
    }
    // The largest company's share must fit the six digits of item reference in its EAN-13s.
    qint64 mostVariants = 0;
    if (options.variants >= kMinVariantsPerCompany * options.companies) {
        const QList<qint64> split = splitByCompany(options.variants, options.companies, kMinVariantsPerCompany);
        mostVariants = *std::max_element(split.cbegin(), split.cend());
    }
    if (options.variants < kMinVariantsPerCompany * options.companies || mostVariants > kMaxVariantsPerCompany) {
        return u"--variants: at least %1 for %2 companies, and at most %3 for one company (got %4)"_s.arg(kMinVariantsPerCompany * options.companies)
            .arg(options.companies)
            .arg(kMaxVariantsPerCompany)
            .arg(options.variants);
    }
    if (options.saleLines < 0 || options.saleLines > kMaxSaleLines) {
        return u"--sales-lines: from 0 to %1 (got %2)"_s.arg(kMaxSaleLines).arg(options.saleLines);
    }
    if (options.days < 1 || options.days > kMaxDays) {
        return u"--days: from 1 to %1 (got %2)"_s.arg(kMaxDays).arg(options.days);
    }
    if (options.endDate.isValid() && options.endDate.addDays(-options.days).year() < 1971) {
        return u"--end-date: the history would start before 1971"_s;
    }
    return {};
}

QStringList demoCompanySlugs(const DemoSeedOptions &options)
{
    QStringList slugs;
    for (int i = 0; i < options.companies; ++i) {
        slugs << companySlug(i);
    }
    return slugs;
}

QStringList demoShopSlugs(const DemoSeedOptions &options)
{
    QStringList slugs;
    const QList<int> counts = demoStoreCounts(options);
    for (int i = 0; i < options.companies; ++i) {
        const DemoCountryProfile &profile = demoCountryProfiles().at(i % 3);
        const QString company = companySlug(i);
        for (int k = 0; k < counts[i]; ++k) {
            slugs << demoStoreSlug(company, profile.stores.at(k % profile.stores.size()), int(k / profile.stores.size()));
        }
        slugs << company + u"-warehouse"_s;
    }
    return slugs;
}

bool checkDemoSeedTarget(Database &database, const DemoSeedOptions &options, bool *hasSuperAdmin, QString *error)
{
    QSqlQuery query(database.connection());
    const auto taken = [&](const QString &sql, const QStringList &slugs, const QString &what) {
        for (const QString &slug : slugs) {
            query.prepare(sql);
            query.addBindValue(slug);
            if (!query.exec()) {
                *error = query.lastError().text();
                return true;
            }
            if (query.next()) {
                *error = u"%1 \"%2\" exists already: seed --demo goes into an empty or freshly initialised database"_s.arg(what, slug);
                return true;
            }
        }
        return false;
    };
    if (taken(u"SELECT 1 FROM companies WHERE slug = ?"_s, demoCompanySlugs(options), u"the company slug"_s)
        || taken(u"SELECT 1 FROM shops WHERE slug = ?"_s, demoShopSlugs(options), u"the shop slug"_s)) {
        return false;
    }
    if (!query.exec(u"SELECT COUNT(*) FROM users WHERE role = 'super_admin'"_s) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *hasSuperAdmin = query.value(0).toLongLong() > 0;
    return true;
}

QString demoId(qint64 unixMilliseconds, DemoRandom &random)
{
    // The same text as UuidV7Generator::format (the tests compare them), written digit by digit:
    // the demo makes millions of ids and QString::arg would be a tenth of its generation time.
    const quint64 a = random.next();
    const quint64 b = random.next();
    const quint64 high = ((quint64(unixMilliseconds) & 0xffffffffffffULL) << 16) | 0x7000ULL | (a & 0x0fffULL);
    const quint64 low = 0x8000000000000000ULL | (b & 0x3fffffffffffffffULL);
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString id(36, Qt::Uninitialized);
    QChar *out = id.data();
    int position = 0;
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20) {
            out[position++] = u'-';
        }
        const quint64 word = nibble < 16 ? high : low;
        out[position++] = QChar(hex[(word >> (60 - 4 * (nibble % 16))) & 0xf]);
    }
    return id;
}

qint64 demoPriceAt(const DemoCompany &company, const DemoVariant &variant, qint64 at)
{
    qint64 price = variant.startPrice;
    for (int i = 0; i < variant.priceChangeCount; ++i) {
        const DemoPriceChange &change = company.priceChanges[size_t(variant.firstPriceChange + i)];
        if (change.at > at) {
            break;
        }
        price = change.price;
    }
    return price;
}

qint64 demoStepPrice(const QString &currency, qint64 price, int steps)
{
    const QList<qint64> &points = demoPricePoints(currency);
    // The price point at or just below the price, then `steps` along the ladder.
    qsizetype index = std::upper_bound(points.cbegin(), points.cend(), price) - points.cbegin() - 1;
    index = qBound<qsizetype>(0, index + steps, points.size() - 1);
    return points[index];
}

void DemoContext::prepareLocalNoons()
{
    localNoonUtc.assign(companies.size(), {});
    for (size_t c = 0; c < companies.size(); ++c) {
        const QTimeZone zone(companies[c].profile->timezone.toUtf8());
        std::vector<qint64> &noons = localNoonUtc[c];
        noons.reserve(size_t(options.days) + 2);
        for (int day = -1; day <= options.days; ++day) {
            noons.push_back(QDateTime(firstDay.addDays(day), QTime(12, 0), zone).toMSecsSinceEpoch());
        }
    }
}

qint64 DemoContext::localTime(const DemoCompany &company, int day, int minuteOfDay) const
{
    return localNoonUtc[size_t(company.index)][size_t(day + 1)] + qint64(minuteOfDay - 12 * 60) * 60000;
}

bool seedDemo(RowSink &sink, const DemoSeedOptions &options, DemoSeedResult *result, QString *error)
{
    if (const QString problem = demoSeedOptionsProblem(options); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!initializeCrypto()) {
        *error = u"libsodium failed to initialise"_s;
        return false;
    }
    DemoWriter writer(sink);
    DemoContext context;
    context.options = options;
    if (!context.options.endDate.isValid()) {
        context.options.endDate = QDateTime::currentDateTimeUtc().date();
    }
    context.writer = &writer;
    context.firstDay = context.options.endDate.addDays(1 - options.days);
    context.firstDayUtc = QDateTime(context.firstDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    context.catalogAt = context.firstDayUtc - 14 * kDayMs;

    const QList<int> storeCounts = demoStoreCounts(options);
    const QList<qint64> variantCounts = splitByCompany(options.variants, options.companies, kMinVariantsPerCompany);
    const qint64 customers = qBound(qint64(20) * options.companies, options.saleLines / 100, qint64(1000000));
    const QList<qint64> customerCounts = splitByCompany(customers, options.companies, 10);
    context.companies.resize(size_t(options.companies));
    int globalStore = 0;
    for (int i = 0; i < options.companies; ++i) {
        DemoCompany &company = context.companies[size_t(i)];
        company.profile = &demoCountryProfiles().at(i % 3);
        company.index = i;
        company.slug = companySlug(i);
        company.name = i < 3 ? company.profile->legalName : u"%1 (%2)"_s.arg(company.profile->legalName).arg(i / 3 + 1);
        company.emailDomain = company.slug + u".example"_s;
        company.variantTarget = variantCounts[i];
        company.customerTarget = customerCounts[i];
        company.createdAt = context.firstDayUtc - 3 * 365 * kDayMs + i * kDayMs;
        company.stores.resize(size_t(storeCounts[i]));
        for (int k = 0; k < storeCounts[i]; ++k) {
            DemoStore &store = company.stores[size_t(k)];
            const int cycle = int(k / company.profile->stores.size());
            store.site = company.profile->stores.at(k % company.profile->stores.size());
            store.slug = demoStoreSlug(company.slug, store.site, cycle);
            store.code = cycle == 0 ? store.site.code : store.site.code + QString::number(cycle + 1);
            store.globalIndex = globalStore++;
        }
    }
    context.prepareLocalNoons();

    if (!writer.declareTables() || !sink.begin()) {
        *error = sink.errorString();
        return false;
    }
    bool ok = true;
    for (DemoCompany &company : context.companies) {
        ok = ok && writeDemoCompany(context, company) && writeDemoCatalog(context, company) && writeDemoCustomers(context, company);
    }
    if (ok && options.createSuperAdmin) {
        DemoRandom random = DemoRandom::stream(options.seed, quint64(DemoStream::People), 999);
        const QString id = demoId(context.firstDayUtc - 4 * 365 * kDayMs, random);
        const QString hash = hashSecret(QString::fromUtf16(kDemoPassword), HashStrength::Minimum);
        ok = writer.row(DemoTable::Users, id, QVariant(), QVariant(), u"superadmin@kassa.example"_s, u"Platform Administrator"_s, u"super_admin"_s, hash,
                        QVariant(), 10000, context.firstDayUtc - 4 * 365 * kDayMs, context.firstDayUtc - 4 * 365 * kDayMs);
        context.accounts.append({u"superadmin@kassa.example"_s, QString::fromUtf16(kDemoPassword), u"super_admin"_s, {}, {}, {}});
    }
    ok = ok && writeDemoHistory(context) && writeDemoStockLevels(context);

    // The demo is loaded straight into the tables, not through the services, so there is no outbox
    // entry per row: it is this installation's starting state, which other devices take as a
    // snapshot, not a stream of operations to replay. One audit row per company records it.
    if (ok) {
        DemoRandom random = DemoRandom::stream(options.seed, quint64(DemoStream::Audit));
        const qint64 at = context.firstDayUtc + qint64(options.days) * kDayMs;
        for (const DemoCompany &company : context.companies) {
            const QJsonObject after{{u"seed"_s, QString::number(options.seed)},
                                    {u"first_day"_s, context.firstDay.toString(Qt::ISODate)},
                                    {u"last_day"_s, context.options.endDate.toString(Qt::ISODate)},
                                    {u"stores"_s, qint64(company.stores.size())},
                                    {u"variants"_s, qint64(company.variants.size())},
                                    {u"customers"_s, company.customerIds.size()},
                                    {u"sales"_s, company.sales},
                                    {u"returns"_s, company.returns},
                                    {u"sale_lines"_s, company.linesWritten}};
            ok = ok
                && writer.row(DemoTable::AuditLog, demoId(at, random), company.id, QString(), u"kassactl seed --demo"_s, options.deviceId, u"demo.seed"_s,
                              u"company"_s, company.id, QVariant(), QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)), at);
        }
    }
    if (!ok || writer.failed()) {
        *error = writer.failed() ? writer.errorString() : !context.error.isEmpty() ? context.error : u"the demo data could not be generated"_s;
        sink.rollback();
        return false;
    }
    if (!sink.commit()) {
        *error = sink.errorString();
        return false;
    }

    DemoSeedResult out;
    out.firstDay = context.firstDay;
    out.endDate = context.options.endDate;
    for (const DemoCompany &company : context.companies) {
        DemoCompanyInfo info{company.id, company.slug, company.name, company.profile->currency, company.profile->country, company.profile->timezone, {}};
        for (const DemoStore &store : company.stores) {
            info.shops.append({store.id, store.slug, store.name, u"store"_s});
        }
        info.shops.append({company.warehouse.id, company.warehouse.slug, company.warehouse.name, u"warehouse"_s});
        out.companies.append(info);
        out.sales += company.sales;
        out.returns += company.returns;
    }
    out.accounts = context.accounts;
    out.staffAccounts = context.staffAccounts;
    for (int t = 0; t < int(DemoTable::Count); ++t) {
        out.rowCounts.insert(DemoWriter::tableName(DemoTable(t)), writer.count(DemoTable(t)));
    }
    *result = out;
    return true;
}

} // namespace kassa
