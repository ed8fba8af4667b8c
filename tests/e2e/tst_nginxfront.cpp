// kassa-server behind nginx as packaging/nginx/kassa.conf sets it up: the test starts kassa-server
// and nginx with that very file (only its ports and certificate paths swapped), makes a
// self-signed certificate, and talks HTTPS to nginx from several loopback addresses: answers
// pass through, nginx enforces body and header limits, plain HTTP is redirected, and kassa-server
// rate-limits by the client address nginx put into X-Forwarded-For.
#include "testfixture.h"

#include "services/stockservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Reply {
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error; // empty when an answer came

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// The complete answers in `raw`, one after the other (bodies delimited by Content-Length or
// chunks, or by the end of the connection once it is `closed`).
QList<Reply> parseReplies(const QByteArray &raw, bool closed)
{
    QList<Reply> replies;
    qsizetype position = 0;
    while (position < raw.size()) {
        const qsizetype headEnd = raw.indexOf("\r\n\r\n", position);
        if (headEnd < 0) {
            break;
        }
        Reply reply;
        const QList<QByteArray> lines = raw.mid(position, headEnd - position).split('\n');
        reply.status = lines.first().trimmed().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                reply.headers.append(std::pair<QByteArray, QByteArray>(lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()));
            }
        }
        position = headEnd + 4;
        if (reply.header("Transfer-Encoding").compare("chunked", Qt::CaseInsensitive) == 0) {
            bool last = false;
            while (!last) {
                const qsizetype lineEnd = raw.indexOf("\r\n", position);
                if (lineEnd < 0) {
                    return replies;
                }
                const qsizetype size = raw.mid(position, lineEnd - position).split(';').first().trimmed().toLongLong(nullptr, 16);
                if (raw.size() < lineEnd + 2 + size + 2) {
                    return replies;
                }
                reply.body += raw.mid(lineEnd + 2, size);
                position = lineEnd + 2 + size + 2; // the last chunk is empty and ends the body
                last = size == 0;
            }
        } else if (!reply.header("Content-Length").isEmpty()) {
            const qsizetype length = reply.header("Content-Length").toLongLong();
            if (raw.size() < position + length) {
                return replies;
            }
            reply.body = raw.mid(position, length);
            position += length;
        } else if (closed) {
            reply.body = raw.mid(position);
            position = raw.size();
        } else {
            return replies;
        }
        replies.append(reply);
    }
    return replies;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestNginxFront : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFixture> m_fixture;
    QProcess m_kassa;
    QProcess m_nginx;
    QString m_nginxPath;
    quint16 m_kassaPort = 0;
    quint16 m_httpsPort = 0;
    quint16 m_httpPort = 0;
    QSslCertificate m_certificate;
    QString m_variant;

    // One request on its own connection from `from` (a loopback address: 127.0.0.0/8 is all
    // local, so each test case can be a different client to nginx).
    // Sends `requests` on one connection and reads until `expected` answers are complete or the
    // server hangs up (nginx closes after Connection: close; kassa-server on Qt 6.4 never does).
    QList<Reply> sendAll(const QByteArray &requests, quint16 port, bool tls, const QString &from = u"127.0.0.1"_s, int expected = 1)
    {
        QSslSocket socket;
        Reply failed;
        if (!socket.bind(QHostAddress(from), 0)) {
            failed.error = u"cannot bind to %1: %2"_s.arg(from, socket.errorString());
            return {failed};
        }
        if (tls) {
            QSslConfiguration configuration = socket.sslConfiguration();
            configuration.setCaCertificates({m_certificate});
            socket.setSslConfiguration(configuration);
            socket.connectToHostEncrypted(u"127.0.0.1"_s, port, u"localhost"_s);
            if (!socket.waitForEncrypted(10000)) {
                failed.error = u"no TLS session: %1"_s.arg(socket.errorString());
                return {failed};
            }
        } else {
            socket.connectToHost(u"127.0.0.1"_s, port);
            if (!socket.waitForConnected(10000)) {
                failed.error = socket.errorString();
                return {failed};
            }
        }
        socket.write(requests);
        QByteArray raw;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 15000 && parseReplies(raw, false).size() < expected) {
            if (socket.waitForReadyRead(500)) {
                raw += socket.readAll();
            }
        }
        raw += socket.readAll();
        QList<Reply> replies = parseReplies(raw, socket.state() != QAbstractSocket::ConnectedState);
        if (replies.isEmpty()) {
            failed.error = u"no complete answer in %1 bytes"_s.arg(raw.size());
            replies.append(failed);
        }
        return replies;
    }

    Reply send(const QByteArray &request, quint16 port, bool tls, const QString &from = u"127.0.0.1"_s)
    {
        return sendAll(request, port, tls, from).first();
    }

    static QByteArray get(const QString &path, const QByteArray &extraHeaders = {}, bool close = true)
    {
        return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\n" + (close ? "Connection: close\r\n" : "") + extraHeaders + "\r\n";
    }

    Reply https(const QByteArray &method, const QString &path, const QString &from, const QByteArray &body = {}, const QByteArray &extraHeaders = {})
    {
        QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders;
        if (!body.isNull()) {
            request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        return send(request + "\r\n" + body, m_httpsPort, true, from);
    }

    // kassa-server's own count of answers with `status`, read from it directly (not through nginx).
    qint64 kassaAnswered(int status)
    {
        const Reply metrics = send("GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", m_kassaPort, false);
        const QRegularExpression line(u"kassa_http_requests_total\\{status=\"%1\"\\} (\\d+)"_s.arg(status));
        const auto match = line.match(QString::fromUtf8(metrics.body));
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

    bool startKassaServer(QString *error)
    {
        m_kassa.setProgram(QStringLiteral(KASSA_SERVER_PATH));
        // 5 requests per second and client (burst 10) so a test can reach the limit quickly.
        m_kassa.setArguments({u"--database"_s, u"sqlite:"_s + m_fixture->path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--trust-forwarded-for"_s, u"--rate-limit"_s,
                              u"5"_s});
        // Its log goes to the test's output; only stdout (the "listening on" line) is read.
        m_kassa.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_kassa.start();
        if (!m_kassa.waitForStarted(10000)) {
            *error = m_kassa.errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_kassa.canReadLine() && timer.elapsed() < 15000 && m_kassa.state() == QProcess::Running) {
            m_kassa.waitForReadyRead(200);
        }
        const QString line = QString::fromUtf8(m_kassa.readLine()).trimmed();
        const auto match = QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)$"_s).match(line);
        if (!match.hasMatch()) {
            *error = u"kassa-server said \"%1\""_s.arg(line);
            return false;
        }
        m_kassaPort = quint16(match.captured(1).toUInt());
        return true;
    }

    bool makeCertificate(const QString &directory, QString *error)
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty()) {
            *error = u"openssl is not installed (Debian package openssl; scripts/setup installs it)"_s;
            return false;
        }
        QProcess process;
        process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s,
                                u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s,
                                directory + u"/key.pem"_s, u"-out"_s, directory + u"/cert.pem"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            *error = u"openssl req failed: "_s + QString::fromUtf8(process.readAllStandardError());
            return false;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(directory + u"/cert.pem"_s);
        if (certificates.size() != 1) {
            *error = u"cannot read the certificate openssl made"_s;
            return false;
        }
        m_certificate = certificates.first();
        return true;
    }

    // packaging/nginx/kassa.conf with only its deployment-specific values replaced; each must be
    // found exactly as often as expected, so the test cannot drift away from the shipped file.
    bool writeNginxConfiguration(const QString &directory, QString *error)
    {
        QFile shipped(QStringLiteral(KASSA_SOURCE_DIR) + u"/packaging/nginx/kassa.conf"_s);
        if (!shipped.open(QIODevice::ReadOnly)) {
            *error = shipped.errorString();
            return false;
        }
        QString text = QString::fromUtf8(shipped.readAll());
        struct Swap {
            QString from;
            QString to;
            int count;
        };
        const QList<Swap> swaps = {
            {u"listen 80;"_s, u"listen 127.0.0.1:%1;"_s.arg(m_httpPort), 1},
            {u"listen [::]:80;"_s, QString(), 1},
            {u"listen 443 ssl http2;"_s, u"listen 127.0.0.1:%1 ssl http2;"_s.arg(m_httpsPort), 1},
            {u"listen [::]:443 ssl http2;"_s, QString(), 1},
            {u"server 127.0.0.1:8080;"_s, u"server 127.0.0.1:%1;"_s.arg(m_kassaPort), 1},
            {u"/etc/ssl/kassa/fullchain.pem"_s, directory + u"/cert.pem"_s, 1},
            {u"/etc/ssl/kassa/privkey.pem"_s, directory + u"/key.pem"_s, 1},
        };
        for (const Swap &swap : swaps) {
            if (text.count(swap.from) != swap.count) {
                *error = u"packaging/nginx/kassa.conf has \"%1\" %2 times, the test expects %3"_s.arg(swap.from).arg(text.count(swap.from)).arg(swap.count);
                return false;
            }
            text.replace(swap.from, swap.to);
        }
        QFile site(directory + u"/kassa.conf"_s);
        if (!site.open(QIODevice::WriteOnly) || site.write(text.toUtf8()) < 0) {
            *error = site.errorString();
            return false;
        }
        site.close();
        // The main file Debian's nginx.conf would be, reduced to what the test needs: everything
        // nginx writes stays in the temporary folder.
        QString main;
        if (::geteuid() == 0) {
            main += u"user root;\n"_s; // workers must reach the 0700 temporary folder
        }
        main += u"worker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log;\nevents { worker_connections 256; }\nhttp {\n"
                "    access_log %1/access.log;\n    client_body_temp_path %1/body;\n    proxy_temp_path %1/proxy;\n    fastcgi_temp_path %1/fastcgi;\n"
                "    uwsgi_temp_path %1/uwsgi;\n    scgi_temp_path %1/scgi;\n    default_type application/octet-stream;\n    include %1/kassa.conf;\n}\n"_s.arg(directory);
        QFile mainFile(directory + u"/nginx.conf"_s);
        if (!mainFile.open(QIODevice::WriteOnly) || mainFile.write(main.toUtf8()) < 0) {
            *error = mainFile.errorString();
            return false;
        }
        return true;
    }

    QStringList nginxArguments(const QString &directory) const
    {
        return {u"-p"_s, directory, u"-e"_s, directory + u"/error.log"_s, u"-c"_s, directory + u"/nginx.conf"_s, u"-g"_s, u"daemon off;"_s};
    }

    QString nginxLog() const
    {
        QFile log(m_fixture->filePath(u"nginx/error.log"_s));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(3000)) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_nginxPath = QStandardPaths::findExecutable(u"nginx"_s);
        if (m_nginxPath.isEmpty()) {
            m_nginxPath = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/local/sbin"_s});
        }
        if (m_nginxPath.isEmpty()) {
            QSKIP("nginx is not installed (Debian package nginx; scripts/setup installs it)");
        }
        m_fixture = std::make_unique<TestFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        m_variant = m_fixture->addVariant(u"SHIRT-M"_s, 2000);
        for (int i = 0; i < 5; ++i) {
            m_fixture->addVariant(u"MUG-%1"_s.arg(i), 850 + i);
        }
        QString error;
        QVERIFY2(kassa::StockService(m_fixture->context())
                     .postMovements(m_fixture->admin, {{{}, m_fixture->floorLocationId, m_variant, 10, kassa::StockReason::Receipt, u"test"_s, {}, 0}}, &error),
                 qPrintable(error));

        QVERIFY2(startKassaServer(&error), qPrintable(error));
        const QString directory = m_fixture->filePath(u"nginx"_s);
        QVERIFY(QDir().mkpath(directory));
        QVERIFY2(makeCertificate(directory, &error), qPrintable(error));
        m_httpsPort = freePort();
        m_httpPort = freePort();
        QVERIFY(m_httpsPort != 0 && m_httpPort != 0 && m_httpsPort != m_httpPort);
        QVERIFY2(writeNginxConfiguration(directory, &error), qPrintable(error));

        QProcess check;
        check.start(m_nginxPath, QStringList{u"-t"_s} + nginxArguments(directory));
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

        m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_nginx.start(m_nginxPath, nginxArguments(directory));
        QVERIFY2(m_nginx.waitForStarted(10000), qPrintable(m_nginx.errorString()));
        // Ready when nginx answers through to kassa-server.
        Reply health;
        QElapsedTimer timer;
        timer.start();
        do {
            QTest::qWait(100);
            health = https("GET", u"/healthz"_s, u"127.0.0.1"_s);
        } while (health.status != 200 && timer.elapsed() < 15000 && m_nginx.state() == QProcess::Running);
        QVERIFY2(health.status == 200, qPrintable(health.error + u" / "_s + nginxLog()));
    }

    void cleanupTestCase()
    {
        // SIGTERM to both: nginx's master stops its worker, kassa-server exits 0.
        for (QProcess *process : {&m_nginx, &m_kassa}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(10000)) {
                    process->kill();
                    process->waitForFinished(5000);
                }
            }
        }
        QCOMPARE(m_kassa.exitCode(), 0);
    }

    void healthPassesThroughTls()
    {
        const Reply reply = https("GET", u"/healthz"_s, u"127.0.0.10"_s);
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(reply.header("Strict-Transport-Security").startsWith("max-age="));
        // nginx's $request_id went to kassa-server, which answers with the id it was given.
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(QString::fromLatin1(reply.header("X-Request-Id"))).hasMatch(), reply.header("X-Request-Id").constData());
    }

    void storefrontListing()
    {
        const Reply reply = https("GET", u"/api/v1/shops/test-shop/products?limit=3&sort=price_asc"_s, u"127.0.0.11"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.json().value(u"data"_s).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.first().toObject().value(u"price_from"_s).toObject().value(u"amount"_s).toInteger(), 850);
        QVERIFY(reply.json().value(u"next_cursor"_s).isString());
    }

    void postWithJsonBody()
    {
        const Reply cart = https("POST", u"/api/v1/shops/test-shop/carts"_s, u"127.0.0.12"_s, "{}");
        QCOMPARE(cart.status, 201);
        const QString token = cart.json().value(u"token"_s).toString();
        const QString id = cart.json().value(u"id"_s).toString();
        QVERIFY(!token.isEmpty());
        const QByteArray item = QJsonDocument(QJsonObject{{u"variant_id"_s, m_variant}, {u"quantity"_s, 2}}).toJson(QJsonDocument::Compact);
        const Reply added = https("POST", u"/api/v1/carts/%1/items"_s.arg(id), u"127.0.0.12"_s, item, "X-Cart-Token: " + token.toLatin1() + "\r\n");
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json().value(u"total"_s).toObject().value(u"amount"_s).toInteger(), 4000);
    }

    void jsonIsCompressed()
    {
        const Reply reply = https("GET", u"/api/v1/openapi.json"_s, u"127.0.0.13"_s, {}, "Accept-Encoding: gzip\r\n");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(reply.body.startsWith("\x1f\x8b"));
    }

    void oversizedBodyIsRefusedByNginx()
    {
        const qint64 before = kassaAnswered(413);
        // Only the headers: nginx must answer from Content-Length alone, before any body arrives.
        const Reply reply = send("POST /api/v1/shops/test-shop/carts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 2000000\r\n\r\n",
                                 m_httpsPort, true, u"127.0.0.14"_s);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json().value(u"code"_s).toString(), u"payload_too_large"_s);
        QCOMPARE(kassaAnswered(413), before);
    }

    void oversizedHeaderIsRefused()
    {
        const QByteArray huge(20000, 'a');
        const Reply reply = https("GET", u"/api/v1/shops"_s, u"127.0.0.15"_s, {}, "X-Padding: " + huge + "\r\n");
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        QCOMPARE(reply.status, 400);
    }

    void plainHttpIsRedirected()
    {
        const Reply reply = send("GET /api/v1/shops?x=1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", m_httpPort, false, u"127.0.0.16"_s);
        QCOMPARE(reply.status, 301);
        QCOMPARE(reply.header("Location"), QByteArray("https://localhost/api/v1/shops?x=1"));
    }

    void metricsAreNotPublic()
    {
        QCOMPARE(https("GET", u"/metrics"_s, u"127.0.0.17"_s).status, 403);
    }

    void signInIsLimitedByNginx()
    {
        const qint64 before = kassaAnswered(429);
        int limited = 0;
        int answeredByKassa = 0;
        for (int attempt = 0; attempt < 9; ++attempt) {
            // An empty body: kassa-server answers 422 at once, so the attempts come quickly.
            const Reply reply = https("POST", u"/api/v1/auth/login"_s, u"127.0.0.18"_s, "{}");
            if (reply.status == 429) {
                ++limited;
                QCOMPARE(reply.json().value(u"code"_s).toString(), u"rate_limited"_s);
            } else {
                QCOMPARE(reply.status, 422);
                ++answeredByKassa;
            }
        }
        // 10 per minute with a burst of 5: the first 6 pass, the rest are nginx's 429.
        QVERIFY2(limited >= 2, qPrintable(u"%1 of 9 limited"_s.arg(limited)));
        QVERIFY(answeredByKassa >= 5);
        QCOMPARE(kassaAnswered(429), before);
    }

    void kassaSeesTheForwardedClientAddress()
    {
        // 20 requests pipelined on one connection reach kassa-server within milliseconds; it
        // allows 10 at once per client. Were it counting nginx's own address, every client behind
        // nginx would share that one bucket.
        const qint64 before = kassaAnswered(429);
        QByteArray pipeline;
        for (int i = 0; i < 20; ++i) {
            pipeline += get(u"/api/v1/shops"_s, {}, false);
        }
        // A client cannot escape by naming another address: nginx appends the one it saw.
        pipeline += get(u"/api/v1/shops"_s, "X-Forwarded-For: 10.9.8.7\r\n");
        const QList<Reply> replies = sendAll(pipeline, m_httpsPort, true, u"127.0.0.2"_s, 21);
        QCOMPARE(replies.size(), 21);
        int limited = 0;
        for (const Reply &reply : replies) {
            if (reply.status == 429) {
                ++limited;
                // kassa-server's problem, not nginx's
                QVERIFY2(reply.json().value(u"detail"_s).toString().startsWith("slow down"_L1), reply.body.constData());
            } else {
                QCOMPARE(reply.status, 200);
            }
        }
        QVERIFY2(limited >= 8, qPrintable(u"%1 of 21 limited"_s.arg(limited)));
        QCOMPARE(replies.last().status, 429);
        QCOMPARE(kassaAnswered(429), before + limited);
        // Another client is not affected.
        QCOMPARE(https("GET", u"/api/v1/shops"_s, u"127.0.0.3"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestNginxFront)
#include "tst_nginxfront.moc"
