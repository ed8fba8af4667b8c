// Companies, shops, locations and bins: validation names the field at fault, shops come with their
// standard locations, and the database itself refuses a row that points into another company.

#include "domain/uuid7.h"
#include "services/companyservice.h"
#include "testfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::Role;

namespace
{

struct Location {
    QString code, kind;
    int sellable;
    friend bool operator==(const Location &, const Location &) = default;
};

QString describe(const QList<Location> &locations)
{
    QStringList parts;
    for (const Location &l : locations) {
        parts << u"%1/%2/%3"_s.arg(l.code, l.kind).arg(l.sellable);
    }
    return parts.join(u", "_s);
}

} // namespace

class TestCompanyService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createCompany();
    void companyValidation_data();
    void companyValidation();
    void onlySuperAdminCreatesCompanies();
    void staleErrorDoesNotFailACall();
    void shopsGetStandardLocations_data();
    void shopsGetStandardLocations();
    void shopValidation_data();
    void shopValidation();
    void locationsAndBins();
    void crossCompanyReferencesRefused_data();
    void crossCompanyReferencesRefused();
    void serviceRefusesAShopOfAnotherCompany();

private:
    QList<Location> locationsOf(const QString &shopId);
    std::unique_ptr<TestFixture> m_fixture;
    std::unique_ptr<kassa::CompanyService> m_companies;
    kassa::Actor m_console;
};

void TestCompanyService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompanyService::init()
{
    m_fixture = std::make_unique<TestFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
    m_companies = std::make_unique<kassa::CompanyService>(m_fixture->context());
    m_console = kassa::Actor::operatorConsole({}, m_fixture->context().deviceId);
}

void TestCompanyService::cleanup()
{
    m_companies.reset();
    m_fixture.reset();
}

QList<Location> TestCompanyService::locationsOf(const QString &shopId)
{
    QList<Location> result;
    QSqlQuery query(m_fixture->database().connection());
    query.prepare(u"SELECT code, kind, sellable FROM locations WHERE shop_id = ? ORDER BY code"_s);
    query.addBindValue(shopId);
    query.exec();
    while (query.next()) {
        result << Location { query.value(0).toString(), query.value(1).toString(), query.value(2).toInt() };
    }
    return result;
}

void TestCompanyService::createCompany()
{
    kassa::CompanyDraft draft;
    draft.slug = u"baeckerei-2"_s;
    draft.name = u"  Bäckerei Zwei  "_s;
    draft.currency = u"CHF"_s;
    draft.roundingMode = u"half_even"_s;
    draft.taxRounding = u"per_total"_s;
    draft.timezone = u"Europe/Zurich"_s;
    draft.country = u"CH"_s;
    QString error;
    const QString id = m_companies->createCompany(m_console, draft, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QVERIFY(kassa::UuidV7Generator::isValid(id));
    QCOMPARE(m_companies->companyIdBySlug(u"baeckerei-2"_s), id);
    QCOMPARE(m_companies->companyIdBySlug(u"nobody"_s), QString());
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"SELECT name, currency, rounding_mode, tax_rounding, timezone, country FROM companies WHERE id = '%1'"_s.arg(id)) && query.next());
    QCOMPARE(query.value(0).toString(), u"Bäckerei Zwei"_s);
    QCOMPARE(query.value(1).toString(), u"CHF"_s);
    QCOMPARE(query.value(2).toString(), u"half_even"_s);
    QCOMPARE(query.value(3).toString(), u"per_total"_s);
    QCOMPARE(query.value(4).toString(), u"Europe/Zurich"_s);
    QCOMPARE(query.value(5).toString(), u"CH"_s);
    QVERIFY(query.exec(u"SELECT action FROM audit_log WHERE company_id = '%1'"_s.arg(id)) && query.next());
    QCOMPARE(query.value(0).toString(), u"company.create"_s);
    QVERIFY(query.exec(u"SELECT type FROM outbox WHERE company_id = '%1'"_s.arg(id)) && query.next());
    QCOMPARE(query.value(0).toString(), u"company.created"_s);
}

