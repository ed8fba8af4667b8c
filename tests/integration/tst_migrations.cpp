// Schema migrations: an empty database reaches the newest version; a database left at any earlier
// version keeps its rows when it is brought up to date; a failing migration leaves the last good
// version behind; a database from a newer Kassa is refused.

#include "ops/integritycheck.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::Database;

namespace
{

// Representative rows of each version's tables, and how to see that they are intact: a query and
// the text it must return (columns joined with '|').
struct VersionRows {
    int version;
    QStringList inserts;
    QList<std::pair<QString, QString>> checks;
};

const QList<VersionRows> &representativeRows()
{
    static const QList<VersionRows> rows = {
        { 1,
            { u"INSERT INTO companies (id, slug, name, currency, rounding_mode, tax_rounding, timezone, country, created_at, updated_at) "
              "VALUES ('c1', 'acme', 'Acme Ltd', 'EUR', 'half_even', 'per_total', 'Europe/Berlin', 'DE', 11, 12)"_s,
                u"INSERT INTO shops (id, company_id, slug, name, kind, prices_include_tax, city, created_at, updated_at) "
                "VALUES ('s1', 'c1', 'acme-main', 'Main Street', 'store', 0, 'Köln', 13, 14)"_s,
                u"INSERT INTO locations (id, company_id, shop_id, code, name, kind, sellable, created_at) VALUES ('l1', 'c1', 's1', 'FLOOR', 'Shop floor', 'shop_floor', 1, 15)"_s,
                u"INSERT INTO bins (id, company_id, location_id, code, walk_order) VALUES ('b1', 'c1', 'l1', 'A-01', 3)"_s,
                u"INSERT INTO devices (id, company_id, shop_id, kind, name, receipt_prefix, created_at) VALUES ('d1', 'c1', 's1', 'terminal', 'Till 1', 'T1', 16)"_s,
                u"INSERT INTO local_device (singleton, device_id, receipt_counter, last_clock) VALUES (1, 'd1', 41, 99)"_s },
            { { u"SELECT slug, name, currency, rounding_mode, tax_rounding, timezone, country, created_at FROM companies"_s,
                  u"acme|Acme Ltd|EUR|half_even|per_total|Europe/Berlin|DE|11"_s },
                { u"SELECT id, company_id, slug, prices_include_tax, city FROM shops"_s, u"s1|c1|acme-main|0|Köln"_s },
                { u"SELECT id, shop_id, code, kind, sellable FROM locations"_s, u"l1|s1|FLOOR|shop_floor|1"_s },
                { u"SELECT id, location_id, code, walk_order FROM bins"_s, u"b1|l1|A-01|3"_s },
                { u"SELECT id, kind, name, receipt_prefix FROM devices"_s, u"d1|terminal|Till 1|T1"_s },
                { u"SELECT device_id, receipt_counter, last_clock FROM local_device"_s, u"d1|41|99"_s } } },
        { 2,
            { u"INSERT INTO users (id, company_id, shop_id, email, name, role, password_hash, pin_hash, pin_failed_attempts, discount_limit_bp, created_at, "
              u"updated_at) "
              "VALUES ('u1', 'c1', 's1', 'anna@example.com', 'Anna', 'shop_staff', '$argon2id$stored', '$argon2id$pin', 2, 1000, 21, 22)"_s },
            { { u"SELECT id, email, name, role, password_hash, pin_hash, pin_failed_attempts, discount_limit_bp FROM users"_s,
                u"u1|anna@example.com|Anna|shop_staff|$argon2id$stored|$argon2id$pin|2|1000"_s } } },
        { 3,
            { u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES ('t1', 'c1', 'Reduced', 700)"_s,
                u"INSERT INTO categories (id, company_id, parent_id, name, position) VALUES ('cat1', 'c1', NULL, 'Drinks', 1)"_s,
                u"INSERT INTO products (id, company_id, category_id, tax_category_id, name, brand, created_at, updated_at) "
                "VALUES ('p1', 'c1', 'cat1', 't1', 'Coffee beans', 'Roastery', 31, 32)"_s,
                u"INSERT INTO variants (id, company_id, product_id, sku, name, attributes, price, cost, unit, pricing_unit, created_at, updated_at) "
                "VALUES ('v1', 'c1', 'p1', 'COF-1KG', '1 kg', '{\"grind\":\"whole\"}', 2499, 1200, 'g', 1000, 33, 34)"_s,
                u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES ('c1', '4006381333931', 'v1', 'ean13')"_s,
                u"INSERT INTO shop_listings (company_id, shop_id, variant_id, price_override, visible) VALUES ('c1', 's1', 'v1', 2299, 1)"_s,
                u"INSERT INTO price_changes (id, company_id, variant_id, shop_id, old_price, new_price, changed_at, changed_by) "
                "VALUES ('pc1', 'c1', 'v1', NULL, 2399, 2499, 35, 'u1')"_s },
            { { u"SELECT name, rate_bp FROM tax_categories"_s, u"Reduced|700"_s },
                { u"SELECT id, category_id, tax_category_id, name, brand FROM products"_s, u"p1|cat1|t1|Coffee beans|Roastery"_s },
                { u"SELECT sku, attributes, price, cost, unit, pricing_unit FROM variants"_s, u"COF-1KG|{\"grind\":\"whole\"}|2499|1200|g|1000"_s },
                { u"SELECT code, variant_id, kind FROM barcodes"_s, u"4006381333931|v1|ean13"_s },
                { u"SELECT shop_id, variant_id, price_override FROM shop_listings"_s, u"s1|v1|2299"_s },
                { u"SELECT old_price, new_price FROM price_changes"_s, u"2399|2499"_s } } },
        { 4,
            { u"INSERT INTO customers (id, company_id, user_id, name, email, phone, consent_marketing, consent_marketing_at, created_at, updated_at) "
              "VALUES ('cu1', 'c1', NULL, 'Ben Becker', 'ben@example.com', '+49 221 1234', 1, 41, 42, 43)"_s,
                u"INSERT INTO customer_addresses (id, company_id, customer_id, line1, city, country, is_default_shipping, created_at) "
                "VALUES ('ca1', 'c1', 'cu1', 'Domplatz 1', 'Köln', 'DE', 1, 44)"_s },
            { { u"SELECT name, email, phone, consent_marketing, consent_marketing_at FROM customers"_s, u"Ben Becker|ben@example.com|+49 221 1234|1|41"_s },
                { u"SELECT customer_id, line1, city, country, is_default_shipping FROM customer_addresses"_s, u"cu1|Domplatz 1|Köln|DE|1"_s } } },
        { 5,
            { u"INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, ref_type, ref_id, occurred_at, recorded_at, "
              u"device_id, actor_id) "
              "VALUES ('m1', 'c1', 'l1', 'v1', 12000, 'receipt', 'delivery', 'DN-7', 51, 52, 'd1', 'u1')"_s,
                u"INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, occurred_at, recorded_at) "
                "VALUES ('m2', 'c1', 'l1', 'v1', 500, 'reservation', 53, 54)"_s,
                u"INSERT INTO stock_levels (company_id, location_id, variant_id, on_hand, reserved, available, updated_at) VALUES ('c1', 'l1', 'v1', 12000, 500, 11500, 54)"_s },
            { { u"SELECT id, quantity_delta, reason, ref_type, ref_id, device_id FROM stock_movements ORDER BY id"_s,
                  u"m1|12000|receipt|delivery|DN-7|d1\nm2|500|reservation|||"_s },
                { u"SELECT on_hand, reserved, available FROM stock_levels"_s, u"12000|500|11500"_s } } },
        { 6,
            { u"INSERT INTO shifts (id, company_id, shop_id, device_id, opened_by, opened_at, opening_float) VALUES ('sh1', 'c1', 's1', 'd1', 'u1', 61, 15000)"_s,
                u"INSERT INTO sales (id, company_id, shop_id, device_id, shift_id, receipt_number, kind, customer_id, cashier_id, currency, "
                u"prices_include_tax, "
                "subtotal, discount_total, tax_total, total, occurred_at, recorded_at) "
                "VALUES ('sa1', 'c1', 's1', 'd1', 'sh1', 'T1-1-42', 'sale', 'cu1', 'u1', 'EUR', 0, 2499, 0, 175, 2674, 62, 63)"_s,
                u"INSERT INTO sale_lines (id, company_id, sale_id, line_number, variant_id, quantity, unit_price, pricing_unit, tax_rate_bp, tax_amount, "
                u"line_total) "
                "VALUES ('sl1', 'c1', 'sa1', 1, 'v1', 1000, 2499, 1000, 700, 175, 2674)"_s,
                u"INSERT INTO sale_tenders (id, company_id, sale_id, kind, amount, change_given) VALUES ('st1', 'c1', 'sa1', 'cash', 3000, 326)"_s,
                u"INSERT INTO cash_movements (id, company_id, shift_id, kind, amount, reason, actor_id, occurred_at) VALUES ('cm1', 'c1', 'sh1', 'cash_out', 2000, 'bank', 'u1', 64)"_s },
            { { u"SELECT opening_float, status FROM shifts"_s, u"15000|open"_s },
                { u"SELECT receipt_number, kind, customer_id, subtotal, tax_total, total FROM sales"_s, u"T1-1-42|sale|cu1|2499|175|2674"_s },
                { u"SELECT sale_id, line_number, quantity, unit_price, tax_amount, line_total FROM sale_lines"_s, u"sa1|1|1000|2499|175|2674"_s },
                { u"SELECT kind, amount, change_given FROM sale_tenders"_s, u"cash|3000|326"_s },
                { u"SELECT kind, amount, reason FROM cash_movements"_s, u"cash_out|2000|bank"_s } } },
        { 7,
            { u"INSERT INTO outbox (device_id, seq, op_id, company_id, type, schema_version, payload, payload_hash, occurred_at, created_at) "
              "VALUES ('d1', 1, 'op-1', 'c1', 'sale.created', 1, '{\"id\":\"sa1\"}', 'abc123', 71, 72)"_s,
                u"INSERT INTO audit_log (id, company_id, actor_id, device_id, action, entity_type, entity_id, after_state, at) "
                "VALUES ('a1', 'c1', 'u1', 'd1', 'sale.create', 'sale', 'sa1', '{\"total\":2674}', 73)"_s },
            { { u"SELECT device_id, seq, op_id, type, payload, payload_hash, acked_at IS NULL FROM outbox"_s,
                  u"d1|1|op-1|sale.created|{\"id\":\"sa1\"}|abc123|1"_s },
                { u"SELECT action, entity_type, entity_id, after_state, at FROM audit_log"_s, u"sale.create|sale|sa1|{\"total\":2674}|73"_s } } },
    };
    return rows;
}

QString rowsText(QSqlQuery &query)
{
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i) {
            columns << query.value(i).toString();
        }
        rows << columns.join(u'|');
    }
    return rows.join(u'\n');
}

