#include "fuzzshop.h"

#include "commerce/sessionservice.h"
#include "security/passwords.h"
#include "services/companyservice.h"
#include "services/userservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using kassa::server::HttpRequest;
using kassa::server::HttpResponse;

namespace {
QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QJsonObject parsed(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}
} // namespace

FuzzShop::FuzzShop(int resetEvery)
    : m_resetEvery(resetEvery)
{
}

FuzzShop::~FuzzShop()
{
    m_server.reset();
    m_database.reset();
}

HttpResponse FuzzShop::call(const QByteArray &method, const QString &path, const QByteArray &body, const kassa::server::HeaderPairs &headers)
{
    HttpRequest request;
    request.method = method;
    const qsizetype question = path.indexOf(u'?');
    request.path = question < 0 ? path : path.left(question);
    request.query = QUrlQuery(question < 0 ? QString() : path.mid(question + 1));
    request.remoteAddress = u"10.0.0.1"_s;
    request.requestId = u"seed"_s;
    request.body = body;
    request.headers = headers;
    if (!body.isEmpty()) {
        request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    }
    return m_server->process(request);
}

bool FuzzShop::open(QString *error)
{
    m_server.reset();
    m_database.reset();
    // Durability Normal: commits skip fsync, which would otherwise cost most of each input's time.
    m_database = kassa::Database::open(m_dir.filePath(u"kassa.db"_s), error, kassa::Database::Durability::Normal);
    if (!m_database || !m_database->migrate(error)) {
        return false;
    }
    m_context.database = m_database.get();
    m_context.clock = &m_clock;
    if (!kassa::ensureLocalDevice(*m_database, u"server"_s, u"fuzz server"_s, &m_context.deviceId, &m_clock, error)) {
        return false;
    }
    kassa::server::ApiSettings settings;
    // Every input comes from one address: without this almost all of them would be 429s. The
    // sign-in limits stay, which also keeps argon2id hashing from dominating the run.
    settings.clientRequestsPerSecond = 1e9;
    m_server = std::make_unique<kassa::server::KassaServer>(m_context, settings);
    return true;
}

bool FuzzShop::setUp(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    if (!kassa::initializeCrypto() || !open(error) || !seed(error)) {
        return false;
    }
    // The seeded state is what every reset returns to.
    m_server.reset();
    m_database.reset();
    QFile::remove(m_dir.filePath(u"seeded.db"_s));
    if (!QFile::copy(m_dir.filePath(u"kassa.db"_s), m_dir.filePath(u"seeded.db"_s))) {
        *error = u"cannot copy the seeded database"_s;
        return false;
    }
    m_placeholderOrder = m_placeholders.keys();
    std::sort(m_placeholderOrder.begin(), m_placeholderOrder.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return open(error);
}

kassa::server::KassaServer &FuzzShop::server()
{
    if (++m_inputs % m_resetEvery == 0) {
        m_server.reset();
        m_database.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(m_dir.filePath(u"kassa.db"_s + suffix));
        }
        QString error;
        if (!QFile::copy(m_dir.filePath(u"seeded.db"_s), m_dir.filePath(u"kassa.db"_s)) || !open(&error)) {
            qFatal("fuzz shop: cannot reset the database: %s", qPrintable(error));
        }
    }
    return *m_server;
}

QByteArray FuzzShop::expand(QByteArray input) const
{
    if (!input.contains('$')) {
        return input;
    }
    for (const QByteArray &name : m_placeholderOrder) {
        input.replace(name, m_placeholders.value(name));
    }
    return input;
}

