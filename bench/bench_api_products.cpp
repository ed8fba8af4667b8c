// api_products: GET /api/v1/shops/{slug}/products?limit=20 (a storefront's first page) from
// kassa-server under wrk, on the demo data set (`kassactl seed --demo`, default size).
//
// Baseline: nginx serving a static file with the very bytes of that answer, on the same machine
// with the same wrk settings. Both are one process with one event loop (nginx with one worker, as
// kassa-server has one thread), so the ratio is what Kassa's routing, SQL and JSON cost over the
// bare HTTP work. The two runs alternate (nginx, kassa, nginx, kassa) and the better of each
// counts, so a noisy neighbour hurts both alike.
//
//   bench_api_products [--smoke] [--database PATH] [--seconds N] [--connections N] [--keep]
//
// --database reuses a seeded SQLite file (it is only read); otherwise a temporary one is seeded.

#include "benchreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cmath>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "bench_api_products: " << message << "\n";
    err().flush();
    return 1;
}

QString findTool(const QString &name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    return inPath.isEmpty() ? QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s}) : inPath;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

struct Fetched {
    int status = 0;
    QByteArray body;
};

Fetched fetch(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return result;
}

struct WrkResult {
    double requestsPerSecond = 0;
    double p99Milliseconds = 0;
    qint64 non2xx = 0;
    qint64 socketErrors = 0;
    QString output;
};

double milliseconds(const QString &amount, const QString &unit)
{
    const double value = amount.toDouble();
    return unit == "us"_L1 ? value / 1000.0 : unit == "s"_L1 ? value * 1000.0 : value;
}

