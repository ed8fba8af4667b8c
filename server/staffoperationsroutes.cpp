// /api/v1/staff stock and orders: levels, movements, adjustments; order lists, status changes and
// shipping.
#include "routes.h"
#include "staffaccess.h"

#include "commerce/orderservice.h"
#include "services/stockservice.h"

using namespace Qt::StringLiterals;

namespace kassa::server {

void registerStaffOperationsRoutes(Router &router, ApiServices &services)
{
    router.add("GET", u"/api/v1/staff/stock"_s, staffPaged([&services](HttpRequest &request, const PageRequest &page) {
        ServiceError error;
        return answer(StaffQueries(services.core).stock(request.actor, request.queryValue(u"shop"_s), request.queryValue(u"location"_s),
                                                        request.queryValue(u"q"_s).trimmed(), page, &error),
                      error, request);
    }));

    router.add("GET", u"/api/v1/staff/stock/movements"_s, staff([&services](HttpRequest &request) {
        JsonBody errors;
        const PageRequest page = pageFrom(request, &errors);
        const qint64 from = timeFrom(request, u"from"_s, &errors);
        const qint64 to = timeFrom(request, u"to"_s, &errors);
        if (!errors.ok()) {
            return errors.problem();
        }
        ServiceError error;
        return answer(StaffQueries(services.core).movements(request.actor, request.queryValue(u"variant"_s), request.queryValue(u"location"_s), from, to, page, &error),
                      error, request);
    }));

    router.add("POST", u"/api/v1/staff/stock/adjustments"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"location_id"_s, u"variant_id"_s, u"quantity_delta"_s, u"reason"_s, u"note"_s});
        StockMovement movement;
        movement.locationId = body.string(u"location_id"_s, true, 64);
        movement.variantId = body.string(u"variant_id"_s, true, 64);
        movement.quantityDelta = body.integer(u"quantity_delta"_s, true, -1000000000, 1000000000);
        const QString reason = body.has(u"reason"_s) ? body.string(u"reason"_s, true, 20) : u"adjustment"_s;
        movement.refId = body.string(u"note"_s, false, 200);
        movement.refType = u"adjustment"_s;
        if (!parseStockReason(reason, &movement.reason) || !(movement.reason == StockReason::Adjustment || movement.reason == StockReason::Waste
                                                             || movement.reason == StockReason::Receipt)) {
            body.addError(u"reason"_s, u"use adjustment, waste or receipt"_s);
        }
        if (movement.quantityDelta == 0) {
            body.addError(u"quantity_delta"_s, u"must not be zero"_s);
        }
        if (!body.ok()) {
            return body.problem();
        }
        QString message;
        if (!StockService(services.core).postMovements(request.actor, {movement}, &message)) {
            const bool forbidden = message.contains(u"may not"_s);
            const bool unknown = message.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive) || message.contains(u"foreign key"_s);
            return problemFrom(forbidden ? ServiceError::forbidden(message)
                                         : unknown ? ServiceError::validation(u"location_id"_s, u"no such location or variant in this company"_s)
                                                   : ServiceError::validation(u"quantity_delta"_s, message),
                               request);
        }
        return HttpResponse::json(201, QJsonObject{{u"location_id"_s, movement.locationId},
                                                   {u"variant_id"_s, movement.variantId},
                                                   {u"quantity_delta"_s, movement.quantityDelta},
                                                   {u"reason"_s, reason}});
    }));

    router.add("GET", u"/api/v1/staff/orders"_s, staffPaged([&services](HttpRequest &request, const PageRequest &page) {
        ServiceError error;
        return answer(OrderService(services.core).list(request.actor, request.queryValue(u"shop"_s), request.queryValue(u"status"_s), page.limit, page.cursor, &error),
                      error, request);
    }));

    router.add("GET", u"/api/v1/staff/orders/{order_id}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(OrderService(services.core).get(request.actor, request.pathParameter(u"order_id"_s), &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/orders/{order_id}/status"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"status"_s, u"note"_s});
        const QString status = body.string(u"status"_s, true, 20);
        const QString note = body.string(u"note"_s, false, 1000);
        OrderStatus to = OrderStatus::Placed;
        if (body.ok() && !parseOrderStatus(status, &to)) {
            body.addError(u"status"_s, u"use paid, picking, shipped, delivered, cancelled or returned"_s);
        }
        if (!body.ok()) {
            return body.problem();
        }
        OrderService orders(services.core);
        ServiceError error;
        if (!orders.transition(request.actor, request.pathParameter(u"order_id"_s), to, note, &error)) {
            return problemFrom(error, request);
        }
        return answer(orders.get(request.actor, request.pathParameter(u"order_id"_s), &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/orders/{order_id}/ship"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"carrier"_s, u"tracking_number"_s});
        const QString carrier = body.string(u"carrier"_s, true, 100);
        const QString tracking = body.string(u"tracking_number"_s, true, 100);
        if (!body.ok()) {
            return body.problem();
        }
        OrderService orders(services.core);
        ServiceError error;
        if (!orders.transition(request.actor, request.pathParameter(u"order_id"_s), OrderStatus::Shipped, u"Shipped with %1, tracking %2"_s.arg(carrier, tracking),
                               &error, carrier, tracking)) {
            return problemFrom(error, request);
        }
        return answer(orders.get(request.actor, request.pathParameter(u"order_id"_s), &error), error, request);
    }));
}

} // namespace kassa::server