void TestCompanyService::companyValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    const QString slugRule = u"slug: use 1–63 lower-case letters, digits and dashes (got \"%1\")"_s;
    QTest::newRow("slug-with-space") << u"slug"_s << u"bad slug"_s << slugRule.arg(u"bad slug"_s);
    QTest::newRow("slug-upper-case") << u"slug"_s << u"Acme"_s << slugRule.arg(u"Acme"_s);
    QTest::newRow("slug-leading-dash") << u"slug"_s << u"-acme"_s << slugRule.arg(u"-acme"_s);
    QTest::newRow("slug-trailing-dash") << u"slug"_s << u"acme-"_s << slugRule.arg(u"acme-"_s);
    QTest::newRow("slug-umlaut") << u"slug"_s << u"bäckerei"_s << slugRule.arg(u"bäckerei"_s);
    QTest::newRow("slug-empty") << u"slug"_s << QString() << slugRule.arg(QString());
    QTest::newRow("slug-64-characters") << u"slug"_s << QString(64, u'a') << slugRule.arg(QString(64, u'a'));
    QTest::newRow("slug-taken") << u"slug"_s << u"testco"_s << u"slug: a company called \"testco\" exists already"_s;
    QTest::newRow("name-blank") << u"name"_s << u"   "_s << u"name: a company needs a name"_s;
    QTest::newRow("currency-unknown") << u"currency"_s << u"XYZ"_s << u"currency: \"XYZ\" is not an ISO 4217 currency Kassa knows"_s;
    QTest::newRow("currency-lower-case") << u"currency"_s << u"eur"_s << u"currency: \"eur\" is not an ISO 4217 currency Kassa knows"_s;
    QTest::newRow("rounding-unknown") << u"rounding_mode"_s << u"bankers"_s << u"rounding_mode: use half_up, half_even, half_down, up or down"_s;
    QTest::newRow("tax-rounding-unknown") << u"tax_rounding"_s << u"per_receipt"_s << u"tax_rounding: use per_line or per_total"_s;
    QTest::newRow("timezone-unknown") << u"timezone"_s << u"Mars/Olympus_Mons"_s << u"timezone: \"Mars/Olympus_Mons\" is not an IANA time zone"_s;
    QTest::newRow("timezone-empty") << u"timezone"_s << QString() << u"timezone: \"\" is not an IANA time zone"_s;
}

void TestCompanyService::companyValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    kassa::CompanyDraft draft;
    draft.slug = u"newco"_s;
    draft.name = u"New Company"_s;
    if (field == "slug"_L1) {
        draft.slug = value;
    } else if (field == "name"_L1) {
        draft.name = value;
    } else if (field == "currency"_L1) {
        draft.currency = value;
    } else if (field == "rounding_mode"_L1) {
        draft.roundingMode = value;
    } else if (field == "tax_rounding"_L1) {
        draft.taxRounding = value;
    } else if (field == "timezone"_L1) {
        draft.timezone = value;
    }
    const qint64 companies = m_fixture->rowCount(u"companies"_s);
    const qint64 audit = m_fixture->rowCount(u"audit_log"_s);
    QString actual;
    QVERIFY(m_companies->createCompany(m_console, draft, &actual).isEmpty());
    QCOMPARE(actual, error);
    QVERIFY(actual.startsWith(field + u':'));
    QCOMPARE(m_fixture->rowCount(u"companies"_s), companies);
    QCOMPARE(m_fixture->rowCount(u"audit_log"_s), audit);
}

void TestCompanyService::onlySuperAdminCreatesCompanies()
{
    kassa::CompanyDraft draft;
    draft.slug = u"newco"_s;
    draft.name = u"New Company"_s;
    QString error;
    QVERIFY(m_companies->createCompany(m_fixture->admin, draft, &error).isEmpty());
    QCOMPARE(error, u"only a super admin may create companies"_s);
    QCOMPARE(m_companies->companyIdBySlug(u"newco"_s), QString());
}

void TestCompanyService::staleErrorDoesNotFailACall()
{
    // A caller reusing its error string after an earlier failure still gets its valid company and shop.
    QString error = u"slug: an earlier failure"_s;
    kassa::CompanyDraft company;
    company.slug = u"newco"_s;
    company.name = u"New Company"_s;
    const QString companyId = m_companies->createCompany(m_console, company, &error);
    QVERIFY2(!companyId.isEmpty(), qPrintable(error));
    kassa::Actor admin = kassa::Actor::operatorConsole(companyId, m_fixture->context().deviceId);
    admin.role = Role::CompanyAdmin;
    kassa::ShopDraft shop;
    shop.slug = u"newco-main"_s;
    shop.name = u"Main"_s;
    error = u"kind: an earlier failure"_s;
    QVERIFY2(!m_companies->createShop(admin, shop, &error).isEmpty(), qPrintable(error));
}

