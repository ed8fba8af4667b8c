// CSV import and export of products, stock and customers (and the sales export): what a good file
// creates, that a file with any bad row imports nothing (and names row and column), that
// --skip-bad-rows imports the rest, that a dry run writes nothing at all, that exporting and
// importing the same file changes nothing, and the kassactl command's exit codes.

#include "ops/csv.h"
#include "ops/csvexport.h"
#include "ops/csvimport.h"
#include "ops/integritycheck.h"
#include "services/stockservice.h"
#include "testfixture.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::CsvExportKind;
using kassa::CsvImportKind;
using kassa::ImportOptions;
using kassa::ImportReport;

namespace {

const QByteArray kProductHeader = "sku,product_name,variant_name,category,brand,price,cost,tax_rate,barcodes,attributes,unit,pricing_unit,active\n"_ba;
const QByteArray kGoodProducts = kProductHeader
    + "TS-M,T-Shirt,M,Clothing > Shirts,Acme,19.99,7.50,19,4006381333931,size=M;colour=blue,piece,1,true\n"
      "TS-L,T-Shirt,L,Clothing > Shirts,Acme,21.00,7.50,19,96385074|SHELF-7,size=L;colour=blue,piece,1,true\n"
      "APL,\"Apples, loose\",,Food > Fruit,,2.99,,7,,,g,1000,yes\n"_ba;

ImportReport runImport(TestFixture &f, CsvImportKind kind, const QByteArray &csv, const ImportOptions &options = {})
{
    return kassa::importCsv(f.context(), f.admin, f.companyId, kind, csv, options);
}

QByteArray runExport(TestFixture &f, CsvExportKind kind, kassa::ExportResult *result = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    kassa::ExportResult ignored;
    QString error;
    if (!kassa::exportCsv(f.database(), f.admin, f.companyId, kind, &buffer, result ? result : &ignored, &error)) {
        qWarning() << "export failed:" << error;
        return {};
    }
    return buffer.data();
}

// Everything a report says went wrong, for failure messages.
QByteArray problems(const ImportReport &report)
{
    QStringList lines = report.fileErrors;
    for (const kassa::ImportIssue &issue : report.badRows) {
        lines << issue.toString();
    }
    if (!report.failure.isEmpty()) {
        lines << report.failure;
    }
    return lines.join(u'\n').toUtf8();
}

bool hasIssue(const ImportReport &report, int row, const QString &column, const QString &fragment = {})
{
    for (const kassa::ImportIssue &issue : report.badRows) {
        if (issue.row == row && issue.column == column && issue.message.contains(fragment)) {
            return true;
        }
    }
    return false;
}

QVariant scalar(TestFixture &f, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(f.database().connection());
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

// The first column of every row, joined by separator: group_concat is SQLite's, string_agg PostgreSQL's.
QString joined(TestFixture &f, const QString &sql, const QString &separator)
{
    QSqlQuery query(f.database().connection());
    QStringList values;
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
    }
    while (query.next()) {
        values.append(query.value(0).toString());
    }
    return values.join(separator);
}

// Row counts of every table an import or export could touch: "nothing was written" means these.
QHash<QString, qint64> snapshot(TestFixture &f)
{
    QHash<QString, qint64> counts;
    for (const char *table : {"products", "variants", "barcodes", "categories", "tax_categories", "price_changes", "customers", "stock_movements", "stock_levels",
                              "audit_log", "outbox"}) {
        counts.insert(QString::fromLatin1(table), f.rowCount(QString::fromLatin1(table)));
    }
    return counts;
}

void postStock(TestFixture &f, const QString &location, const QString &variant, qint64 quantity)
{
    kassa::StockMovement movement;
    movement.locationId = location;
    movement.variantId = variant;
    movement.quantityDelta = quantity;
    movement.reason = kassa::StockReason::Receipt;
    QString error;
    kassa::StockService stock(f.context());
    if (!stock.postMovements(f.admin, {movement}, &error)) {
        qWarning() << "cannot post stock:" << error;
    }
}

qint64 onHand(TestFixture &f, const QString &location, const QString &variant)
{
    const QVariant value = scalar(f, u"SELECT on_hand FROM stock_levels WHERE location_id = ? AND variant_id = ?"_s, {location, variant});
    return value.isValid() ? value.toLongLong() : -999;
}

QString variantIdOf(TestFixture &f, const QString &sku)
{
    return scalar(f, u"SELECT id FROM variants WHERE sku = ?"_s, {sku}).toString();
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void productsCreated();
    void productUpdateKeepsAbsentColumnsAndRecordsPriceChange();
    void newVariantJoinsProductOfTheSameName();
    void badRowsImportNothing_data();
    void badRowsImportNothing();
    void missingRequiredColumnImportsNothing();
    void skipBadRowsImportsTheRest();
    void dryRunWritesNothing_data();
    void dryRunWritesNothing();
    void barcodeOfAnotherVariantIsRefused();

    void stockImportPostsAdjustments();
    void stockBadRows();

    void customersUpsertByEmailElsePhone();
    void customerBadRows();

    void roundTripChangesNothing();
    void salesExport();
    void permissionsAreChecked();

    void cli_data();
    void cli();
    void cliRefusesMissingDatabase();
};

void TestCsvImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCsvImport::productsCreated()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const auto before = snapshot(f);

