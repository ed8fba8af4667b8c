#include "kassaserver.h"

#include "routes.h"
#include "serviceproblem.h"

#include "commerce/orderservice.h"
#include "commerce/sessionservice.h"
#include "domain/uuid7.h"
#include "security/passwords.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "kassa.server")

namespace kassa::server {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}
} // namespace

KassaServer::KassaServer(CoreContext &context, const ApiSettings &settings, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_services(context, settings)
    , m_idempotency(*context.database)
    , m_clientLimiter(settings.clientRequestsPerSecond * 2, settings.clientRequestsPerSecond)
{
    // What this process writes is what terminals pull (DESIGN.md, Synchronisation).
    m_context.changeFeed = true;
    m_uptime.start();
    m_services.payments.add(std::make_unique<PayInStoreProvider>());
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) { handle(request, std::move(responder)); });
    registerOperationalRoutes();
    registerAuthRoutes(m_router, m_services);
    registerAccountRoutes(m_router, m_services);
    registerStorefrontRoutes(m_router, m_services);
    registerCartRoutes(m_router, m_services);
    registerOrderRoutes(m_router, m_services);
    registerStaffCatalogRoutes(m_router, m_services);
    registerStaffOperationsRoutes(m_router, m_services);
    registerStaffAdminRoutes(m_router, m_services);
    registerSyncRoutes(m_router, m_services);
    registerOpenApiRoutes(m_router);
    connect(&m_housekeeping, &QTimer::timeout, this, &KassaServer::runHousekeeping);
    m_housekeeping.start(60 * 1000);
}

void KassaServer::runHousekeeping()
{
    ServiceError error;
    const int released = OrderService(m_context).releaseExpiredReservations(&error);
    if (released > 0) {
        qCInfo(lcServer) << "released the stock of" << released << "unpaid orders";
    }
    m_idempotency.purge(m_context.wallClock());
}

void KassaServer::addCorsHeaders(const HttpRequest &request, HttpResponse &response) const
{
    const QByteArray origin = request.header("Origin");
    if (origin.isEmpty()) {
        return;
    }
    const QStringList &allowed = m_services.settings.corsOrigins;
    if (!allowed.contains(u"*"_s) && !allowed.contains(QString::fromUtf8(origin))) {
        return;
    }
    response.addHeader("Access-Control-Allow-Origin", allowed.contains(u"*"_s) ? QByteArray("*") : origin);
    response.addHeader("Vary", "Origin");
    response.addHeader("Access-Control-Expose-Headers", "X-Request-Id, Idempotent-Replayed, Retry-After, Location");
    if (request.method == "OPTIONS") {
        response.addHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        response.addHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key, X-Cart-Token, X-Kassa-Shop, X-Request-Id");
        response.addHeader("Access-Control-Max-Age", "600");
    }
}

HttpResponse KassaServer::process(HttpRequest &request)
{
    HttpResponse response;
    const bool operational = request.path == "/healthz"_L1 || request.path == "/readyz"_L1 || request.path == "/metrics"_L1;
    int retryAfter = 0;
    if (request.body.size() > m_services.settings.maxBodyBytes) {
        response = HttpResponse::problem(413, u"payload_too_large"_s, u"Payload too large"_s,
                                         u"the body has %1 bytes; at most %2 are accepted"_s.arg(request.body.size()).arg(m_services.settings.maxBodyBytes));
    } else if (!operational && !m_clientLimiter.take(request.remoteAddress, &retryAfter)) {
        response = HttpResponse::problem(429, u"rate_limited"_s, u"Too many requests"_s, u"slow down; retry in %1 s"_s.arg(retryAfter));
        response.addHeader("Retry-After", QByteArray::number(retryAfter));
    } else {
        const QByteArray authorization = request.header("Authorization");
        bool authenticationFailed = false;
        // `Device TOKEN` is an enrolled terminal's credential; the /sync/v1 routes resolve it.
        if (!authorization.isEmpty() && !authorization.startsWith("Device ")) {
            if (!authorization.startsWith("Bearer ")) {
                response = problemFrom(ServiceError::unauthorized(u"use Authorization: Bearer TOKEN"_s), request);
                authenticationFailed = true;
            } else {
                const QString token = QString::fromLatin1(authorization.mid(7)).trimmed();
                UserRecord user;
                ServiceError error;
                if (SessionService(m_context).resolve(token, &user, &error)) {
                    request.authenticated = true;
                    request.actor = user.asActor(m_context.deviceId);
                    request.tokenDigest = tokenDigest(token);
                } else {
                    response = problemFrom(error, request);
                    authenticationFailed = true;
                }
            }
        }
        if (!authenticationFailed) {
            const QString idempotencyKey = QString::fromUtf8(request.header("Idempotency-Key"));
            const bool idempotent = !request.header("Idempotency-Key").isNull() && (request.method == "POST" || request.method == "PATCH");
            IdempotencyStore::Outcome outcome = IdempotencyStore::Outcome::Proceed;
            if (idempotent) {
                outcome = m_idempotency.begin(request, idempotencyKey, m_context.wallClock(), &response);
            }
            if (outcome == IdempotencyStore::Outcome::Proceed) {
                response = m_router.dispatch(request);
                if (idempotent) {
                    m_idempotency.finish(request, idempotencyKey, response);
                }
            }
        }
    }
    addCorsHeaders(request, response);
    return response;
}

