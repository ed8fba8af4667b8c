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
        QString companyId, shopId, locationId, productId, variantId, categoryId, customerId, orderId, couponId, taxCategoryId, userId;
        QStringList secrets; // names and ids that must never appear in an answer to company A
    } m_b;
    QString m_ownProduct, m_ownVariant;
    QString m_ownStaffUser; // a shop staff account of company A's shop, for the user routes

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

    QString userIdOf(const QString &email)
    {
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT id FROM users WHERE email = ?"_s);
        query.addBindValue(email);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    // The audit entries of one object, newest first.
    QJsonArray auditOf(const QString &entityType, const QString &entityId)
    {
        return call(m_tokens.value(Role::CompanyAdmin), "GET", u"/api/v1/staff/audit?entity_type=%1&entity_id=%2"_s.arg(entityType, entityId))
            .json.value(u"data"_s)
            .toArray();
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
        kassa::UserDraft clerkB;
        clerkB.companyId = m_b.companyId;
        clerkB.shopId = m_b.shopId;
        clerkB.email = u"rival-clerk@example.com"_s;
        clerkB.name = u"Rival secret clerk"_s;
        clerkB.role = Role::ShopStaff;
        clerkB.password = u"rival password"_s;
        m_b.userId = kassa::UserService(context).createUser(adminB, clerkB, &message, true);
        QVERIFY2(!m_b.userId.isEmpty(), qPrintable(message));
        QVERIFY(kassa::StockService(context).postMovements(adminB, {{{}, m_b.locationId, m_b.variantId, 10, kassa::StockReason::Receipt, {}, {}, 0}}, &message));
        const QString cartB = insert(u"INSERT INTO carts (id, company_id, shop_id, token_digest, status, created_at, updated_at) VALUES (?, ?, ?, 'x', 'checked_out', 0, 0)"_s,
                                     {kassa::newId(), m_b.companyId, m_b.shopId});
        m_b.orderId = insert(u"INSERT INTO orders (id, company_id, shop_id, number, cart_id, email, status, payment_status, fulfilment_status, payment_method, currency, "
                             "prices_include_tax, subtotal, discount_total, shipping_total, tax_total, total, placed_at, updated_at) VALUES (?, ?, ?, 'W-RIVAL', ?, "
                             "'rival@example.com', 'placed', 'pending', 'unfulfilled', 'pay_in_store', 'EUR', 1, 999, 0, 0, 0, 999, 0, 0)"_s,
                             {kassa::newId(), m_b.companyId, m_b.shopId, cartB});
        m_b.secrets = {u"Rival secret"_s, u"RIVAL-SKU"_s, u"Rival Secret Customer"_s, u"rival@example.com"_s, u"rival-clerk@example.com"_s, u"RIVALSECRET"_s,
                       u"W-RIVAL"_s, m_b.productId, m_b.variantId, m_b.customerId, m_b.orderId, m_b.userId};

        m_server = std::make_unique<kassa::server::KassaServer>(context, kassa::server::ApiSettings{1024 * 1024, {}, 100000, 5, 20, false});
        for (Role role : {Role::CompanyAdmin, Role::ShopManager, Role::ShopStaff, Role::WarehouseStaff}) {
            m_tokens.insert(role, tokenFor(m_fixture->companyId, m_fixture->shopId, role, kassa::roleName(role) + u"@testco.example"_s));
            QVERIFY(!m_tokens.value(role).isEmpty());
        }
        QVERIFY(!tokenFor(m_fixture->companyId, m_fixture->shopId, Role::ShopStaff, u"stefan@testco.example"_s).isEmpty());
        m_ownStaffUser = userIdOf(u"stefan@testco.example"_s);
        QVERIFY(!m_ownStaffUser.isEmpty());
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
            {"user-get", "GET", u"/api/v1/staff/users/{user}"_s, {}},
            {"user-patch", "PATCH", u"/api/v1/staff/users/{user}"_s, {{u"name"_s, u"Stolen"_s}}},
            {"user-deactivate", "PATCH", u"/api/v1/staff/users/{user}"_s, {{u"active"_s, false}}},
            {"user-promote", "PATCH", u"/api/v1/staff/users/{user}"_s, {{u"role"_s, u"company_admin"_s}, {u"shop_id"_s, QJsonValue()}}},
            {"own-user-into-foreign-shop", "PATCH", u"/api/v1/staff/users/{own_user}"_s, {{u"shop_id"_s, u"{shop}"_s}}},
            {"shop-patch", "PATCH", u"/api/v1/staff/shops/{shop}"_s, {{u"name"_s, u"Stolen"_s}}},
            {"shop-deactivate", "PATCH", u"/api/v1/staff/shops/{shop}"_s, {{u"active"_s, false}}},
            {"location-patch", "PATCH", u"/api/v1/staff/locations/{location}"_s, {{u"name"_s, u"Stolen"_s}, {u"sellable"_s, false}}},
            {"terminal-enrolment-code", "POST", u"/api/v1/staff/terminals/enrolment-codes"_s, {{u"shop_id"_s, u"{shop}"_s}}},
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
                                             {u"{customer}"_s, m_b.customerId}, {u"{coupon}"_s, m_b.couponId},  {u"{user}"_s, m_b.userId},
                                             {u"{own_user}"_s, m_ownStaffUser}};
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
        // Its clerk, shop and location are as they were; and A's clerk is still in A's shop.
        query.prepare(u"SELECT u.name, u.role, u.active, s.name, s.active, l.name, l.sellable, (SELECT shop_id FROM users WHERE id = ?) FROM users u "
                      "JOIN shops s ON s.id = u.shop_id JOIN locations l ON l.id = ? WHERE u.id = ?"_s);
        query.addBindValue(m_ownStaffUser);
        query.addBindValue(m_b.locationId);
        query.addBindValue(m_b.userId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), u"Rival secret clerk"_s);
        QCOMPARE(query.value(1).toString(), u"shop_staff"_s);
        QCOMPARE(query.value(2).toInt(), 1);
        QCOMPARE(query.value(3).toString(), u"Rival Shop"_s);
        QCOMPARE(query.value(4).toInt(), 1);
        QCOMPARE(query.value(5).toString(), u"Shop floor"_s);
        QCOMPARE(query.value(6).toInt(), 1);
        QCOMPARE(query.value(7).toString(), m_fixture->shopId);
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
        // A shop manager looks after the shop staff of her own shop; shops and locations are the company admin's.
        QTest::newRow("user-get") << QByteArray("GET") << u"/api/v1/staff/users/{own_user}"_s << QJsonObject{} << roles({Role::CompanyAdmin, Role::ShopManager});
        QTest::newRow("user-patch") << QByteArray("PATCH") << u"/api/v1/staff/users/{own_user}"_s << QJsonObject{{u"name"_s, u"Stefan Staff"_s}}
                                    << roles({Role::CompanyAdmin, Role::ShopManager});
        QTest::newRow("shop-patch") << QByteArray("PATCH") << u"/api/v1/staff/shops/{own_shop}"_s << QJsonObject{{u"city"_s, u"Berlin"_s}} << roles({Role::CompanyAdmin});
        QTest::newRow("location-patch") << QByteArray("PATCH") << u"/api/v1/staff/locations/{own_location}"_s << QJsonObject{{u"name"_s, u"Shop floor"_s}}
                                        << roles({Role::CompanyAdmin});
        // Enrolling a till: shop managers (their own shop) and company admins.
        QTest::newRow("terminal-enrolment-code") << QByteArray("POST") << u"/api/v1/staff/terminals/enrolment-codes"_s << QJsonObject{{u"shop_id"_s, u"{own_shop}"_s}}
                                                 << roles({Role::CompanyAdmin, Role::ShopManager});
    }

    void permissions()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QList<int>, allowedRoles);
        QByteArray bodyText = QJsonDocument(body).toJson(QJsonDocument::Compact);
        bodyText.replace("{own_location}", m_fixture->floorLocationId.toUtf8())
            .replace("{own_variant}", m_ownVariant.toUtf8())
            .replace("{own_shop}", m_fixture->shopId.toUtf8());
        path.replace(u"{own_variant}"_s, m_ownVariant)
            .replace(u"{own_location}"_s, m_fixture->floorLocationId)
            .replace(u"{own_shop}"_s, m_fixture->shopId)
            .replace(u"{own_user}"_s, m_ownStaffUser);
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

    void userAdministration()
    {
        const QString admin = m_tokens.value(Role::CompanyAdmin);
        const QString manager = m_tokens.value(Role::ShopManager);
        const QString adminId = userIdOf(u"company_admin@testco.example"_s);
        const QString managerId = userIdOf(u"shop_manager@testco.example"_s);
        const Reply created = call(admin, "POST", u"/api/v1/staff/users"_s,
                                   {{u"email"_s, u"cleo@testco.example"_s}, {u"name"_s, u"Cleo Clerk"_s}, {u"role"_s, u"shop_staff"_s},
                                    {u"password"_s, u"clerk password"_s}, {u"shop_id"_s, m_fixture->shopId}});
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(u"id"_s).toString();
        const QString path = u"/api/v1/staff/users/"_s + id;
        const QJsonObject credentials{{u"email"_s, u"cleo@testco.example"_s}, {u"password"_s, u"clerk password"_s}};
        const Reply login = call({}, "POST", u"/api/v1/auth/login"_s, credentials);
        QCOMPARE(login.status, 200);
        const QString clerk = login.json.value(u"token"_s).toString();

        // Her shop's manager renames her; everyone who may see her sees the change.
        const Reply renamed = call(manager, "PATCH", path, {{u"name"_s, u"  Cleo Clark "_s}});
        QVERIFY2(renamed.status == 200, renamed.body.constData());
        QCOMPARE(renamed.json.value(u"name"_s).toString(), u"Cleo Clark"_s);
        QCOMPARE(renamed.json.value(u"role"_s).toString(), u"shop_staff"_s);
        QCOMPARE(renamed.json.value(u"shop_id"_s).toString(), m_fixture->shopId);
        QCOMPARE(renamed.json.value(u"active"_s).toBool(), true);
        QCOMPARE(call(admin, "GET", path).json, renamed.json);
        QCOMPARE(call(clerk, "GET", path).json.value(u"name"_s).toString(), u"Cleo Clark"_s); // her own account
        QCOMPARE(call(clerk, "PATCH", path, {{u"name"_s, u"Boss"_s}}).status, 403);

        // Nobody gives a role above her own, nor reaches above it.
        QCOMPARE(call(manager, "PATCH", path, {{u"role"_s, u"shop_manager"_s}}).status, 403);
        QCOMPARE(call(manager, "PATCH", path, {{u"role"_s, u"company_admin"_s}, {u"shop_id"_s, QJsonValue()}}).status, 403);
        QCOMPARE(call(manager, "PATCH", path, {{u"role"_s, u"warehouse_staff"_s}}).status, 403);
        QCOMPARE(call(manager, "PATCH", u"/api/v1/staff/users/"_s + adminId, {{u"name"_s, u"Demoted"_s}}).status, 403);
        QCOMPARE(call(manager, "GET", u"/api/v1/staff/users/"_s + adminId).status, 403);
        QCOMPARE(call(manager, "PATCH", u"/api/v1/staff/users/"_s + managerId, {{u"name"_s, u"Me"_s}}).status, 403);
        QCOMPARE(call(m_tokens.value(Role::ShopStaff), "PATCH", path, {{u"name"_s, u"X"_s}}).status, 403);
        QCOMPARE(call(m_tokens.value(Role::WarehouseStaff), "GET", path).status, 403);
        const Reply superAdmin = call(admin, "PATCH", path, {{u"role"_s, u"super_admin"_s}});
        QCOMPARE(superAdmin.status, 422);
        QCOMPARE(superAdmin.json.value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), u"role"_s);

        // Unknown fields, wrong types and impossible combinations name the field.
        const QList<std::pair<QJsonObject, QString>> invalid = {
            {{{u"is_admin"_s, true}}, u"is_admin"_s},
            {{{u"email"_s, u"new@testco.example"_s}}, u"email"_s},
            {{{u"active"_s, u"no"_s}}, u"active"_s},
            {{{u"active"_s, QJsonValue()}}, u"active"_s},
            {{{u"name"_s, 42}}, u"name"_s},
            {{{u"name"_s, u"   "_s}}, u"name"_s},
            {{{u"role"_s, u"owner"_s}}, u"role"_s},
            {{{u"shop_id"_s, 7}}, u"shop_id"_s},
            {{{u"shop_id"_s, QJsonValue()}}, u"shop_id"_s}, // shop staff need a shop
            {{{u"shop_id"_s, kassa::newId()}}, u"shop_id"_s},
        };
        for (const auto &[body, field] : invalid) {
            const Reply refused = call(admin, "PATCH", path, body);
            QVERIFY2(refused.status == 422, refused.body.constData());
            QCOMPARE(refused.json.value(u"code"_s).toString(), u"validation_failed"_s);
            QCOMPARE(refused.json.value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), field);
        }
        QCOMPARE(call(admin, "GET", u"/api/v1/staff/users/"_s + kassa::newId()).status, 404);
        QCOMPARE(call(admin, "PATCH", u"/api/v1/staff/users/"_s + kassa::newId(), {{u"name"_s, u"Nobody"_s}}).status, 404);
        QCOMPARE(call(admin, "GET", u"/api/v1/staff/users/"_s + userIdOf(u"shopper@testco.example"_s)).status, 404); // a customer is no staff account

        // The admin moves her to the warehouse, with no home shop: her manager no longer sees her.
        const Reply moved = call(admin, "PATCH", path, {{u"role"_s, u"warehouse_staff"_s}, {u"shop_id"_s, QJsonValue()}});
        QVERIFY2(moved.status == 200, moved.body.constData());
        QCOMPARE(moved.json.value(u"role"_s).toString(), u"warehouse_staff"_s);
        QVERIFY(moved.json.value(u"shop_id"_s).isNull());
        QCOMPARE(call(manager, "GET", path).status, 403);

        // Nobody deactivates herself or changes her own role; her own name she may change.
        QCOMPARE(call(admin, "PATCH", u"/api/v1/staff/users/"_s + adminId, {{u"active"_s, false}}).status, 403);
        QCOMPARE(call(admin, "PATCH", u"/api/v1/staff/users/"_s + adminId, {{u"role"_s, u"shop_manager"_s}, {u"shop_id"_s, m_fixture->shopId}}).status, 403);
        const Reply self = call(admin, "PATCH", u"/api/v1/staff/users/"_s + adminId, {{u"name"_s, u"Ada Admin"_s}});
        QCOMPARE(self.status, 200);
        QCOMPARE(self.json.value(u"active"_s).toBool(), true);
        QCOMPARE(self.json.value(u"role"_s).toString(), u"company_admin"_s);

        // Deactivated: she cannot sign in and her session ends; reactivated, she signs in again
        // (the old session stays ended).
        const qsizetype auditBefore = auditOf(u"user"_s, id).size();
        QCOMPARE(call(clerk, "GET", u"/api/v1/staff/products"_s).status, 200);
        const Reply off = call(admin, "PATCH", path, {{u"active"_s, false}});
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json.value(u"active"_s).toBool(), false);
        QCOMPARE(call(clerk, "GET", u"/api/v1/staff/products"_s).status, 401);
        QCOMPARE(call({}, "POST", u"/api/v1/auth/login"_s, credentials).status, 401);
        kassa::UserRecord record;
        QString message;
        QCOMPARE(kassa::UserService(m_fixture->context()).signInWithPassword(u"cleo@testco.example"_s, u"clerk password"_s, {}, &record, &message),
                 kassa::UserService::SignInResult::Inactive);
        QCOMPARE(call(admin, "PATCH", path, {{u"active"_s, false}}).status, 200); // no change, no audit row
        QCOMPARE(call(admin, "PATCH", path, QJsonObject{}).status, 200);
        const Reply on = call(admin, "PATCH", path, {{u"active"_s, true}});
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json.value(u"active"_s).toBool(), true);
        QCOMPARE(call({}, "POST", u"/api/v1/auth/login"_s, credentials).status, 200);
        QCOMPARE(call(clerk, "GET", u"/api/v1/staff/products"_s).status, 401);

        // Each change left one audit row with the state before and after, by whom.
        const QJsonArray audit = auditOf(u"user"_s, id);
        QCOMPARE(audit.size(), auditBefore + 2);
        const QJsonObject reactivated = audit.at(0).toObject();
        const QJsonObject deactivated = audit.at(1).toObject();
        QCOMPARE(reactivated.value(u"action"_s).toString(), u"user.update"_s);
        QCOMPARE(reactivated.value(u"before"_s).toObject().value(u"active"_s).toBool(), false);
        QCOMPARE(reactivated.value(u"after"_s).toObject().value(u"active"_s).toBool(), true);
        QCOMPARE(deactivated.value(u"action"_s).toString(), u"user.update"_s);
        QCOMPARE(deactivated.value(u"before"_s).toObject().value(u"active"_s).toBool(), true);
        QCOMPARE(deactivated.value(u"after"_s).toObject().value(u"active"_s).toBool(), false);
        QCOMPARE(deactivated.value(u"actor_id"_s).toString(), adminId);
        const QJsonObject rename = audit.at(audit.size() - 2).toObject();
        QCOMPARE(rename.value(u"before"_s).toObject().value(u"name"_s).toString(), u"Cleo Clerk"_s);
        QCOMPARE(rename.value(u"after"_s).toObject().value(u"name"_s).toString(), u"Cleo Clark"_s);
        QCOMPARE(rename.value(u"actor_id"_s).toString(), managerId);
        QCOMPARE(audit.at(audit.size() - 1).toObject().value(u"action"_s).toString(), u"user.create"_s);
    }

    void shopAndLocationAdministration()
    {
        const QString admin = m_tokens.value(Role::CompanyAdmin);
        const Reply created = call(admin, "POST", u"/api/v1/staff/shops"_s, {{u"slug"_s, u"harbour"_s}, {u"name"_s, u"Harbour"_s}, {u"city"_s, u"Hamburg"_s}});
        QCOMPARE(created.status, 201);
        const QString shopId = created.json.value(u"id"_s).toString();
        const QString shopPath = u"/api/v1/staff/shops/"_s + shopId;
        QCOMPARE(call({}, "GET", u"/api/v1/shops/harbour/products"_s).status, 200);

        const Reply changed = call(admin, "PATCH", shopPath,
                                   {{u"name"_s, u"Harbour Altona"_s}, {u"address_line1"_s, u"Große Bergstraße 1"_s}, {u"postal_code"_s, u"22767"_s},
                                    {u"country"_s, u"DE"_s}, {u"phone"_s, u"+49 40 123"_s}, {u"email"_s, u"altona@testco.example"_s},
                                    {u"timezone"_s, u"Europe/Berlin"_s}});
        QVERIFY2(changed.status == 200, changed.body.constData());
        QCOMPARE(changed.json.value(u"id"_s).toString(), shopId);
        QCOMPARE(changed.json.value(u"name"_s).toString(), u"Harbour Altona"_s);
        QCOMPARE(changed.json.value(u"timezone"_s).toString(), u"Europe/Berlin"_s);
        QCOMPARE(changed.json.value(u"city"_s).toString(), u"Hamburg"_s);
        QCOMPARE(changed.json.value(u"country"_s).toString(), u"DE"_s);
        QCOMPARE(changed.json.value(u"slug"_s).toString(), u"harbour"_s);

        const QList<std::pair<QJsonObject, QString>> invalidShop = {
            {{{u"slug"_s, u"other"_s}}, u"slug"_s},
            {{{u"timezone"_s, u"Mars/Olympus_Mons"_s}}, u"timezone"_s},
            {{{u"country"_s, u"Germany"_s}}, u"country"_s},
            {{{u"country"_s, u"D1"_s}}, u"country"_s},
            {{{u"email"_s, u"not an address"_s}}, u"email"_s},
            {{{u"name"_s, u""_s}}, u"name"_s},
            {{{u"city"_s, QJsonValue()}}, u"city"_s},
            {{{u"active"_s, u"yes"_s}}, u"active"_s},
        };
        for (const auto &[body, field] : invalidShop) {
            const Reply refused = call(admin, "PATCH", shopPath, body);
            QVERIFY2(refused.status == 422, refused.body.constData());
            QCOMPARE(refused.json.value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), field);
        }
        QCOMPARE(call(admin, "PATCH", u"/api/v1/staff/shops/"_s + kassa::newId(), {{u"name"_s, u"Nowhere"_s}}).status, 404);
        QCOMPARE(call(m_tokens.value(Role::ShopManager), "PATCH", shopPath, {{u"name"_s, u"Mine"_s}}).status, 403);

        // Closed, its storefront is gone; opened again, it is back.
        const Reply closed = call(admin, "PATCH", shopPath, {{u"active"_s, false}});
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json.value(u"active"_s).toBool(), false);
        QCOMPARE(call({}, "GET", u"/api/v1/shops/harbour/products"_s).status, 404);
        QCOMPARE(call(admin, "PATCH", shopPath, {{u"active"_s, true}}).status, 200);
        QCOMPARE(call({}, "GET", u"/api/v1/shops/harbour/products"_s).status, 200);
        const QJsonArray shopAudit = auditOf(u"shop"_s, shopId);
        QCOMPARE(shopAudit.size(), 4); // create, change, close, open
        QCOMPARE(shopAudit.at(2).toObject().value(u"action"_s).toString(), u"shop.update"_s);
        QCOMPARE(shopAudit.at(2).toObject().value(u"before"_s).toObject().value(u"name"_s).toString(), u"Harbour"_s);
        QCOMPARE(shopAudit.at(2).toObject().value(u"after"_s).toObject().value(u"address_line1"_s).toString(), u"Große Bergstraße 1"_s);
        QCOMPARE(shopAudit.at(1).toObject().value(u"after"_s).toObject().value(u"active"_s).toBool(), false);

        // Its back room: renamed and made sellable.
        QString backRoom;
        for (const QJsonValue &location : call(admin, "GET", u"/api/v1/staff/locations?shop="_s + shopId).json.value(u"data"_s).toArray()) {
            if (location.toObject().value(u"code"_s).toString() == "BACK"_L1) {
                backRoom = location.toObject().value(u"id"_s).toString();
            }
        }
        QVERIFY(!backRoom.isEmpty());
        const QString locationPath = u"/api/v1/staff/locations/"_s + backRoom;
        const Reply location = call(admin, "PATCH", locationPath, {{u"name"_s, u"Stock room"_s}, {u"sellable"_s, true}});
        QVERIFY2(location.status == 200, location.body.constData());
        QCOMPARE(location.json.value(u"id"_s).toString(), backRoom);
        QCOMPARE(location.json.value(u"name"_s).toString(), u"Stock room"_s);
        QCOMPARE(location.json.value(u"sellable"_s).toBool(), true);
        QCOMPARE(location.json.value(u"code"_s).toString(), u"BACK"_s);
        QCOMPARE(location.json.value(u"shop_id"_s).toString(), shopId);
        const QList<std::pair<QJsonObject, QString>> invalidLocation = {
            {{{u"kind"_s, u"warehouse"_s}}, u"kind"_s},
            {{{u"sellable"_s, 1}}, u"sellable"_s},
            {{{u"name"_s, QJsonValue()}}, u"name"_s},
            {{{u"name"_s, QString(101, u'x')}}, u"name"_s},
        };
        for (const auto &[body, field] : invalidLocation) {
            const Reply refused = call(admin, "PATCH", locationPath, body);
            QVERIFY2(refused.status == 422, refused.body.constData());
            QCOMPARE(refused.json.value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), field);
        }
        QCOMPARE(call(admin, "PATCH", u"/api/v1/staff/locations/"_s + kassa::newId(), {{u"sellable"_s, false}}).status, 404);
        const QJsonArray locationAudit = auditOf(u"location"_s, backRoom);
        QCOMPARE(locationAudit.size(), 1);
        QCOMPARE(locationAudit.at(0).toObject().value(u"action"_s).toString(), u"location.update"_s);
        QCOMPARE(locationAudit.at(0).toObject().value(u"before"_s).toObject(), (QJsonObject{{u"name"_s, u"Back room"_s}, {u"sellable"_s, false}}));
        QCOMPARE(locationAudit.at(0).toObject().value(u"after"_s).toObject(), (QJsonObject{{u"name"_s, u"Stock room"_s}, {u"sellable"_s, true}}));
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