    const ImportReport report = runImport(f, CsvImportKind::Products, kGoodProducts);
    QVERIFY2(report.committed, problems(report).constData());
    QCOMPARE(report.rowsRead, 3);
    QCOMPARE(report.created, 3);
    QCOMPARE(report.updated, 0);

    // Two products: the T-Shirt rows are variants of one.
    QCOMPARE(f.rowCount(u"products"_s), 2);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM variants v JOIN products p ON p.id = v.product_id WHERE p.name = 'T-Shirt'"_s).toInt(), 2);
    QCOMPARE(scalar(f, u"SELECT brand FROM products WHERE name = 'T-Shirt'"_s).toString(), u"Acme"_s);
    // Prices in minor units, cost optional, attributes as JSON, units.
    QCOMPARE(scalar(f, u"SELECT price FROM variants WHERE sku = 'TS-M'"_s).toLongLong(), 1999);
    QCOMPARE(scalar(f, u"SELECT cost FROM variants WHERE sku = 'TS-M'"_s).toLongLong(), 750);
    QVERIFY(scalar(f, u"SELECT cost FROM variants WHERE sku = 'APL'"_s).isNull());
    QCOMPARE(scalar(f, u"SELECT attributes FROM variants WHERE sku = 'TS-M'"_s).toString(), u"{\"colour\":\"blue\",\"size\":\"M\"}"_s);
    QCOMPARE(scalar(f, u"SELECT unit || '/' || pricing_unit FROM variants WHERE sku = 'APL'"_s).toString(), u"g/1000"_s);
    QCOMPARE(scalar(f, u"SELECT name FROM products WHERE id = (SELECT product_id FROM variants WHERE sku = 'APL')"_s).toString(), u"Apples, loose"_s);
    // Barcodes of every kind, each classified.
    QCOMPARE(joined(f, u"SELECT code || ':' || kind FROM barcodes ORDER BY code"_s, u" "_s),
             u"4006381333931:ean13 96385074:ean8 SHELF-7:internal"_s);
    // Categories as a tree, created once each.
    QCOMPARE(f.rowCount(u"categories"_s), 4);
    QCOMPARE(scalar(f, u"SELECT parent.name || ' > ' || child.name FROM categories child JOIN categories parent ON parent.id = child.parent_id "
                       "JOIN products p ON p.category_id = child.id WHERE p.name = 'T-Shirt'"_s)
                 .toString(),
             u"Clothing > Shirts"_s);
    // 19 % is the fixture's "Standard"; 7 % did not exist and was made.
    QCOMPARE(scalar(f, u"SELECT t.name FROM products p JOIN tax_categories t ON t.id = p.tax_category_id WHERE p.name = 'T-Shirt'"_s).toString(), u"Standard"_s);
    QCOMPARE(scalar(f, u"SELECT t.rate_bp FROM products p JOIN tax_categories t ON t.id = p.tax_category_id WHERE p.name = 'Apples, loose'"_s).toInt(), 700);
    QCOMPARE(report.notes.size(), 5); // 4 categories and 1 tax category

    // An audit row per created record; an outbox entry per product (with all its variants), per
    // category and per tax category.
    QCOMPARE(f.rowCount(u"audit_log"_s) - before.value(u"audit_log"_s), 2 + 3 + 4 + 1);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM audit_log WHERE action = 'variant.create' AND after_state LIKE '%\"price\":1999%'"_s).toInt(), 1);
    QCOMPARE(f.rowCount(u"outbox"_s) - before.value(u"outbox"_s), 2 + 4 + 1);
    const QJsonObject payload =
        QJsonDocument::fromJson(scalar(f, u"SELECT payload FROM outbox WHERE type = 'product.upserted' AND payload LIKE '%T-Shirt%'"_s).toString().toUtf8()).object();
    QCOMPARE(payload.value(u"variants"_s).toArray().size(), 2);
    QCOMPARE(kassa::checkIntegrity(f.database()).problems, QStringList());
}