quint16 KassaServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

QByteArray KassaServer::httpDate()
{
    // Formatted once a second: QLocale's date formatting costs more than serving a cached answer.
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != m_dateSecond) {
        m_dateSecond = second;
        m_date = QLocale::c().toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return m_date;
}

void KassaServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    copy.body = request.body();
    copy.remoteAddress = request.remoteAddress().toString();
    for (const auto &header : request.headers()) {
        copy.headers.append(std::pair<QByteArray, QByteArray>(header.first, header.second));
    }
    const QByteArray incomingId = copy.header("X-Request-Id");
    copy.requestId = incomingId.size() > 0 && incomingId.size() <= 64 ? QString::fromLatin1(incomingId) : newId();

    if (m_services.settings.trustForwardedFor && (copy.remoteAddress == "127.0.0.1"_L1 || copy.remoteAddress == "::1"_L1)) {
        // Behind nginx on loopback the client is the last address nginx appended.
        const QByteArray forwarded = copy.header("X-Forwarded-For");
        if (!forwarded.isEmpty()) {
            copy.remoteAddress = QString::fromLatin1(forwarded.split(',').last().trimmed());
        }
    }
    const HttpResponse response = process(copy);

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", response.contentType);
    }
    responder.writeHeader("X-Request-Id", copy.requestId.toLatin1());
    responder.writeHeader("Date", httpDate());
    bool lengthWritten = false;
    for (const auto &[key, value] : response.headers) {
        lengthWritten = lengthWritten || key.compare("Content-Length", Qt::CaseInsensitive) == 0;
        responder.writeHeader(key, value);
    }
    if (!lengthWritten) {
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    }
    responder.writeBody(response.body);

    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    ++m_requestsServed;
    ++m_responsesByStatus[response.status];
    m_totalSeconds += seconds;
    // One line per request, key=value, for log shippers and grep alike.
    qCInfo(lcServer).noquote() << u"method=%1 path=%2 status=%3 duration_ms=%4 request_id=%5 client=%6"_s.arg(QString::fromLatin1(copy.method), copy.path)
                                      .arg(response.status)
                                      .arg(seconds * 1000.0, 0, 'f', 2)
                                      .arg(copy.requestId, copy.remoteAddress);
}

void KassaServer::registerOperationalRoutes()
{
    m_router.add("GET", u"/healthz"_s, [](HttpRequest &) { return HttpResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}}); });
    m_router.add("GET", u"/readyz"_s, [this](HttpRequest &) {
        // Ready means the database answers and its schema is the one this build expects.
        QString error;
        const int version = m_context.database->schemaVersion(&error);
        if (version < 0) {
            return HttpResponse::problem(503, u"database_unavailable"_s, u"Database unavailable"_s, error);
        }
        if (version != Database::latestSchemaVersion()) {
            return HttpResponse::problem(503, u"schema_mismatch"_s, u"Database schema mismatch"_s,
                                         u"schema version %1, expected %2"_s.arg(version).arg(Database::latestSchemaVersion()));
        }
        return HttpResponse::json(200, QJsonObject{{u"status"_s, u"ready"_s}, {u"schema_version"_s, version}});
    });
    m_router.add("GET", u"/metrics"_s, [this](HttpRequest &) { return metrics(); });
}

HttpResponse KassaServer::metrics() const
{
    QByteArray text;
    text += "# HELP kassa_http_requests_total HTTP requests answered, by status.\n# TYPE kassa_http_requests_total counter\n";
    for (auto it = m_responsesByStatus.cbegin(); it != m_responsesByStatus.cend(); ++it) {
        text += "kassa_http_requests_total{status=\"" + QByteArray::number(it.key()) + "\"} " + QByteArray::number(it.value()) + "\n";
    }
    text += "# HELP kassa_http_request_seconds_total Time spent answering requests.\n# TYPE kassa_http_request_seconds_total counter\n";
    text += "kassa_http_request_seconds_total " + QByteArray::number(m_totalSeconds, 'f', 6) + "\n";
    text += "# HELP kassa_response_cache_hits_total Storefront answers served from the response cache.\n# TYPE kassa_response_cache_hits_total counter\n";
    text += "kassa_response_cache_hits_total " + QByteArray::number(m_services.responseCache.hits()) + "\n";
    text += "# HELP kassa_response_cache_misses_total Storefront answers built because none was cached.\n# TYPE kassa_response_cache_misses_total counter\n";
    text += "kassa_response_cache_misses_total " + QByteArray::number(m_services.responseCache.misses()) + "\n";
    text += "# HELP kassa_uptime_seconds Seconds since the server started.\n# TYPE kassa_uptime_seconds gauge\n";
    text += "kassa_uptime_seconds " + QByteArray::number(double(m_uptime.elapsed()) / 1000.0, 'f', 3) + "\n";
    return HttpResponse::text(200, text, "text/plain; version=0.0.4");
}

} // namespace kassa::server
