// The till's product search: every word typed is the start of a word of the name, SKU or a barcode,
// accents ignored; a code typed in full comes first; only what the shop sells is listed, with the
// shop's price and the stock at its sellable locations; another company's catalog is never seen;
// nothing a cashier types can break the query; and the index follows every catalog change.
//
// On PostgreSQL (tst_catalogsearch_postgres) the search matches rows without FTS5 and without
// accent folding: the cases that need folding, ranking or the index itself run on SQLite only.

#include "testfixture.h"

#include "domain/barcode.h"
#include "domain/uuid7.h"
#include "ops/demoseed.h"
#include "ops/rowsink.h"
#include "sales/catalogsearch.h"
#include "services/catalogservice.h"
#include "services/companyservice.h"
#include "storage/tenantquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using kassa::CatalogHit;
using kassa::CatalogSearch;

namespace
{

// A valid EAN-13 from its first twelve digits.
QString ean(const QString &twelveDigits)
{
    return twelveDigits + QString::number(kassa::gs1CheckDigit(twelveDigits));
}

QStringList skus(const QList<CatalogHit> &hits)
{
    QStringList result;
    for (const CatalogHit &hit : hits) {
        result << hit.sku;
    }
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool exec(kassa::Database &database, const QString &sql, const QVariantList &values = {}, QString *error = nullptr)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(kassa::bindable(value)); // a null QString is '', as the services bind it
    }
    if (!query.exec()) {
        qWarning().noquote() << query.lastError().text() << "in" << sql;
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

} // namespace

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void search_data();
    void search();
    void codeTypedInFullComesFirst();
    void productNameRanksFirst();
    void nameStartingWithTheFirstWordFirst();
    void limits();
    void nastyInputNeverFails_data();
    void nastyInputNeverFails();
    void otherCompanyNeverFound();
    void onlyWhatTheShopSells();
    void shopPriceAndAvailableStock();
    void lookupBarcode();
    void indexFollowsCatalogChanges();
    void migrationIndexesExistingRows();
    void demoSeedIsIndexed();

private:
    // A product with one variant; returns the variant id.
    QString addItem(const QString &companyId, const QString &taxCategoryId, const QString &product, const QString &variant, const QString &sku, qint64 price,
        const QStringList &barcodes = {}, const QString &status = u"active"_s, int active = 1);
    QString addItem(const QString &product, const QString &variant, const QString &sku, qint64 price, const QStringList &barcodes = {})
    {
        return addItem(m_fixture->companyId, m_fixture->taxCategoryId, product, variant, sku, price, barcodes);
    }
    QList<CatalogHit> find(const QString &text, int limit = 20);
    // Whether the FTS5 index holds exactly what a rebuild from the catalog tables would (SQLite).
    QString indexProblem();

    std::unique_ptr<TestFixture> m_fixture;
    QString m_otherCompanyId;
    QString m_otherTaxCategoryId;
    QString m_otherShopId; // a second store of the fixture's company
    QString m_otherShopFloorId;
    QHash<QString, QString> m_variantBySku; // the fixture company's
    QString m_productOfCaf1kg;
};

void TestCatalogSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestCatalogSearch::addItem(const QString &companyId, const QString &taxCategoryId, const QString &product, const QString &variant, const QString &sku,
    qint64 price, const QStringList &barcodes, const QString &status, int active)
{
    kassa::Database &database = m_fixture->database();
    const QString productId = kassa::newId();
    const QString variantId = kassa::newId();
    if (!exec(database, u"INSERT INTO products (id, company_id, tax_category_id, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"_s,
            { productId, companyId, taxCategoryId, product, status })
        || !exec(database,
            u"INSERT INTO variants (id, company_id, product_id, sku, name, price, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"_s,
            { variantId, companyId, productId, sku, variant, price, active })) {
        return {};
    }
    for (const QString &code : barcodes) {
        if (!exec(database, u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (?, ?, ?, ?)"_s,
                { companyId, code, variantId, code.size() == 13 ? u"ean13"_s : u"internal"_s })) {
            return {};
        }
    }
    if (companyId == m_fixture->companyId) {
        m_variantBySku.insert(sku, variantId);
        if (sku == "CAF-1KG"_L1) {
            m_productOfCaf1kg = productId;
        }
    }
    return variantId;
}

