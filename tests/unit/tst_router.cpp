// The router under QHttpServer: matching, path parameters, 404 vs 405, HEAD and OPTIONS.
#include "router.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::server::HttpRequest;
using kassa::server::HttpResponse;
using kassa::server::Router;

class TestRouter : public QObject
{
    Q_OBJECT

private:
    Router makeRouter()
    {
        Router router;
        router.add("GET", u"/api/v1/shops/{shop_slug}/products/{product_id}"_s, [](HttpRequest &request) {
            return HttpResponse::json(200, QJsonObject{{u"shop"_s, request.pathParameters.value(u"shop_slug"_s)},
                                                       {u"product"_s, request.pathParameters.value(u"product_id"_s)}});
        });
        router.add("POST", u"/api/v1/carts"_s, [](HttpRequest &) { return HttpResponse::json(201, QJsonObject{{u"id"_s, u"c1"_s}}); });
        router.add("GET", u"/api/v1/carts"_s, [](HttpRequest &) { return HttpResponse::json(200, QJsonObject{}); });
        return router;
    }

    static HttpResponse call(const Router &router, const QByteArray &method, const QString &path)
    {
        HttpRequest request;
        request.method = method;
        request.path = path;
        return router.dispatch(request);
    }

    static QByteArray header(const HttpResponse &response, const QByteArray &name)
    {
        for (const auto &[key, value] : response.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }

private Q_SLOTS:
    void dispatch_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("get-with-parameters") << QByteArray("GET") << u"/api/v1/shops/berlin/products/p-1"_s << 200 << QByteArray();
        QTest::newRow("post-created") << QByteArray("POST") << u"/api/v1/carts"_s << 201 << QByteArray();
        QTest::newRow("unknown-path-404") << QByteArray("GET") << u"/api/v1/nothing"_s << 404 << QByteArray();
        QTest::newRow("segment-does-not-span-slash") << QByteArray("GET") << u"/api/v1/shops/a/b/products/p"_s << 404 << QByteArray();
        QTest::newRow("wrong-method-405") << QByteArray("DELETE") << u"/api/v1/carts"_s << 405 << QByteArray("POST, GET, HEAD, OPTIONS");
        QTest::newRow("options-204") << QByteArray("OPTIONS") << u"/api/v1/carts"_s << 204 << QByteArray("POST, GET, HEAD, OPTIONS");
        QTest::newRow("head-like-get") << QByteArray("HEAD") << u"/api/v1/carts"_s << 200 << QByteArray();
    }

    void dispatch()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        const Router router = makeRouter();
        const HttpResponse response = call(router, method, path);
        QCOMPARE(response.status, status);
        QCOMPARE(header(response, "Allow"), allow);
        if (status >= 400) {
            QCOMPARE(response.contentType, QByteArray("application/problem+json"));
            const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
            QCOMPARE(problem.value(u"status"_s).toInt(), status);
            QVERIFY(!problem.value(u"code"_s).toString().isEmpty());
        }
    }

    void pathParametersReachTheHandler()
    {
        const HttpResponse response = call(makeRouter(), "GET", u"/api/v1/shops/berlin-mitte/products/01a2"_s);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(u"shop"_s).toString(), u"berlin-mitte"_s);
        QCOMPARE(body.value(u"product"_s).toString(), u"01a2"_s);
    }

    void headSendsNoBodyButItsLength()
    {
        const Router router = makeRouter();
        const HttpResponse get = call(router, "GET", u"/api/v1/carts"_s);
        const HttpResponse head = call(router, "HEAD", u"/api/v1/carts"_s);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(header(head, "Content-Length"), QByteArray::number(get.body.size()));
    }

    void queryValueDecodesPlusAndPercent()
    {
        HttpRequest request;
        request.query = QUrlQuery(u"q=red+shirt&sku=A%2BB"_s);
        QCOMPARE(request.queryValue(u"q"_s), u"red shirt"_s);
        QCOMPARE(request.queryValue(u"sku"_s), u"A+B"_s);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