// Runs statements; returns the first error, empty when all ran.
QString execAll(const QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return u"%1\nin: %2"_s.arg(query.lastError().text(), statement);
        }
    }
    return {};
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(table);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

int pragmaUserVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void numberedWithoutGaps();
    void emptyToNewest();
    void migrateIsIdempotent();
    void stopsAtTargetVersion();
    void fromEarlierVersion_data();
    void fromEarlierVersion();
    void failingMigrationKeepsLastGoodVersion();
    void newerDatabaseRefused();
    void missingFolderRefused();
    void splitStatements_data();
    void splitStatements();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestMigrations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_database = Database::open(m_dir->filePath(u"kassa.db"_s), &error);
    QVERIFY2(m_database, qPrintable(error));
}

void TestMigrations::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestMigrations::numberedWithoutGaps()
{
    const QList<kassa::Migration> migrations = kassa::Migrator(kassa::Dialect(kassa::Dialect::Kind::Sqlite)).migrations();
    QVERIFY(migrations.size() >= 7);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations[i].version, int(i + 1));
        QVERIFY2(!migrations[i].statements.isEmpty(), qPrintable(migrations[i].name));
    }
    QCOMPARE(Database::latestSchemaVersion(), migrations.last().version);
    QCOMPARE(migrations[0].name, u"tenancy"_s);
}