void TestCsvImport::productUpdateKeepsAbsentColumnsAndRecordsPriceChange()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QVERIFY(runImport(f, CsvImportKind::Products, kGoodProducts).committed);
    const auto before = snapshot(f);

    // Only the columns given change; barcodes, attributes, category and cost stay.
    const ImportReport report = runImport(f, CsvImportKind::Products, "SKU,Product Name,Price,Tax Rate\nTS-M,T-Shirt,17.99,19\nTS-L,T-Shirt,21.00,19\n"_ba);
    QVERIFY2(report.committed, problems(report).constData());
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(scalar(f, u"SELECT price FROM variants WHERE sku = 'TS-M'"_s).toLongLong(), 1799);
    QCOMPARE(scalar(f, u"SELECT cost FROM variants WHERE sku = 'TS-M'"_s).toLongLong(), 750);
    QCOMPARE(scalar(f, u"SELECT code FROM barcodes WHERE variant_id = ?"_s, {variantIdOf(f, u"TS-M"_s)}).toString(), u"4006381333931"_s);
    QCOMPARE(scalar(f, u"SELECT attributes FROM variants WHERE sku = 'TS-M'"_s).toString(), u"{\"colour\":\"blue\",\"size\":\"M\"}"_s);
    QCOMPARE(scalar(f, u"SELECT brand FROM products WHERE name = 'T-Shirt'"_s).toString(), u"Acme"_s);

    QCOMPARE(f.rowCount(u"price_changes"_s), 1);
    QCOMPARE(scalar(f, u"SELECT old_price || '->' || new_price FROM price_changes"_s).toString(), u"1999->1799"_s);
    QCOMPARE(f.rowCount(u"audit_log"_s) - before.value(u"audit_log"_s), 1);
    QVERIFY(scalar(f, u"SELECT before_state FROM audit_log WHERE action = 'variant.update'"_s).toString().contains("\"price\":1999"_L1));
    QCOMPARE(f.rowCount(u"outbox"_s) - before.value(u"outbox"_s), 1);

    // An empty cell in a present column clears the field.
    QVERIFY(runImport(f, CsvImportKind::Products, "sku,product_name,price,tax_rate,barcodes,cost\nTS-M,T-Shirt,17.99,19,,\n"_ba).committed);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM barcodes WHERE variant_id = ?"_s, {variantIdOf(f, u"TS-M"_s)}).toInt(), 0);
    QVERIFY(scalar(f, u"SELECT cost FROM variants WHERE sku = 'TS-M'"_s).isNull());
}

void TestCsvImport::newVariantJoinsProductOfTheSameName()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QVERIFY(runImport(f, CsvImportKind::Products, kGoodProducts).committed);
    const ImportReport report = runImport(f, CsvImportKind::Products, kProductHeader + "TS-XL,T-Shirt,XL,Clothing > Shirts,Acme,22.00,,19,,size=XL,,,\n"_ba);
    QVERIFY2(report.committed, problems(report).constData());
    QCOMPARE(f.rowCount(u"products"_s), 2);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM variants v JOIN products p ON p.id = v.product_id WHERE p.name = 'T-Shirt'"_s).toInt(), 3);
}

void TestCsvImport::badRowsImportNothing_data()
{
    QTest::addColumn<QByteArray>("badRow");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("fragment");

    // Rows 2 and 3 are good; the bad one is row 4.
    QTest::newRow("bad-price") << "BAD,Thing,,,,12.345,,19,,,,,"_ba << u"price"_s << u"not an amount in EUR"_s;
    QTest::newRow("negative-price") << "BAD,Thing,,,,-1.00,,19,,,,,"_ba << u"price"_s << u"negative"_s;
    QTest::newRow("missing-price") << "BAD,Thing,,,,,,19,,,,,"_ba << u"price"_s << u"is empty"_s;
    QTest::newRow("bad-barcode-check-digit") << "BAD,Thing,,,,1.00,,19,4006381333932,,,,"_ba << u"barcodes"_s << u"check digit 2, expected 1"_s;
    QTest::newRow("unknown-tax-rate-format") << "BAD,Thing,,,,1.00,,19 percent,,,,,"_ba << u"tax_rate"_s << u"not a tax rate"_s;
    QTest::newRow("tax-rate-above-100") << "BAD,Thing,,,,1.00,,190,,,,,"_ba << u"tax_rate"_s << u"not a tax rate"_s;
    QTest::newRow("duplicate-sku-in-file") << "TS-M,T-Shirt,M,Clothing > Shirts,Acme,19.99,7.50,19,,,,,"_ba << u"sku"_s << u"on row 2 already"_s;
    QTest::newRow("barcode-twice-in-file") << "BAD,Thing,,,,1.00,,19,4006381333931,,,,"_ba << u"barcodes"_s << u"on row 2 too"_s;
    QTest::newRow("empty-sku") << ",Thing,,,,1.00,,19,,,,,"_ba << u"sku"_s << u"is empty"_s;
    QTest::newRow("bad-unit") << "BAD,Thing,,,,1.00,,19,,,kg,,"_ba << u"unit"_s << u"not a unit"_s;
    QTest::newRow("bad-pricing-unit") << "BAD,Thing,,,,1.00,,19,,,g,0,"_ba << u"pricing_unit"_s << u"whole number"_s;
    QTest::newRow("bad-active") << "BAD,Thing,,,,1.00,,19,,,,,maybe"_ba << u"active"_s << u"true/false"_s;
    QTest::newRow("bad-attributes") << "BAD,Thing,,,,1.00,,19,,size,,,"_ba << u"attributes"_s << u"not name=value"_s;
    QTest::newRow("bad-category-path") << "BAD,Thing,,Clothing > > Shirts,,1.00,,19,,,,,"_ba << u"category"_s << u"empty part"_s;
    QTest::newRow("product-fields-disagree") << "TS-XL,T-Shirt,XL,Clothing > Pants,Acme,19.99,,19,,,,,"_ba << u"category"_s << u"on row 2 of the same product"_s;
    QTest::newRow("too-few-fields") << "BAD,Thing,,"_ba << QString() << u"has 4 fields but the header has 13"_s;
}

