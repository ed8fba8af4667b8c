#include "staffaccess.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace kassa::server {

Router::Handler staff(std::function<HttpResponse(HttpRequest &)> handler)
{
    return [handler = std::move(handler)](HttpRequest &request) {
        HttpResponse problem;
        if (!requireStaff(request, &problem)) {
            return problem;
        }
        return handler(request);
    };
}

Router::Handler staffWithBody(std::function<HttpResponse(HttpRequest &, JsonBody &)> handler)
{
    return [handler = std::move(handler)](HttpRequest &request) {
        HttpResponse problem;
        JsonBody body;
        if (!requireStaff(request, &problem) || !JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        return handler(request, body);
    };
}

Router::Handler staffPaged(std::function<HttpResponse(HttpRequest &, const PageRequest &)> handler)
{
    return [handler = std::move(handler)](HttpRequest &request) {
        HttpResponse problem;
        if (!requireStaff(request, &problem)) {
            return problem;
        }
        JsonBody errors;
        const PageRequest page = pageFrom(request, &errors);
        if (!errors.ok()) {
            return errors.problem();
        }
        return handler(request, page);
    };
}

qint64 timeFrom(const HttpRequest &request, const QString &name, JsonBody *errors)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty()) {
        return 0;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!time.isValid()) {
        errors->addError(name, u"use an ISO 8601 date or time, e.g. 2026-11-21 or 2026-11-21T09:00:00Z"_s);
        return 0;
    }
    if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC);
    }
    return time.toMSecsSinceEpoch();
}

} // namespace kassa::server
