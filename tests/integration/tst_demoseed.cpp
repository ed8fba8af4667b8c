// The demo data set: deterministic for a seed, sound, realistic where a demo is judged (weekly
// rhythm, best sellers, returns, taxes, yen, receipts that add up), its accounts usable, and the
// `kassactl seed --demo` contract.
#include "domain/money.h"
#include "domain/uuid7.h"
#include "ops/demomodel.h"
#include "ops/demoseed.h"
#include "ops/integritycheck.h"
#include "ops/rowsink.h"
#include "security/passwords.h"
#include "services/corecontext.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

kassa::DemoSeedOptions smallOptions(quint64 seed)
{
    kassa::DemoSeedOptions options;
    options.companies = 3;
    options.shops = 6;
    options.variants = 3000;
    options.saleLines = 20000;
    options.days = 120;
    options.seed = seed;
    options.endDate = QDate(2024, 12, 31);
    options.deviceId = u"test-console"_s;
    return options;
}

} // namespace

class tst_DemoSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoIdsAreUuidV7();
    void sameSeedGivesSameData();
    void otherSeedGivesOtherData();
    void integrityHolds();
    void stockNeverGoesNegative();
    void saturdaysSellMoreThanTuesdays();
    void bestSellersDominate();
    void returnsReferenceTheirSales();
    void everyCompanyChargesSeveralTaxRates();
    void yenPricesAreWholeYen();
    void receiptsAddUp();
    void receiptNumbersAreUniquePerCompany();
    void demoAccountsSignIn();
    void cliPrintsJsonWithOneAccountPerRole();
    void cliRefusesExistingSlugs();
    void cliRejectsBadOptions_data();
    void cliRejectsBadOptions();
    void cliKeepsAnExistingSuperAdmin();

private:
    std::unique_ptr<kassa::Database> seed(const QString &name, const kassa::DemoSeedOptions &options, kassa::DemoSeedResult *result = nullptr);
    QByteArray fingerprint(kassa::Database &database);
    qint64 scalar(kassa::Database &database, const QString &sql);
    int runKassactl(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<kassa::Database> m_first;
    std::unique_ptr<kassa::Database> m_second;
    std::unique_ptr<kassa::Database> m_other;
    kassa::DemoSeedResult m_result;
};

std::unique_ptr<kassa::Database> tst_DemoSeed::seed(const QString &name, const kassa::DemoSeedOptions &options, kassa::DemoSeedResult *result)
{
    QString error;
    auto database = kassa::Database::open(m_dir.filePath(name), &error, kassa::Database::Durability::Normal);
    if (!database || !database->migrate(&error)) {
        qWarning() << error;
        return nullptr;
    }
    kassa::SqlRowSink sink(*database);
    kassa::DemoSeedResult ignored;
    if (!kassa::seedDemo(sink, options, result ? result : &ignored, &error)) {
        qWarning() << "seeding failed:" << error;
        return nullptr;
    }
    return database;
}

QByteArray tst_DemoSeed::fingerprint(kassa::Database &database)
{
    // Every row of every table in insertion order, except the salted hashes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(database.connection());
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    qint64 rows = 0;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table))) {
            // WITHOUT ROWID tables (none yet) would need their key order instead.
            query.exec(u"SELECT * FROM %1"_s.arg(table));
        }
        hash.addData(table.toUtf8());
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString field = record.fieldName(i);
                const QVariant value = query.value(i);
                const bool salted = field == "password_hash"_L1 || field == "pin_hash"_L1;
                hash.addData(value.isNull() ? QByteArrayLiteral("\\N") : salted ? QByteArrayLiteral("<hash>") : value.toString().toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\x1e");
            ++rows;
        }
    }
    return rows > 1000 ? hash.result().toHex() : QByteArray();
}