void TestCatalogSearch::init()
{
    m_fixture = std::make_unique<TestFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
    m_variantBySku.clear();
    TestFixture &f = *m_fixture;
    QString error;

    // The fixture's company: a small grocery and a few kettles that are not (all) for sale.
    QVERIFY(!addItem(u"Café Crème Beans"_s, u"1 kg"_s, u"CAF-1KG"_s, 1999, { ean(u"400638133393"_s) }).isEmpty());
    QVERIFY(!addItem(u"Café Crème Beans"_s, u"250 g"_s, u"CAF-250"_s, 699, { ean(u"400638133394"_s) }).isEmpty());
    QVERIFY(!addItem(u"Musli Crunchy"_s, {}, u"MUS-500"_s, 399, { ean(u"401234500001"_s) }).isEmpty());
    QVERIFY(!addItem(u"Müsli Classic"_s, {}, u"MUE-750"_s, 449).isEmpty());
    QVERIFY(!addItem(u"Coca-Cola Zero"_s, u"0.5 l"_s, u"COLA-05"_s, 149, { ean(u"544900013180"_s) }).isEmpty());
    QVERIFY(!addItem(u"Chamomile Tea"_s, {}, u"TEA-CHA"_s, 299).isEmpty());
    QVERIFY(!addItem(u"Crème brûlée Pot"_s, {}, u"POT-01"_s, 999).isEmpty());
    QVERIFY(!addItem(f.companyId, f.taxCategoryId, u"Discontinued Kettle"_s, {}, u"KET-OLD"_s, 2999, { ean(u"400000000001"_s) }, u"active"_s, 0).isEmpty());
    QVERIFY(!addItem(f.companyId, f.taxCategoryId, u"Archived Kettle"_s, {}, u"KET-ARC"_s, 2999, {}, u"archived"_s).isEmpty());
    QVERIFY(!addItem(f.companyId, f.taxCategoryId, u"Draft Kettle"_s, {}, u"KET-DRF"_s, 2999, {}, u"draft"_s).isEmpty());
    QVERIFY(!addItem(u"Hidden Kettle"_s, {}, u"KET-HID"_s, 2999, { ean(u"400000000002"_s) }).isEmpty());
    QVERIFY(!addItem(u"Other Shop Kettle"_s, {}, u"KET-OTH"_s, 2999).isEmpty());
    QVERIFY(!addItem(u"Override Kettle"_s, {}, u"KET-OVR"_s, 4999, { ean(u"400000000003"_s) }).isEmpty());

    // A second store of the company, which hides another kettle.
    kassa::CompanyService companies(f.context());
    kassa::ShopDraft shop;
    shop.slug = u"second-shop"_s;
    shop.name = u"Second Shop"_s;
    m_otherShopId = companies.createShop(f.admin, shop, &error);
    QVERIFY2(!m_otherShopId.isEmpty(), qPrintable(error));
    QSqlQuery query(f.database().connection());
    query.prepare(u"SELECT id FROM locations WHERE shop_id = ? AND code = 'FLOOR'"_s);
    query.addBindValue(m_otherShopId);
    QVERIFY(query.exec() && query.next());
    m_otherShopFloorId = query.value(0).toString();
    query.finish();
    const auto listing = [&](const QString &shopId, const QString &sku, const QVariant &priceOverride, int visible) {
        return exec(f.database(), u"INSERT INTO shop_listings (company_id, shop_id, variant_id, price_override, visible) VALUES (?, ?, ?, ?, ?)"_s,
            { f.companyId, shopId, m_variantBySku.value(sku), priceOverride, visible });
    };
    QVERIFY(listing(f.shopId, u"KET-HID"_s, QVariant(), 0));
    QVERIFY(listing(m_otherShopId, u"KET-OTH"_s, QVariant(), 0));
    QVERIFY(listing(f.shopId, u"KET-OVR"_s, qint64(3999), 1));
    QVERIFY(listing(m_otherShopId, u"KET-OVR"_s, qint64(2500), 1));

    // Another company with the very same coffee (name, SKU and barcode) and a kettle of its own.
    kassa::CompanyDraft other;
    other.slug = u"otherco"_s;
    other.name = u"Other Company"_s;
    m_otherCompanyId = companies.createCompany(kassa::Actor::operatorConsole({}, f.context().deviceId), other, &error);
    QVERIFY2(!m_otherCompanyId.isEmpty(), qPrintable(error));
    m_otherTaxCategoryId = kassa::newId();
    QVERIFY(exec(f.database(), u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, 'Standard', 2000)"_s,
        { m_otherTaxCategoryId, m_otherCompanyId }));
    QVERIFY(!addItem(m_otherCompanyId, m_otherTaxCategoryId, u"Café Crème Beans"_s, u"1 kg"_s, u"CAF-1KG"_s, 1, { ean(u"400638133393"_s) }).isEmpty());
    QVERIFY(!addItem(m_otherCompanyId, m_otherTaxCategoryId, u"Kettle Of Another Company"_s, {}, u"KET-B"_s, 1).isEmpty());
}

void TestCatalogSearch::cleanup()
{
    m_fixture.reset();
}

QList<CatalogHit> TestCatalogSearch::find(const QString &text, int limit)
{
    CatalogSearch search(m_fixture->database());
    QString error;
    const QList<CatalogHit> hits = search.search(m_fixture->companyId, m_fixture->shopId, text, limit, &error);
    if (!error.isEmpty()) {
        qWarning().noquote() << "search" << text << "failed:" << error;
    }
    return hits;
}

QString TestCatalogSearch::indexProblem()
{
    QSqlQuery query(m_fixture->database().connection());
    if (!query.exec(u"INSERT INTO catalog_search (catalog_search) VALUES ('integrity-check')"_s)) {
        return u"integrity-check: "_s + query.lastError().text();
    }
    // Barcodes in code order on both sides: the triggers append them as they come.
    const QString indexed = u"SELECT rowid, company, product, variant, sku, barcodes FROM catalog_search ORDER BY rowid"_s;
    const QString expected = u"SELECT v.rowid, char(57344) || hex(v.company_id), p.name, v.name, v.sku, "
                             "COALESCE((SELECT group_concat(code, ' ') FROM (SELECT code FROM barcodes b WHERE b.variant_id = v.id ORDER BY code)), '') "
                             "FROM variants v JOIN products p ON p.id = v.product_id ORDER BY v.rowid"_s;
    const auto rows = [&](const QString &sql, bool sortBarcodes) {
        QStringList result;
        QSqlQuery read(m_fixture->database().connection());
        if (!read.exec(sql)) {
            return QStringList { read.lastError().text() };
        }
        while (read.next()) {
            QStringList barcodes = read.value(5).toString().split(u' ', Qt::SkipEmptyParts);
            if (sortBarcodes) {
                barcodes.sort();
            }
            result << QStringList { read.value(0).toString(), read.value(1).toString(), read.value(2).toString(), read.value(3).toString(),
                read.value(4).toString(), barcodes.join(u' ') }
                          .join(u'|');
        }
        return result;
    };
    const QStringList actual = rows(indexed, true);
    const QStringList wanted = rows(expected, false);
    if (actual == wanted) {
        return {};
    }
    for (qsizetype i = 0; i < qMax(actual.size(), wanted.size()); ++i) {
        const QString a = actual.value(i), w = wanted.value(i);
        if (a != w) {
            return u"index row %1 is \"%2\", the catalog says \"%3\" (%4 rows indexed, %5 variants)"_s.arg(i).arg(a, w).arg(actual.size()).arg(wanted.size());
        }
    }
    return {};
}

