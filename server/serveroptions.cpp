#include "serveroptions.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace kassa::server {

QString ServerOptions::usage()
{
    return u"Usage: kassa-server --database sqlite:PATH|postgres://USER@HOST:PORT/DB [--listen 127.0.0.1:8080] [--config FILE]\n"
           "       [--cors-origins https://shop.example,...] [--max-body-bytes N] [--rate-limit REQUESTS_PER_SECOND] [--trust-forwarded-for]\n"
           "       [--response-cache-mb N]   (storefront answers kept in memory on SQLite, default 32; 0 turns the cache off)\n"
           "Every option can also be given as an environment variable: KASSA_DATABASE, KASSA_LISTEN, KASSA_CONFIG, KASSA_CORS_ORIGINS,\n"
           "KASSA_MAX_BODY_BYTES, KASSA_RATE_LIMIT, KASSA_TRUST_FORWARDED_FOR=1, KASSA_RESPONSE_CACHE_MB.\n"
           "Port 0 picks a free port; the server prints \"listening on http://HOST:PORT\" when ready.\n"_s;
}

bool ServerOptions::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535) {
        return false;
    }
    QHostAddress parsed = host.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (host == "localhost"_L1) {
        parsed = QHostAddress(QHostAddress::LocalHost);
    }
    if (parsed.isNull()) {
        return false;
    }
    *address = parsed;
    *port = quint16(value);
    return true;
}

bool ServerOptions::parse(const QStringList &arguments, ServerOptions *options, QString *error, bool *helpRequested)
{
    *helpRequested = false;
    QString database, listen, config, cors, maxBody, rateLimit, trustForwarded, cacheMegabytes;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const auto takeValue = [&](QString *target) {
            if (i + 1 >= arguments.size()) {
                *error = u"%1 needs a value"_s.arg(arg);
                return false;
            }
            *target = arguments.at(++i);
            return true;
        };
        if (arg == "--help"_L1 || arg == "-h"_L1) {
            *helpRequested = true;
            return true;
        } else if (arg == "--database"_L1) {
            if (!takeValue(&database)) {
                return false;
            }
        } else if (arg == "--listen"_L1) {
            if (!takeValue(&listen)) {
                return false;
            }
        } else if (arg == "--config"_L1) {
            if (!takeValue(&config)) {
                return false;
            }
        } else if (arg == "--cors-origins"_L1) {
            if (!takeValue(&cors)) {
                return false;
            }
        } else if (arg == "--max-body-bytes"_L1) {
            if (!takeValue(&maxBody)) {
                return false;
            }
        } else if (arg == "--rate-limit"_L1) {
            if (!takeValue(&rateLimit)) {
                return false;
            }
        } else if (arg == "--response-cache-mb"_L1) {
            if (!takeValue(&cacheMegabytes)) {
                return false;
            }
        } else if (arg == "--trust-forwarded-for"_L1) {
            trustForwarded = u"1"_s;
        } else {
            *error = u"unknown argument %1"_s.arg(arg);
            return false;
        }
    }
    const auto fromEnvironment = [](QString *value, const char *name) {
        if (value->isEmpty()) {
            *value = qEnvironmentVariable(name);
        }
    };
    fromEnvironment(&database, "KASSA_DATABASE");
    fromEnvironment(&listen, "KASSA_LISTEN");
    fromEnvironment(&config, "KASSA_CONFIG");
    fromEnvironment(&cors, "KASSA_CORS_ORIGINS");
    fromEnvironment(&maxBody, "KASSA_MAX_BODY_BYTES");
    fromEnvironment(&rateLimit, "KASSA_RATE_LIMIT");
    fromEnvironment(&trustForwarded, "KASSA_TRUST_FORWARDED_FOR");
    fromEnvironment(&cacheMegabytes, "KASSA_RESPONSE_CACHE_MB");
    if (!config.isEmpty()) {
        if (!QFileInfo::exists(config)) {
            *error = u"--config: %1 does not exist"_s.arg(config);
            return false;
        }
        QSettings settings(config, QSettings::IniFormat);
        if (database.isEmpty()) {
            database = settings.value(u"database"_s).toString();
        }
        for (auto [value, key] : {std::pair{&listen, "listen"}, std::pair{&cors, "cors_origins"}, std::pair{&maxBody, "max_body_bytes"},
                                  std::pair{&rateLimit, "rate_limit"}, std::pair{&trustForwarded, "trust_forwarded_for"}, std::pair{&cacheMegabytes, "response_cache_mb"}}) {
            if (value->isEmpty()) {
                *value = settings.value(QString::fromLatin1(key)).toString();
            }
        }
    }
    if (database.isEmpty()) {
        *error = u"--database is required (sqlite:PATH or postgres://USER@HOST:PORT/DB)"_s;
        return false;
    }
    options->database = database;
    if (!listen.isEmpty() && !parseListen(listen, &options->listenAddress, &options->listenPort)) {
        *error = u"--listen: \"%1\" is not HOST:PORT"_s.arg(listen);
        return false;
    }
    if (!cors.isEmpty()) {
        for (const QString &origin : cors.split(u',', Qt::SkipEmptyParts)) {
            options->api.corsOrigins << origin.trimmed();
        }
    }
    if (!maxBody.isEmpty()) {
        bool ok = false;
        options->api.maxBodyBytes = maxBody.toLongLong(&ok);
        if (!ok || options->api.maxBodyBytes < 1024) {
            *error = u"--max-body-bytes: give a number of bytes of at least 1024"_s;
            return false;
        }
    }
    if (!rateLimit.isEmpty()) {
        bool ok = false;
        options->api.clientRequestsPerSecond = rateLimit.toDouble(&ok);
        if (!ok || options->api.clientRequestsPerSecond <= 0) {
            *error = u"--rate-limit: give requests per second per client, e.g. 50"_s;
            return false;
        }
    }
    if (!cacheMegabytes.isEmpty()) {
        bool ok = false;
        const qint64 megabytes = cacheMegabytes.toLongLong(&ok);
        if (!ok || megabytes < 0 || megabytes > 64 * 1024) {
            *error = u"--response-cache-mb: give megabytes from 0 (no cache) to 65536"_s;
            return false;
        }
        options->api.responseCacheBytes = megabytes * 1024 * 1024;
    }
    options->api.trustForwardedFor = trustForwarded == "1"_L1 || trustForwarded == "true"_L1;
    return true;
}

} // namespace kassa::server