bool runWrk(const QString &wrk, const QString &url, int threads, int connections, int seconds, WrkResult *result, QString *error)
{
    QProcess process;
    process.start(wrk, {u"-t%1"_s.arg(threads), u"-c%1"_s.arg(connections), u"-d%1s"_s.arg(seconds), u"--latency"_s, url});
    if (!process.waitForFinished((seconds + 60) * 1000) || process.exitCode() != 0) {
        *error = u"wrk failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    result->output = QString::fromUtf8(process.readAllStandardOutput());
    const auto rate = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(result->output);
    const auto p99 = QRegularExpression(u"\\n\\s+99%\\s+([0-9.]+)(us|ms|s)"_s).match(result->output);
    if (!rate.hasMatch() || !p99.hasMatch()) {
        *error = u"cannot read wrk's answer:\n"_s + result->output;
        return false;
    }
    result->requestsPerSecond = rate.captured(1).toDouble();
    result->p99Milliseconds = milliseconds(p99.captured(1), p99.captured(2));
    const auto non2xx = QRegularExpression(u"Non-2xx or 3xx responses:\\s+(\\d+)"_s).match(result->output);
    result->non2xx = non2xx.hasMatch() ? non2xx.captured(1).toLongLong() : 0;
    const auto socketErrors = QRegularExpression(u"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"_s).match(result->output);
    if (socketErrors.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            result->socketErrors += socketErrors.captured(i).toLongLong();
        }
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.at(index + 1) : fallback;
    };
    const int seconds = option(u"--seconds"_s, smoke ? u"1"_s : u"10"_s).toInt();
    const int connections = option(u"--connections"_s, smoke ? u"4"_s : u"32"_s).toInt();
    const int threads = smoke ? 1 : 2;
    QString database = option(u"--database"_s, QString());

    const QString wrk = findTool(u"wrk"_s);
    const QString nginx = findTool(u"nginx"_s);
    if (wrk.isEmpty() || nginx.isEmpty()) {
        return fail(u"needs wrk and nginx (Debian packages wrk, nginx; scripts/setup installs them)"_s);
    }
    QTemporaryDir dir;
    dir.setAutoRemove(!args.contains(u"--keep"_s));
    if (!dir.isValid()) {
        return fail(u"no temporary folder"_s);
    }

    QElapsedTimer timer;
    if (database.isEmpty()) {
        database = dir.filePath(u"demo.db"_s);
        QStringList seed = {u"--database"_s, u"sqlite:"_s + database, u"seed"_s, u"--demo"_s};
        if (smoke) {
            seed << u"--companies"_s << u"1"_s << u"--shops"_s << u"2"_s << u"--variants"_s << u"400"_s << u"--sales-lines"_s << u"500"_s << u"--days"_s << u"10"_s;
        }
        timer.start();
        QProcess kassactl;
        kassactl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kassactl.start(QStringLiteral(KASSACTL_PATH), seed);
        if (!kassactl.waitForFinished(3600 * 1000) || kassactl.exitCode() != 0) {
            return fail(u"kassactl seed --demo failed: "_s + QString::fromUtf8(kassactl.readAllStandardOutput()));
        }
        err() << "seeded the demo data set in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
        err().flush();
    }

    // kassa-server as in production, except the per-client rate limit: all of wrk's connections
    // come from one address, which would otherwise be answered 429 after the first hundred.
    const auto startServer = [&](QProcess &server, const QString &logName, const QStringList &extra, QString *base) {
        server.setStandardErrorFile(dir.filePath(logName));
        server.start(QStringLiteral(KASSA_SERVER_PATH),
                     QStringList{u"--database"_s, u"sqlite:"_s + database, u"--listen"_s, u"127.0.0.1:0"_s, u"--rate-limit"_s, u"1000000000"_s} + extra);
        if (!server.waitForStarted(10000)) {
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (!server.canReadLine() && waited.elapsed() < 60000 && server.state() == QProcess::Running) {
            server.waitForReadyRead(200);
        }
        const QString listening = QString::fromUtf8(server.readLine()).trimmed();
        *base = listening.mid(13);
        return listening.startsWith("listening on "_L1);
    };
    QProcess server;
    QString base;
    if (!startServer(server, u"kassa-server.log"_s, {}, &base)) {
        return fail(u"kassa-server did not start; see "_s + dir.filePath(u"kassa-server.log"_s));
    }
    const Fetched shops = fetch(base + u"/api/v1/shops"_s);
    const QJsonArray shopList = QJsonDocument::fromJson(shops.body).object().value(u"data"_s).toArray();
    if (shops.status != 200 || shopList.isEmpty()) {
        return fail(u"no shop to list: %1 %2"_s.arg(shops.status).arg(QString::fromUtf8(shops.body.left(300))));
    }
    const QString slug = shopList.first().toObject().value(u"slug"_s).toString();
    const QString path = u"/api/v1/shops/%1/products?limit=20"_s.arg(slug);
    const Fetched answer = fetch(base + path);
    const qsizetype items = QJsonDocument::fromJson(answer.body).object().value(u"data"_s).toArray().size();
    if (answer.status != 200 || items == 0) {
        return fail(u"the listing answered %1 with %2 products"_s.arg(answer.status).arg(items));
    }

    // nginx with one worker serving the same bytes, keep-alive as wrk uses it.
    const quint16 nginxPort = freePort();
    QDir().mkpath(dir.filePath(u"www"_s));
    if (!writeFile(dir.filePath(u"www/products.json"_s), answer.body)) {
        return fail(u"cannot write the static answer"_s);
    }
    QString configuration;
    if (::geteuid() == 0) {
        configuration += u"user root;\n"_s;
    }
    configuration += u"worker_processes 1;\npid %1/nginx.pid;\nerror_log %1/nginx-error.log;\nevents { worker_connections 1024; }\nhttp {\n"
                     "    access_log off;\n    keepalive_requests 1000000;\n    client_body_temp_path %1/body;\n    proxy_temp_path %1/proxy;\n"
                     "    fastcgi_temp_path %1/fastcgi;\n    uwsgi_temp_path %1/uwsgi;\n    scgi_temp_path %1/scgi;\n"
                     "    server {\n        listen 127.0.0.1:%2;\n        default_type application/json;\n        root %1/www;\n    }\n}\n"_s.arg(dir.path())
                         .arg(nginxPort);
    if (!writeFile(dir.filePath(u"nginx.conf"_s), configuration.toUtf8())) {
        return fail(u"cannot write the nginx configuration"_s);
    }
    QProcess staticServer;
    staticServer.setProcessChannelMode(QProcess::ForwardedChannels);
    staticServer.start(nginx, {u"-p"_s, dir.path(), u"-e"_s, dir.filePath(u"nginx-error.log"_s), u"-c"_s, dir.filePath(u"nginx.conf"_s), u"-g"_s, u"daemon off;"_s});
    const QString staticUrl = u"http://127.0.0.1:%1/products.json"_s.arg(nginxPort);
    timer.restart();
    Fetched staticAnswer;
    while (staticAnswer.body != answer.body && timer.elapsed() < 15000 && staticServer.state() != QProcess::NotRunning) {
        QThread::msleep(100);
        staticAnswer = fetch(staticUrl);
    }
    if (staticAnswer.body != answer.body) {
        return fail(u"nginx does not serve the static answer"_s);
    }

    // Alternate the two, twice (once in smoke runs); the better run of each counts.
    WrkResult best[2];
    const int rounds = smoke ? 1 : 2;
    QString error;
    for (int round = 0; round < rounds; ++round) {
        for (int which = 0; which < 2; ++which) {
            WrkResult result;
            if (!runWrk(wrk, which == 0 ? staticUrl : base + path, threads, connections, seconds, &result, &error)) {
                return fail(error);
            }
            if (result.non2xx > 0 || result.socketErrors > 0) {
                return fail(u"%1 answered %2 non-2xx responses and had %3 socket errors:\n%4"_s.arg(which == 0 ? u"nginx"_s : u"kassa-server"_s)
                                .arg(result.non2xx)
                                .arg(result.socketErrors)
                                .arg(result.output));
            }
            if (result.requestsPerSecond > best[which].requestsPerSecond) {
                best[which].requestsPerSecond = result.requestsPerSecond;
            }
            if (best[which].p99Milliseconds == 0 || result.p99Milliseconds < best[which].p99Milliseconds) {
                best[which].p99Milliseconds = result.p99Milliseconds;
            }
        }
    }
    server.terminate();
    server.waitForFinished(10000);

    // The same listing with the response cache off: every request runs the SQL and builds the JSON.
    // Not a target (a storefront's first page is what the cache is for), but it shows what a
    // request costs when the data has just changed or the query is one nobody asked before.
    QProcess uncachedServer;
    QString uncachedBase;
    if (!startServer(uncachedServer, u"kassa-server-uncached.log"_s, {u"--response-cache-mb"_s, u"0"_s}, &uncachedBase)) {
        return fail(u"kassa-server --response-cache-mb 0 did not start"_s);
    }
    WrkResult uncached;
    if (!runWrk(wrk, uncachedBase + path, threads, connections, seconds, &uncached, &error)) {
        return fail(error);
    }
    if (uncached.non2xx > 0 || uncached.socketErrors > 0) {
        return fail(u"kassa-server without cache answered %1 non-2xx responses and had %2 socket errors"_s.arg(uncached.non2xx).arg(uncached.socketErrors));
    }
    uncachedServer.terminate();
    staticServer.terminate();
    uncachedServer.waitForFinished(10000);
    staticServer.waitForFinished(10000);

    const QString note = u"wrk -t%1 -c%2 -d%3s, %4 bytes (%5 products) from shop %6, nginx with 1 worker serving the same bytes%7"_s.arg(threads)
                             .arg(connections)
                             .arg(seconds)
                             .arg(answer.body.size())
                             .arg(items)
                             .arg(slug, smoke ? u"; smoke run"_s : QString());
    const double ratio = best[0].requestsPerSecond > 0 ? best[1].requestsPerSecond / best[0].requestsPerSecond : 0;
    kassa::bench::print({u"api_products_throughput"_s, std::round(best[1].requestsPerSecond), u"req/s"_s, std::round(best[0].requestsPerSecond),
                         u"ratio >= 0.5"_s, ratio >= 0.5, note});
    kassa::bench::print({u"api_products_p99"_s, best[1].p99Milliseconds, u"ms"_s, best[0].p99Milliseconds, u"value <= 10"_s, best[1].p99Milliseconds <= 10.0, note});
    kassa::bench::print({u"api_products_uncached_throughput"_s, std::round(uncached.requestsPerSecond), u"req/s"_s, std::round(best[0].requestsPerSecond),
                         u"none (response cache off; p99 %1 ms)"_s.arg(uncached.p99Milliseconds, 0, 'f', 2), true, note});
    return 0;
}
