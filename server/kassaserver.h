#pragma once

#include "apiservices.h"
#include "idempotency.h"
#include "router.h"

#include "services/corecontext.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace kassa::server {

// kassa-server's HTTP front: QHttpServer 6.4 as a transport only. Every request goes through the
// missing-handler into Kassa's Router, which makes 405/HEAD/OPTIONS and problem+json errors work
// the same for every route; each request is logged on one line with its request id.
class KassaServer : public QObject
{
    Q_OBJECT
public:
    KassaServer(CoreContext &context, const ApiSettings &settings, QObject *parent = nullptr);

    // Listens on `address` (loopback by default: 6.4 has no limits of its own and must sit behind
    // nginx on a network). Returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    Router &router() { return m_router; }
    ApiServices &services() { return m_services; }

    // What the server answers to a request, through the whole pipeline (limits, CORS, rate limit,
    // authentication, idempotency, routing). Public so tests can drive it without sockets.
    HttpResponse process(HttpRequest &request);
    [[nodiscard]] qint64 requestsServed() const { return m_requestsServed; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void registerOperationalRoutes();
    HttpResponse metrics() const;
    void addCorsHeaders(const HttpRequest &request, HttpResponse &response) const;
    void runHousekeeping();
    QByteArray httpDate();

    CoreContext &m_context;
    ApiServices m_services;
    IdempotencyStore m_idempotency;
    RateLimiter m_clientLimiter;
    QTimer m_housekeeping;
    QHttpServer m_http;
    Router m_router;
    QElapsedTimer m_uptime;
    qint64 m_requestsServed = 0;
    QMap<int, qint64> m_responsesByStatus;
    double m_totalSeconds = 0;
    qint64 m_dateSecond = -1;
    QByteArray m_date;
};

} // namespace kassa::server