qint64 tst_DemoSeed::scalar(kassa::Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

int tst_DemoSeed::runKassactl(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(QStringLiteral(KASSACTL_PATH), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return -1;
    }
    if (out) {
        *out = process.readAllStandardOutput();
    }
    if (err) {
        *err = process.readAllStandardError();
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_DemoSeed::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(kassa::initializeCrypto());
    m_first = seed(u"first.db"_s, smallOptions(7), &m_result);
    m_second = seed(u"second.db"_s, smallOptions(7));
    m_other = seed(u"other.db"_s, smallOptions(8));
    QVERIFY(m_first && m_second && m_other);
}

void tst_DemoSeed::demoIdsAreUuidV7()
{
    // demoId formats by hand for speed; it must write exactly what UuidV7Generator::format does.
    for (quint64 seed : {1ULL, 2ULL, 99ULL}) {
        kassa::DemoRandom a(seed);
        kassa::DemoRandom b(seed);
        for (qint64 ms : {0LL, 1735689599999LL, 281474976710655LL}) {
            const quint64 randomA = b.next();
            const quint64 randomB = b.next();
            const QString id = kassa::demoId(ms, a);
            QCOMPARE(id, kassa::UuidV7Generator::format(ms, randomA, randomB));
            QVERIFY(kassa::UuidV7Generator::isValid(id));
        }
    }
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales WHERE substr(id, 15, 1) <> '7'"_s), 0);
}

void tst_DemoSeed::sameSeedGivesSameData()
{
    const QByteArray first = fingerprint(*m_first);
    QVERIFY(!first.isEmpty());
    QCOMPARE(fingerprint(*m_second), first);
}

void tst_DemoSeed::otherSeedGivesOtherData()
{
    QVERIFY(fingerprint(*m_other) != fingerprint(*m_first));
    // Same sizes, other data.
    QCOMPARE(scalar(*m_other, u"SELECT COUNT(*) FROM sale_lines"_s), scalar(*m_first, u"SELECT COUNT(*) FROM sale_lines"_s));
}

void tst_DemoSeed::integrityHolds()
{
    const kassa::IntegrityReport report = kassa::checkIntegrity(*m_first);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    QVERIFY(report.movementsChecked > 20000);
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sale_lines"_s), 20000);
    // The secondary indexes dropped for the load are back.
    QVERIFY(scalar(*m_first, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'stock_movements_item'"_s) == 1);
    QCOMPARE(scalar(*m_first, u"PRAGMA foreign_keys"_s), 1);
}

void tst_DemoSeed::stockNeverGoesNegative()
{
    // The running balance of every shelf, in time order (deliveries before sales at the same
    // moment), never dips below zero: the warehouse and the transfers kept up with the tills.
    const qint64 negative = scalar(*m_first, u"SELECT COUNT(*) FROM (SELECT SUM(quantity_delta) OVER (PARTITION BY location_id, variant_id "
                                               "ORDER BY occurred_at, quantity_delta DESC ROWS UNBOUNDED PRECEDING) AS balance FROM stock_movements) "
                                               "WHERE balance < 0"_s);
    QCOMPARE(negative, 0);
    QVERIFY(scalar(*m_first, u"SELECT COUNT(*) FROM stock_movements WHERE reason = 'transfer_in'"_s) > 0);
    QCOMPARE(scalar(*m_first, u"SELECT COALESCE(SUM(quantity_delta), 0) FROM stock_movements WHERE reason IN ('transfer_in', 'transfer_out')"_s), 0);
}

void tst_DemoSeed::saturdaysSellMoreThanTuesdays()
{
    QSqlQuery query(m_first->connection());
    // Local weekday in each company's time zone would differ by at most a few hours at the edges of
    // the day; shops are open in daytime, where UTC and local dates agree for Europe, and Tokyo's
    // shops open at 10:00 (01:00 UTC).
    QVERIFY(query.exec(u"SELECT strftime('%w', occurred_at / 1000, 'unixepoch') AS weekday, SUM(total) FROM sales GROUP BY weekday"_s));
    QHash<int, qint64> revenue;
    while (query.next()) {
        revenue.insert(query.value(0).toInt(), query.value(1).toLongLong());
    }
    QVERIFY2(revenue.value(6) > revenue.value(2), qPrintable(u"Saturday %1, Tuesday %2"_s.arg(revenue.value(6)).arg(revenue.value(2))));
    // German shops are closed on Sundays.
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales s JOIN companies c ON c.id = s.company_id WHERE c.country = 'DE' "
                              "AND strftime('%w', s.occurred_at / 1000, 'unixepoch') = '0'"_s),
             0);
}

void tst_DemoSeed::bestSellersDominate()
{
    QSqlQuery companies(m_first->connection());
    QVERIFY(companies.exec(u"SELECT id, slug FROM companies"_s));
    while (companies.next()) {
        QSqlQuery units(m_first->connection());
        units.prepare(u"SELECT COALESCE(SUM(l.quantity), 0) FROM variants v LEFT JOIN sale_lines l ON l.variant_id = v.id "
                      "AND l.sale_id IN (SELECT id FROM sales WHERE kind = 'sale') WHERE v.company_id = ? AND v.unit = 'piece' GROUP BY v.id"_s);
        units.addBindValue(companies.value(0));
        QVERIFY(units.exec());
        QList<qint64> perVariant;
        while (units.next()) {
            perVariant << units.value(0).toLongLong();
        }
        std::sort(perVariant.begin(), perVariant.end(), std::greater<>());
        const qsizetype top = (perVariant.size() + 9) / 10;
        qint64 topUnits = 0, allUnits = 0;
        for (qsizetype i = 0; i < perVariant.size(); ++i) {
            allUnits += perVariant[i];
            topUnits += i < top ? perVariant[i] : 0;
        }
        QVERIFY(allUnits > 0);
        QVERIFY2(topUnits * 10 > allUnits * 4,
                 qPrintable(u"%1: the top tenth of variants sold %2 of %3 units"_s.arg(companies.value(1).toString()).arg(topUnits).arg(allUnits)));
    }
}

void tst_DemoSeed::returnsReferenceTheirSales()
{
    const qint64 returns = scalar(*m_first, u"SELECT COUNT(*) FROM sales WHERE kind = 'return'"_s);
    const qint64 sales = scalar(*m_first, u"SELECT COUNT(*) FROM sales WHERE kind = 'sale'"_s);
    QVERIFY(returns > 0);
    QVERIFY2(returns * 100 >= sales * 1 && returns * 100 <= sales * 5, qPrintable(u"%1 returns for %2 sales"_s.arg(returns).arg(sales)));
    // Each return points to an earlier sale of the same shop, refunds lines of it, with negative
    // amounts, and puts the goods back on the shelf.
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales r LEFT JOIN sales o ON o.id = r.original_sale_id WHERE r.kind = 'return' "
                              "AND (o.id IS NULL OR o.kind <> 'sale' OR o.shop_id <> r.shop_id OR o.occurred_at >= r.occurred_at OR r.total >= 0)"_s),
             0);
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sale_lines rl JOIN sales r ON r.id = rl.sale_id AND r.kind = 'return' "
                              "LEFT JOIN sale_lines ol ON ol.id = rl.original_line_id "
                              "WHERE ol.id IS NULL OR ol.sale_id <> r.original_sale_id OR ol.variant_id <> rl.variant_id OR rl.quantity >= 0 "
                              "OR -rl.quantity > ol.quantity OR rl.return_reason IS NULL"_s),
             0);
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales r WHERE r.kind = 'return' AND NOT EXISTS (SELECT 1 FROM stock_movements m "
                              "WHERE m.ref_id = r.id AND m.reason = 'return' AND m.quantity_delta > 0)"_s),
             0);
}