void TestCsvImport::badRowsImportNothing()
{
    QFETCH(QByteArray, badRow);
    QFETCH(QString, column);
    QFETCH(QString, fragment);

    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const auto before = snapshot(f);
    const QByteArray csv = kProductHeader + "TS-M,T-Shirt,M,Clothing > Shirts,Acme,19.99,7.50,19,4006381333931,size=M,piece,1,true\n"
                                            "TS-L,T-Shirt,L,Clothing > Shirts,Acme,21.00,7.50,19,,size=L,piece,1,true\n"_ba
        + badRow + "\n"_ba;

    const ImportReport report = runImport(f, CsvImportKind::Products, csv);
    QVERIFY(!report.committed);
    QVERIFY(!report.succeeded({}));
    QVERIFY2(hasIssue(report, 4, column, fragment), problems(report).constData());
    QCOMPARE(report.skippedRows(), 1);
    QCOMPARE(snapshot(f), before);
}

void TestCsvImport::missingRequiredColumnImportsNothing()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const auto before = snapshot(f);
    const ImportReport report = runImport(f, CsvImportKind::Products, "sku,product_name,tax_rate,colour\nA,Thing,19,red\n"_ba);
    QVERIFY(!report.succeeded({.dryRun = false, .skipBadRows = true}));
    QCOMPARE(report.fileErrors,
             (QStringList{u"row 1, column 4: unknown column \"colour\"; the columns are sku, product_name, variant_name, category, brand, price, cost, tax_rate, "
                          "barcodes, attributes, unit, pricing_unit, active"_s,
                          u"row 1: the required column \"price\" is missing"_s}));
    QCOMPARE(snapshot(f), before);
}

void TestCsvImport::skipBadRowsImportsTheRest()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const QByteArray csv = kProductHeader + "A,Alpha,,,,1.00,,19,,,,,\n"
                                            "B,Beta,,,,one euro,,19,,,,,\n"
                                            "C,Gamma,,,,3.00,,19,5901234123457,,,,\n"
                                            "D,Delta,,,,4.00,,19,5901234123450,,,,\n"
                                            "E,Epsilon,,,,5.00,,7,,,,,\n"_ba;
    const ImportReport report = runImport(f, CsvImportKind::Products, csv, {.dryRun = false, .skipBadRows = true});
    QVERIFY2(report.committed, problems(report).constData());
    QVERIFY(report.succeeded({.dryRun = false, .skipBadRows = true}));
    QCOMPARE(report.created, 3);
    QCOMPARE(report.skippedRows(), 2);
    QVERIFY(hasIssue(report, 3, u"price"_s));
    QVERIFY(hasIssue(report, 5, u"barcodes"_s, u"check digit"_s));
    QCOMPARE(joined(f, u"SELECT sku FROM variants ORDER BY sku"_s, QString()), u"ACE"_s);
}

void TestCsvImport::dryRunWritesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("created");

    QTest::newRow("products") << int(CsvImportKind::Products) << kGoodProducts << 3;
    QTest::newRow("stock") << int(CsvImportKind::Stock) << "shop,location,sku,on_hand\ntest-shop,FLOOR,EXIST,5\ntest-shop,BACK,EXIST,2\n"_ba << 2;
    QTest::newRow("customers") << int(CsvImportKind::Customers) << "name,email\nAda,ada@example.com\nBob,bob@example.com\n"_ba << 2;
}

void TestCsvImport::dryRunWritesNothing()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(int, created);

    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QVERIFY(!f.addVariant(u"EXIST"_s, 100).isEmpty());
    const auto before = snapshot(f);
    const ImportReport report = runImport(f, CsvImportKind(kind), csv, {.dryRun = true, .skipBadRows = false});
    QVERIFY2(report.succeeded({.dryRun = true, .skipBadRows = false}), problems(report).constData());
    QVERIFY(!report.committed);
    QCOMPARE(report.created, created);
    QCOMPARE(snapshot(f), before);
    // The same file for real does what the dry run said.
    const ImportReport real = runImport(f, CsvImportKind(kind), csv);
    QVERIFY(real.committed);
    QCOMPARE(real.created, created);
}

void TestCsvImport::barcodeOfAnotherVariantIsRefused()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QVERIFY(!f.addVariant(u"OLD"_s, 100, u"4006381333931"_s).isEmpty());
    const ImportReport refused = runImport(f, CsvImportKind::Products, kProductHeader + "NEW,New thing,,,,1.00,,19,4006381333931,,,,\n"_ba);
    QVERIFY(!refused.committed);
    QVERIFY2(hasIssue(refused, 2, u"barcodes"_s, u"belongs to SKU OLD"_s), problems(refused).constData());
    // Its own barcode on its own row is fine.
    const ImportReport own = runImport(f, CsvImportKind::Products, kProductHeader + "OLD,Product OLD,,,,1.00,,19,4006381333931,,,,\n"_ba);
    QVERIFY2(own.committed, problems(own).constData());
}

