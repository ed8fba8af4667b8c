#include "kassaserver.h"

#include "domain/uuid7.h"

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

KassaServer::KassaServer(CoreContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_uptime.start();
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) { handle(request, std::move(responder)); });
    registerOperationalRoutes();
    registerPublicRoutes();
}

quint16 KassaServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
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
        copy.headers.append({header.first, header.second});
    }
    const QByteArray incomingId = copy.header("X-Request-Id");
    copy.requestId = incomingId.size() > 0 && incomingId.size() <= 64 ? QString::fromLatin1(incomingId) : newId();

    const HttpResponse response = m_router.dispatch(copy);

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", response.contentType);
    }
    responder.writeHeader("X-Request-Id", copy.requestId.toLatin1());
    responder.writeHeader("Date", QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
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
    qCInfo(lcServer).noquote() << copy.method << copy.path << response.status << QString::number(seconds * 1000.0, 'f', 2) + u"ms"_s
                               << u"id="_s + copy.requestId;
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
    text += "# HELP kassa_uptime_seconds Seconds since the server started.\n# TYPE kassa_uptime_seconds gauge\n";
    text += "kassa_uptime_seconds " + QByteArray::number(double(m_uptime.elapsed()) / 1000.0, 'f', 3) + "\n";
    return HttpResponse::text(200, text, "text/plain; version=0.0.4");
}

void KassaServer::registerPublicRoutes()
{
    // The storefronts: every active store, addressed by its slug.
    m_router.add("GET", u"/api/v1/shops"_s, [this](HttpRequest &) {
        QSqlQuery query(m_context.database->connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT s.slug, s.name, s.city, s.country, s.timezone, c.currency, c.slug FROM shops s JOIN companies c ON c.id = s.company_id "
                        "WHERE s.kind = 'store' AND s.active = 1 ORDER BY s.slug"_s)) {
            qCWarning(lcServer) << "listing shops failed:" << query.lastError().text();
            return HttpResponse::problem(503, u"database_unavailable"_s, u"Database unavailable"_s);
        }
        QJsonArray shops;
        while (query.next()) {
            shops.append(QJsonObject{{u"slug"_s, query.value(0).toString()},
                                     {u"name"_s, query.value(1).toString()},
                                     {u"city"_s, query.value(2).toString()},
                                     {u"country"_s, query.value(3).toString()},
                                     {u"timezone"_s, query.value(4).toString()},
                                     {u"currency"_s, query.value(5).toString()},
                                     {u"company"_s, query.value(6).toString()}});
        }
        return HttpResponse::json(200, QJsonObject{{u"data"_s, shops}});
    });
}

} // namespace kassa::server
