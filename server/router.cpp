#include "router.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa::server {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.literalPrefix = pattern.left(pattern.indexOf(u'{'));
    QString regex = u"^"_s;
    static const QRegularExpression parameter(u"\\{([a-z_]+)\\}"_s);
    qsizetype last = 0;
    auto it = parameter.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        regex += QRegularExpression::escape(pattern.mid(last, match.capturedStart() - last)) + u"([^/]+)"_s;
        route.parameterNames << match.captured(1);
        last = match.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(last)) + u"$"_s;
    route.regex = QRegularExpression(regex);
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

HttpResponse Router::dispatch(HttpRequest &request) const
{
    const bool head = request.method == "HEAD";
    const QByteArray method = head ? QByteArray("GET") : request.method;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        // Most routes differ from the path in their literal start; only the rest need the regex.
        if (!request.path.startsWith(route.literalPrefix)) {
            continue;
        }
        const auto match = route.regex.match(request.path);
        if (!match.hasMatch()) {
            continue;
        }
        if (route.method != method) {
            allowed << route.method;
            continue;
        }
        for (qsizetype i = 0; i < route.parameterNames.size(); ++i) {
            request.pathParameters.insert(route.parameterNames.at(i), match.captured(int(i) + 1));
        }
        HttpResponse response = route.handler(request);
        if (head) {
            response.addHeader("Content-Length", QByteArray::number(response.body.size()));
            response.body.clear();
        }
        return response;
    }
    if (allowed.isEmpty()) {
        return HttpResponse::problem(404, u"not_found"_s, u"Not found"_s, u"There is nothing at %1."_s.arg(request.path));
    }
    if (allowed.contains("GET")) {
        allowed << "HEAD";
    }
    allowed << "OPTIONS";
    const QByteArray allow = allowed.join(", ");
    if (request.method == "OPTIONS") {
        HttpResponse response{204, {}, {}, {{"Allow", allow}}};
        return response;
    }
    HttpResponse response = HttpResponse::problem(405, u"method_not_allowed"_s, u"Method not allowed"_s,
                                                  u"%1 does not accept %2; it accepts %3."_s.arg(request.path, QString::fromLatin1(request.method),
                                                                                                 QString::fromLatin1(allow)));
    response.addHeader("Allow", allow);
    return response;
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> result;
    for (const Route &route : m_routes) {
        result.append({route.method, route.pattern});
    }
    return result;
}

} // namespace kassa::server
