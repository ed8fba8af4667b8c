#pragma once

#include "httpmessage.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace kassa::server {

// Kassa's own router over QHttpServer 6.4, which has no 405, HEAD or OPTIONS of its own and whose
// route API changes in 6.8. Patterns use {name} for one path segment: /api/v1/shops/{shop_slug}.
class Router
{
public:
    using Handler = std::function<HttpResponse(HttpRequest &request)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    // Finds the route for the request: 404 when no pattern matches the path, 405 with `Allow` when
    // it matches with another method; HEAD runs GET without the body; OPTIONS answers with Allow.
    HttpResponse dispatch(HttpRequest &request) const;

    struct RouteInfo {
        QByteArray method;
        QString pattern;
    };
    [[nodiscard]] QList<RouteInfo> routes() const;

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QString literalPrefix; // the pattern up to its first {parameter}: a cheap test before the regex
        QRegularExpression regex;
        QStringList parameterNames;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace kassa::server