void TestCsvImport::stockImportPostsAdjustments()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const QString a = f.addVariant(u"A"_s, 100);
    const QString b = f.addVariant(u"B"_s, 100);
    const QString c = f.addVariant(u"C"_s, 100);
    postStock(f, f.floorLocationId, a, 5);
    postStock(f, f.backLocationId, b, 3);
    const auto before = snapshot(f);

    const QByteArray csv = "shop,location,sku,on_hand\n"
                           "test-shop,FLOOR,A,12\n" // 5 -> 12
                           "test-shop,back,B,3\n" // equal: nothing posted; codes match in any case
                           "test-shop,BACK,C,4\n" // no level yet -> 4
                           "test-shop,FLOOR,B,-2\n"_ba; // below zero is a fact, not refused
    const ImportReport report = runImport(f, CsvImportKind::Stock, csv);
    QVERIFY2(report.committed, problems(report).constData());
    QCOMPARE(report.created, 2);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(onHand(f, f.floorLocationId, a), 12);
    QCOMPARE(onHand(f, f.backLocationId, b), 3);
    QCOMPARE(onHand(f, f.backLocationId, c), 4);
    QCOMPARE(onHand(f, f.floorLocationId, b), -2);
    QCOMPARE(joined(f, u"SELECT quantity_delta FROM stock_movements WHERE ref_type = 'import' AND reason = 'adjustment' ORDER BY quantity_delta"_s, u" "_s),
             u"-2 4 7"_s);
    QCOMPARE(scalar(f, u"SELECT COUNT(DISTINCT ref_id) FROM stock_movements WHERE ref_type = 'import'"_s).toInt(), 1);
    QCOMPARE(f.rowCount(u"outbox"_s) - before.value(u"outbox"_s), 3);
    QCOMPARE(f.rowCount(u"audit_log"_s) - before.value(u"audit_log"_s), 3);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM outbox WHERE type = 'stock.movements'"_s).toInt(), 2 + 3);
    const kassa::IntegrityReport integrity = kassa::checkIntegrity(f.database());
    QVERIFY2(integrity.ok(), qPrintable(integrity.problems.join(u'\n')));

    // A sale after the count sheet was printed: importing the sheet again sets it back to the sheet.
    postStock(f, f.floorLocationId, a, -1);
    const ImportReport again = runImport(f, CsvImportKind::Stock, csv);
    QVERIFY(again.committed);
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(onHand(f, f.floorLocationId, a), 12);
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
}

void TestCsvImport::stockBadRows()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QVERIFY(!f.addVariant(u"A"_s, 100).isEmpty());
    const auto before = snapshot(f);
    const QByteArray csv = "shop,location,sku,on_hand\n"
                           "test-shop,FLOOR,A,1\n"
                           "nowhere,FLOOR,A,1\n"
                           "test-shop,CELLAR,A,1\n"
                           "test-shop,FLOOR,NOPE,1\n"
                           "test-shop,BACK,A,1.5\n"
                           "test-shop,floor,A,2\n"_ba;
    const ImportReport report = runImport(f, CsvImportKind::Stock, csv);
    QVERIFY(!report.committed);
    QVERIFY(hasIssue(report, 3, u"shop"_s, u"no shop \"nowhere\""_s));
    QVERIFY(hasIssue(report, 4, u"location"_s, u"(it has BACK, FLOOR)"_s));
    QVERIFY(hasIssue(report, 5, u"sku"_s, u"no SKU \"NOPE\""_s));
    QVERIFY(hasIssue(report, 6, u"on_hand"_s, u"not a whole number"_s));
    QVERIFY(hasIssue(report, 7, u"sku"_s, u"on row 2 already"_s));
    QCOMPARE(report.skippedRows(), 5);
    QCOMPARE(snapshot(f), before);

    const ImportReport skipping = runImport(f, CsvImportKind::Stock, csv, {.dryRun = false, .skipBadRows = true});
    QVERIFY(skipping.committed);
    QCOMPARE(skipping.created, 1);
    QCOMPARE(onHand(f, f.floorLocationId, variantIdOf(f, u"A"_s)), 1);
}