void TestCompanyService::shopsGetStandardLocations_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("store") << u"store"_s << u"BACK/back_room/0, FLOOR/shop_floor/1"_s;
    QTest::newRow("warehouse") << u"warehouse"_s << u"WH/warehouse/1"_s;
}

void TestCompanyService::shopsGetStandardLocations()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    kassa::ShopDraft draft;
    draft.slug = u"new-"_s + kind;
    draft.name = u"New "_s + kind;
    draft.kind = kind;
    draft.pricesIncludeTax = kind == "store"_L1;
    draft.timezone = u"Europe/Vienna"_s;
    draft.city = u"Wien"_s;
    QString error;
    const QString shopId = m_companies->createShop(m_fixture->admin, draft, &error);
    QVERIFY2(!shopId.isEmpty(), qPrintable(error));
    QCOMPARE(describe(locationsOf(shopId)), expected);
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"SELECT company_id, kind, prices_include_tax, timezone, city FROM shops WHERE id = '%1'"_s.arg(shopId)) && query.next());
    QCOMPARE(query.value(0).toString(), m_fixture->companyId);
    QCOMPARE(query.value(1).toString(), kind);
    QCOMPARE(query.value(2).toInt(), kind == "store"_L1 ? 1 : 0);
    QCOMPARE(query.value(3).toString(), u"Europe/Vienna"_s);
    QCOMPARE(query.value(4).toString(), u"Wien"_s);
    // The fixture's own store got the same.
    QCOMPARE(describe(locationsOf(m_fixture->shopId)), u"BACK/back_room/0, FLOOR/shop_floor/1"_s);
}

void TestCompanyService::shopValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("slug-bad") << u"slug"_s << u"Main Street"_s << u"slug: use 1–63 lower-case letters, digits and dashes (got \"Main Street\")"_s;
    QTest::newRow("slug-taken") << u"slug"_s << u"test-shop"_s << u"slug: a shop called \"test-shop\" exists already"_s;
    QTest::newRow("name-empty") << u"name"_s << QString() << u"name: a shop needs a name"_s;
    QTest::newRow("kind-kiosk") << u"kind"_s << u"kiosk"_s << u"kind: a shop is a store or a warehouse"_s;
    QTest::newRow("timezone-unknown") << u"timezone"_s << u"Europe/Atlantis"_s << u"timezone: \"Europe/Atlantis\" is not an IANA time zone"_s;
    QTest::newRow("timezone-empty") << u"timezone"_s << QString() << u"timezone: \"\" is not an IANA time zone"_s;
}

void TestCompanyService::shopValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    kassa::ShopDraft draft;
    draft.slug = u"new-shop"_s;
    draft.name = u"New shop"_s;
    if (field == "slug"_L1) {
        draft.slug = value;
    } else if (field == "name"_L1) {
        draft.name = value;
    } else if (field == "kind"_L1) {
        draft.kind = value;
    } else if (field == "timezone"_L1) {
        draft.timezone = value;
    }
    const qint64 shops = m_fixture->rowCount(u"shops"_s);
    const qint64 locations = m_fixture->rowCount(u"locations"_s);
    const qint64 audit = m_fixture->rowCount(u"audit_log"_s);
    QString actual;
    QVERIFY(m_companies->createShop(m_fixture->admin, draft, &actual).isEmpty());
    QCOMPARE(actual, error);
    QCOMPARE(m_fixture->rowCount(u"shops"_s), shops);
    QCOMPARE(m_fixture->rowCount(u"locations"_s), locations);
    QCOMPARE(m_fixture->rowCount(u"audit_log"_s), audit);

    // A shop manager may not create shops at all.
    QVERIFY(m_companies->createShop(m_fixture->actor(Role::ShopManager), draft, &actual).isEmpty());
    QCOMPARE(actual, u"shop_manager may not create shops"_s);
}

