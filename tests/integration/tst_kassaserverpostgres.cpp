// kassa-server scaled out: several processes on one PostgreSQL database. Started together on a new
// database they migrate it once; customers checking out the last units at both servers at once
// never get more than is in stock; a change made through one server is what the other answers with
// at once. Runs only as tst_kassaserverpostgres_postgres (KASSA_TEST_POSTGRES_URL from the ctest
// fixture postgres_cluster).
#include "testfixture.h"

#include "commerce/sessionservice.h"
#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "services/stockservice.h"
#include "services/userservice.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// One kassa-server process on a free loopback port.
class ServerProcess
{
public:
    bool start(const QString &databaseUrl)
    {
        m_process.setProgram(QStringLiteral(KASSA_SERVER_PATH));
        // Every request of the test comes from 127.0.0.1: lift the per-client rate limit.
        m_process.setArguments({u"--database"_s, databaseUrl, u"--listen"_s, u"127.0.0.1:0"_s, u"--rate-limit"_s, u"100000"_s});
        m_process.start();
        return m_process.waitForStarted(10000);
    }

    // Waits for "listening on http://…"; false (with what the server said) if it never comes.
    bool waitUntilListening(QString *problem)
    {
        const QDeadlineTimer deadline(30000);
        while (!m_process.canReadLine() && m_process.state() == QProcess::Running && !deadline.hasExpired()) {
            m_process.waitForReadyRead(100);
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith("listening on http://"_L1)) {
            m_process.waitForFinished(1000);
            *problem = u"kassa-server did not start: "_s + line + u" "_s + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        baseUrl = line.mid(QStringLiteral("listening on ").size());
        return true;
    }

    // SIGTERM and wait; true when it exited cleanly.
    bool stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return false;
        }
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return false;
        }
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    QString baseUrl;

private:
    QProcess m_process;
};

struct Reply {
    int status = 0;
    QJsonObject json;
    [[nodiscard]] QString code() const { return json.value(u"code"_s).toString(); }
};

} // namespace