void tst_DemoSeed::everyCompanyChargesSeveralTaxRates()
{
    QSqlQuery query(m_first->connection());
    QVERIFY(query.exec(u"SELECT c.slug, COUNT(DISTINCT l.tax_rate_bp) FROM sale_lines l JOIN companies c ON c.id = l.company_id GROUP BY c.slug"_s));
    int companies = 0;
    while (query.next()) {
        ++companies;
        QVERIFY2(query.value(1).toInt() >= 2, qPrintable(query.value(0).toString()));
    }
    QCOMPARE(companies, 3);
    // Spain's three IVA rates all occur.
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(DISTINCT l.tax_rate_bp) FROM sale_lines l JOIN companies c ON c.id = l.company_id WHERE c.country = 'ES'"_s), 3);
}

void tst_DemoSeed::yenPricesAreWholeYen()
{
    QSqlQuery query(m_first->connection());
    QVERIFY(query.exec(u"SELECT v.price, v.unit FROM variants v JOIN companies c ON c.id = v.company_id WHERE c.currency = 'JPY'"_s));
    int checked = 0;
    while (query.next()) {
        const qint64 price = query.value(0).toLongLong();
        // Minor units are yen: a shelf price is a yen price point (¥980, ¥1,480), never a
        // euro-style 19.99 scaled by mistake.
        QVERIFY2(price >= 40 && (price % 10 == 0 || price % 10 == 8), qPrintable(QString::number(price)));
        QVERIFY(!kassa::Money(price, u"JPY"_s).toDecimalString().contains(u'.'));
        ++checked;
    }
    QVERIFY(checked > 100);
    // Euro prices do end in .49 and .99.
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM variants v JOIN companies c ON c.id = v.company_id WHERE c.currency = 'EUR' "
                              "AND v.price % 100 NOT IN (49, 99)"_s),
             0);
    // Cash in Japan is paid in notes and whole yen.
    QVERIFY(scalar(*m_first, u"SELECT COUNT(*) FROM sale_tenders t JOIN companies c ON c.id = t.company_id WHERE c.currency = 'JPY' "
                             "AND t.kind = 'cash' AND t.change_given > 0 AND t.amount % 1000 = 0"_s)
            > 0);
}