void TestCatalogSearch::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("foldsAccents"); // needs accent folding: SQLite only

    const QStringList coffee { u"CAF-1KG"_s, u"CAF-250"_s };
    QTest::newRow("prefix") << u"caf"_s << coffee << false;
    QTest::newRow("whole-word-with-accent") << u"Café"_s << coffee << false;
    QTest::newRow("upper-case") << u"CHAMO"_s << QStringList { u"TEA-CHA"_s } << false;
    QTest::newRow("one-letter") << u"z"_s << QStringList { u"COLA-05"_s } << false;
    QTest::newRow("multiword") << u"beans 250"_s << QStringList { u"CAF-250"_s } << false;
    QTest::newRow("multiword-any-order") << u"250 bea"_s << QStringList { u"CAF-250"_s } << false;
    QTest::newRow("multiword-all-must-match") << u"caf musli"_s << QStringList {} << false;
    QTest::newRow("word-after-hyphen") << u"cola"_s << QStringList { u"COLA-05"_s } << false;
    QTest::newRow("hyphenated-typed") << u"coca-co"_s << QStringList { u"COLA-05"_s } << false;
    QTest::newRow("decimal-variant") << u"0.5"_s << QStringList { u"COLA-05"_s } << false;
    QTest::newRow("middle-of-word-is-no-prefix") << u"amomile"_s << QStringList {} << false;
    QTest::newRow("sku-prefix") << u"CAF-1"_s << QStringList { u"CAF-1KG"_s } << false;
    QTest::newRow("sku-lower-case") << u"tea-ch"_s << QStringList { u"TEA-CHA"_s } << false;
    QTest::newRow("barcode-prefix") << u"40063813339"_s << coffee << false;
    QTest::newRow("barcode-in-full") << ean(u"400638133394"_s) << QStringList { u"CAF-250"_s } << false;
    QTest::newRow("only-sellable-kettles") << u"kettle"_s << QStringList { u"KET-OTH"_s, u"KET-OVR"_s } << false;
    QTest::newRow("nothing") << u"xylophone"_s << QStringList {} << false;
    QTest::newRow("accent-stored-not-typed") << u"cafe"_s << coffee << true;
    QTest::newRow("accent-in-the-middle") << u"creme"_s << QStringList { u"CAF-1KG"_s, u"CAF-250"_s, u"POT-01"_s } << true;
    QTest::newRow("accents-both-words") << u"creme brul"_s << QStringList { u"POT-01"_s } << true;
    QTest::newRow("umlaut-typed-not-stored") << u"müsli"_s << QStringList { u"MUE-750"_s, u"MUS-500"_s } << true;
    QTest::newRow("umlaut-stored-not-typed") << u"musli"_s << QStringList { u"MUE-750"_s, u"MUS-500"_s } << true;
    QTest::newRow("upper-case-umlaut") << u"MÜSLI"_s << QStringList { u"MUE-750"_s, u"MUS-500"_s } << true;
    QTest::newRow("decomposed-accent-typed") << u"Cafe\u0301"_s << coffee << false; // NFC: the same "Café"
}

void TestCatalogSearch::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(bool, foldsAccents);
    if (foldsAccents && !m_fixture->database().dialect().isSqlite()) {
        QSKIP("PostgreSQL matches without folding accents");
    }
    CatalogSearch search(m_fixture->database());
    QString error;
    const QList<CatalogHit> hits = search.search(m_fixture->companyId, m_fixture->shopId, text, 20, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sorted(skus(hits)), sorted(expected));
}

void TestCatalogSearch::codeTypedInFullComesFirst()
{
    // Internal codes where one is the start of the others, and a SKU that is also a word of names.
    QVERIFY(!addItem(u"Tea Glass"_s, u"small"_s, u"TG-S"_s, 399, { u"20011"_s }).isEmpty());
    QVERIFY(!addItem(u"Tea Glass"_s, u"large"_s, u"TG-L"_s, 499, { u"2001"_s }).isEmpty());
    QVERIFY(!addItem(u"Tea Glass"_s, u"huge"_s, u"TG-H"_s, 599, { u"200111"_s }).isEmpty());
    QVERIFY(!addItem(u"Green Tea Sampler"_s, {}, u"TEA"_s, 1299).isEmpty());

    QList<CatalogHit> hits = find(u"2001"_s);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.first().sku, u"TG-L"_s);
    QCOMPARE(hits.first().barcode, u"2001"_s);
    hits = find(u" 20011 "_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().sku, u"TG-S"_s);
    // The SKU typed in full, as it is or in lower case, before the names it is a word of.
    for (const QString &typed : { u"TEA"_s, u"tea"_s }) {
        hits = find(typed);
        QCOMPARE(sorted(skus(hits)), sorted({ u"TEA"_s, u"TEA-CHA"_s, u"TG-S"_s, u"TG-L"_s, u"TG-H"_s }));
        QCOMPARE(hits.first().sku, u"TEA"_s);
    }
    // A barcode of the other company is not this company's code.
    QCOMPARE(skus(find(ean(u"400638133393"_s))), QStringList { u"CAF-1KG"_s });
    QCOMPARE(find(ean(u"400638133393"_s)).first().price, qint64(1999));
}