class TestKassaServerPostgres : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFixture> m_fixture;
    ServerProcess m_servers[2];
    QNetworkAccessManager m_network;
    QString m_pickup;

    QNetworkReply *send(const QString &baseUrl, const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(baseUrl + path));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        if (method == "POST" || method == "PATCH") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            return m_network.sendCustomRequest(request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        }
        return m_network.sendCustomRequest(request, method);
    }

    // Waits for all replies (sent together, so they run concurrently) and reads them.
    static QList<Reply> collect(const QList<QNetworkReply *> &replies)
    {
        QEventLoop loop;
        int open = int(replies.size());
        for (QNetworkReply *reply : replies) {
            if (reply->isFinished()) {
                --open;
            } else {
                connect(reply, &QNetworkReply::finished, &loop, [&] {
                    if (--open == 0) {
                        loop.quit();
                    }
                });
            }
        }
        if (open > 0) {
            loop.exec();
        }
        QList<Reply> result;
        for (QNetworkReply *reply : replies) {
            result.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()});
            reply->deleteLater();
        }
        return result;
    }

    Reply call(const QString &baseUrl, const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return collect({send(baseUrl, method, path, body, headers)}).first();
    }

    static std::pair<QByteArray, QByteArray> cartToken(const QString &token) { return {"X-Cart-Token", token.toLatin1()}; }

    qint64 scalar(const QString &sql, const QString &argument = {})
    {
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(sql);
        if (!argument.isNull()) {
            query.addBindValue(argument);
        }
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    // A product with one variant and `stock` units on the shop floor.
    QString stockedVariant(const QString &sku, qint64 price, qint64 stock)
    {
        const QString variant = m_fixture->addVariant(sku, price);
        QString error;
        kassa::StockService service(m_fixture->context());
        if (!service.postMovements(m_fixture->admin, {{{}, m_fixture->floorLocationId, variant, stock, kassa::StockReason::Receipt, u"test"_s, {}, 0}}, &error)) {
            qWarning() << error;
            return {};
        }
        return variant;
    }

    QString staffToken()
    {
        kassa::UserDraft draft;
        draft.companyId = m_fixture->companyId;
        draft.email = u"manager@example.com"_s;
        draft.name = u"Manager"_s;
        draft.role = kassa::Role::CompanyAdmin;
        draft.password = u"staff password"_s;
        QString message;
        const QString id = kassa::UserService(m_fixture->context()).createUser(m_fixture->admin, draft, &message, true);
        if (id.isEmpty()) {
            qWarning() << message;
            return {};
        }
        kassa::UserRecord user;
        kassa::UserService(m_fixture->context()).findUser(id, &user);
        kassa::ServiceError error;
        return kassa::SessionService(m_fixture->context()).issue(user, u"test"_s, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestFixture::postgresServerUrl().isEmpty()) {
            QSKIP("needs KASSA_TEST_POSTGRES_URL (run it through ctest: tst_kassaserverpostgres_postgres)");
        }
        m_fixture = std::make_unique<TestFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        QVERIFY(m_fixture->isPostgres());
        m_pickup = kassa::newId();
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"INSERT INTO shipping_options (id, company_id, name, kind) VALUES (?, ?, 'Pick up in the shop', 'pickup')"_s);
        query.addBindValue(m_pickup);
        query.addBindValue(m_fixture->companyId);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        for (ServerProcess &server : m_servers) {
            QVERIFY(server.start(m_fixture->path()));
        }
        for (ServerProcess &server : m_servers) {
            QString problem;
            QVERIFY2(server.waitUntilListening(&problem), qPrintable(problem));
        }
        QVERIFY(m_servers[0].baseUrl != m_servers[1].baseUrl);
    }

    void cleanupTestCase()
    {
        for (ServerProcess &server : m_servers) {
            if (!server.baseUrl.isEmpty()) {
                QVERIFY(server.stop());
            }
        }
        m_fixture.reset();
    }

    void startingTogetherOnANewDatabaseMigratesOnce()
    {
        QString error;
        const QString url = TestFixture::createPostgresDatabase(TestFixture::postgresServerUrl(), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        // Four at once: each finds the database empty and wants to migrate it.
        ServerProcess servers[4];
        for (ServerProcess &server : servers) {
            QVERIFY(server.start(url));
        }
        for (ServerProcess &server : servers) {
            QString problem;
            QVERIFY2(server.waitUntilListening(&problem), qPrintable(problem));
        }
        for (ServerProcess &server : servers) {
            const Reply ready = call(server.baseUrl, "GET", u"/readyz"_s);
            QCOMPARE(ready.status, 200);
            QCOMPARE(ready.json.value(u"schema_version"_s).toInt(), kassa::Database::latestSchemaVersion());
        }
        {
            std::unique_ptr<kassa::Database> database = kassa::Database::open(url, &error);
            QVERIFY2(database, qPrintable(error));
            QSqlQuery query(database->connection());
            // One version row, one identity for the installation that all four share.
            QVERIFY(query.exec(u"SELECT COUNT(*), MAX(version) FROM kassa_schema_version"_s) && query.next());
            QCOMPARE(query.value(0).toLongLong(), 1);
            QCOMPARE(query.value(1).toInt(), kassa::Database::latestSchemaVersion());
            QVERIFY(query.exec(u"SELECT (SELECT COUNT(*) FROM local_device), (SELECT COUNT(*) FROM devices)"_s) && query.next());
            QCOMPARE(query.value(0).toLongLong(), 1);
            QCOMPARE(query.value(1).toLongLong(), 1);
        }
        for (ServerProcess &server : servers) {
            QVERIFY(server.stop());
        }
        QVERIFY2(TestFixture::dropPostgresDatabase(url, &error), qPrintable(error));
    }

    void checkoutsAtBothServersNeverOversell()
    {
        const QString variant = stockedVariant(u"LAST-TEN"_s, 1500, 10);
        QVERIFY(!variant.isEmpty());
        constexpr int kCustomers = 40;
        // Every customer fills a cart at one server...
        QList<QNetworkReply *> pending;
        for (int i = 0; i < kCustomers; ++i) {
            pending.append(send(m_servers[i % 2].baseUrl, "POST", u"/api/v1/shops/test-shop/carts"_s));
        }
        const QList<Reply> carts = collect(pending);
        pending.clear();
        for (int i = 0; i < kCustomers; ++i) {
            QCOMPARE(carts[i].status, 201);
            pending.append(send(m_servers[i % 2].baseUrl, "POST", u"/api/v1/carts/%1/items"_s.arg(carts[i].json.value(u"id"_s).toString()),
                                {{u"variant_id"_s, variant}, {u"quantity"_s, 1}}, {cartToken(carts[i].json.value(u"token"_s).toString())}));
        }
        const QList<Reply> filled = collect(pending);
        pending.clear();
        for (const Reply &reply : filled) {
            QVERIFY2(reply.status / 100 == 2, qPrintable(QString::fromUtf8(QJsonDocument(reply.json).toJson())));
        }
        // ...and checks it out at the other one, all at the same time.
        for (int i = 0; i < kCustomers; ++i) {
            const QJsonObject body{{u"email"_s, u"customer%1@example.com"_s.arg(i)},
                                   {u"shipping_option_id"_s, m_pickup},
                                   {u"payment"_s, QJsonObject{{u"method"_s, u"pay_in_store"_s}}},
                                   {u"expected_total"_s, 1500}};
            pending.append(send(m_servers[(i + 1) % 2].baseUrl, "POST", u"/api/v1/carts/%1/checkout"_s.arg(carts[i].json.value(u"id"_s).toString()), body,
                                {cartToken(carts[i].json.value(u"token"_s).toString())}));
        }
        const QList<Reply> checkouts = collect(pending);
        int placed = 0;
        QSet<QString> numbers;
        for (const Reply &reply : checkouts) {
            if (reply.status == 201) {
                ++placed;
                numbers.insert(reply.json.value(u"number"_s).toString());
            } else {
                QCOMPARE(reply.status, 409);
                QCOMPARE(reply.code(), u"insufficient_stock"_s);
            }
        }
        QCOMPARE(placed, 10);
        QCOMPARE(numbers.size(), 10);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM orders"_s), 10);
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT number) FROM orders"_s), 10);
        QCOMPARE(scalar(u"SELECT COALESCE(SUM(quantity), 0) FROM order_lines WHERE variant_id = ?"_s, variant), 10);
        QCOMPARE(scalar(u"SELECT SUM(reserved) FROM stock_levels WHERE variant_id = ?"_s, variant), 10);
        QCOMPARE(scalar(u"SELECT SUM(available) FROM stock_levels WHERE variant_id = ?"_s, variant), 0);
        QCOMPARE(scalar(u"SELECT SUM(on_hand) FROM stock_levels WHERE variant_id = ?"_s, variant), 10);
        const kassa::IntegrityReport report = kassa::checkIntegrity(m_fixture->database());
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    }

    void aChangeThroughOneServerIsSeenByTheOther()
    {
        const QString variant = stockedVariant(u"REPRICED"_s, 1000, 5);
        QVERIFY(!variant.isEmpty());
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT product_id FROM variants WHERE id = ?"_s);
        query.addBindValue(variant);
        QVERIFY(query.exec() && query.next());
        const QString product = query.value(0).toString();
        const auto priceAt = [&](const ServerProcess &server) {
            const Reply detail = call(server.baseUrl, "GET", u"/api/v1/shops/test-shop/products/"_s + product);
            return detail.json.value(u"variants"_s).toArray().first().toObject().value(u"price"_s).toObject().value(u"amount"_s).toInteger(-1);
        };
        QCOMPARE(priceAt(m_servers[0]), 1000);
        QCOMPARE(priceAt(m_servers[1]), 1000);

        const QString token = staffToken();
        QVERIFY(!token.isEmpty());
        const Reply patched = call(m_servers[0].baseUrl, "PATCH", u"/api/v1/staff/variants/"_s + variant, {{u"price"_s, 1250}},
                                   {{"Authorization", "Bearer " + token.toLatin1()}});
        QVERIFY2(patched.status == 200, qPrintable(QString::fromUtf8(QJsonDocument(patched.json).toJson())));
        // No cache, no delay: the other server answers with the new price on the next request.
        QCOMPARE(priceAt(m_servers[1]), 1250);

        // And a cart priced at the other server charges it.
        const Reply cart = call(m_servers[1].baseUrl, "POST", u"/api/v1/shops/test-shop/carts"_s);
        QCOMPARE(cart.status, 201);
        const Reply item = call(m_servers[1].baseUrl, "POST", u"/api/v1/carts/%1/items"_s.arg(cart.json.value(u"id"_s).toString()),
                                {{u"variant_id"_s, variant}, {u"quantity"_s, 2}}, {cartToken(cart.json.value(u"token"_s).toString())});
        QVERIFY2(item.status / 100 == 2, qPrintable(QString::fromUtf8(QJsonDocument(item.json).toJson())));
        QCOMPARE(item.json.value(u"total"_s).toObject().value(u"amount"_s).toInteger(), 2500);
    }
};

QTEST_GUILESS_MAIN(TestKassaServerPostgres)
#include "tst_kassaserverpostgres.moc"
