#include "testfixture.h"

#include "domain/uuid7.h"
#include "security/passwords.h"
#include "services/companyservice.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

TestFixture::TestFixture()
{
    kassa::initializeCrypto();
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return;
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

TestFixture::~TestFixture() = default;

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