void tst_DemoSeed::receiptsAddUp()
{
    // Totals equal the sum of their lines and of their tenders net of change; discounts and tax too.
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales s JOIN (SELECT sale_id, SUM(line_total) AS total, SUM(tax_amount) AS tax, "
                              "SUM(line_discount + cart_discount_share) AS discount FROM sale_lines GROUP BY sale_id) l ON l.sale_id = s.id "
                              "WHERE l.total <> s.total OR l.tax <> s.tax_total OR l.discount <> s.discount_total"_s),
             0);
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales s JOIN (SELECT sale_id, SUM(amount - change_given) AS paid FROM sale_tenders GROUP BY sale_id) t "
                              "ON t.sale_id = s.id WHERE t.paid <> s.total"_s),
             0);
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_tenders t WHERE t.sale_id = s.id) "
                              "OR NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)"_s),
             0);
    // Some sales are split between cash and card, and some go to a known customer.
    QVERIFY(scalar(*m_first, u"SELECT COUNT(*) FROM (SELECT sale_id FROM sale_tenders GROUP BY sale_id HAVING COUNT(DISTINCT kind) > 1)"_s) > 0);
    QVERIFY(scalar(*m_first, u"SELECT COUNT(*) FROM sales WHERE customer_id IS NOT NULL"_s) > 0);
    // Each shift's expected cash is its float plus the cash it took.
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM shifts sh LEFT JOIN (SELECT s.shift_id, SUM(t.amount - t.change_given) AS cash FROM sales s "
                              "JOIN sale_tenders t ON t.sale_id = s.id AND t.kind = 'cash' GROUP BY s.shift_id) c ON c.shift_id = sh.id "
                              "WHERE sh.expected_cash <> sh.opening_float + COALESCE(c.cash, 0)"_s),
             0);
    // Prices changed during the year, and the lines kept the price of their day.
    QVERIFY(scalar(*m_first, u"SELECT COUNT(*) FROM price_changes"_s) > 0);
    QVERIFY(scalar(*m_first, u"SELECT COUNT(*) FROM sale_lines l JOIN variants v ON v.id = l.variant_id JOIN sales s ON s.id = l.sale_id "
                             "WHERE s.kind = 'sale' AND l.unit_price <> v.price"_s)
            > 0);
}

