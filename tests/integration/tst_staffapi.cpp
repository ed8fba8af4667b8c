// The staff API: what each role may do, and company isolation — a token of company A never sees
// or changes company B's objects, on every staff route, for every staff role.
#include "kassaserver.h"
#include "testfixture.h"

#include "commerce/customeraccountservice.h"
#include "commerce/sessionservice.h"
#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "services/companyservice.h"
#include "services/stockservice.h"
#include "services/userservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::Role;
using kassa::server::HttpRequest;
using kassa::server::HttpResponse;

class TestStaffApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFixture> m_fixture;
    std::unique_ptr<kassa::server::KassaServer> m_server;
    QHash<Role, QString> m_tokens; // company A staff, one per role
    QString m_customerToken; // a customer of company A

    // Company B's objects that company A must never reach.
    struct Foreign {
        QString companyId, shopId, locationId, productId, variantId, categoryId, customerId, orderId, couponId, taxCategoryId;
        QStringList secrets; // names and ids that must never appear in an answer to company A
    } m_b;
    QString m_ownProduct, m_ownVariant;

    struct Reply {
        int status = 0;
        QJsonObject json;
        QByteArray body;
    };

    Reply call(const QString &token, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        HttpRequest request;
        request.method = method;
        const qsizetype question = path.indexOf(u'?');
        request.path = question < 0 ? path : path.left(question);
        request.query = QUrlQuery(question < 0 ? QString() : path.mid(question + 1));
        request.remoteAddress = u"10.3.0.1"_s;
        request.requestId = kassa::newId();
        if (method == "POST" || method == "PATCH" || method == "PUT") {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        }
        if (!token.isEmpty()) {
            request.headers.append(std::pair<QByteArray, QByteArray>("Authorization", "Bearer " + token.toLatin1()));
        }
        const HttpResponse response = m_server->process(request);
        return {response.status, QJsonDocument::fromJson(response.body).object(), response.body};
    }

    QString tokenFor(const QString &companyId, const QString &shopId, Role role, const QString &email)
    {
        kassa::UserDraft draft;
        draft.companyId = companyId;
        draft.shopId = (role == Role::ShopManager || role == Role::ShopStaff || role == Role::Customer) ? shopId : QString();
        draft.email = email;
        draft.name = kassa::roleName(role);
        draft.role = role;
        draft.password = u"staff password"_s;
        QString message;
        kassa::Actor creator = kassa::Actor::operatorConsole(companyId, m_fixture->context().deviceId);
        const QString id = kassa::UserService(m_fixture->context()).createUser(creator, draft, &message, true);
        if (id.isEmpty()) {
            qWarning() << message;
            return {};
        }
        kassa::UserRecord user;
        kassa::UserService(m_fixture->context()).findUser(id, &user);
        kassa::ServiceError error;
        return kassa::SessionService(m_fixture->context()).issue(user, u"test"_s, &error);
    }

    QString insert(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            qWarning() << sql << query.lastError().text();
        }
        return values.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<TestFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        kassa::CoreContext &context = m_fixture->context();
        m_ownVariant = m_fixture->addVariant(u"OWN-1"_s, 1000);
        QSqlQuery query(context.database->connection());
        query.exec(u"SELECT product_id FROM variants WHERE sku = 'OWN-1'"_s);
        query.next();
        m_ownProduct = query.value(0).toString();

        // Company B with a shop, stock, a customer, a category, a coupon and an order.
        QString message;
        kassa::CompanyService companies(context);
        kassa::CompanyDraft company;
        company.slug = u"rivalco"_s;
        company.name = u"Rival Company"_s;
        m_b.companyId = companies.createCompany(kassa::Actor::operatorConsole({}, context.deviceId), company, &message);
        QVERIFY2(!m_b.companyId.isEmpty(), qPrintable(message));
        kassa::Actor adminB = kassa::Actor::operatorConsole(m_b.companyId, context.deviceId);
        adminB.role = Role::CompanyAdmin;
        kassa::ShopDraft shop;
        shop.slug = u"rival-shop"_s;
        shop.name = u"Rival Shop"_s;
        m_b.shopId = companies.createShop(adminB, shop, &message);
        QVERIFY2(!m_b.shopId.isEmpty(), qPrintable(message));
        query.prepare(u"SELECT id FROM locations WHERE shop_id = ? AND code = 'FLOOR'"_s);
        query.addBindValue(m_b.shopId);
        QVERIFY(query.exec() && query.next());
        m_b.locationId = query.value(0).toString();
        m_b.taxCategoryId = insert(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, 'Rival tax', 2100)"_s, {kassa::newId(), m_b.companyId});
        m_b.categoryId = insert(u"INSERT INTO categories (id, company_id, name) VALUES (?, ?, 'Rival secret category')"_s, {kassa::newId(), m_b.companyId});
        m_b.productId = insert(u"INSERT INTO products (id, company_id, category_id, tax_category_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, 'Rival secret product', 0, 0)"_s,
                               {kassa::newId(), m_b.companyId, m_b.categoryId, m_b.taxCategoryId});
        m_b.variantId = insert(u"INSERT INTO variants (id, company_id, product_id, sku, price, created_at, updated_at) VALUES (?, ?, ?, 'RIVAL-SKU', 999, 0, 0)"_s,
                               {kassa::newId(), m_b.companyId, m_b.productId});
        m_b.customerId = insert(u"INSERT INTO customers (id, company_id, name, email, created_at, updated_at) VALUES (?, ?, 'Rival Secret Customer', 'rival@example.com', 0, 0)"_s,
                                {kassa::newId(), m_b.companyId});
        m_b.couponId = insert(u"INSERT INTO coupons (id, company_id, code, kind, value, created_at) VALUES (?, ?, 'RIVALSECRET', 'fixed', 100, 0)"_s, {kassa::newId(), m_b.companyId});
        QVERIFY(kassa::StockService(context).postMovements(adminB, {{{}, m_b.locationId, m_b.variantId, 10, kassa::StockReason::Receipt, {}, {}, 0}}, &message));
        const QString cartB = insert(u"INSERT INTO carts (id, company_id, shop_id, token_digest, status, created_at, updated_at) VALUES (?, ?, ?, 'x', 'checked_out', 0, 0)"_s,
                                     {kassa::newId(), m_b.companyId, m_b.shopId});
        m_b.orderId = insert(u"INSERT INTO orders (id, company_id, shop_id, number, cart_id, email, status, payment_status, fulfilment_status, payment_method, currency, "
                             "prices_include_tax, subtotal, discount_total, shipping_total, tax_total, total, placed_at, updated_at) VALUES (?, ?, ?, 'W-RIVAL', ?, "
                             "'rival@example.com', 'placed', 'pending', 'unfulfilled', 'pay_in_store', 'EUR', 1, 999, 0, 0, 0, 999, 0, 0)"_s,
                             {kassa::newId(), m_b.companyId, m_b.shopId, cartB});
        m_b.secrets = {u"Rival secret"_s, u"RIVAL-SKU"_s, u"Rival Secret Customer"_s, u"rival@example.com"_s, u"RIVALSECRET"_s, u"W-RIVAL"_s, m_b.productId, m_b.variantId,
                       m_b.customerId, m_b.orderId};

        m_server = std::make_unique<kassa::server::KassaServer>(context, kassa::server::ApiSettings{1024 * 1024, {}, 100000, 5, 20, false});
        for (Role role : {Role::CompanyAdmin, Role::ShopManager, Role::ShopStaff, Role::WarehouseStaff}) {
            m_tokens.insert(role, tokenFor(m_fixture->companyId, m_fixture->shopId, role, kassa::roleName(role) + u"@testco.example"_s));
            QVERIFY(!m_tokens.value(role).isEmpty());
        }
        kassa::UserRecord shopper;
        kassa::CustomerProfile profile;
        kassa::ServiceError error;
        QVERIFY(kassa::CustomerAccountService(context).registerCustomer(m_fixture->companyId, u"shopper@testco.example"_s, u"shopper password"_s, u"Sam Shopper"_s,
                                                                        &shopper, &profile, &error));
        m_customerToken = kassa::SessionService(context).issue(shopper, u"test"_s, &error);
        QVERIFY(!m_customerToken.isEmpty());
    }

    void isolation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        // Paths are filled with company B's ids in the test; {X} names which.
        const QList<std::tuple<const char *, QByteArray, QString, QJsonObject>> routes = {
            {"product-get", "GET", u"/api/v1/staff/products/{product}"_s, {}},
            {"product-patch", "PATCH", u"/api/v1/staff/products/{product}"_s, {{u"name"_s, u"Stolen"_s}}},
            {"product-delete", "DELETE", u"/api/v1/staff/products/{product}"_s, {}},
            {"variant-add", "POST", u"/api/v1/staff/products/{product}/variants"_s, {{u"sku"_s, u"X-1"_s}, {u"price"_s, 1}}},
            {"variant-patch", "PATCH", u"/api/v1/staff/variants/{variant}"_s, {{u"price"_s, 1}}},
            {"barcode-add", "POST", u"/api/v1/staff/variants/{variant}/barcodes"_s, {{u"code"_s, u"INTERNAL-1"_s}}},
            {"category-patch", "PATCH", u"/api/v1/staff/categories/{category}"_s, {{u"name"_s, u"Stolen"_s}}},
            {"category-delete", "DELETE", u"/api/v1/staff/categories/{category}"_s, {}},
            {"listing-put", "PUT", u"/api/v1/staff/shops/{shop}/listings/{variant}"_s, {{u"price_override"_s, 1}}},
            {"stock-of-shop", "GET", u"/api/v1/staff/stock?shop={shop}"_s, {}},
            {"stock-of-location", "GET", u"/api/v1/staff/stock?location={location}"_s, {}},
            {"movements-of-variant", "GET", u"/api/v1/staff/stock/movements?variant={variant}"_s, {}},
            {"adjust-foreign-stock", "POST", u"/api/v1/staff/stock/adjustments"_s, {{u"location_id"_s, u"{location}"_s}, {u"variant_id"_s, u"{variant}"_s}, {u"quantity_delta"_s, -5}}},
            {"orders-of-shop", "GET", u"/api/v1/staff/orders?shop={shop}"_s, {}},
            {"order-get", "GET", u"/api/v1/staff/orders/{order}"_s, {}},
            {"order-status", "POST", u"/api/v1/staff/orders/{order}/status"_s, {{u"status"_s, u"cancelled"_s}}},
            {"order-ship", "POST", u"/api/v1/staff/orders/{order}/ship"_s, {{u"carrier"_s, u"DHL"_s}, {u"tracking_number"_s, u"1"_s}}},
            {"customer-get", "GET", u"/api/v1/staff/customers/{customer}"_s, {}},
            {"customer-patch", "PATCH", u"/api/v1/staff/customers/{customer}"_s, {{u"name"_s, u"Stolen"_s}}},
            {"customers-search", "GET", u"/api/v1/staff/customers?q=rival"_s, {}},
            {"products-search", "GET", u"/api/v1/staff/products?q=RIVAL-SKU"_s, {}},
            {"locations-of-shop", "GET", u"/api/v1/staff/locations?shop={shop}"_s, {}},
            {"location-create", "POST", u"/api/v1/staff/locations"_s, {{u"shop_id"_s, u"{shop}"_s}, {u"code"_s, u"X"_s}, {u"name"_s, u"X"_s}, {u"kind"_s, u"back_room"_s}}},
            {"coupon-patch", "PATCH", u"/api/v1/staff/coupons/{coupon}"_s, {{u"active"_s, false}}},
            {"audit-of-order", "GET", u"/api/v1/staff/audit?entity_id={order}"_s, {}},
            {"user-into-foreign-shop", "POST", u"/api/v1/staff/users"_s,
             {{u"email"_s, u"spy@example.com"_s}, {u"password"_s, u"long enough"_s}, {u"role"_s, u"shop_staff"_s}, {u"shop_id"_s, u"{shop}"_s}}},
        };
        for (const auto &[name, method, path, body] : routes) {
            QTest::newRow(name) << method << path << body;
        }
    }

    void isolation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        const QHash<QString, QString> ids = {{u"{product}"_s, m_b.productId}, {u"{variant}"_s, m_b.variantId}, {u"{category}"_s, m_b.categoryId},
                                             {u"{shop}"_s, m_b.shopId},       {u"{location}"_s, m_b.locationId}, {u"{order}"_s, m_b.orderId},
                                             {u"{customer}"_s, m_b.customerId}, {u"{coupon}"_s, m_b.couponId}};
        QString filledPath = path;
        QByteArray bodyText = QJsonDocument(body).toJson(QJsonDocument::Compact);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            filledPath.replace(it.key(), it.value());
            bodyText.replace(it.key().toUtf8(), it.value().toUtf8());
        }
        const QJsonObject filledBody = QJsonDocument::fromJson(bodyText).object();
        for (auto role = m_tokens.cbegin(); role != m_tokens.cend(); ++role) {
            const Reply reply = call(role.value(), method, filledPath, filledBody);
            const QString who = kassa::roleName(role.key());
            // Lists answer 200 with nothing of B's, or refuse; single objects are 403/404/422.
            QVERIFY2(reply.status < 500, qPrintable(who + u": "_s + QString::fromUtf8(reply.body)));
            if (reply.status == 200 || reply.status == 201) {
                QVERIFY2(method == "GET", qPrintable(who + u" changed company B's data: "_s + QString::fromUtf8(reply.body)));
                QCOMPARE(reply.json.value(u"data"_s).toArray().size(), 0);
            }
            for (const QString &secret : std::as_const(m_b.secrets)) {
                if (filledPath.contains(secret) || bodyText.contains(secret.toUtf8())) {
                    continue; // echoing what the caller sent reveals nothing
                }
                QVERIFY2(!reply.body.contains(secret.toUtf8()), qPrintable(who + u" saw "_s + secret + u" in "_s + QString::fromUtf8(reply.body)));
            }
            QCOMPARE(call(m_customerToken, method, filledPath, filledBody).status, 403);
        }
        // Nothing of B's changed: its stock still balances and its order is still placed.
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT o.status, (SELECT on_hand FROM stock_levels WHERE variant_id = ?), (SELECT name FROM products WHERE id = ?) FROM orders o WHERE o.id = ?"_s);
        query.addBindValue(m_b.variantId);
        query.addBindValue(m_b.productId);
        query.addBindValue(m_b.orderId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), u"placed"_s);
        QCOMPARE(query.value(1).toLongLong(), 10);
        QCOMPARE(query.value(2).toString(), u"Rival secret product"_s);
    }

    void permissions_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QList<int>>("allowedRoles"); // Role values that succeed
        const auto roles = [](std::initializer_list<Role> list) {
            QList<int> result;
            for (Role role : list) {
                result << int(role);
            }
            return result;
        };
        QTest::newRow("products-list") << QByteArray("GET") << u"/api/v1/staff/products"_s << QJsonObject{}
                                       << roles({Role::CompanyAdmin, Role::ShopManager, Role::ShopStaff, Role::WarehouseStaff});
        QTest::newRow("category-create") << QByteArray("POST") << u"/api/v1/staff/categories"_s << QJsonObject{{u"name"_s, u"New"_s}} << roles({Role::CompanyAdmin});
        QTest::newRow("variant-price") << QByteArray("PATCH") << u"/api/v1/staff/variants/{own_variant}"_s << QJsonObject{{u"price"_s, 1100}} << roles({Role::CompanyAdmin});
        QTest::newRow("stock-list") << QByteArray("GET") << u"/api/v1/staff/stock"_s << QJsonObject{}
                                    << roles({Role::CompanyAdmin, Role::ShopManager, Role::ShopStaff, Role::WarehouseStaff});
        QTest::newRow("stock-adjust") << QByteArray("POST") << u"/api/v1/staff/stock/adjustments"_s
                                      << QJsonObject{{u"location_id"_s, u"{own_location}"_s}, {u"variant_id"_s, u"{own_variant}"_s}, {u"quantity_delta"_s, 2}}
                                      << roles({Role::CompanyAdmin, Role::ShopManager});
        QTest::newRow("users-list") << QByteArray("GET") << u"/api/v1/staff/users"_s << QJsonObject{} << roles({Role::CompanyAdmin});
        QTest::newRow("audit-list") << QByteArray("GET") << u"/api/v1/staff/audit"_s << QJsonObject{} << roles({Role::CompanyAdmin, Role::ShopManager});
        QTest::newRow("customers-list") << QByteArray("GET") << u"/api/v1/staff/customers"_s << QJsonObject{}
                                        << roles({Role::CompanyAdmin, Role::ShopManager, Role::ShopStaff});
        QTest::newRow("coupons-list") << QByteArray("GET") << u"/api/v1/staff/coupons"_s << QJsonObject{} << roles({Role::CompanyAdmin});
        QTest::newRow("orders-list") << QByteArray("GET") << u"/api/v1/staff/orders"_s << QJsonObject{}
                                     << roles({Role::CompanyAdmin, Role::ShopManager, Role::ShopStaff, Role::WarehouseStaff});
    }

    void permissions()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QList<int>, allowedRoles);
        QByteArray bodyText = QJsonDocument(body).toJson(QJsonDocument::Compact);
        bodyText.replace("{own_location}", m_fixture->floorLocationId.toUtf8()).replace("{own_variant}", m_ownVariant.toUtf8());
        path.replace(u"{own_variant}"_s, m_ownVariant);
        for (auto role = m_tokens.cbegin(); role != m_tokens.cend(); ++role) {
            const Reply reply = call(role.value(), method, path, QJsonDocument::fromJson(bodyText).object());
            const bool allowed = allowedRoles.contains(int(role.key()));
            QVERIFY2(allowed ? reply.status / 100 == 2 : reply.status == 403,
                     qPrintable(kassa::roleName(role.key()) + u" got %1: "_s.arg(reply.status) + QString::fromUtf8(reply.body)));
        }
        QCOMPARE(call({}, method, path, body).status, 401);
    }

    void catalogLifecycle()
    {
        const QString admin = m_tokens.value(Role::CompanyAdmin);
        const Reply tax = call(admin, "POST", u"/api/v1/staff/tax-categories"_s, {{u"name"_s, u"Reduced"_s}, {u"rate_bp"_s, 700}});
        QCOMPARE(tax.status, 201);
        const Reply category = call(admin, "POST", u"/api/v1/staff/categories"_s, {{u"name"_s, u"Books"_s}});
        QCOMPARE(category.status, 201);
        const Reply created = call(admin, "POST", u"/api/v1/staff/products"_s,
                                   {{u"name"_s, u"Novel"_s},
                                    {u"tax_category_id"_s, tax.json.value(u"id"_s)},
                                    {u"category_id"_s, category.json.value(u"id"_s)},
                                    {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"BOOK-1"_s}, {u"price"_s, 1299}, {u"barcodes"_s, QJsonArray{u"9780306406157"_s}}},
                                                               QJsonObject{{u"sku"_s, u"BOOK-1-HC"_s}, {u"price"_s, 2499}}}}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(u"variants"_s).toArray().size(), 2);
        const QString productId = created.json.value(u"id"_s).toString();
        // A bad check digit names the field; a duplicate SKU is a conflict; nothing is half-written.
        const Reply badBarcode = call(admin, "POST", u"/api/v1/staff/products"_s,
                                      {{u"name"_s, u"Bad"_s}, {u"tax_category_id"_s, tax.json.value(u"id"_s)},
                                       {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"BAD-1"_s}, {u"price"_s, 1}, {u"barcodes"_s, QJsonArray{u"9780306406158"_s}}}}}});
        QCOMPARE(badBarcode.status, 422);
        QCOMPARE(badBarcode.json.value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), u"variants[0].barcodes[0]"_s);
        const qint64 productsBefore = m_fixture->rowCount(u"products"_s);
        const Reply duplicate = call(admin, "POST", u"/api/v1/staff/products"_s,
                                     {{u"name"_s, u"Dup"_s}, {u"tax_category_id"_s, tax.json.value(u"id"_s)},
                                      {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"BOOK-1"_s}, {u"price"_s, 1}}}}});
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(m_fixture->rowCount(u"products"_s), productsBefore);

        const QString variantId = created.json.value(u"variants"_s).toArray().first().toObject().value(u"id"_s).toString();
        const qint64 priceChangesBefore = m_fixture->rowCount(u"price_changes"_s);
        QCOMPARE(call(admin, "PATCH", u"/api/v1/staff/variants/"_s + variantId, {{u"price"_s, 1399}}).status, 200);
        QCOMPARE(m_fixture->rowCount(u"price_changes"_s), priceChangesBefore + 1);
        QCOMPARE(call(admin, "PATCH", u"/api/v1/staff/categories/"_s + category.json.value(u"id"_s).toString(), {{u"parent_id"_s, category.json.value(u"id"_s)}}).status, 422);
        QCOMPARE(call(admin, "DELETE", u"/api/v1/staff/categories/"_s + category.json.value(u"id"_s).toString()).status, 409);
        QCOMPARE(call(admin, "DELETE", u"/api/v1/staff/products/"_s + productId).status, 204);
        QCOMPARE(call(admin, "GET", u"/api/v1/staff/products/"_s + productId).json.value(u"status"_s).toString(), u"archived"_s);
        const Reply audit = call(admin, "GET", u"/api/v1/staff/audit?entity_id="_s + variantId);
        QCOMPARE(audit.json.value(u"data"_s).toArray().first().toObject().value(u"action"_s).toString(), u"variant.update"_s);
    }

    void fulfilmentTurnsTheReservationIntoASale()
    {
        const QString admin = m_tokens.value(Role::CompanyAdmin);
        QCOMPARE(call(admin, "POST", u"/api/v1/staff/stock/adjustments"_s,
                      {{u"location_id"_s, m_fixture->floorLocationId}, {u"variant_id"_s, m_ownVariant}, {u"quantity_delta"_s, 5}, {u"reason"_s, u"receipt"_s}})
                     .status,
                 201);
        const QString shipping = kassa::newId();
        insert(u"INSERT INTO shipping_options (id, company_id, name, kind, amount) VALUES (?, ?, 'Pickup', 'pickup', 0)"_s, {shipping, m_fixture->companyId});
        QSqlQuery before(m_fixture->database().connection());
        before.prepare(u"SELECT on_hand FROM stock_levels WHERE variant_id = ? AND location_id = ?"_s);
        before.addBindValue(m_ownVariant);
        before.addBindValue(m_fixture->floorLocationId);
        QVERIFY(before.exec() && before.next());
        const qint64 onHandBefore = before.value(0).toLongLong();
        const Reply cart = call(m_customerToken, "POST", u"/api/v1/shops/test-shop/carts"_s);
        const QString cartId = cart.json.value(u"id"_s).toString();
        const Reply added = call(m_customerToken, "POST", u"/api/v1/carts/%1/items"_s.arg(cartId), {{u"variant_id"_s, m_ownVariant}, {u"quantity"_s, 2}});
        QCOMPARE(added.status, 201);
        const Reply order = call(m_customerToken, "POST", u"/api/v1/carts/%1/checkout"_s.arg(cartId),
                                 {{u"shipping_option_id"_s, shipping}, {u"payment"_s, QJsonObject{{u"method"_s, u"pay_in_store"_s}}},
                                  {u"expected_total"_s, added.json.value(u"total"_s).toObject()}});
        QCOMPARE(order.status, 201);
        const QString orderId = order.json.value(u"id"_s).toString();
        const QString staff = m_tokens.value(Role::ShopStaff);
        // Paid in store: handed over only once paid.
        QCOMPARE(call(staff, "POST", u"/api/v1/staff/orders/%1/status"_s.arg(orderId), {{u"status"_s, u"picking"_s}}).status, 200);
        QCOMPARE(call(staff, "POST", u"/api/v1/staff/orders/%1/ship"_s.arg(orderId), {{u"carrier"_s, u"counter"_s}, {u"tracking_number"_s, u"-"_s}}).status, 409);
        QCOMPARE(call(staff, "POST", u"/api/v1/staff/orders/%1/status"_s.arg(orderId), {{u"status"_s, u"paid"_s}}).status, 403);
        QCOMPARE(call(admin, "POST", u"/api/v1/staff/orders/%1/status"_s.arg(orderId), {{u"status"_s, u"paid"_s}}).status, 200);
        const Reply shipped = call(staff, "POST", u"/api/v1/staff/orders/%1/ship"_s.arg(orderId), {{u"carrier"_s, u"DHL"_s}, {u"tracking_number"_s, u"JJD0001"_s}});
        QCOMPARE(shipped.status, 200);
        QCOMPARE(shipped.json.value(u"tracking_number"_s).toString(), u"JJD0001"_s);
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT on_hand, reserved FROM stock_levels WHERE variant_id = ? AND location_id = ?"_s);
        query.addBindValue(m_ownVariant);
        query.addBindValue(m_fixture->floorLocationId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(1).toLongLong(), 0);
        QCOMPARE(query.value(0).toLongLong(), onHandBefore - 2);
        QVERIFY(kassa::checkIntegrity(m_fixture->database()).ok());
        // The customer sees the timeline.
        const Reply mine = call(m_customerToken, "GET", u"/api/v1/orders/"_s + orderId);
        QCOMPARE(mine.json.value(u"status"_s).toString(), u"shipped"_s);
        QCOMPARE(mine.json.value(u"timeline"_s).toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestStaffApi)
#include "tst_staffapi.moc"