void TestCsvImport::customersUpsertByEmailElsePhone()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const QByteArray csv = "name,email,phone,consent_marketing,consent_email_receipts,note\n"
                           "Ada Lovelace,ADA@Example.com,+44 20 7946 0000,yes,0,\"Likes \"\"analytical\"\" engines,\nand tea\"\n"
                           "Bob,,+49 30 123456,false,true,\n"_ba;
    const ImportReport report = runImport(f, CsvImportKind::Customers, csv);
    QVERIFY2(report.committed, problems(report).constData());
    QCOMPARE(report.created, 2);
    QCOMPARE(scalar(f, u"SELECT email FROM customers WHERE name = 'Ada Lovelace'"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(scalar(f, u"SELECT note FROM customers WHERE name = 'Ada Lovelace'"_s).toString(), u"Likes \"analytical\" engines,\nand tea"_s);
    QVERIFY(!scalar(f, u"SELECT consent_marketing_at FROM customers WHERE name = 'Ada Lovelace'"_s).isNull());
    QVERIFY(scalar(f, u"SELECT email FROM customers WHERE name = 'Bob'"_s).isNull());
    QCOMPARE(scalar(f, u"SELECT consent_email_receipts FROM customers WHERE name = 'Bob'"_s).toInt(), 1);

    // By e-mail: only the columns given change; withdrawing consent clears its time.
    const ImportReport byEmail = runImport(f, CsvImportKind::Customers, "email,consent_marketing\nada@example.com,no\n"_ba);
    QVERIFY2(byEmail.committed, problems(byEmail).constData());
    QCOMPARE(byEmail.updated, 1);
    QCOMPARE(scalar(f, u"SELECT consent_marketing FROM customers WHERE name = 'Ada Lovelace'"_s).toInt(), 0);
    QVERIFY(scalar(f, u"SELECT consent_marketing_at FROM customers WHERE name = 'Ada Lovelace'"_s).isNull());
    QCOMPARE(scalar(f, u"SELECT phone FROM customers WHERE name = 'Ada Lovelace'"_s).toString(), u"+44 20 7946 0000"_s);

    // Without an e-mail, by phone.
    const ImportReport byPhone = runImport(f, CsvImportKind::Customers, "phone,name\n+49 30 123456,Bob Builder\n"_ba);
    QVERIFY2(byPhone.committed, problems(byPhone).constData());
    QCOMPARE(byPhone.updated, 1);
    QCOMPARE(f.rowCount(u"customers"_s), 2);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM customers WHERE name = 'Bob Builder'"_s).toInt(), 1);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM outbox WHERE type = 'customer.upserted'"_s).toInt(), 4);
    QCOMPARE(scalar(f, u"SELECT COUNT(*) FROM audit_log WHERE entity_type = 'customer'"_s).toInt(), 4);

    // An address stored in mixed case by some other tool, as an export writes it, is still the same
    // customer (and is left as stored).
    QSqlQuery sql(f.database().connection());
    QVERIFY(sql.exec(u"INSERT INTO customers (id, company_id, name, email, created_at, updated_at) VALUES ('c-carl', '%1', 'Carl', 'Carl@Example.com', 0, 0)"_s.arg(
        f.companyId)));
    const ImportReport mixedCase = runImport(f, CsvImportKind::Customers, "name,email\nCarl,Carl@Example.com\n"_ba);
    QVERIFY2(mixedCase.committed, problems(mixedCase).constData());
    QCOMPARE(mixedCase.unchanged, 1);
    QCOMPARE(f.rowCount(u"customers"_s), 3);
}

void TestCsvImport::customerBadRows()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const auto before = snapshot(f);
    const ImportReport report = runImport(f, CsvImportKind::Customers,
                                          "name,email,phone,consent_marketing\n"
                                          "Eve,not-an-email,,\n"
                                          "Nobody,,,\n"
                                          "Carl,carl@example.com,call me,\n"
                                          "Dora,dora@example.com,,perhaps\n"
                                          "Dora again,DORA@example.com,,\n"_ba);
    QVERIFY(!report.committed);
    QVERIFY(hasIssue(report, 2, u"email"_s, u"not an e-mail address"_s));
    QVERIFY(hasIssue(report, 3, u"email"_s, u"needs an email or a phone"_s));
    QVERIFY(hasIssue(report, 4, u"phone"_s, u"not a phone number"_s));
    QVERIFY(hasIssue(report, 5, u"consent_marketing"_s));
    QVERIFY(hasIssue(report, 6, u"email"_s, u"on row 5 already"_s));
    QCOMPARE(snapshot(f), before);

    const ImportReport noKey = runImport(f, CsvImportKind::Customers, "name,note\nAda,hello\n"_ba);
    QCOMPARE(noKey.fileErrors.size(), 1);
    QVERIFY(noKey.fileErrors.first().contains("\"email\" or a \"phone\" column"_L1));
}