void TestCatalogSearch::productNameRanksFirst()
{
    if (!m_fixture->database().dialect().isSqlite()) {
        QSKIP("PostgreSQL lists by name, without a relevance ranking");
    }
    // "blue" is the product's own name for one, only a colour variant of the other.
    QVERIFY(!addItem(u"Plain Mug"_s, u"Blue"_s, u"MUG-PB"_s, 899).isEmpty());
    QVERIFY(!addItem(u"Blue Mug"_s, {}, u"MUG-BL"_s, 999).isEmpty());
    QCOMPARE(skus(find(u"blue"_s)), (QStringList { u"MUG-BL"_s, u"MUG-PB"_s }));
    QCOMPARE(skus(find(u"mug blu"_s)), (QStringList { u"MUG-BL"_s, u"MUG-PB"_s }));
}

void TestCatalogSearch::nameStartingWithTheFirstWordFirst()
{
    // The same words in another order, the same length: the name that starts as typed comes first.
    QVERIFY(!addItem(u"Skinny Flared Jeans"_s, u"M"_s, u"JE-SF"_s, 5999).isEmpty());
    QVERIFY(!addItem(u"Flared Skinny Jeans"_s, u"M"_s, u"JE-FS"_s, 5999).isEmpty());
    QVERIFY(!addItem(u"Flared Skinny Jeans With Pockets"_s, u"M"_s, u"JE-FP"_s, 6999).isEmpty());
    QCOMPARE(skus(find(u"skinny flared"_s)), (QStringList{u"JE-SF"_s, u"JE-FS"_s, u"JE-FP"_s}));
    QCOMPARE(skus(find(u"flared skin"_s)), (QStringList{u"JE-FS"_s, u"JE-FP"_s, u"JE-SF"_s}));
    QCOMPARE(skus(find(u"jeans"_s)), (QStringList{u"JE-FS"_s, u"JE-SF"_s, u"JE-FP"_s}));
}

void TestCatalogSearch::limits()
{
    // More matches than the ranking window: every keystroke still fills its list.
    {
        kassa::Database &database = m_fixture->database();
        QSqlQuery begin(database.connection());
        QVERIFY(begin.exec(database.dialect().beginWriteTransaction()));
        for (int i = 0; i < CatalogSearch::kRankWindow + 50; ++i) {
            QVERIFY(!addItem(u"Chunky Jumper"_s, u"Size %1"_s.arg(i), u"CJ-%1"_s.arg(i, 4, 10, QChar(u'0')), 4999).isEmpty());
        }
        QVERIFY(begin.exec(u"COMMIT"_s));
    }
    QCOMPARE(find(u"chunky"_s, 20).size(), 20);
    QCOMPARE(find(u"chunky j"_s, 5).size(), 5);
    QCOMPARE(find(u"c"_s, CatalogSearch::kMaxLimit).size(), CatalogSearch::kMaxLimit);
    QCOMPARE(find(u"chunky"_s, 100000).size(), CatalogSearch::kMaxLimit);
    QCOMPARE(find(u"chunky"_s, 0).size(), 0);
    QCOMPARE(find(u"chunky"_s, -3).size(), 0);
    // Typing on narrows the broad match down to the one meant.
    const QList<CatalogHit> hits = find(u"chunky jumper size 299"_s);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().sku, u"CJ-0299"_s);
}

void TestCatalogSearch::nastyInputNeverFails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // what it finds; "*" for "anything, without failing"

    const QStringList coffee { u"CAF-1KG"_s, u"CAF-250"_s };
    const QStringList nothing;
    const QStringList any { u"*"_s };
    QTest::newRow("quote") << u"\""_s << nothing;
    QTest::newRow("two-quotes") << u"\"\""_s << nothing;
    QTest::newRow("star") << u"*"_s << nothing;
    QTest::newRow("minus") << u"-"_s << nothing;
    QTest::newRow("brackets") << u"( ) { } [ ]"_s << nothing;
    QTest::newRow("colon") << u":"_s << nothing;
    QTest::newRow("caret") << u"^"_s << nothing;
    QTest::newRow("plus") << u"+"_s << nothing;
    QTest::newRow("percent-underscore-backslash") << u"% _ \\"_s << nothing;
    QTest::newRow("only-spaces") << u"   \t "_s << nothing;
    QTest::newRow("empty") << QString() << nothing;
    QTest::newRow("emoji") << u"☕ 🫖"_s << nothing;
    QTest::newRow("quote-in-word") << u"caf\"e"_s << nothing;
    QTest::newRow("open-quote") << u"\"caf"_s << coffee;
    QTest::newRow("quoted") << u"\"caf\""_s << coffee;
    QTest::newRow("star-after") << u"caf*"_s << coffee;
    QTest::newRow("minus-before") << u"-caf"_s << coffee;
    QTest::newRow("plus-between") << u"caf + beans"_s << coffee;
    QTest::newRow("open-bracket") << u"(caf"_s << coffee;
    QTest::newRow("close-bracket") << u"caf)"_s << coffee;
    QTest::newRow("near") << u"NEAR(caf beans, 2)"_s << nothing;
    QTest::newRow("and") << u"AND"_s << any;
    QTest::newRow("or-not") << u"caf OR NOT tea"_s << nothing;
    QTest::newRow("column-filter") << u"product: caf"_s << nothing;
    QTest::newRow("column-set") << u"{product sku} : caf"_s << nothing;
    QTest::newRow("company-column") << u"company : caf"_s << nothing;
    QTest::newRow("caret-word") << u"^caf"_s << coffee;
    QTest::newRow("sql") << u"'; DROP TABLE variants; --"_s << any;
    QTest::newRow("regex") << u"caf.* [a-z]+ (?:x)"_s << any;
    QTest::newRow("nul-character") << (QString(QChar(u'\0')) + u"caf"_s) << coffee;
    QTest::newRow("private-use-character") << (QString(QChar(0xE000)) + u"caf"_s) << coffee;
    QTest::newRow("very-long") << u"caf "_s.repeated(500) << coffee;
    QTest::newRow("many-words") << u"a b c d e f g h i j k l m n o p q r s t"_s << nothing;
    QTest::newRow("long-word") << u"x"_s.repeated(5000) << nothing;
}

