// The storefront's response cache through KassaServer::process(): repeated GETs are served from
// memory, and every change to the data (through this server, or committed by another connection
// as kassactl or a second process would) is visible on the very next request.
#include "kassaserver.h"
#include "testfixture.h"

#include "domain/uuid7.h"
#include "services/companyservice.h"
#include "services/stockservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::server::HttpRequest;
using kassa::server::HttpResponse;

class TestResponseCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFixture> m_fixture;
    std::unique_ptr<kassa::server::KassaServer> m_server;
    QString m_variant;
    QString m_product;

    HttpResponse get(const QString &target, const QByteArray &method = "GET")
    {
        HttpRequest request;
        request.method = method;
        const qsizetype question = target.indexOf(u'?');
        request.path = question < 0 ? target : target.left(question);
        request.query = QUrlQuery(question < 0 ? QString() : target.mid(question + 1));
        request.remoteAddress = u"10.0.0.1"_s;
        request.requestId = kassa::newId();
        return m_server->process(request);
    }

    QJsonObject firstProduct(const QString &target = u"/api/v1/shops/test-shop/products"_s)
    {
        const HttpResponse reply = get(target);
        return QJsonDocument::fromJson(reply.body).object().value(u"data"_s).toArray().first().toObject();
    }

    void receive(const QString &locationId, qint64 quantity)
    {
        QString error;
        QVERIFY2(kassa::StockService(m_fixture->context())
                     .postMovements(m_fixture->admin, {{{}, locationId, m_variant, quantity, kassa::StockReason::Receipt, u"test"_s, {}, 0}}, &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        m_variant = m_fixture->addVariant(u"SHIRT-M"_s, 2000);
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT product_id FROM variants WHERE id = ?"_s);
        query.addBindValue(m_variant);
        QVERIFY(query.exec() && query.next());
        m_product = query.value(0).toString();
        receive(m_fixture->floorLocationId, 3);
        m_server = std::make_unique<kassa::server::KassaServer>(m_fixture->context(), kassa::server::ApiSettings{});
    }

    void cleanup()
    {
        m_server.reset();
        m_fixture.reset();
    }

    void repeatedRequestsAreServedFromTheCache()
    {
        const HttpResponse first = get(u"/api/v1/shops/test-shop/products?limit=5"_s);
        QCOMPARE(first.status, 200);
        const kassa::server::ResponseCache &cache = m_server->services().responseCache;
        const qint64 misses = cache.misses();
        const qint64 hits = cache.hits();
        const HttpResponse second = get(u"/api/v1/shops/test-shop/products?limit=5"_s);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(cache.hits(), hits + 1);
        QCOMPARE(cache.misses(), misses);
        // HEAD is GET without the body, from the same entry.
        const HttpResponse head = get(u"/api/v1/shops/test-shop/products?limit=5"_s, "HEAD");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(cache.hits(), hits + 2);
        // Another query is another answer.
        QCOMPARE(get(u"/api/v1/shops/test-shop/products?limit=1"_s).status, 200);
        QCOMPARE(cache.misses(), misses + 1);
    }

    void theServersOwnWritesShowAtOnce()
    {
        QCOMPARE(firstProduct().value(u"available_quantity"_s).toInteger(), 3);
        receive(m_fixture->floorLocationId, 4);
        QCOMPARE(firstProduct().value(u"available_quantity"_s).toInteger(), 7);
    }

    void writesOfAnotherConnectionShowAtOnce()
    {
        QCOMPARE(firstProduct().value(u"name"_s).toString(), u"Product SHIRT-M"_s);
        {
            // Another process (kassactl, a second server) is another connection to the file.
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(m_fixture->path());
            QVERIFY(other.open());
            QSqlQuery update(other);
            update.prepare(u"UPDATE products SET name = 'Renamed shirt' WHERE id = ?"_s);
            update.addBindValue(m_product);
            QVERIFY(update.exec());
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        QCOMPARE(firstProduct().value(u"name"_s).toString(), u"Renamed shirt"_s);
    }

    void onlyCurrentAnswersAreKept()
    {
        // A problem is never cached: the shop may exist by the next request.
        QCOMPARE(get(u"/api/v1/shops/later-shop/products"_s).status, 404);
        kassa::ShopDraft shop;
        shop.slug = u"later-shop"_s;
        shop.name = u"Later"_s;
        QString error;
        QVERIFY2(!kassa::CompanyService(m_fixture->context()).createShop(m_fixture->admin, shop, &error).isEmpty(), qPrintable(error));
        QCOMPARE(get(u"/api/v1/shops/later-shop/products"_s).status, 200);
    }

    // The listing's availability is what the shop's sellable locations hold: not its back room,
    // not another shop's floor.
    void availabilityCountsSellableLocationsOfTheShop()
    {
        receive(m_fixture->backLocationId, 10);
        kassa::ShopDraft draft;
        draft.slug = u"second-shop"_s;
        draft.name = u"Second"_s;
        QString error;
        const QString secondShop = kassa::CompanyService(m_fixture->context()).createShop(m_fixture->admin, draft, &error);
        QVERIFY2(!secondShop.isEmpty(), qPrintable(error));
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT id FROM locations WHERE shop_id = ? AND code = 'FLOOR'"_s);
        query.addBindValue(secondShop);
        QVERIFY(query.exec() && query.next());
        receive(query.value(0).toString(), 100);
        QCOMPARE(firstProduct().value(u"available_quantity"_s).toInteger(), 3);
        QCOMPARE(firstProduct(u"/api/v1/shops/second-shop/products"_s).value(u"available_quantity"_s).toInteger(), 100);
        QCOMPARE(firstProduct(u"/api/v1/shops/test-shop/products?in_stock=true"_s).value(u"id"_s).toString(), m_product);
    }
};

QTEST_GUILESS_MAIN(TestResponseCache)
#include "tst_responsecache.moc"