void TestCompanyService::locationsAndBins()
{
    TestFixture &f = *m_fixture;
    kassa::LocationDraft draft;
    draft.shopId = f.shopId;
    draft.code = u" COLD "_s;
    draft.name = u"Cold room"_s;
    draft.kind = u"back_room"_s;
    draft.sellable = false;
    QString error;
    const QString locationId = m_companies->createLocation(f.admin, draft, &error);
    QVERIFY2(!locationId.isEmpty(), qPrintable(error));
    QCOMPARE(describe(locationsOf(f.shopId)), u"BACK/back_room/0, COLD/back_room/0, FLOOR/shop_floor/1"_s);

    // The code is unique per shop.
    QVERIFY(m_companies->createLocation(f.admin, draft, &error).isEmpty());
    QVERIFY2(error.startsWith(u"shop_id or code: UNIQUE constraint failed"_s), qPrintable(error));
    draft.kind = u"freezer"_s;
    QVERIFY(m_companies->createLocation(f.admin, draft, &error).isEmpty());
    QCOMPARE(error, u"kind: a location is a shop_floor, back_room or warehouse"_s);
    draft.code = u"  "_s;
    QVERIFY(m_companies->createLocation(f.admin, draft, &error).isEmpty());
    QCOMPARE(error, u"code: a location needs a code"_s);
    QVERIFY(m_companies->createLocation(f.actor(Role::ShopStaff), draft, &error).isEmpty());
    QCOMPARE(error, u"shop_staff may not create locations"_s);

    const QString binId = m_companies->createBin(f.admin, locationId, u"A-01"_s, 10, &error);
    QVERIFY2(!binId.isEmpty(), qPrintable(error));
    QVERIFY(m_companies->createBin(f.admin, locationId, u"A-01"_s, 11, &error).isEmpty());
    QVERIFY2(error.startsWith(u"location_id or code: UNIQUE constraint failed"_s), qPrintable(error));
    QVERIFY(m_companies->createBin(f.admin, locationId, u" "_s, 11, &error).isEmpty());
    QCOMPARE(error, u"code: a bin needs a code"_s);
    QVERIFY(m_companies->createBin(f.admin, kassa::newId(), u"B-01"_s, 1, &error).isEmpty());
    QVERIFY2(error.startsWith(u"location_id or code: FOREIGN KEY constraint failed"_s), qPrintable(error));
    QCOMPARE(f.rowCount(u"bins"_s), qint64(1));
}

void TestCompanyService::crossCompanyReferencesRefused_data()
{
    // Rows of company A that point at rows of company B, written with plain SQL past every service:
    // the composite foreign keys refuse each one.
    QTest::addColumn<QString>("sql");
    QTest::newRow("location-in-shop-of-other-company") << u"INSERT INTO locations (id, company_id, shop_id, code, name, kind, created_at) "
                                                          "VALUES ('x', ':a', ':b_shop', 'X', 'X', 'shop_floor', 0)"_s;
    QTest::newRow("bin-in-location-of-other-company") << u"INSERT INTO bins (id, company_id, location_id, code) VALUES ('x', ':a', ':b_location', 'X')"_s;
    QTest::newRow("variant-of-product-of-other-company") << u"INSERT INTO variants (id, company_id, product_id, sku, price, created_at, updated_at) "
                                                            "VALUES ('x', ':a', ':b_product', 'X', 1, 0, 0)"_s;
    QTest::newRow("level-of-variant-of-other-company") << u"INSERT INTO stock_levels (company_id, location_id, variant_id, updated_at) "
                                                          "VALUES (':a', ':a_location', ':b_variant', 0)"_s;
    QTest::newRow("movement-at-location-of-other-company")
        << u"INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, occurred_at, recorded_at) "
           "VALUES ('x', ':a', ':b_location', ':a_variant', 1, 'receipt', 0, 0)"_s;
    QTest::newRow("user-in-shop-of-other-company") << u"INSERT INTO users (id, company_id, shop_id, email, role, password_hash, created_at, updated_at) "
                                                      "VALUES ('x', ':a', ':b_shop', 'x@example.com', 'shop_staff', 'h', 0, 0)"_s;
    QTest::newRow("product-with-tax-of-other-company") << u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) "
                                                          "VALUES ('x', ':a', ':b_tax', 'X', 0, 0)"_s;
    QTest::newRow("listing-of-variant-of-other-company")
        << u"INSERT INTO shop_listings (company_id, shop_id, variant_id) VALUES (':a', ':a_shop', ':b_variant')"_s;
    // The control: the same statement within one company is accepted.
    QTest::newRow("control-location-in-own-shop") << u"INSERT INTO locations (id, company_id, shop_id, code, name, kind, created_at) "
                                                     "VALUES ('x', ':a', ':a_shop', 'X', 'X', 'shop_floor', 0)"_s;
}

