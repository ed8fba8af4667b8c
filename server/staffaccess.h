#pragma once

#include "httpmessage.h"
#include "router.h"
#include "jsonbody.h"
#include "serviceproblem.h"

#include "services/staffqueries.h"

namespace kassa::server {

// Staff endpoints answer 401 without a session and 403 to customer accounts; the role's own
// permissions are checked by the services behind them.
inline bool requireStaff(const HttpRequest &request, HttpResponse *problem)
{
    if (!request.authenticated) {
        *problem = notSignedIn();
        return false;
    }
    if (request.actor.role == Role::Customer || request.actor.companyId.isEmpty()) {
        *problem = HttpResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                                         request.actor.role == Role::Customer ? QStringLiteral("this is the staff API")
                                                                              : QStringLiteral("choose a company: a super admin acts through a company account"));
        return false;
    }
    return true;
}

// ?limit=&cursor= of a staff list; a bad limit is recorded in `errors`.
inline PageRequest pageFrom(const HttpRequest &request, JsonBody *errors)
{
    PageRequest page;
    const QString limit = request.queryValue(QStringLiteral("limit"));
    if (!limit.isEmpty()) {
        bool ok = false;
        page.limit = limit.toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > 100) {
            errors->addError(QStringLiteral("limit"), QStringLiteral("must be a whole number from 1 to 100"));
        }
    }
    page.cursor = request.queryValue(QStringLiteral("cursor"));
    return page;
}

// Wrappers that make a router handler a staff endpoint: the session and role are checked first;
// staffWithBody also parses the JSON body (400/415 on a bad one); staffPaged reads ?limit=&cursor=
// (422 on a bad limit).
Router::Handler staff(std::function<HttpResponse(HttpRequest &)> handler);
Router::Handler staffWithBody(std::function<HttpResponse(HttpRequest &, JsonBody &)> handler);
Router::Handler staffPaged(std::function<HttpResponse(HttpRequest &, const PageRequest &)> handler);

// An ISO 8601 date or date-time query parameter as Unix milliseconds (0 when absent).
qint64 timeFrom(const HttpRequest &request, const QString &name, JsonBody *errors);

// 200 with the object, or the problem for `error`.
inline HttpResponse answer(const QJsonObject &json, const ServiceError &error, const HttpRequest &request, int status = 200)
{
    return error.isSet() ? problemFrom(error, request) : HttpResponse::json(status, json);
}

} // namespace kassa::server
