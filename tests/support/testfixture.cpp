#include "testfixture.h"

#include "domain/uuid7.h"
#include "security/passwords.h"
#include "services/companyservice.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

TestFixture::TestFixture()
{
    kassa::initializeCrypto();
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return;
    }
    if (const QString server = postgresServerUrl(); !server.isEmpty()) {
        m_postgresUrl = createPostgresDatabase(server, &m_error);
        if (m_postgresUrl.isEmpty()) {
            return;
        }
    }
    m_database = kassa::Database::open(path(), &m_error);
    if (!m_database || !m_database->migrate(&m_error)) {
        return;
    }
    m_context.database = m_database.get();
    m_context.clock = &m_clock;
    if (!kassa::ensureLocalDevice(*m_database, u"terminal"_s, u"test terminal"_s, &m_context.deviceId, &m_clock, &m_error)) {
        return;
    }
    kassa::CompanyService companies(m_context);
    kassa::CompanyDraft company;
    company.slug = u"testco"_s;
    company.name = u"Test Company"_s;
    company.timezone = u"Europe/Berlin"_s;
    company.country = u"DE"_s;
    companyId = companies.createCompany(kassa::Actor::operatorConsole({}, m_context.deviceId), company, &m_error);
    if (companyId.isEmpty()) {
        return;
    }
    admin = kassa::Actor::operatorConsole(companyId, m_context.deviceId);
    admin.role = kassa::Role::CompanyAdmin;
    kassa::ShopDraft shop;
    shop.slug = u"test-shop"_s;
    shop.name = u"Test Shop"_s;
    shop.timezone = u"Europe/Berlin"_s;
    shopId = companies.createShop(admin, shop, &m_error);
    if (shopId.isEmpty()) {
        return;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id, code FROM locations WHERE shop_id = ?"_s);
    query.addBindValue(shopId);
    query.exec();
    while (query.next()) {
        (query.value(1).toString() == "FLOOR"_L1 ? floorLocationId : backLocationId) = query.value(0).toString();
    }
    taxCategoryId = kassa::newId();
    query.prepare(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, 'Standard', 1900)"_s);
    query.addBindValue(taxCategoryId);
    query.addBindValue(companyId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return;
    }
    m_valid = true;
}

TestFixture::~TestFixture()
{
    m_database.reset();
    if (!m_postgresUrl.isEmpty()) {
        QString error;
        if (!dropPostgresDatabase(m_postgresUrl, &error)) {
            qWarning("cannot drop the test database %s: %s", qPrintable(m_postgresUrl), qPrintable(error));
        }
    }
}

QString TestFixture::postgresServerUrl()
{
    return qEnvironmentVariable("KASSA_TEST_POSTGRES_URL");
}

QString TestFixture::createPostgresDatabase(const QString &serverUrl, QString *error)
{
    std::unique_ptr<kassa::Database> server = kassa::Database::open(serverUrl, error);
    if (!server) {
        return {};
    }
    // Random, not a counter: test executables run in parallel against one server.
    const QString name = u"kassa_test_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    QSqlQuery query(server->connection());
    // CREATE DATABASE takes no bound parameters; the name is made above from hex digits.
    if (!query.exec(u"CREATE DATABASE %1"_s.arg(name))) {
        *error = u"cannot create the test database: %1"_s.arg(query.lastError().text());
        return {};
    }
    QUrl url(serverUrl);
    url.setPath(u"/"_s + name);
    return url.toString();
}

bool TestFixture::dropPostgresDatabase(const QString &databaseUrl, QString *error)
{
    QUrl url(databaseUrl);
    const QString name = url.path().mid(1);
    if (!name.startsWith("kassa_test_"_L1)) {
        *error = u"%1 is not a test database"_s.arg(databaseUrl);
        return false;
    }
    url.setPath(u"/postgres"_s);
    std::unique_ptr<kassa::Database> server = kassa::Database::open(url.toString(), error);
    if (!server) {
        return false;
    }
    QSqlQuery query(server->connection());
    // WITH (FORCE): a kassa-server process a test started may still hold a connection.
    if (!query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QString TestFixture::addVariant(const QString &sku, qint64 price, const QString &barcode)
{
    const QString productId = kassa::newId();
    const QString variantId = kassa::newId();
    QSqlQuery query(m_database->connection());
    query.prepare(u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"_s);
    query.addBindValue(productId);
    query.addBindValue(companyId);
    query.addBindValue(taxCategoryId);
    query.addBindValue(QString(u"Product "_s + sku));
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return {};
    }
    query.prepare(u"INSERT INTO variants (id, company_id, product_id, sku, price, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"_s);
    query.addBindValue(variantId);
    query.addBindValue(companyId);
    query.addBindValue(productId);
    query.addBindValue(sku);
    query.addBindValue(price);
    if (!query.exec()) {
        qWarning() << query.lastError().text();
        return {};
    }
    if (!barcode.isEmpty()) {
        query.prepare(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (?, ?, ?, 'ean13')"_s);
        query.addBindValue(companyId);
        query.addBindValue(barcode);
        query.addBindValue(variantId);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return {};
        }
    }
    return variantId;
}

kassa::Actor TestFixture::actor(kassa::Role role) const
{
    kassa::Actor result;
    result.userId = u"user-"_s + kassa::roleName(role);
    result.companyId = companyId;
    result.role = role;
    result.deviceId = m_context.deviceId;
    if (kassa::reachOf(role) == kassa::RoleReach::Shop) {
        result.shopId = shopId;
    }
    return result;
}

qint64 TestFixture::rowCount(const QString &table)
{
    QSqlQuery query(m_database->connection());
    return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
}