void TestCompanyService::crossCompanyReferencesRefused()
{
    QFETCH(QString, sql);
    TestFixture &f = *m_fixture;
    kassa::CompanyDraft company;
    company.slug = u"company-b"_s;
    company.name = u"Company B"_s;
    QString error;
    const QString b = m_companies->createCompany(m_console, company, &error);
    QVERIFY2(!b.isEmpty(), qPrintable(error));
    kassa::Actor adminB = kassa::Actor::operatorConsole(b, f.context().deviceId);
    adminB.role = Role::CompanyAdmin;
    kassa::ShopDraft shop;
    shop.slug = u"b-shop"_s;
    shop.name = u"B shop"_s;
    const QString bShop = m_companies->createShop(adminB, shop, &error);
    QVERIFY2(!bShop.isEmpty(), qPrintable(error));
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"SELECT id FROM locations WHERE shop_id = '%1' AND code = 'FLOOR'"_s.arg(bShop)) && query.next());
    const QString bLocation = query.value(0).toString();
    const QString bTax = kassa::newId(), bProduct = kassa::newId(), bVariant = kassa::newId();
    QVERIFY(query.exec(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES ('%1', '%2', 'Standard', 2000)"_s.arg(bTax, b)));
    QVERIFY(
        query.exec(u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) VALUES ('%1', '%2', '%3', 'B product', 0, 0)"_s.arg(
            bProduct, b, bTax)));
    QVERIFY(query.exec(u"INSERT INTO variants (id, company_id, product_id, sku, price, created_at, updated_at) VALUES ('%1', '%2', '%3', 'B-1', 1, 0, 0)"_s.arg(
        bVariant, b, bProduct)));
    const QString aVariant = f.addVariant(u"A-1"_s, 100);

    const QString statement = QString(sql)
                                  .replace(u":a_shop"_s, f.shopId)
                                  .replace(u":a_location"_s, f.floorLocationId)
                                  .replace(u":a_variant"_s, aVariant)
                                  .replace(u":a"_s, f.companyId)
                                  .replace(u":b_shop"_s, bShop)
                                  .replace(u":b_location"_s, bLocation)
                                  .replace(u":b_product"_s, bProduct)
                                  .replace(u":b_variant"_s, bVariant)
                                  .replace(u":b_tax"_s, bTax);
    const bool control = QString::fromLatin1(QTest::currentDataTag()).startsWith(u"control"_s);
    const bool ok = query.exec(statement);
    QVERIFY2(ok == control, qPrintable(statement));
    if (!control && f.database().dialect().isSqlite()) {
        QVERIFY2(query.lastError().text().contains(u"FOREIGN KEY constraint failed"_s), qPrintable(query.lastError().text()));
    }
}

void TestCompanyService::serviceRefusesAShopOfAnotherCompany()
{
    // Company B's admin names a shop of company A (the fixture's): the location is refused.
    TestFixture &f = *m_fixture;
    kassa::CompanyDraft company;
    company.slug = u"company-b"_s;
    company.name = u"Company B"_s;
    QString error;
    const QString b = m_companies->createCompany(m_console, company, &error);
    QVERIFY2(!b.isEmpty(), qPrintable(error));
    kassa::Actor adminB = kassa::Actor::operatorConsole(b, f.context().deviceId);
    adminB.role = Role::CompanyAdmin;
    kassa::LocationDraft draft;
    draft.shopId = f.shopId;
    draft.code = u"SNEAK"_s;
    draft.name = u"Sneaky shelf"_s;
    draft.kind = u"shop_floor"_s;
    const qint64 locations = f.rowCount(u"locations"_s);
    const qint64 audit = f.rowCount(u"audit_log"_s);
    QVERIFY(m_companies->createLocation(adminB, draft, &error).isEmpty());
    QVERIFY2(error.startsWith(u"shop_id or code: FOREIGN KEY constraint failed"_s), qPrintable(error));
    QCOMPARE(f.rowCount(u"locations"_s), locations);
    QCOMPARE(f.rowCount(u"audit_log"_s), audit);
    QCOMPARE(describe(locationsOf(f.shopId)), u"BACK/back_room/0, FLOOR/shop_floor/1"_s);
}

QTEST_GUILESS_MAIN(TestCompanyService)
#include "tst_companyservice.moc"
