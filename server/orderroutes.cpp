// /api/v1/orders: a customer's orders, their timeline, cancelling and asking for a return.
#include "jsonbody.h"
#include "customeraccess.h"
#include "routes.h"
#include "serviceproblem.h"

#include "commerce/orderservice.h"

using namespace Qt::StringLiterals;

namespace kassa::server {

void registerOrderRoutes(Router &router, ApiServices &services)
{
    router.add("GET", u"/api/v1/orders"_s, signedIn([&services](HttpRequest &request) {
        bool ok = true;
        const QString limitText = request.queryValue(u"limit"_s);
        const int limit = limitText.isEmpty() ? 20 : limitText.toInt(&ok);
        if (!ok) {
            JsonBody errors;
            errors.addError(u"limit"_s, u"must be a whole number from 1 to 100"_s);
            return errors.problem();
        }
        ServiceError error;
        const QJsonObject page = OrderService(services.core).list(request.actor, request.queryValue(u"shop"_s), request.queryValue(u"status"_s), limit,
                                                                  request.queryValue(u"cursor"_s), &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, page);
    }));

    router.add("GET", u"/api/v1/orders/{order_id}"_s, signedIn([&services](HttpRequest &request) {
        ServiceError error;
        const QJsonObject order = OrderService(services.core).get(request.actor, request.pathParameter(u"order_id"_s), &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, order);
    }));

    router.add("POST", u"/api/v1/orders/{order_id}/cancel"_s, signedInWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"reason"_s});
        const QString reason = body.string(u"reason"_s, false, 1000);
        if (!body.ok()) {
            return body.problem();
        }
        OrderService orders(services.core);
        ServiceError error;
        if (!orders.cancel(request.actor, request.pathParameter(u"order_id"_s), reason, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, orders.get(request.actor, request.pathParameter(u"order_id"_s), &error));
    }));

    router.add("POST", u"/api/v1/orders/{order_id}/returns"_s, signedInWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"lines"_s, u"reason"_s});
        const QString reason = body.string(u"reason"_s, false, 1000);
        const QJsonArray linesJson = body.array(u"lines"_s, true, 200);
        QList<ReturnRequestLine> lines;
        for (qsizetype i = 0; i < linesJson.size(); ++i) {
            JsonBody line(linesJson.at(i).toObject(), u"lines[%1]"_s.arg(i));
            if (!linesJson.at(i).isObject()) {
                body.addError(u"lines[%1]"_s.arg(i), u"must be an object"_s);
                continue;
            }
            line.allowOnly({u"order_line_id"_s, u"quantity"_s});
            ReturnRequestLine parsed{line.string(u"order_line_id"_s, true, 64), line.integer(u"quantity"_s, true, 1, 1000000)};
            body.merge(line);
            lines.append(parsed);
        }
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QString returnId = OrderService(services.core).requestReturn(request.actor, request.pathParameter(u"order_id"_s), lines, reason, &error);
        if (returnId.isEmpty()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, returnId}, {u"order_id"_s, request.pathParameter(u"order_id"_s)}, {u"status"_s, u"requested"_s}});
    }));
}

} // namespace kassa::server