bool FuzzShop::seed(QString *error)
{
    kassa::CompanyService companies(m_context);
    kassa::CompanyDraft company;
    company.slug = u"fuzzco"_s;
    company.name = u"Fuzz Company"_s;
    company.timezone = u"Europe/Berlin"_s;
    company.country = u"DE"_s;
    const QString companyId = companies.createCompany(kassa::Actor::operatorConsole({}, m_context.deviceId), company, error);
    if (companyId.isEmpty()) {
        return false;
    }
    kassa::Actor admin = kassa::Actor::operatorConsole(companyId, m_context.deviceId);
    admin.role = kassa::Role::CompanyAdmin;
    kassa::ShopDraft shop;
    shop.slug = u"fuzz-shop"_s;
    shop.name = u"Fuzz Shop"_s;
    shop.timezone = u"Europe/Berlin"_s;
    const QString shopId = companies.createShop(admin, shop, error);
    if (shopId.isEmpty()) {
        return false;
    }
    kassa::UserDraft staff;
    staff.companyId = companyId;
    staff.email = u"admin@fuzz.example"_s;
    staff.name = u"Fuzz Admin"_s;
    staff.role = kassa::Role::CompanyAdmin;
    staff.password = u"fuzz admin password"_s;
    kassa::UserService users(m_context);
    const QString staffId = users.createUser(admin, staff, error, true);
    kassa::UserRecord staffRecord;
    if (staffId.isEmpty() || !users.findUser(staffId, &staffRecord)) {
        return false;
    }
    kassa::ServiceError serviceError;
    const QString staffToken = kassa::SessionService(m_context).issue(staffRecord, u"10.0.0.1"_s, &serviceError);
    if (staffToken.isEmpty()) {
        *error = serviceError.message;
        return false;
    }
    const kassa::server::HeaderPairs asStaff = {{"Authorization", "Bearer " + staffToken.toLatin1()}};

    // The rest through the API, as a back office would do it.
    const auto expect = [error](const HttpResponse &response, int status, const char *what) {
        if (response.status != status) {
            *error = u"seeding %1 answered %2: %3"_s.arg(QString::fromLatin1(what)).arg(response.status).arg(QString::fromUtf8(response.body));
            return false;
        }
        return true;
    };
    HttpResponse reply = call("POST", u"/api/v1/staff/tax-categories"_s, json({{u"name"_s, u"Standard"_s}, {u"rate_bp"_s, 1900}}), asStaff);
    if (!expect(reply, 201, "tax category")) {
        return false;
    }
    const QString taxId = parsed(reply).value(u"id"_s).toString();
    reply = call("POST", u"/api/v1/staff/categories"_s, json({{u"name"_s, u"Clothing"_s}}), asStaff);
    if (!expect(reply, 201, "category")) {
        return false;
    }
    const QString categoryId = parsed(reply).value(u"id"_s).toString();
    QString productId, variantId;
    static const QString kBarcodes[] = {u"4006381333900"_s, u"4006381333917"_s, u"4006381333924"_s}; // valid EAN-13s
    for (int i = 0; i < 3; ++i) {
        const QJsonObject product{{u"name"_s, u"Shirt %1"_s.arg(i)},
                                  {u"brand"_s, u"Fuzz"_s},
                                  {u"category_id"_s, categoryId},
                                  {u"tax_category_id"_s, taxId},
                                  {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"SHIRT-%1-M"_s.arg(i)},
                                                                         {u"price"_s, 1990 + i * 100},
                                                                         {u"attributes"_s, QJsonObject{{u"size"_s, u"M"_s}}},
                                                                         {u"barcodes"_s, QJsonArray{kBarcodes[i]}}},
                                                             QJsonObject{{u"sku"_s, u"SHIRT-%1-L"_s.arg(i)}, {u"price"_s, 2090 + i * 100}}}}};
        reply = call("POST", u"/api/v1/staff/products"_s, json(product), asStaff);
        if (!expect(reply, 201, "product")) {
            return false;
        }
        productId = parsed(reply).value(u"id"_s).toString();
        variantId = parsed(reply).value(u"variants"_s).toArray().first().toObject().value(u"id"_s).toString();
        // Stock on the shop floor: the back room is not sellable.
        QString locationId;
        for (const QJsonValue &location : parsed(call("GET", u"/api/v1/staff/locations"_s, {}, asStaff)).value(u"data"_s).toArray()) {
            if (location.toObject().value(u"code"_s).toString() == "FLOOR"_L1) {
                locationId = location.toObject().value(u"id"_s).toString();
            }
        }
        m_placeholders.insert("$LOCATION", locationId.toLatin1());
        for (const QJsonValue &variant : parsed(call("GET", u"/api/v1/staff/products/"_s + productId, {}, asStaff)).value(u"variants"_s).toArray()) {
            reply = call("POST", u"/api/v1/staff/stock/adjustments"_s,
                         json({{u"location_id"_s, locationId},
                               {u"variant_id"_s, variant.toObject().value(u"id"_s).toString()},
                               {u"quantity_delta"_s, 5},
                               {u"reason"_s, u"receipt"_s}}),
                         asStaff);
            if (!expect(reply, 201, "stock")) {
                return false;
            }
        }
    }
    reply = call("POST", u"/api/v1/staff/coupons"_s, json({{u"code"_s, u"TENOFF"_s}, {u"kind"_s, u"percentage"_s}, {u"value"_s, 1000}}), asStaff);
    if (!expect(reply, 201, "coupon")) {
        return false;
    }
    const QString couponId = parsed(reply).value(u"id"_s).toString();
    reply = call("POST", u"/api/v1/staff/shipping-options"_s,
                 json({{u"name"_s, u"Standard"_s}, {u"kind"_s, u"flat"_s}, {u"amount"_s, 490}, {u"tax_rate_bp"_s, 1900}}), asStaff);
    if (!expect(reply, 201, "shipping option")) {
        return false;
    }
    const QString shippingId = parsed(reply).value(u"id"_s).toString();

    reply = call("POST", u"/api/v1/auth/register"_s,
                 json({{u"email"_s, u"ada@fuzz.example"_s}, {u"password"_s, u"correct horse"_s}, {u"name"_s, u"Ada Lovelace"_s}, {u"shop"_s, u"fuzz-shop"_s}}));
    if (!expect(reply, 201, "customer")) {
        return false;
    }
    const QString customerToken = parsed(reply).value(u"token"_s).toString();
    const kassa::server::HeaderPairs asCustomer = {{"Authorization", "Bearer " + customerToken.toLatin1()}};
    reply = call("POST", u"/api/v1/me/addresses"_s,
                 json({{u"line1"_s, u"Hauptstr. 1"_s}, {u"city"_s, u"Berlin"_s}, {u"postal_code"_s, u"10115"_s}, {u"country"_s, u"DE"_s}}), asCustomer);
    if (!expect(reply, 201, "address")) {
        return false;
    }
    const QString addressId = parsed(reply).value(u"id"_s).toString();

    // A customer's order, and a guest cart left open.
    reply = call("POST", u"/api/v1/shops/fuzz-shop/carts"_s, "{}", asCustomer);
    if (!expect(reply, 201, "customer cart")) {
        return false;
    }
    const QString orderCart = parsed(reply).value(u"id"_s).toString();
    reply = call("POST", u"/api/v1/carts/%1/items"_s.arg(orderCart), json({{u"variant_id"_s, variantId}, {u"quantity"_s, 1}}), asCustomer);
    if (!expect(reply, 201, "customer cart item")) {
        return false;
    }
    const qint64 total = parsed(reply).value(u"total"_s).toObject().value(u"amount"_s).toInteger() + 490;
    reply = call("POST", u"/api/v1/carts/%1/checkout"_s.arg(orderCart),
                 json({{u"shipping_address"_s, QJsonObject{{u"line1"_s, u"Hauptstr. 1"_s}, {u"city"_s, u"Berlin"_s}, {u"postal_code"_s, u"10115"_s}, {u"country"_s, u"DE"_s}}},
                       {u"shipping_option_id"_s, shippingId},
                       {u"payment"_s, QJsonObject{{u"method"_s, u"pay_in_store"_s}}},
                       {u"expected_total"_s, total}}),
                 asCustomer);
    if (!expect(reply, 201, "checkout")) {
        return false;
    }
    const QString orderId = parsed(reply).value(u"id"_s).toString();
    const QString orderLineId = parsed(reply).value(u"lines"_s).toArray().first().toObject().value(u"id"_s).toString();
    reply = call("POST", u"/api/v1/shops/fuzz-shop/carts"_s, "{}");
    if (!expect(reply, 201, "guest cart")) {
        return false;
    }
    const QString cartId = parsed(reply).value(u"id"_s).toString();
    const QString cartToken = parsed(reply).value(u"token"_s).toString();
    reply = call("POST", u"/api/v1/carts/%1/items"_s.arg(cartId), json({{u"variant_id"_s, variantId}, {u"quantity"_s, 2}}), {{"X-Cart-Token", cartToken.toLatin1()}});
    if (!expect(reply, 201, "guest cart item")) {
        return false;
    }
    const QString itemId = parsed(reply).value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString();
    reply = call("GET", u"/api/v1/shops/fuzz-shop/products?limit=1"_s);
    if (!expect(reply, 200, "listing")) {
        return false;
    }
    const QString cursor = parsed(reply).value(u"next_cursor"_s).toString();

    m_placeholders.insert("$STAFF", staffToken.toLatin1());
    m_placeholders.insert("$CUSTOMER", customerToken.toLatin1());
    m_placeholders.insert("$CARTTOKEN", cartToken.toLatin1());
    m_placeholders.insert("$CART", cartId.toLatin1());
    m_placeholders.insert("$ITEM", itemId.toLatin1());
    m_placeholders.insert("$PRODUCT", productId.toLatin1());
    m_placeholders.insert("$VARIANT", variantId.toLatin1());
    m_placeholders.insert("$ORDERLINE", orderLineId.toLatin1());
    m_placeholders.insert("$ORDER", orderId.toLatin1());
    m_placeholders.insert("$SHOPID", shopId.toLatin1());
    m_placeholders.insert("$CATEGORY", categoryId.toLatin1());
    m_placeholders.insert("$TAX", taxId.toLatin1());
    m_placeholders.insert("$COUPON", couponId.toLatin1());
    m_placeholders.insert("$SHIPPING", shippingId.toLatin1());
    m_placeholders.insert("$ADDRESS", addressId.toLatin1());
    m_placeholders.insert("$CURSOR", cursor.toLatin1());
    return true;
}