void tst_DemoSeed::receiptNumbersAreUniquePerCompany()
{
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM (SELECT company_id, receipt_number FROM sales GROUP BY 1, 2 HAVING COUNT(*) > 1)"_s), 0);
    QCOMPARE(scalar(*m_first, u"SELECT COUNT(*) FROM sales s JOIN devices d ON d.id = s.device_id "
                              "WHERE substr(s.receipt_number, 1, length(d.receipt_prefix) + 1) <> d.receipt_prefix || '-'"_s),
             0);
}

void tst_DemoSeed::demoAccountsSignIn()
{
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    context.database = m_first.get();
    context.clock = &clock;
    context.deviceId = u"test-console"_s;
    kassa::UserService users(context);
    QHash<QString, QString> companyIds;
    for (const kassa::DemoCompanyInfo &company : m_result.companies) {
        companyIds.insert(company.slug, company.id);
    }
    QCOMPARE(m_result.accounts.size(), 3 * 5 + 1);
    for (const kassa::DemoAccount &account : std::as_const(m_result.accounts)) {
        kassa::UserRecord user;
        QString error;
        QCOMPARE(users.signInWithPassword(account.email, account.password, companyIds.value(account.companySlug), &user, &error),
                 kassa::UserService::SignInResult::Ok);
        QCOMPARE(kassa::roleName(user.role), account.role);
        QCOMPARE(user.companyId, companyIds.value(account.companySlug));
        if (!account.pin.isEmpty()) {
            QCOMPARE(users.signInWithPin(user.id, account.pin, &user, &error), kassa::UserService::SignInResult::Ok);
        }
        if (account.role == "customer"_L1) {
            QSqlQuery customer(m_first->connection());
            customer.prepare(u"SELECT COUNT(*) FROM customers c JOIN sales s ON s.customer_id = c.id WHERE c.user_id = ?"_s);
            customer.addBindValue(user.id);
            QVERIFY(customer.exec() && customer.next());
            QVERIFY2(customer.value(0).toInt() > 0, "the demo customer has bought something");
        }
    }
}

void tst_DemoSeed::cliPrintsJsonWithOneAccountPerRole()
{
    const QString path = m_dir.filePath(u"cli.db"_s);
    QByteArray out, err;
    QCOMPARE(runKassactl({u"--database"_s, path, u"seed"_s, u"--demo"_s, u"--shops"_s, u"4"_s, u"--variants"_s, u"600"_s, u"--sales-lines"_s,
                          u"3000"_s, u"--days"_s, u"30"_s, u"--end-date"_s, u"2024-06-30"_s, u"--json"_s},
                         &out, &err),
             0);
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(document.value(u"end_date"_s).toString(), u"2024-06-30"_s);
    const QJsonArray companies = document.value(u"companies"_s).toArray();
    QCOMPARE(companies.size(), 3);
    QStringList currencies;
    for (const QJsonValue &company : companies) {
        currencies << company[u"currency"_s].toString();
        const QJsonArray shops = company[u"shops"_s].toArray();
        QVERIFY(std::count_if(shops.begin(), shops.end(), [](const QJsonValue &shop) { return shop[u"kind"_s].toString() == "warehouse"_L1; }) == 1);
        QVERIFY(std::all_of(shops.begin(), shops.end(), [](const QJsonValue &shop) { return kassa::UuidV7Generator::isValid(shop[u"id"_s].toString()); }));
    }
    currencies.sort();
    QCOMPARE(currencies, (QStringList{u"EUR"_s, u"EUR"_s, u"JPY"_s}));

    const QStringList roles = {u"company_admin"_s, u"shop_manager"_s, u"shop_staff"_s, u"warehouse_staff"_s, u"customer"_s};
    QHash<QString, int> perCompanyRole;
    int superAdmins = 0;
    for (const QJsonValue &value : document.value(u"accounts"_s).toArray()) {
        const QJsonObject account = value.toObject();
        QCOMPARE(account.value(u"password"_s).toString(), u"kassa-demo"_s);
        if (account.value(u"role"_s).toString() == "super_admin"_L1) {
            ++superAdmins;
            QVERIFY(account.value(u"company"_s).isNull());
            continue;
        }
        QVERIFY(roles.contains(account.value(u"role"_s).toString()));
        ++perCompanyRole[account.value(u"company"_s).toString() + u'/' + account.value(u"role"_s).toString()];
        // Who works at a till has a PIN: cashiers to sign in, managers also to approve.
        const QString role = account.value(u"role"_s).toString();
        QCOMPARE(account.contains(u"pin"_s), role == "shop_staff"_L1 || role == "shop_manager"_L1);
    }
    QCOMPARE(superAdmins, 1);
    for (const QJsonValue &company : companies) {
        for (const QString &role : roles) {
            QCOMPARE(perCompanyRole.value(company[u"slug"_s].toString() + u'/' + role), 1);
        }
    }
    QCOMPARE(document.value(u"counts"_s)[u"sale_lines"_s].toInteger(), 3000);

    QCOMPARE(runKassactl({u"--database"_s, path, u"check"_s}, &out, &err), 0);
    QVERIFY2(out.startsWith("ok"), err.constData());
}