void TestCsvImport::roundTripChangesNothing()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    // Data the importers did not make: a variant from elsewhere with a numeric attribute, and a
    // second 19 % tax category that sorts before the fixture's "Standard", so an import that
    // matched tax categories by rate alone would move the fixture's products into it.
    const QString legacy = f.addVariant(u"LEGACY"_s, 12345, u"5901234123457"_s);
    QSqlQuery sql(f.database().connection());
    QVERIFY(sql.exec(u"UPDATE variants SET attributes = '{\"size\":42,\"organic\":true}' WHERE sku = 'LEGACY'"_s));
    QVERIFY(sql.exec(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES ('tc-books', '%1', 'Books', 1900)"_s.arg(f.companyId)));
    QVERIFY(runImport(f, CsvImportKind::Products, kGoodProducts).committed);
    QVERIFY(runImport(f, CsvImportKind::Customers,
                      "name,email,phone,consent_marketing,consent_email_receipts,note\n"
                      "Ada,ada@example.com,,true,false,\"multi\nline, \"\"quoted\"\"\"\n"
                      "Bob,,+49 30 123456,false,true, padded \n"_ba)
                .committed);
    postStock(f, f.floorLocationId, legacy, 7);
    postStock(f, f.backLocationId, variantIdOf(f, u"TS-M"_s), -3);

    for (const auto &[exportKind, importKind] : {std::pair{CsvExportKind::Products, CsvImportKind::Products}, std::pair{CsvExportKind::Stock, CsvImportKind::Stock},
                                                 std::pair{CsvExportKind::Customers, CsvImportKind::Customers}}) {
        const QByteArray exported = runExport(f, exportKind);
        QVERIFY(!exported.isEmpty());
        const auto before = snapshot(f);
        const ImportReport report = runImport(f, importKind, exported);
        QVERIFY2(report.committed, problems(report).constData());
        QVERIFY2(report.created == 0 && report.updated == 0, exported.constData());
        QCOMPARE(report.unchanged, report.rowsRead);
        QCOMPARE(snapshot(f), before);
        QCOMPARE(runExport(f, exportKind), exported);
    }
    QCOMPARE(scalar(f, u"SELECT t.name FROM products p JOIN tax_categories t ON t.id = p.tax_category_id JOIN variants v ON v.product_id = p.id "
                       "WHERE v.sku = 'LEGACY'"_s)
                 .toString(),
             u"Standard"_s);
    QCOMPARE(scalar(f, u"SELECT attributes FROM variants WHERE sku = 'LEGACY'"_s).toString(), u"{\"size\":42,\"organic\":true}"_s);
}

void TestCsvImport::salesExport()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const QString variant = f.addVariant(u"TEA"_s, 1999);
    QSqlQuery sql(f.database().connection());
    QVERIFY(sql.exec(u"INSERT INTO customers (id, company_id, name, email, created_at, updated_at) VALUES ('c1', '%1', 'Ada', 'ada@example.com', 0, 0)"_s.arg(
        f.companyId)));
    // 2024-07-01 12:00:05 UTC is 14:00:05 in Berlin (summer time); 2024-12-01 09:30 UTC is 10:30.
    const QString insertSale = u"INSERT INTO sales (id, company_id, shop_id, device_id, receipt_number, kind, customer_id, currency, prices_include_tax, "
                               "subtotal, discount_total, tax_total, total, occurred_at, recorded_at) VALUES ('%1', '%2', '%3', 'dev', '%4', '%5', %6, 'EUR', 1, "
                               "0, 0, 0, 0, %7, %7)"_s;
    QVERIFY2(sql.exec(insertSale.arg(u"s1"_s, f.companyId, f.shopId, u"TS-1-000001"_s, u"sale"_s, u"'c1'"_s).arg(1719835205000LL)), qPrintable(sql.lastError().text()));
    QVERIFY(sql.exec(insertSale.arg(u"s2"_s, f.companyId, f.shopId, u"TS-1-000002"_s, u"return"_s, u"NULL"_s).arg(1733045400000LL)));
    const QString insertLine = u"INSERT INTO sale_lines (id, company_id, sale_id, line_number, variant_id, description, quantity, unit_price, line_discount, "
                               "tax_rate_bp, tax_amount, line_total) VALUES ('%1', '%2', '%3', %4, '%5', '%6', %7, %8, %9, 1900, %10, %11)"_s;
    QVERIFY2(sql.exec(insertLine.arg(u"l1"_s, f.companyId, u"s1"_s, u"1"_s, variant, u"Tea, green"_s, u"2"_s, u"1999"_s, u"200"_s, u"606"_s, u"3798"_s)),
             qPrintable(sql.lastError().text()));
    QVERIFY(sql.exec(insertLine.arg(u"l2"_s, f.companyId, u"s1"_s, u"2"_s, variant, u"Tea"_s, u"1"_s, u"1999"_s, u"0"_s, u"319"_s, u"1999"_s)));
    QVERIFY(sql.exec(insertLine.arg(u"l3"_s, f.companyId, u"s2"_s, u"1"_s, variant, u"Tea"_s, u"-1"_s, u"1999"_s, u"0"_s, u"-319"_s, u"-1999"_s)));

    kassa::ExportResult result;
    const QByteArray exported = runExport(f, CsvExportKind::Sales, &result);
    QCOMPARE(result.rows, 3);
    QList<kassa::CsvRecord> records;
    QString error;
    QVERIFY2(kassa::parseCsv(exported, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).fields.join(u','),
             u"receipt_number,occurred_at,shop,kind,line_number,sku,description,quantity,unit_price,line_discount,tax_rate,tax_amount,line_total,currency,customer_email"_s);
    QCOMPARE(records.at(1).fields,
             (QStringList{u"TS-1-000001"_s, u"2024-07-01T14:00:05+02:00"_s, u"test-shop"_s, u"sale"_s, u"1"_s, u"TEA"_s, u"Tea, green"_s, u"2"_s, u"19.99"_s,
                          u"2.00"_s, u"19"_s, u"6.06"_s, u"37.98"_s, u"EUR"_s, u"ada@example.com"_s}));
    QCOMPARE(records.at(2).fields.at(4), u"2"_s);
    QCOMPARE(records.at(3).fields,
             (QStringList{u"TS-1-000002"_s, u"2024-12-01T10:30:00+01:00"_s, u"test-shop"_s, u"return"_s, u"1"_s, u"TEA"_s, u"Tea"_s, u"-1"_s, u"19.99"_s, u"0.00"_s,
                          u"19"_s, u"-3.19"_s, u"-19.99"_s, u"EUR"_s, QString()}));
}