void TestCatalogSearch::nastyInputNeverFails()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    CatalogSearch search(m_fixture->database());
    QString error;
    const QList<CatalogHit> hits = search.search(m_fixture->companyId, m_fixture->shopId, text, 20, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (expected != QStringList { u"*"_s }) {
        QCOMPARE(sorted(skus(hits)), sorted(expected));
    }
    // Nothing was executed: the catalog is all there.
    QCOMPARE(m_fixture->rowCount(u"variants"_s), qint64(m_variantBySku.size() + 2));
    CatalogHit hit;
    QVERIFY(!search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, text, &hit, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCatalogSearch::otherCompanyNeverFound()
{
    CatalogSearch search(m_fixture->database());
    QString error;
    QSqlQuery owner(m_fixture->database().connection());
    owner.prepare(u"SELECT company_id FROM variants WHERE id = ?"_s);
    const auto companiesOf = [&](const QList<CatalogHit> &hits) {
        QSet<QString> companies;
        for (const CatalogHit &hit : hits) {
            owner.bindValue(0, hit.variantId);
            companies << (owner.exec() && owner.next() ? owner.value(0).toString() : u"?"_s);
            owner.finish();
        }
        return companies;
    };
    for (const QString &text : { u"caf"_s, u"cafe"_s, u"c"_s, u"k"_s, u"kettle"_s, u"CAF-1KG"_s, ean(u"400638133393"_s), u"4"_s, u"another company"_s }) {
        const QList<CatalogHit> mine = search.search(m_fixture->companyId, m_fixture->shopId, text, 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(companiesOf(mine).isEmpty() || companiesOf(mine) == QSet<QString> { m_fixture->companyId }, qPrintable(text));
        const QList<CatalogHit> theirs = search.search(m_otherCompanyId, {}, text, 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(companiesOf(theirs).isEmpty() || companiesOf(theirs) == QSet<QString> { m_otherCompanyId }, qPrintable(text));
    }
    QCOMPARE(skus(search.search(m_otherCompanyId, {}, u"kettle"_s, 20, &error)), QStringList { u"KET-B"_s });
    QCOMPARE(skus(search.search(m_fixture->companyId, m_fixture->shopId, u"another"_s, 20, &error)), QStringList {});
    // The same barcode in both companies: each finds its own.
    CatalogHit hit;
    QVERIFY(search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, ean(u"400638133393"_s), &hit, &error));
    QCOMPARE(hit.variantId, m_variantBySku.value(u"CAF-1KG"_s));
    QCOMPARE(hit.price, qint64(1999));
    QVERIFY(search.lookupBarcode(m_otherCompanyId, {}, ean(u"400638133393"_s), &hit, &error));
    QVERIFY(hit.variantId != m_variantBySku.value(u"CAF-1KG"_s));
    QCOMPARE(hit.price, qint64(1));
    // No company, no search.
    QVERIFY(search.search({}, m_fixture->shopId, u"caf"_s, 20, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestCatalogSearch::onlyWhatTheShopSells()
{
    CatalogSearch search(m_fixture->database());
    QString error;
    // Inactive, archived, draft and hidden kettles are not found by name, SKU or barcode.
    for (const QString &text : { u"discontinued"_s, u"KET-OLD"_s, ean(u"400000000001"_s), u"archived"_s, u"KET-ARC"_s, u"draft kettle"_s, u"hidden"_s,
             u"KET-HID"_s, ean(u"400000000002"_s) }) {
        QVERIFY2(search.search(m_fixture->companyId, m_fixture->shopId, text, 20, &error).isEmpty(), qPrintable(text));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    CatalogHit hit;
    QVERIFY(!search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, ean(u"400000000001"_s), &hit, &error));
    QVERIFY(!search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, ean(u"400000000002"_s), &hit, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Hidden in one store is hidden there only.
    QCOMPARE(skus(search.search(m_fixture->companyId, m_otherShopId, u"hidden"_s, 20, &error)), QStringList { u"KET-HID"_s });
    QVERIFY(search.lookupBarcode(m_fixture->companyId, m_otherShopId, ean(u"400000000002"_s), &hit, &error));
    QCOMPARE(skus(search.search(m_fixture->companyId, m_otherShopId, u"other shop"_s, 20, &error)), QStringList {});
    QCOMPARE(skus(search.search(m_fixture->companyId, m_fixture->shopId, u"other shop"_s, 20, &error)), QStringList { u"KET-OTH"_s });
    // Once reactivated, the kettle is back.
    QVERIFY(exec(m_fixture->database(), u"UPDATE variants SET active = 1 WHERE sku = 'KET-OLD'"_s));
    QCOMPARE(skus(search.search(m_fixture->companyId, m_fixture->shopId, u"discontinued"_s, 20, &error)), QStringList { u"KET-OLD"_s });
}

void TestCatalogSearch::shopPriceAndAvailableStock()
{
    TestFixture &f = *m_fixture;
    const QString kettle = m_variantBySku.value(u"KET-OVR"_s);
    const auto level = [&](const QString &locationId, const QString &variantId, qint64 onHand, qint64 reserved) {
        return exec(f.database(),
            u"INSERT INTO stock_levels (company_id, location_id, variant_id, on_hand, reserved, available, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0)"_s,
            { f.companyId, locationId, variantId, onHand, reserved, onHand - reserved });
    };
    QVERIFY(level(f.floorLocationId, kettle, 7, 2)); // sellable: 5 available
    QVERIFY(level(f.backLocationId, kettle, 10, 0)); // the back room is not sold from
    QVERIFY(level(m_otherShopFloorId, kettle, 100, 0)); // another store's floor
    QVERIFY(level(f.floorLocationId, m_variantBySku.value(u"KET-OTH"_s), -2, 0)); // oversold
    // A second sellable location of the shop counts too.
    kassa::CompanyService companies(f.context());
    kassa::LocationDraft display;
    display.shopId = f.shopId;
    display.code = u"WINDOW"_s;
    display.name = u"Shop window"_s;
    display.kind = u"shop_floor"_s;
    QString error;
    const QString windowId = companies.createLocation(f.admin, display, &error);
    QVERIFY2(!windowId.isEmpty(), qPrintable(error));
    QVERIFY(level(windowId, kettle, 1, 0));

    const QList<CatalogHit> hits = find(u"kettle"_s);
    QCOMPARE(sorted(skus(hits)), (QStringList { u"KET-OTH"_s, u"KET-OVR"_s }));
    const CatalogHit &other = hits[0].sku == "KET-OTH"_L1 ? hits[0] : hits[1];
    const CatalogHit &override = hits[0].sku == "KET-OVR"_L1 ? hits[0] : hits[1];
    QCOMPARE(override.available, qint64(6));
    QCOMPARE(override.price, qint64(3999));
    QCOMPARE(override.description, u"Override Kettle"_s);
    QCOMPARE(override.barcode, ean(u"400000000003"_s));
    QCOMPARE(override.unit, u"piece"_s);
    QCOMPARE(override.pricingUnit, qint64(1));
    QCOMPARE(other.available, qint64(-2));
    QCOMPARE(other.price, qint64(2999));
    QCOMPARE(other.barcode, QString());
    // The other store sees its own price and stock.
    CatalogSearch search(f.database());
    const QList<CatalogHit> there = search.search(f.companyId, m_otherShopId, u"override"_s, 20, &error);
    QCOMPARE(there.size(), 1);
    QCOMPARE(there.first().price, qint64(2500));
    QCOMPARE(there.first().available, qint64(100));
    // Nothing in stock is 0, and a variant name joins the product's.
    const QList<CatalogHit> coffee = find(u"CAF-250"_s);
    QVERIFY(!coffee.isEmpty());
    QCOMPARE(coffee.first().available, qint64(0));
    QCOMPARE(coffee.first().description, u"Café Crème Beans – 250 g"_s);
}

void TestCatalogSearch::lookupBarcode()
{
    CatalogSearch search(m_fixture->database());
    QString error;
    CatalogHit hit;
    QVERIFY(search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, ean(u"400638133394"_s), &hit, &error));
    QCOMPARE(hit.variantId, m_variantBySku.value(u"CAF-250"_s));
    QCOMPARE(hit.sku, u"CAF-250"_s);
    QCOMPARE(hit.barcode, ean(u"400638133394"_s));
    QCOMPARE(hit.price, qint64(699));
    QCOMPARE(hit.description, u"Café Crème Beans – 250 g"_s);
    // Exact only: a prefix, a SKU or a code with spaces is not a barcode.
    QVERIFY(!search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, u"40063813339"_s, &hit, &error));
    QVERIFY(!search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, u"CAF-250"_s, &hit, &error));
    QVERIFY(!search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, u" "_s + ean(u"400638133394"_s), &hit, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(search.lookupSku(m_fixture->companyId, m_fixture->shopId, u"CAF-250"_s, &hit, &error));
    QCOMPARE(hit.barcode, ean(u"400638133394"_s));
    // Many lookups in a row reuse the prepared statement and stay right.
    for (int i = 0; i < 50; ++i) {
        const QString code = i % 2 ? ean(u"400638133393"_s) : ean(u"401234500001"_s);
        QVERIFY(search.lookupBarcode(m_fixture->companyId, m_fixture->shopId, code, &hit, &error));
        QCOMPARE(hit.sku, i % 2 ? u"CAF-1KG"_s : u"MUS-500"_s);
    }
}

void TestCatalogSearch::indexFollowsCatalogChanges()
{
    TestFixture &f = *m_fixture;
    const bool sqlite = f.database().dialect().isSqlite();
    if (sqlite) {
        QCOMPARE(indexProblem(), QString());
    }
    kassa::CatalogService catalog(f.context());
    kassa::ServiceError error;

    // A product renamed: found by its new name only, all its variants.
    QVERIFY2(catalog.updateProduct(f.admin, m_productOfCaf1kg, { { u"name"_s, u"Espresso Roast"_s } }, &error), qPrintable(error.message));
    QCOMPARE(skus(find(u"espresso"_s)), QStringList { u"CAF-1KG"_s });
    QCOMPARE(skus(find(u"café crème"_s)), QStringList { u"CAF-250"_s });
    QCOMPARE(sorted(skus(find(u"caf"_s))), (QStringList { u"CAF-1KG"_s, u"CAF-250"_s })); // CAF-1KG by its SKU
    QCOMPARE(find(u"espresso"_s).first().description, u"Espresso Roast – 1 kg"_s);

    // A variant added to it, with a barcode: found by name, variant name, SKU and barcode.
    kassa::VariantDraft draft;
    draft.sku = u"ESP-500"_s;
    draft.name = u"500 g Decaf"_s;
    draft.price = 1199;
    draft.barcodes = { ean(u"400638199999"_s) };
    const QString added = catalog.addVariant(f.admin, m_productOfCaf1kg, draft, &error);
    QVERIFY2(!added.isEmpty(), qPrintable(error.message));
    QCOMPARE(sorted(skus(find(u"espresso roast"_s))), (QStringList { u"CAF-1KG"_s, u"ESP-500"_s }));
    QCOMPARE(skus(find(u"decaf"_s)), QStringList { u"ESP-500"_s });
    QCOMPARE(skus(find(u"esp-5"_s)), QStringList { u"ESP-500"_s });
    QCOMPARE(skus(find(u"4006381999"_s)), QStringList { u"ESP-500"_s });

    // A second barcode, then the first one deleted: found by the one it has.
    QVERIFY2(catalog.addBarcode(f.admin, added, u"ESP500LOOSE"_s, &error), qPrintable(error.message));
    QCOMPARE(skus(find(u"esp500loo"_s)), QStringList { u"ESP-500"_s });
    QVERIFY2(catalog.removeBarcode(f.admin, added, ean(u"400638199999"_s), &error), qPrintable(error.message));
    QCOMPARE(skus(find(u"4006381999"_s)), QStringList {});
    QCOMPARE(skus(find(u"esp500loo"_s)), QStringList { u"ESP-500"_s });
    CatalogHit hit;
    CatalogSearch search(f.database());
    QVERIFY(!search.lookupBarcode(f.companyId, f.shopId, ean(u"400638199999"_s), &hit));
    QVERIFY(search.lookupBarcode(f.companyId, f.shopId, u"ESP500LOOSE"_s, &hit));
    QCOMPARE(hit.variantId, added);

    // The variant renamed, and a barcode moved to another variant.
    QVERIFY2(catalog.updateVariant(f.admin, added, { { u"name"_s, u"500 g Ground"_s } }, &error), qPrintable(error.message));
    QCOMPARE(skus(find(u"decaf"_s)), QStringList {});
    QCOMPARE(skus(find(u"ground espr"_s)), QStringList { u"ESP-500"_s });
    QVERIFY(exec(f.database(), u"UPDATE barcodes SET variant_id = ? WHERE code = 'ESP500LOOSE'"_s, { m_variantBySku.value(u"TEA-CHA"_s) }));
    QCOMPARE(skus(find(u"esp500loo"_s)), QStringList { u"TEA-CHA"_s });
    QVERIFY(exec(f.database(), u"UPDATE barcodes SET code = 'TEALOOSE' WHERE code = 'ESP500LOOSE'"_s));
    QCOMPARE(skus(find(u"esp500loo"_s)), QStringList {});
    QCOMPARE(skus(find(u"tealoo"_s)), QStringList { u"TEA-CHA"_s });
    // Changes that do not concern the index leave it alone, and it stays right.
    QVERIFY2(catalog.updateVariant(f.admin, added, { { u"price"_s, 1299 } }, &error), qPrintable(error.message));
    QCOMPARE(find(u"ground espr"_s).first().price, qint64(1299));

    // The variant deleted (its barcodes first, as the references require): gone.
    QVERIFY(exec(f.database(), u"DELETE FROM price_changes WHERE variant_id = ?"_s, { added }));
    QVERIFY(exec(f.database(), u"DELETE FROM barcodes WHERE variant_id = ?"_s, { added }));
    QVERIFY(exec(f.database(), u"DELETE FROM variants WHERE id = ?"_s, { added }));
    QCOMPARE(skus(find(u"ground"_s)), QStringList {});
    QCOMPARE(skus(find(u"espresso"_s)), QStringList { u"CAF-1KG"_s });
    if (sqlite) {
        QCOMPARE(indexProblem(), QString());
        // A change rolled back leaves no trace in the index either.
        QSqlQuery query(f.database().connection());
        QVERIFY(query.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(query.exec(u"UPDATE products SET name = 'Rolled Back' WHERE id = '%1'"_s.arg(m_productOfCaf1kg)));
        QCOMPARE(skus(find(u"rolled"_s)), QStringList { u"CAF-1KG"_s });
        QVERIFY(query.exec(u"ROLLBACK"_s));
        QCOMPARE(skus(find(u"rolled"_s)), QStringList {});
        QCOMPARE(indexProblem(), QString());
    }
}

void TestCatalogSearch::migrationIndexesExistingRows()
{
    if (!m_fixture->database().dialect().isSqlite()) {
        QSKIP("the index is SQLite's");
    }
    // A database of version 9 with a catalog, brought to the newest version: its rows are indexed.
    QTemporaryDir dir;
    QString error;
    auto database = kassa::Database::open(dir.filePath(u"old.db"_s), &error);
    QVERIFY2(database && database->migrate(&error, 9), qPrintable(error));
    QVERIFY(exec(*database,
        u"INSERT INTO companies (id, slug, name, currency, rounding_mode, tax_rounding, timezone, country, created_at, updated_at) "
        "VALUES ('c1', 'acme', 'Acme', 'EUR', 'half_up', 'per_line', 'Europe/Berlin', 'DE', 0, 0)"_s));
    QVERIFY(
        exec(*database, u"INSERT INTO shops (id, company_id, slug, name, kind, created_at, updated_at) VALUES ('s1', 'c1', 'acme-1', 'One', 'store', 0, 0)"_s));
    QVERIFY(exec(*database, u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES ('t1', 'c1', 'Standard', 1900)"_s));
    QVERIFY(exec(
        *database, u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) VALUES ('p1', 'c1', 't1', 'Crème Fraîche', 0, 0)"_s));
    QVERIFY(exec(*database,
        u"INSERT INTO variants (id, company_id, product_id, sku, name, price, created_at, updated_at) "
        "VALUES ('v1', 'c1', 'p1', 'CF-200', '200 g', 189, 0, 0), ('v2', 'c1', 'p1', 'CF-500', '500 g', 389, 0, 0)"_s));
    QVERIFY(exec(
        *database, u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES ('c1', '111', 'v1', 'internal'), ('c1', '222', 'v1', 'internal')"_s));
    QVERIFY2(database->migrate(&error), qPrintable(error));
    QCOMPARE(database->schemaVersion(&error), kassa::Database::latestSchemaVersion());

    CatalogSearch search(*database);
    QCOMPARE(sorted(skus(search.search(u"c1"_s, u"s1"_s, u"creme fraic"_s, 20, &error))), (QStringList { u"CF-200"_s, u"CF-500"_s }));
    QCOMPARE(skus(search.search(u"c1"_s, u"s1"_s, u"22"_s, 20, &error)), QStringList { u"CF-200"_s });
    QCOMPARE(skus(search.search(u"c1"_s, u"s1"_s, u"111"_s, 20, &error)), QStringList { u"CF-200"_s });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCatalogSearch::demoSeedIsIndexed()
{
    // The demo seed writes its catalog in bulk (SqlRowSink, secondary indexes dropped while it
    // loads): the index must come out exactly as for rows written one by one.
    TestFixture &f = *m_fixture;
    if (!f.database().dialect().isSqlite()) {
        QSKIP("the index is SQLite's (the seed's bulk path is measured and tested on SQLite)");
    }
    kassa::DemoSeedOptions options;
    options.companies = 2;
    options.shops = 2;
    options.variants = 400;
    options.saleLines = 300;
    options.days = 10;
    options.endDate = QDate(2026, 6, 30);
    options.deviceId = f.context().deviceId;
    bool hasSuperAdmin = false;
    QString error;
    QVERIFY2(kassa::checkDemoSeedTarget(f.database(), options, &hasSuperAdmin, &error), qPrintable(error));
    options.createSuperAdmin = !hasSuperAdmin;
    kassa::DemoSeedResult result;
    {
        kassa::SqlRowSink sink(f.database());
        QVERIFY2(kassa::seedDemo(sink, options, &result, &error), qPrintable(error));
    }
    QCOMPARE(indexProblem(), QString());
    // Every demo variant is found by its full barcode and by the words of its name.
    const QString companyId = result.companies.first().id;
    const QString shopId = result.companies.first().shops.first().id;
    QSqlQuery query(f.database().connection());
    query.prepare(u"SELECT v.id, p.name, MIN(b.code) FROM variants v JOIN products p ON p.id = v.product_id JOIN barcodes b ON b.variant_id = v.id "
                  "WHERE v.company_id = ? AND v.active = 1 GROUP BY v.id, p.name ORDER BY v.id LIMIT 40"_s);
    query.addBindValue(companyId);
    QVERIFY(query.exec());
    QList<std::tuple<QString, QString, QString>> samples;
    while (query.next()) {
        samples.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() });
    }
    QCOMPARE(samples.size(), 40);
    CatalogSearch search(f.database());
    for (const auto &[variantId, name, code] : std::as_const(samples)) {
        CatalogHit hit;
        QVERIFY2(search.lookupBarcode(companyId, shopId, code, &hit, &error), qPrintable(code));
        QCOMPARE(hit.variantId, variantId);
        QList<CatalogHit> hits = search.search(companyId, shopId, code, 5, &error);
        QVERIFY2(!hits.isEmpty() && hits.first().variantId == variantId, qPrintable(code));
        hits = search.search(companyId, shopId, name, CatalogSearch::kMaxLimit, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(std::any_of(hits.cbegin(), hits.cend(), [&](const CatalogHit &h) { return h.variantId == variantId; }), qPrintable(name));
        // And by a prefix of each word of the name, as typed at the till.
        QStringList prefixes;
        for (const QString &word : CatalogSearch::words(name)) {
            prefixes << word.left(3);
        }
        hits = search.search(companyId, shopId, prefixes.join(u' '), 20, &error);
        QVERIFY2(!hits.isEmpty(), qPrintable(prefixes.join(u' ')));
    }
    // The second company's catalog is its own.
    const QString otherCompanyId = result.companies.at(1).id;
    const QList<CatalogHit> theirs = search.search(otherCompanyId, result.companies.at(1).shops.first().id, std::get<1>(samples.first()), 50, &error);
    for (const CatalogHit &hit : theirs) {
        QVERIFY(std::none_of(samples.cbegin(), samples.cend(), [&](const auto &sample) { return std::get<0>(sample) == hit.variantId; }));
    }
}

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