void TestMigrations::emptyToNewest()
{
    QString error;
    QCOMPARE(m_database->schemaVersion(&error), 0);
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), Database::latestSchemaVersion());
    QCOMPARE(pragmaUserVersion(m_database->connection()), Database::latestSchemaVersion());
    for (const QString &table : { u"companies"_s, u"shops"_s, u"locations"_s, u"bins"_s, u"devices"_s, u"local_device"_s, u"users"_s, u"tax_categories"_s,
             u"categories"_s, u"products"_s, u"variants"_s, u"barcodes"_s, u"shop_listings"_s, u"product_images"_s, u"price_changes"_s, u"customers"_s,
             u"customer_addresses"_s, u"stock_movements"_s, u"stock_levels"_s, u"shifts"_s, u"sales"_s, u"sale_lines"_s, u"sale_tenders"_s, u"cash_movements"_s,
             u"outbox"_s, u"audit_log"_s }) {
        QVERIFY2(tableExists(m_database->connection(), table), qPrintable(table));
    }
    // The production settings hold on a migrated database.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL
}

void TestMigrations::migrateIsIdempotent()
{
    QString error;
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    QVERIFY(execAll(m_database->connection(), representativeRows().first().inserts).isEmpty());
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), Database::latestSchemaVersion());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM companies"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Asking for an older version than the database has does not take anything away.
    QVERIFY2(m_database->migrate(&error, 2), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), Database::latestSchemaVersion());
    QVERIFY(tableExists(m_database->connection(), u"outbox"_s));
}