void TestCsvImport::permissionsAreChecked()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const auto before = snapshot(f);
    const ImportReport staff = kassa::importCsv(f.context(), f.actor(kassa::Role::ShopManager), f.companyId, CsvImportKind::Products, kGoodProducts, {});
    QVERIFY(staff.failure.contains("may not import"_L1));
    kassa::Actor otherAdmin = f.actor(kassa::Role::CompanyAdmin);
    otherAdmin.companyId = u"another-company"_s;
    const ImportReport foreign = kassa::importCsv(f.context(), otherAdmin, f.companyId, CsvImportKind::Products, kGoodProducts, {});
    QVERIFY(foreign.failure.contains("own company"_L1));
    QCOMPARE(snapshot(f), before);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    kassa::ExportResult result;
    QString error;
    QVERIFY(!kassa::exportCsv(f.database(), f.actor(kassa::Role::ShopStaff), f.companyId, CsvExportKind::Customers, &buffer, &result, &error));
    QVERIFY(error.contains("may not"_L1));
    QVERIFY(buffer.data().isEmpty());
}

void TestCsvImport::cli_data()
{
    QTest::addColumn<QStringList>("arguments"); // after --database PATH; GOOD, BAD and OUT are files in the fixture's folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output"); // expected in stdout + stderr
    QTest::addColumn<int>("variants"); // how many variants the database has afterwards

    QTest::newRow("import-ok") << QStringList{u"import"_s, u"products"_s, u"GOOD"_s} << 0 << u"created 3, updated 0, unchanged 0"_s << 3;
    QTest::newRow("import-bad-rows") << QStringList{u"import"_s, u"products"_s, u"BAD"_s} << 1 << u"row 3, column \"price\""_s << 0;
    QTest::newRow("import-skip-bad-rows") << QStringList{u"import"_s, u"products"_s, u"BAD"_s, u"--skip-bad-rows"_s} << 0 << u"(row skipped)"_s << 1;
    QTest::newRow("import-dry-run") << QStringList{u"import"_s, u"products"_s, u"GOOD"_s, u"--dry-run"_s} << 0 << u"dry run, nothing written: would create 3"_s << 0;
    QTest::newRow("import-company") << QStringList{u"import"_s, u"products"_s, u"GOOD"_s, u"--company"_s, u"testco"_s} << 0 << u"created 3"_s << 3;
    QTest::newRow("unknown-company") << QStringList{u"import"_s, u"products"_s, u"GOOD"_s, u"--company"_s, u"nope"_s} << 1 << u"no company with the slug"_s << 0;
    QTest::newRow("unknown-kind") << QStringList{u"import"_s, u"things"_s, u"GOOD"_s} << 2 << u"products|stock|customers"_s << 0;
    QTest::newRow("no-file") << QStringList{u"import"_s, u"products"_s} << 2 << u"FILE.csv"_s << 0;
    QTest::newRow("unknown-option") << QStringList{u"import"_s, u"products"_s, u"GOOD"_s, u"--force"_s} << 2 << u"unknown option --force"_s << 0;
    QTest::newRow("missing-file") << QStringList{u"import"_s, u"products"_s, u"missing.csv"_s} << 1 << u"cannot read"_s << 0;
    QTest::newRow("export-ok") << QStringList{u"export"_s, u"customers"_s, u"OUT"_s} << 0 << u"exported 0 rows"_s << 0;
    QTest::newRow("export-unknown-kind") << QStringList{u"export"_s, u"orders"_s, u"OUT"_s} << 2 << u"products|stock|customers|sales"_s << 0;
    QTest::newRow("backup-no-file") << QStringList{u"backup"_s} << 2 << u"backup FILE"_s << 0;
}

void TestCsvImport::cli()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QFETCH(int, variants);

    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(f.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    };
    QVERIFY(write(u"good.csv"_s, kGoodProducts));
    QVERIFY(write(u"bad.csv"_s, kProductHeader + "A,Alpha,,,,1.00,,19,,,,,\nB,Beta,,,,1.0.0,,19,,,,,\n"_ba));
    for (QString &argument : arguments) {
        argument = argument == "GOOD"_L1 ? f.filePath(u"good.csv"_s)
            : argument == "BAD"_L1       ? f.filePath(u"bad.csv"_s)
            : argument == "OUT"_L1       ? f.filePath(u"out.csv"_s)
            : argument == "missing.csv"_L1 ? f.filePath(argument)
                                           : argument;
    }
    QProcess process;
    process.start(QStringLiteral(KASSACTL_PATH), QStringList{u"--database"_s, f.path()} + arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString all = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(all.contains(output), qPrintable(all));
    QCOMPARE(process.exitCode(), exitCode);
    QCOMPARE(f.rowCount(u"variants"_s), variants);
    if (arguments.first() == "export"_L1 && exitCode == 0) {
        QVERIFY(QFile::exists(f.filePath(u"out.csv"_s)));
    }
}

void TestCsvImport::cliRefusesMissingDatabase()
{
    // A mistyped --database must not create an empty database and import into it.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"good.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kGoodProducts);
    file.close();
    QProcess process;
    process.start(QStringLiteral(KASSACTL_PATH), {u"--database"_s, dir.filePath(u"typo.db"_s), u"import"_s, u"products"_s, file.fileName()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains("does not exist"_L1));
    QVERIFY(!QFile::exists(dir.filePath(u"typo.db"_s)));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
