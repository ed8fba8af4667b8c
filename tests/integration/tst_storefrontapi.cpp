// The customer API end to end through KassaServer's request pipeline (authentication, limits,
// idempotency, routing) on a real SQLite database: sign-up and sign-in, catalog, carts, coupons,
// checkout with stock reservation, orders, wishlist and reviews, and the errors a shopper can hit.
#include "kassaserver.h"
#include "testfixture.h"

#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "services/stockservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::server::HttpRequest;
using kassa::server::HttpResponse;

class TestStorefrontApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFixture> m_fixture;
    std::unique_ptr<kassa::server::KassaServer> m_server;
    QString m_shirt; // variant with 3 in stock, 20.00
    QString m_mug; // variant with 50 in stock, 8.50
    QString m_shirtProduct;
    QString m_shipping;
    int m_clientCounter = 0;

    struct Reply {
        int status = 0;
        QJsonObject json;
        HttpResponse raw;
        [[nodiscard]] QString code() const { return json.value(u"code"_s).toString(); }
        [[nodiscard]] QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : raw.headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0) {
                    return value;
                }
            }
            return {};
        }
    };

    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, const QList<std::pair<QByteArray, QByteArray>> &headers = {},
               const QString &client = u"10.0.0.1"_s)
    {
        HttpRequest request;
        request.method = method;
        const qsizetype question = path.indexOf(u'?');
        request.path = question < 0 ? path : path.left(question);
        request.query = QUrlQuery(question < 0 ? QString() : path.mid(question + 1));
        request.remoteAddress = client;
        request.requestId = kassa::newId();
        if (!body.isEmpty() || method == "POST" || method == "PATCH") {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        }
        for (const auto &header : headers) {
            request.headers.append(header);
        }
        Reply reply;
        reply.raw = m_server->process(request);
        reply.status = reply.raw.status;
        reply.json = QJsonDocument::fromJson(reply.raw.body).object();
        return reply;
    }

    static std::pair<QByteArray, QByteArray> bearer(const QString &token) { return {"Authorization", "Bearer " + token.toLatin1()}; }
    static std::pair<QByteArray, QByteArray> cartToken(const QString &token) { return {"X-Cart-Token", token.toLatin1()}; }

    QString registerCustomer(const QString &email)
    {
        const Reply reply = call("POST", u"/api/v1/auth/register"_s, {{u"email"_s, email}, {u"password"_s, u"correct horse"_s}, {u"name"_s, u"Ada Lovelace"_s}},
                                 {}, u"10.1.0.%1"_s.arg(++m_clientCounter));
        return reply.json.value(u"token"_s).toString();
    }

    qint64 level(const QString &variantId, const QString &column)
    {
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT COALESCE(SUM(%1), 0) FROM stock_levels WHERE variant_id = ?"_s.arg(column));
        query.addBindValue(variantId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    // A guest cart with `quantity` of `variant`; returns {cart id, token}.
    std::pair<QString, QString> guestCart(const QString &variant, qint64 quantity)
    {
        const Reply created = call("POST", u"/api/v1/shops/test-shop/carts"_s);
        const QString id = created.json.value(u"id"_s).toString();
        const QString token = created.json.value(u"token"_s).toString();
        call("POST", u"/api/v1/carts/%1/items"_s.arg(id), {{u"variant_id"_s, variant}, {u"quantity"_s, quantity}}, {cartToken(token)});
        return {id, token};
    }

    QString productOf(const QString &variantId)
    {
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT product_id FROM variants WHERE id = ?"_s);
        query.addBindValue(variantId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QJsonObject checkoutBody(qint64 expectedTotal)
    {
        return {{u"email"_s, u"guest@example.com"_s},
                {u"shipping_address"_s, QJsonObject{{u"line1"_s, u"Hauptstr. 1"_s}, {u"city"_s, u"Berlin"_s}, {u"postal_code"_s, u"10115"_s}, {u"country"_s, u"de"_s}}},
                {u"shipping_option_id"_s, m_shipping},
                {u"payment"_s, QJsonObject{{u"method"_s, u"pay_in_store"_s}}},
                {u"expected_total"_s, expectedTotal}};
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        m_shirt = m_fixture->addVariant(u"SHIRT-M"_s, 2000, u"4006381333931"_s);
        m_mug = m_fixture->addVariant(u"MUG-1"_s, 850);
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT product_id FROM variants WHERE id = ?"_s);
        query.addBindValue(m_shirt);
        QVERIFY(query.exec() && query.next());
        m_shirtProduct = query.value(0).toString();
        QString error;
        kassa::StockService stock(m_fixture->context());
        QVERIFY2(stock.postMovements(m_fixture->admin,
                                     {{{}, m_fixture->floorLocationId, m_shirt, 3, kassa::StockReason::Receipt, u"test"_s, {}, 0},
                                      {{}, m_fixture->floorLocationId, m_mug, 50, kassa::StockReason::Receipt, u"test"_s, {}, 0}},
                                     &error),
                 qPrintable(error));
        m_shipping = kassa::newId();
        query.prepare(u"INSERT INTO shipping_options (id, company_id, name, kind, amount, free_above, tax_rate_bp) VALUES (?, ?, 'Standard', 'free_above', 490, 5000, 1900)"_s);
        query.addBindValue(m_shipping);
        query.addBindValue(m_fixture->companyId);
        QVERIFY(query.exec());
        query.prepare(u"INSERT INTO coupons (id, company_id, code, kind, value, usage_limit, created_at) VALUES (?, ?, 'TENOFF', 'percentage', 1000, 1, 0)"_s);
        query.addBindValue(kassa::newId());
        query.addBindValue(m_fixture->companyId);
        QVERIFY(query.exec());
        m_server = std::make_unique<kassa::server::KassaServer>(m_fixture->context(), kassa::server::ApiSettings{});
    }

    void cleanup()
    {
        m_server.reset();
        m_fixture.reset();
    }

    void registerAndSignIn()
    {
        const QString token = registerCustomer(u"Ada@Example.com"_s);
        QVERIFY(!token.isEmpty());
        const Reply me = call("GET", u"/api/v1/me"_s, {}, {bearer(token)});
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(u"email"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(me.json.value(u"role"_s).toString(), u"customer"_s);
        QVERIFY(!me.json.value(u"customer"_s).toObject().value(u"id"_s).toString().isEmpty());

        const Reply again = call("POST", u"/api/v1/auth/register"_s, {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, u"another one"_s}, {u"name"_s, u"A"_s}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"email_taken"_s);

        const Reply login = call("POST", u"/api/v1/auth/login"_s, {{u"email"_s, u"ADA@example.com"_s}, {u"password"_s, u"correct horse"_s}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(u"user"_s).toObject().value(u"role"_s).toString(), u"customer"_s);
        const Reply wrong = call("POST", u"/api/v1/auth/login"_s, {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, u"wrong horse"_s}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), u"invalid_credentials"_s);

        const Reply logout = call("POST", u"/api/v1/auth/logout"_s, {}, {bearer(token)});
        QCOMPARE(logout.status, 204);
        QCOMPARE(call("GET", u"/api/v1/me"_s, {}, {bearer(token)}).status, 401);
    }

    void unicodeIsKeptIntact()
    {
        const Reply registered = call("POST", u"/api/v1/auth/register"_s,
                                      {{u"email"_s, u"zoe@example.com"_s}, {u"password"_s, u"pässwörd ✓ 北京"_s}, {u"name"_s, u"Zoë Ådén 北京 🛒"_s}});
        QCOMPARE(registered.status, 201);
        QCOMPARE(registered.json.value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Zoë Ådén 北京 🛒"_s);
        const Reply login = call("POST", u"/api/v1/auth/login"_s, {{u"email"_s, u"zoe@example.com"_s}, {u"password"_s, u"pässwörd ✓ 北京"_s}});
        QCOMPARE(login.status, 200);
        QCOMPARE(call("GET", u"/api/v1/shops/test-shop/products?q=%C3%A9t%C3%A9%20%F0%9F%9B%92"_s).status, 200);
    }

    void registrationValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad-email") << QJsonObject{{u"email"_s, u"not-an-email"_s}, {u"password"_s, u"long enough"_s}, {u"name"_s, u"X"_s}} << u"email"_s;
        QTest::newRow("short-password") << QJsonObject{{u"email"_s, u"x@example.com"_s}, {u"password"_s, u"short"_s}, {u"name"_s, u"X"_s}} << u"password"_s;
        QTest::newRow("missing-name") << QJsonObject{{u"email"_s, u"x@example.com"_s}, {u"password"_s, u"long enough"_s}} << u"name"_s;
        QTest::newRow("unknown-field") << QJsonObject{{u"email"_s, u"x@example.com"_s}, {u"password"_s, u"long enough"_s}, {u"name"_s, u"X"_s}, {u"is_admin"_s, true}}
                                       << u"is_admin"_s;
        QTest::newRow("wrong-type") << QJsonObject{{u"email"_s, 42}, {u"password"_s, u"long enough"_s}, {u"name"_s, u"X"_s}} << u"email"_s;
        // Found by fuzzing: SQLite's length() stops at the NUL, so this failed a CHECK constraint (500).
        QTest::newRow("nul-in-email") << QJsonObject{{u"email"_s, QString(u"ab"_s + QChar(0) + u"cd@example.com"_s)}, {u"password"_s, u"long enough"_s},
                                                     {u"name"_s, u"X"_s}}
                                      << u"email"_s;
    }

    void registrationValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Reply reply = call("POST", u"/api/v1/auth/register"_s, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json.value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(), field);
        QCOMPARE(m_fixture->rowCount(u"users"_s), 0);
    }

    void loginIsRateLimitedPerAccount()
    {
        registerCustomer(u"victim@example.com"_s);
        int status = 0;
        Reply last;
        for (int attempt = 0; attempt < 6; ++attempt) {
            // Different client addresses: the per-account limit must still hold.
            last = call("POST", u"/api/v1/auth/login"_s, {{u"email"_s, u"victim@example.com"_s}, {u"password"_s, u"guess %1"_s.arg(attempt)}}, {},
                        u"10.2.0.%1"_s.arg(attempt));
            status = last.status;
        }
        QCOMPARE(status, 429);
        QVERIFY(last.header("Retry-After").toInt() >= 1);
    }

    void productListingPagesWithoutGapsOrRepeats()
    {
        for (int i = 0; i < 25; ++i) {
            m_fixture->addVariant(u"EXTRA-%1"_s.arg(i, 2, 10, QChar(u'0')), 100 + i);
        }
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const Reply page = call("GET", u"/api/v1/shops/test-shop/products?limit=10"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &item : page.json.value(u"data"_s).toArray()) {
                seen << item.toObject().value(u"id"_s).toString();
            }
            cursor = page.json.value(u"next_cursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 27);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 27);
    }

    void productFiltersAndSorting()
    {
        const Reply bySku = call("GET", u"/api/v1/shops/test-shop/products?q=SHIRT-M"_s);
        QCOMPARE(bySku.json.value(u"data"_s).toArray().size(), 1);
        const Reply byBarcode = call("GET", u"/api/v1/shops/test-shop/products?q=4006381333931"_s);
        QCOMPARE(byBarcode.json.value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString(), m_shirtProduct);
        const Reply cheap = call("GET", u"/api/v1/shops/test-shop/products?max_price=1000"_s);
        QCOMPARE(cheap.json.value(u"data"_s).toArray().size(), 1);
        m_fixture->addVariant(u"NO-STOCK"_s, 500);
        const Reply inStock = call("GET", u"/api/v1/shops/test-shop/products?in_stock=true&sort=price_desc"_s);
        const QJsonArray data = inStock.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0).toObject().value(u"price_from"_s).toObject().value(u"amount"_s).toInt(), 2000);
        QCOMPARE(call("GET", u"/api/v1/shops/test-shop/products?sort=random"_s).status, 422);
        QCOMPARE(call("GET", u"/api/v1/shops/test-shop/products?cursor=garbage!"_s).status, 422);
        QCOMPARE(call("GET", u"/api/v1/shops/test-shop/products?limit=1000"_s).status, 422);
        QCOMPARE(call("GET", u"/api/v1/shops/no-such-shop/products"_s).status, 404);
    }

    void productDetailShowsAvailability()
    {
        const Reply product = call("GET", u"/api/v1/shops/test-shop/products/"_s + m_shirtProduct);
        QCOMPARE(product.status, 200);
        const QJsonObject variant = product.json.value(u"variants"_s).toArray().first().toObject();
        QCOMPARE(variant.value(u"available_quantity"_s).toInt(), 3);
        QCOMPARE(variant.value(u"price"_s).toObject().value(u"currency"_s).toString(), u"EUR"_s);
        QCOMPARE(call("GET", u"/api/v1/shops/test-shop/products/"_s + kassa::newId()).status, 404);
    }

    // Products that share an order, most often first; an unknown product is 404.
    void recommendationsListWhatIsBoughtTogether()
    {
        const QString pen = m_fixture->addVariant(u"PEN-1"_s, 300);
        QString error;
        QVERIFY2(kassa::StockService(m_fixture->context())
                     .postMovements(m_fixture->admin, {{{}, m_fixture->floorLocationId, pen, 10, kassa::StockReason::Receipt, u"test"_s, {}, 0}}, &error),
                 qPrintable(error));
        const QString mugProduct = productOf(m_mug);
        const QString penProduct = productOf(pen);
        const QString recommendations = u"/api/v1/shops/test-shop/products/%1/recommendations"_s;
        const Reply before = call("GET", recommendations.arg(m_shirtProduct));
        QCOMPARE(before.status, 200);
        QCOMPARE(before.json.value(u"data"_s).toArray().size(), 0);

        // Two orders with a shirt and a mug, one with a mug and a pen, one with a pen alone; each
        // total is the goods plus 4.90 shipping.
        const QList<std::pair<QList<QString>, qint64>> orders = {
            {{m_shirt, m_mug}, 2000 + 850 + 490}, {{m_mug, m_shirt}, 850 + 2000 + 490}, {{m_mug, pen}, 850 + 300 + 490}, {{pen}, 300 + 490}};
        for (const auto &[variants, total] : orders) {
            const auto [cartId, token] = guestCart(variants.first(), 1);
            for (qsizetype i = 1; i < variants.size(); ++i) {
                QCOMPARE(call("POST", u"/api/v1/carts/%1/items"_s.arg(cartId), {{u"variant_id"_s, variants.at(i)}, {u"quantity"_s, 1}}, {cartToken(token)}).status,
                         201);
            }
            const Reply order = call("POST", u"/api/v1/carts/%1/checkout"_s.arg(cartId), checkoutBody(total), {cartToken(token)});
            QVERIFY2(order.status == 201, order.raw.body.constData());
        }

        const Reply shirt = call("GET", recommendations.arg(m_shirtProduct));
        QCOMPARE(shirt.status, 200);
        const QJsonArray withShirt = shirt.json.value(u"data"_s).toArray();
        QCOMPARE(withShirt.size(), 1);
        QCOMPARE(withShirt.at(0).toObject().value(u"product_id"_s).toString(), mugProduct);
        QCOMPARE(withShirt.at(0).toObject().value(u"name"_s).toString(), u"Product MUG-1"_s);
        QCOMPARE(withShirt.at(0).toObject().value(u"bought_together"_s).toInt(), 2);
        const QJsonArray withMug = call("GET", recommendations.arg(mugProduct)).json.value(u"data"_s).toArray();
        QCOMPARE(withMug.size(), 2);
        QCOMPARE(withMug.at(0).toObject().value(u"product_id"_s).toString(), m_shirtProduct);
        QCOMPARE(withMug.at(0).toObject().value(u"bought_together"_s).toInt(), 2);
        QCOMPARE(withMug.at(1).toObject().value(u"product_id"_s).toString(), penProduct);
        QCOMPARE(withMug.at(1).toObject().value(u"bought_together"_s).toInt(), 1);

        const Reply unknown = call("GET", recommendations.arg(kassa::newId()));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.code(), u"not_found"_s);
        QCOMPARE(call("GET", u"/api/v1/shops/no-such-shop/products/%1/recommendations"_s.arg(m_shirtProduct)).status, 404);
    }

    void guestCheckoutReservesStock()
    {
        const auto [cartId, token] = guestCart(m_shirt, 2);
        QCOMPARE(call("GET", u"/api/v1/carts/"_s + cartId).status, 404); // no token: nothing to see
        const Reply cart = call("GET", u"/api/v1/carts/"_s + cartId, {}, {cartToken(token)});
        QCOMPARE(cart.status, 200);
        QCOMPARE(cart.json.value(u"total"_s).toObject().value(u"amount"_s).toInt(), 4000);

        const Reply coupon = call("POST", u"/api/v1/carts/%1/coupons"_s.arg(cartId), {{u"code"_s, u"tenoff"_s}}, {cartToken(token)});
        QCOMPARE(coupon.status, 200);
        QCOMPARE(coupon.json.value(u"discount_total"_s).toObject().value(u"amount"_s).toInt(), 400);

        const Reply options = call("GET", u"/api/v1/carts/%1/shipping-options"_s.arg(cartId), {}, {cartToken(token)});
        QCOMPARE(options.json.value(u"data"_s).toArray().first().toObject().value(u"price"_s).toObject().value(u"amount"_s).toInt(), 490);

        // 36.00 after the coupon + 4.90 shipping; an out-of-date total is refused.
        const Reply stale = call("POST", u"/api/v1/carts/%1/checkout"_s.arg(cartId), checkoutBody(4000), {cartToken(token)});
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), u"total_changed"_s);
        QCOMPARE(m_fixture->rowCount(u"orders"_s), 0);

        const Reply order = call("POST", u"/api/v1/carts/%1/checkout"_s.arg(cartId), checkoutBody(4090), {cartToken(token)});
        QCOMPARE(order.status, 201);
        QCOMPARE(order.json.value(u"status"_s).toString(), u"placed"_s);
        QCOMPARE(order.json.value(u"total"_s).toObject().value(u"amount"_s).toInt(), 4090);
        QCOMPARE(order.json.value(u"timeline"_s).toArray().size(), 1);
        QCOMPARE(level(m_shirt, u"reserved"_s), 2);
        QCOMPARE(level(m_shirt, u"available"_s), 1);
        QCOMPARE(level(m_shirt, u"on_hand"_s), 3);
        QVERIFY(kassa::checkIntegrity(m_fixture->database()).ok());

        const Reply twice = call("POST", u"/api/v1/carts/%1/checkout"_s.arg(cartId), checkoutBody(4090), {cartToken(token)});
        QCOMPARE(twice.status, 409);
        QCOMPARE(m_fixture->rowCount(u"orders"_s), 1);
    }

    void lastUnitsCannotBeSoldTwice()
    {
        const auto [firstCart, firstToken] = guestCart(m_shirt, 2);
        const auto [secondCart, secondToken] = guestCart(m_shirt, 2);
        QCOMPARE(call("POST", u"/api/v1/carts/%1/checkout"_s.arg(firstCart), checkoutBody(4490), {cartToken(firstToken)}).status, 201);
        const Reply second = call("POST", u"/api/v1/carts/%1/checkout"_s.arg(secondCart), checkoutBody(4490), {cartToken(secondToken)});
        QCOMPARE(second.status, 409);
        QCOMPARE(second.code(), u"insufficient_stock"_s);
        QCOMPARE(m_fixture->rowCount(u"orders"_s), 1);
        QCOMPARE(level(m_shirt, u"reserved"_s), 2);
        QVERIFY(kassa::checkIntegrity(m_fixture->database()).ok());
    }

    void idempotentRequestsReplay()
    {
        const Reply created = call("POST", u"/api/v1/shops/test-shop/carts"_s);
        const QString cartId = created.json.value(u"id"_s).toString();
        const QString token = created.json.value(u"token"_s).toString();
        const QJsonObject body{{u"variant_id"_s, m_mug}, {u"quantity"_s, 2}};
        const Reply first = call("POST", u"/api/v1/carts/%1/items"_s.arg(cartId), body, {cartToken(token), {"Idempotency-Key", "add-mug-1"}});
        const Reply replay = call("POST", u"/api/v1/carts/%1/items"_s.arg(cartId), body, {cartToken(token), {"Idempotency-Key", "add-mug-1"}});
        QCOMPARE(first.status, 201);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.raw.body, first.raw.body);
        const Reply cart = call("GET", u"/api/v1/carts/"_s + cartId, {}, {cartToken(token)});
        QCOMPARE(cart.json.value(u"items"_s).toArray().first().toObject().value(u"quantity"_s).toInt(), 2);
        const Reply reused = call("POST", u"/api/v1/carts/%1/items"_s.arg(cartId), {{u"variant_id"_s, m_mug}, {u"quantity"_s, 5}},
                                  {cartToken(token), {"Idempotency-Key", "add-mug-1"}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), u"idempotency_key_reused"_s);
    }

    void customerOrdersCancelAndIsolation()
    {
        const QString ada = registerCustomer(u"ada@example.com"_s);
        const QString bob = registerCustomer(u"bob@example.com"_s);
        const Reply created = call("POST", u"/api/v1/shops/test-shop/carts"_s, {}, {bearer(ada)});
        const QString cartId = created.json.value(u"id"_s).toString();
        QCOMPARE(call("POST", u"/api/v1/carts/%1/items"_s.arg(cartId), {{u"variant_id"_s, m_mug}, {u"quantity"_s, 3}}, {bearer(ada)}).status, 201);
        QJsonObject body = checkoutBody(3040);
        body.remove(u"email"_s);
        const Reply order = call("POST", u"/api/v1/carts/%1/checkout"_s.arg(cartId), body, {bearer(ada)});
        QCOMPARE(order.status, 201);
        QCOMPARE(order.json.value(u"email"_s).toString(), u"ada@example.com"_s);
        const QString orderId = order.json.value(u"id"_s).toString();

        const Reply list = call("GET", u"/api/v1/orders"_s, {}, {bearer(ada)});
        QCOMPARE(list.json.value(u"data"_s).toArray().size(), 1);
        QCOMPARE(call("GET", u"/api/v1/orders"_s, {}, {bearer(bob)}).json.value(u"data"_s).toArray().size(), 0);
        QCOMPARE(call("GET", u"/api/v1/orders/"_s + orderId, {}, {bearer(bob)}).status, 404);
        QCOMPARE(call("POST", u"/api/v1/orders/%1/cancel"_s.arg(orderId), {}, {bearer(bob)}).status, 404);
        QCOMPARE(call("GET", u"/api/v1/carts/"_s + cartId, {}, {bearer(bob)}).status, 404);

        QCOMPARE(level(m_mug, u"reserved"_s), 3);
        const Reply cancelled = call("POST", u"/api/v1/orders/%1/cancel"_s.arg(orderId), {{u"reason"_s, u"changed my mind"_s}}, {bearer(ada)});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(cancelled.json.value(u"timeline"_s).toArray().size(), 2);
        QCOMPARE(level(m_mug, u"reserved"_s), 0);
        QCOMPARE(level(m_mug, u"available"_s), 50);
        const Reply again = call("POST", u"/api/v1/orders/%1/cancel"_s.arg(orderId), {}, {bearer(ada)});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"invalid_transition"_s);
        QCOMPARE(call("POST", u"/api/v1/orders/%1/returns"_s.arg(orderId), {{u"lines"_s, QJsonArray{}}}, {bearer(ada)}).status, 422);
        QVERIFY(kassa::checkIntegrity(m_fixture->database()).ok());
    }

    void signingInMergesTheGuestCart()
    {
        const QString ada = registerCustomer(u"ada@example.com"_s);
        Q_UNUSED(ada);
        const auto [cartId, token] = guestCart(m_mug, 1);
        const Reply login = call("POST", u"/api/v1/auth/login"_s, {{u"email"_s, u"ada@example.com"_s}, {u"password"_s, u"correct horse"_s}, {u"cart_id"_s, cartId}},
                                 {cartToken(token)});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(u"cart_id"_s).toString(), cartId);
        const QString session = login.json.value(u"token"_s).toString();
        // The customer reaches the cart with her session alone now.
        const Reply cart = call("GET", u"/api/v1/carts/"_s + cartId, {}, {bearer(session)});
        QCOMPARE(cart.status, 200);
        QCOMPARE(cart.json.value(u"items"_s).toArray().size(), 1);
    }

    void addressesWishlistAndReviews()
    {
        const QString ada = registerCustomer(u"ada@example.com"_s);
        const Reply address = call("POST", u"/api/v1/me/addresses"_s, {{u"line1"_s, u"Hauptstr. 1"_s}, {u"city"_s, u"Berlin"_s}, {u"country"_s, u"DE"_s}}, {bearer(ada)});
        QCOMPARE(address.status, 201);
        const QString addressId = address.json.value(u"id"_s).toString();
        QCOMPARE(call("POST", u"/api/v1/me/addresses"_s, {{u"city"_s, u"Berlin"_s}, {u"country"_s, u"DE"_s}}, {bearer(ada)}).status, 422);
        QCOMPARE(call("PATCH", u"/api/v1/me/addresses/"_s + addressId, {{u"city"_s, u"Potsdam"_s}}, {bearer(ada)}).json.value(u"city"_s).toString(), u"Potsdam"_s);
        QCOMPARE(call("GET", u"/api/v1/me/addresses"_s, {}, {bearer(ada)}).json.value(u"data"_s).toArray().size(), 1);
        QCOMPARE(call("DELETE", u"/api/v1/me/addresses/"_s + addressId, {}, {bearer(ada)}).status, 204);

        QCOMPARE(call("PUT", u"/api/v1/me/wishlist/"_s + m_mug, {}, {bearer(ada)}).status, 201);
        QCOMPARE(call("PUT", u"/api/v1/me/wishlist/"_s + m_mug, {}, {bearer(ada)}).status, 200);
        QCOMPARE(call("GET", u"/api/v1/me/wishlist/"_s + m_mug, {}, {bearer(ada)}).status, 200);
        QCOMPARE(call("GET", u"/api/v1/me/wishlist"_s, {}, {bearer(ada)}).json.value(u"data"_s).toArray().size(), 1);
        QCOMPARE(call("DELETE", u"/api/v1/me/wishlist/"_s + m_mug, {}, {bearer(ada)}).status, 204);
        QCOMPARE(call("GET", u"/api/v1/me/wishlist/"_s + m_mug, {}, {bearer(ada)}).status, 404);

        const QString reviews = u"/api/v1/shops/test-shop/products/%1/reviews"_s.arg(m_shirtProduct);
        QCOMPARE(call("POST", reviews, {{u"rating"_s, 5}}).status, 401);
        QCOMPARE(call("POST", reviews, {{u"rating"_s, 9}}, {bearer(ada)}).status, 422);
        const Reply review = call("POST", reviews, {{u"rating"_s, 4}, {u"title"_s, u"Nice"_s}}, {bearer(ada)});
        QCOMPARE(review.status, 201);
        QCOMPARE(review.json.value(u"moderation"_s).toString(), u"pending"_s);
        QCOMPARE(review.json.value(u"verified_purchase"_s).toBool(), false);
        QCOMPARE(call("POST", reviews, {{u"rating"_s, 2}}, {bearer(ada)}).code(), u"review_exists"_s);
        // Unmoderated reviews are not shown.
        QCOMPARE(call("GET", reviews).json.value(u"data"_s).toArray().size(), 0);
    }

    void malformedRequestsGetClearErrors()
    {
        HttpRequest request;
        request.method = "POST";
        request.path = u"/api/v1/auth/login"_s;
        request.remoteAddress = u"10.9.9.9"_s;
        request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        request.body = "{\"email\": ";
        QCOMPARE(m_server->process(request).status, 400);
        request.body = "[1, 2]";
        QCOMPARE(m_server->process(request).status, 400);
        request.headers = {{"Content-Type", "text/xml"}};
        request.body = "<login/>";
        QCOMPARE(m_server->process(request).status, 415);
        request.headers = {{"Content-Type", "application/json"}};
        request.body = QByteArray(2 * 1024 * 1024, 'x');
        QCOMPARE(m_server->process(request).status, 413);
        QCOMPARE(call("DELETE", u"/api/v1/auth/login"_s).status, 405);
        QCOMPARE(call("GET", u"/api/v1/me"_s, {}, {{"Authorization", "Bearer not-a-real-token-at-all"}}).status, 401);
        const Reply sql = call("GET", u"/api/v1/shops/test-shop/products?q=%27%3B%20DROP%20TABLE%20products%3B--"_s);
        QCOMPARE(sql.status, 200);
        QVERIFY(m_fixture->rowCount(u"products"_s) > 0);
    }
};

QTEST_GUILESS_MAIN(TestStorefrontApi)
#include "tst_storefrontapi.moc"
