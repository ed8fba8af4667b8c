// kassa-server as a process: starts on a free loopback port, prints its URL, answers the
// operational endpoints, and exits 0 on SIGTERM.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestKassaServerProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_baseUrl;
    QNetworkAccessManager m_network;

    struct Reply {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    Reply request(const QByteArray &method, const QString &path)
    {
        QNetworkRequest request(QUrl(m_baseUrl + path));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error()};
        reply->deleteLater();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setProgram(QStringLiteral(KASSA_SERVER_PATH));
        m_server.setArguments({u"--database"_s, u"sqlite:"_s + m_dir.filePath(u"server.db"_s), u"--listen"_s, u"127.0.0.1:0"_s});
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 15000);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"_L1), qPrintable(line));
        m_baseUrl = line.mid(QStringLiteral("listening on ").size());
    }

    void health()
    {
        const Reply reply = request("GET", u"/healthz"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"status"_s).toString(), u"ok"_s);
    }

    void readyReportsTheMigratedSchema()
    {
        const Reply reply = request("GET", u"/readyz"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(QJsonDocument::fromJson(reply.body).object().value(u"schema_version"_s).toInt() > 0);
    }

    void wrongMethodIs405Problem()
    {
        const Reply reply = request("DELETE", u"/healthz"_s);
        QCOMPARE(reply.status, 405);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"code"_s).toString(), u"method_not_allowed"_s);
    }

    void unknownPathIs404Problem()
    {
        const Reply reply = request("GET", u"/api/v1/does-not-exist"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(u"code"_s).toString(), u"not_found"_s);
    }

    void metricsCountRequests()
    {
        const Reply reply = request("GET", u"/metrics"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("kassa_http_requests_total{status=\"405\"} 1"));
        QVERIFY(reply.body.contains("kassa_http_requests_total{status=\"404\"} 1"));
    }

    void sigtermExitsCleanly()
    {
        ::kill(pid_t(m_server.processId()), SIGTERM);
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }

    void badOptionsExitWithUsage()
    {
        QProcess process;
        process.start(QStringLiteral(KASSA_SERVER_PATH), {u"--listen"_s, u"not-an-address"_s, u"--database"_s, u"sqlite:/tmp/x.db"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--listen"));
    }
};

QTEST_GUILESS_MAIN(TestKassaServerProcess)
#include "tst_kassaserverprocess.moc"
