#pragma once

#include "router.h"

#include "services/corecontext.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QMap>
#include <QObject>

namespace kassa::server {

// kassa-server's HTTP front: QHttpServer 6.4 as a transport only. Every request goes through the
// missing-handler into Kassa's Router, which makes 405/HEAD/OPTIONS and problem+json errors work
// the same for every route; each request is logged on one line with its request id.
class KassaServer : public QObject
{
    Q_OBJECT
public:
    explicit KassaServer(CoreContext &context, QObject *parent = nullptr);

    // Listens on `address` (loopback by default: 6.4 has no limits of its own and must sit behind
    // nginx on a network). Returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    Router &router() { return m_router; }
    [[nodiscard]] qint64 requestsServed() const { return m_requestsServed; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void registerOperationalRoutes();
    void registerPublicRoutes();
    HttpResponse metrics() const;

    CoreContext &m_context;
    QHttpServer m_http;
    Router m_router;
    QElapsedTimer m_uptime;
    qint64 m_requestsServed = 0;
    QMap<int, qint64> m_responsesByStatus;
    double m_totalSeconds = 0;
};

} // namespace kassa::server