void tst_DemoSeed::cliRefusesExistingSlugs()
{
    const QString path = m_dir.filePath(u"twice.db"_s);
    const QStringList arguments = {u"--database"_s, path, u"seed"_s, u"--demo"_s, u"--shops"_s, u"3"_s, u"--variants"_s, u"300"_s, u"--sales-lines"_s,
                                   u"500"_s, u"--days"_s, u"10"_s};
    QCOMPARE(runKassactl(arguments), 0);
    QByteArray out, err;
    QCOMPARE(runKassactl(arguments, &out, &err), 1);
    QVERIFY2(err.contains("nordwind") && err.contains("exists already"), err.constData());
}

void tst_DemoSeed::cliRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("named");
    QTest::newRow("unknown-option") << QStringList{u"--demo"_s, u"--bogus"_s} << QByteArray("--bogus");
    QTest::newRow("no-demo") << QStringList{u"--shops"_s, u"3"_s} << QByteArray("--demo");
    QTest::newRow("not-a-number") << QStringList{u"--demo"_s, u"--variants"_s, u"many"_s} << QByteArray("--variants");
    QTest::newRow("fewer-shops-than-companies") << QStringList{u"--demo"_s, u"--shops"_s, u"2"_s} << QByteArray("--shops");
    QTest::newRow("bad-end-date") << QStringList{u"--demo"_s, u"--end-date"_s, u"31.12.2024"_s} << QByteArray("--end-date");
    QTest::newRow("positional") << QStringList{u"--demo"_s, u"extra"_s} << QByteArray("extra");
}

void tst_DemoSeed::cliRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, named);
    const QString path = m_dir.filePath(u"unused.db"_s);
    QByteArray out, err;
    QCOMPARE(runKassactl(QStringList{u"--database"_s, path, u"seed"_s} + arguments, &out, &err), 2);
    QVERIFY2(err.contains(named), err.constData());
    QVERIFY(!QFile::exists(path));
}

void tst_DemoSeed::cliKeepsAnExistingSuperAdmin()
{
    const QString path = m_dir.filePath(u"initialised.db"_s);
    QCOMPARE(runKassactl({u"--database"_s, path, u"init"_s, u"--admin-email"_s, u"root@example.org"_s, u"--admin-password"_s, u"correct horse"_s}), 0);
    QByteArray out;
    QCOMPARE(runKassactl({u"--database"_s, path, u"seed"_s, u"--demo"_s, u"--shops"_s, u"3"_s, u"--variants"_s, u"300"_s, u"--sales-lines"_s, u"500"_s,
                          u"--days"_s, u"10"_s, u"--json"_s},
                         &out),
             0);
    const QJsonArray accounts = QJsonDocument::fromJson(out).object().value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 15);
    QVERIFY(std::none_of(accounts.begin(), accounts.end(), [](const QJsonValue &a) { return a[u"role"_s].toString() == "super_admin"_L1; }));
    QCOMPARE(runKassactl({u"--database"_s, path, u"check"_s}), 0);
}

QTEST_GUILESS_MAIN(tst_DemoSeed)
#include "tst_demoseed.moc"