void TestMigrations::stopsAtTargetVersion()
{
    QString error;
    QVERIFY2(m_database->migrate(&error, 3), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), 3);
    QVERIFY(tableExists(m_database->connection(), u"variants"_s));
    QVERIFY(!tableExists(m_database->connection(), u"customers"_s));
    QVERIFY(!tableExists(m_database->connection(), u"outbox"_s));
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), Database::latestSchemaVersion());
    QVERIFY(tableExists(m_database->connection(), u"customers"_s));
}

void TestMigrations::fromEarlierVersion_data()
{
    QTest::addColumn<int>("startVersion");
    for (int version = 0; version < Database::latestSchemaVersion(); ++version) {
        QTest::addRow("from-version-%d", version) << version;
    }
}

void TestMigrations::fromEarlierVersion()
{
    QFETCH(int, startVersion);
    QString error;
    QVERIFY2(m_database->migrate(&error, startVersion), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), startVersion);
    const QSqlDatabase db = m_database->connection();

    // The rows a Kassa of that version would have written.
    for (const VersionRows &rows : representativeRows()) {
        if (rows.version <= startVersion) {
            const QString problem = execAll(db, rows.inserts);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), Database::latestSchemaVersion());

    for (const VersionRows &rows : representativeRows()) {
        if (rows.version > startVersion) {
            // The newest schema takes the rows of the versions the database skipped, too.
            const QString problem = execAll(db, rows.inserts);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    for (const VersionRows &rows : representativeRows()) {
        for (const auto &[sql, expected] : rows.checks) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
            QCOMPARE(rowsText(query), expected);
        }
    }
    QSqlQuery foreignKeys(db);
    QVERIFY(foreignKeys.exec(u"PRAGMA foreign_key_check"_s));
    QCOMPARE(rowsText(foreignKeys), QString());
    const kassa::IntegrityReport report = kassa::checkIntegrity(*m_database);
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestMigrations::failingMigrationKeepsLastGoodVersion()
{
    // A database at version 3 where somebody made a table that migration 4 creates as its second
    // table: migration 4 creates `customers`, then fails on `customer_addresses`.
    QString error;
    QVERIFY2(m_database->migrate(&error, 3), qPrintable(error));
    const QSqlDatabase db = m_database->connection();
    QVERIFY(execAll(db, representativeRows()[0].inserts).isEmpty());
    QVERIFY(execAll(db, { u"CREATE TABLE customer_addresses (note TEXT)"_s }).isEmpty());

    QVERIFY(!m_database->migrate(&error));
    QVERIFY2(error.startsWith(u"migration 0004_customers failed: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"customer_addresses"_s), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), 3);
    // Migration 4 was rolled back as a whole: its first table is gone again, nothing later ran.
    QVERIFY(!tableExists(db, u"customers"_s));
    QVERIFY(!tableExists(db, u"stock_movements"_s));
    // The rows that were there are untouched, and the database still works.
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT slug FROM companies"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"acme"_s);
    query.finish();

    // Once the obstacle is gone, the same database migrates to the newest version.
    QVERIFY(execAll(db, { u"DROP TABLE customer_addresses"_s }).isEmpty());
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    QCOMPARE(m_database->schemaVersion(&error), Database::latestSchemaVersion());
    QVERIFY(tableExists(db, u"customers"_s));
}

void TestMigrations::newerDatabaseRefused()
{
    QString error;
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    const int latest = Database::latestSchemaVersion();
    QVERIFY(execAll(m_database->connection(), { u"PRAGMA user_version = %1"_s.arg(latest + 1) }).isEmpty());

    error.clear();
    QVERIFY(!m_database->migrate(&error));
    QCOMPARE(error, u"the database has schema version %1 but this Kassa knows only up to %2; use a newer Kassa"_s.arg(latest + 1).arg(latest));
    QCOMPARE(m_database->schemaVersion(&error), latest + 1);
}

void TestMigrations::missingFolderRefused()
{
    QString error;
    const QString path = m_dir->filePath(u"no-such-folder/kassa.db"_s);
    QVERIFY(!Database::open(path, &error));
    QCOMPARE(error, u"the folder of %1 does not exist"_s.arg(path));
    QVERIFY(!Database::open(u"sqlite:"_s, &error));
    QCOMPARE(error, u"the SQLite database path is empty"_s);
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two-statements") << u"CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n"_s
                                    << QStringList { u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s };
    QTest::newRow("multi-line-statement") << u"CREATE TABLE a (\n    x INT,\n    y TEXT\n);\n"_s
                                          << QStringList { u"CREATE TABLE a (\n    x INT,\n    y TEXT\n)"_s };
    QTest::newRow("comment-lines-dropped") << u"-- header\nCREATE TABLE a (\n    -- the key\n    x INT\n);\n  -- indented comment\n"_s
                                           << QStringList { u"CREATE TABLE a (\n    x INT\n)"_s };
    QTest::newRow("blank-lines") << u"\n\nCREATE TABLE a (x INT);\n\n\nCREATE INDEX a_x ON a (x);\n\n"_s
                                 << QStringList { u"CREATE TABLE a (x INT)"_s, u"CREATE INDEX a_x ON a (x)"_s };
    QTest::newRow("no-final-semicolon") << u"CREATE TABLE a (x INT);\nCREATE TABLE b (y INT)\n"_s
                                        << QStringList { u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s };
    QTest::newRow("semicolon-inside-a-line") << u"INSERT INTO a VALUES ('x;y');\n"_s << QStringList { u"INSERT INTO a VALUES ('x;y')"_s };
    QTest::newRow("trailing-spaces-after-semicolon") << u"CREATE TABLE a (x INT);   \nCREATE TABLE b (y INT);\t\n"_s
                                                     << QStringList { u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s };
    QTest::newRow("windows-line-ends") << u"CREATE TABLE a (x INT);\r\nCREATE TABLE b (y INT);\r\n"_s
                                       << QStringList { u"CREATE TABLE a (x INT)"_s, u"CREATE TABLE b (y INT)"_s };
    QTest::newRow("only-comments") << u"-- nothing here\n-- yet\n"_s << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(kassa::Migrator::splitStatements(sql), statements);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
