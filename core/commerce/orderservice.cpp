#include "orderservice.h"

#include "shopinfo.h"

#include "domain/uuid7.h"
#include "services/businesswrite.h"
#include "services/keysetpage.h"
#include "services/stockledger.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

bool isStaff(const Actor &actor)
{
    return actor.role != Role::Customer;
}

QString fulfilmentFor(OrderStatus status, const QString &current)
{
    switch (status) {
    case OrderStatus::Picking:
        return u"picking"_s;
    case OrderStatus::Shipped:
        return u"shipped"_s;
    case OrderStatus::Delivered:
        return u"delivered"_s;
    case OrderStatus::Returned:
        return u"returned"_s;
    default:
        return current;
    }
}

} // namespace

bool OrderService::visibleTo(const Actor &actor, const QString &orderId, QString *companyId, ServiceError *error)
{
    QSqlQuery query(m_context.database->connection());
    query.prepare(u"SELECT company_id, shop_id, COALESCE(user_id, '') FROM orders WHERE id = ?"_s);
    query.addBindValue(orderId);
    if (!query.exec()) {
        *error = ServiceError::internal(query.lastError().text());
        return false;
    }
    const bool found = query.next();
    // Another company's order, or another customer's, is "not found": ids reveal nothing.
    bool visible = found && (actor.role == Role::SuperAdmin || query.value(0).toString() == actor.companyId);
    if (visible && actor.role == Role::Customer) {
        visible = !actor.userId.isEmpty() && query.value(2).toString() == actor.userId;
    } else if (visible && reachOf(actor.role) == RoleReach::Shop) {
        visible = query.value(1).toString() == actor.shopId;
    }
    if (visible && isStaff(actor) && !actor.can(Action::OrderRead)) {
        *error = ServiceError::forbidden(u"%1 may not see orders"_s.arg(roleName(actor.role)));
        return false;
    }
    if (!visible) {
        *error = ServiceError::notFound(u"no order %1"_s.arg(orderId));
        return false;
    }
    *companyId = query.value(0).toString();
    return true;
}

QJsonObject OrderService::list(const Actor &actor, const QString &shopId, const QString &status, int limit, const QString &cursor, ServiceError *error)
{
    OrderStatus statusFilter;
    if (!status.isEmpty() && !parseOrderStatus(status, &statusFilter)) {
        *error = ServiceError::validation(u"status"_s, u"is not an order status"_s);
        return {};
    }
    if (isStaff(actor) && !actor.can(Action::OrderRead)) {
        *error = ServiceError::forbidden(u"%1 may not see orders"_s.arg(roleName(actor.role)));
        return {};
    }
    QJsonObject position;
    if (!readPageRequest(limit, cursor, &position, error)) {
        return {};
    }
    QStringList where = {u"o.company_id = :company_id"_s};
    if (actor.role == Role::Customer) {
        where << u"o.user_id = :user_id"_s;
    }
    const QString effectiveShop = reachOf(actor.role) == RoleReach::Shop ? actor.shopId : shopId;
    if (!effectiveShop.isEmpty()) {
        where << u"o.shop_id = :shop_id"_s;
    }
    if (!status.isEmpty()) {
        where << u"o.status = :status"_s;
    }
    if (!position.isEmpty()) {
        where << u"(o.placed_at < :key OR (o.placed_at = :key AND o.id < :after_id))"_s;
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT o.id, o.number, o.status, o.payment_status, o.fulfilment_status, o.total, o.currency, o.placed_at, s.slug, "
                  "(SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) FROM orders o JOIN shops s ON s.id = o.shop_id WHERE "_s
                  + where.join(u" AND "_s) + u" ORDER BY o.placed_at DESC, o.id DESC LIMIT :limit"_s);
    query.bind(u":user_id"_s, actor.userId);
    query.bind(u":shop_id"_s, effectiveShop);
    query.bind(u":status"_s, status);
    query.bind(u":key"_s, position.value(u"key"_s).toVariant());
    query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    return runKeysetPage(
        query, limit,
        [](TenantQuery &row) {
            const QString currency = row.value(6).toString();
            return QJsonObject{{u"id"_s, row.value(0).toString()},
                               {u"number"_s, row.value(1).toString()},
                               {u"status"_s, row.value(2).toString()},
                               {u"payment_status"_s, row.value(3).toString()},
                               {u"fulfilment_status"_s, row.value(4).toString()},
                               {u"total"_s, moneyJson(row.value(5).toLongLong(), currency)},
                               {u"placed_at"_s, isoTimestamp(row.value(7).toLongLong())},
                               {u"shop"_s, row.value(8).toString()},
                               {u"line_count"_s, row.value(9).toLongLong()}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(7).toLongLong()); }, error);
}

QJsonObject OrderService::get(const Actor &actor, const QString &orderId, ServiceError *error)
{
    QString companyId;
    if (!visibleTo(actor, orderId, &companyId, error)) {
        return {};
    }
    const QSqlDatabase db = m_context.database->connection();
    TenantQuery head(db, companyId);
    head.prepare(u"SELECT o.number, o.status, o.payment_status, o.fulfilment_status, o.payment_method, o.currency, o.prices_include_tax, o.subtotal, "
                 "o.discount_total, o.shipping_total, o.tax_total, o.total, o.shipping_address, o.email, o.carrier, o.tracking_number, o.placed_at, "
                 "o.reservation_expires_at, s.slug, COALESCE(so.name, '') FROM orders o JOIN shops s ON s.id = o.shop_id "
                 "LEFT JOIN shipping_options so ON so.id = o.shipping_option_id WHERE o.company_id = :company_id AND o.id = :id"_s);
    head.bind(u":id"_s, orderId);
    if (!head.exec() || !head.next()) {
        *error = ServiceError::internal(head.errorString());
        return {};
    }
    const QString currency = head.value(5).toString();
    const auto iso = [](const QVariant &ms) {
        return ms.isNull() ? QJsonValue() : QJsonValue(isoTimestamp(ms.toLongLong()));
    };
    QJsonObject order{{u"id"_s, orderId},
                      {u"number"_s, head.value(0).toString()},
                      {u"status"_s, head.value(1).toString()},
                      {u"payment_status"_s, head.value(2).toString()},
                      {u"fulfilment_status"_s, head.value(3).toString()},
                      {u"payment_method"_s, head.value(4).toString()},
                      {u"currency"_s, currency},
                      {u"prices_include_tax"_s, head.value(6).toInt() == 1},
                      {u"subtotal"_s, moneyJson(head.value(7).toLongLong(), currency)},
                      {u"discount_total"_s, moneyJson(head.value(8).toLongLong(), currency)},
                      {u"shipping_total"_s, moneyJson(head.value(9).toLongLong(), currency)},
                      {u"tax_total"_s, moneyJson(head.value(10).toLongLong(), currency)},
                      {u"total"_s, moneyJson(head.value(11).toLongLong(), currency)},
                      {u"shipping_address"_s, QJsonDocument::fromJson(head.value(12).toString().toUtf8()).object()},
                      {u"email"_s, head.value(13).toString()},
                      {u"carrier"_s, head.value(14).toString()},
                      {u"tracking_number"_s, head.value(15).toString()},
                      {u"placed_at"_s, iso(head.value(16))},
                      {u"reservation_expires_at"_s, iso(head.value(17))},
                      {u"shop"_s, head.value(18).toString()},
                      {u"shipping_option"_s, head.value(19).toString()}};
    OrderStatus status = OrderStatus::Placed;
    parseOrderStatus(head.value(1).toString(), &status);
    QJsonArray next;
    for (OrderStatus candidate : allowedNextStatuses(status, head.value(4).toString() == "pay_in_store"_L1)) {
        next.append(orderStatusName(candidate));
    }
    order.insert(u"next_statuses"_s, next);
    head.finish();

    TenantQuery lines(db, companyId);
    lines.prepare(u"SELECT id, line_number, variant_id, sku, description, quantity, unit_price, discount, tax_rate_bp, tax_amount, line_total FROM order_lines "
                  "WHERE company_id = :company_id AND order_id = :id ORDER BY line_number"_s);
    lines.bind(u":id"_s, orderId);
    QJsonArray lineArray;
    if (lines.exec()) {
        while (lines.next()) {
            lineArray.append(QJsonObject{{u"id"_s, lines.value(0).toString()},
                                         {u"line_number"_s, lines.value(1).toInt()},
                                         {u"variant_id"_s, lines.value(2).toString()},
                                         {u"sku"_s, lines.value(3).toString()},
                                         {u"description"_s, lines.value(4).toString()},
                                         {u"quantity"_s, lines.value(5).toLongLong()},
                                         {u"unit_price"_s, moneyJson(lines.value(6).toLongLong(), currency)},
                                         {u"discount"_s, moneyJson(lines.value(7).toLongLong(), currency)},
                                         {u"tax_rate_bp"_s, lines.value(8).toInt()},
                                         {u"tax"_s, moneyJson(lines.value(9).toLongLong(), currency)},
                                         {u"total"_s, moneyJson(lines.value(10).toLongLong(), currency)}});
        }
    }
    order.insert(u"lines"_s, lineArray);

    TenantQuery events(db, companyId);
    events.prepare(u"SELECT status, note, at FROM order_events WHERE company_id = :company_id AND order_id = :id ORDER BY at, id"_s);
    events.bind(u":id"_s, orderId);
    QJsonArray timeline;
    if (events.exec()) {
        while (events.next()) {
            timeline.append(QJsonObject{{u"status"_s, events.value(0).toString()}, {u"note"_s, events.value(1).toString()}, {u"at"_s, iso(events.value(2))}});
        }
    }
    order.insert(u"timeline"_s, timeline);
    return order;
}

bool OrderService::transition(const Actor &actor, const QString &orderId, OrderStatus to, const QString &note, ServiceError *error, const QString &carrier,
                              const QString &trackingNumber)
{
    QString companyId;
    if (!visibleTo(actor, orderId, &companyId, error)) {
        return false;
    }
    if (actor.role == Role::Customer && to != OrderStatus::Cancelled) {
        *error = ServiceError::forbidden(u"a customer may only cancel her order"_s);
        return false;
    }
    const bool fulfilment = to == OrderStatus::Picking || to == OrderStatus::Shipped || to == OrderStatus::Delivered;
    if (isStaff(actor) && !actor.can(fulfilment ? Action::OrderFulfil : Action::OrderManage)) {
        *error = ServiceError::forbidden(u"%1 may not change orders this way (needs %2)"_s.arg(roleName(actor.role),
                                                                                              actionName(fulfilment ? Action::OrderFulfil : Action::OrderManage)));
        return false;
    }
    Actor acting = actor;
    acting.deviceId = m_context.deviceId;
    BusinessWrite write(m_context, acting, companyId);
    // Lock the order row first (PostgreSQL: the no-op update takes the row lock; SQLite holds the
    // write lock already), so two status changes never interleave.
    TenantQuery lock = write.query(u"UPDATE orders SET updated_at = updated_at WHERE company_id = :company_id AND id = :id"_s);
    lock.bind(u":id"_s, orderId);
    lock.exec();
    TenantQuery current = write.query(u"SELECT status, payment_status, fulfilment_status, payment_method FROM orders WHERE company_id = :company_id AND id = :id"_s);
    current.bind(u":id"_s, orderId);
    if (!current.exec() || !current.next()) {
        *error = ServiceError::internal(current.errorString());
        return false;
    }
    OrderStatus from = OrderStatus::Placed;
    parseOrderStatus(current.value(0).toString(), &from);
    QString paymentStatus = current.value(1).toString();
    const QString fulfilmentStatus = current.value(2).toString();
    const bool payInStore = current.value(3).toString() == "pay_in_store"_L1;
    current.finish();
    if (const QString problem = orderTransitionProblem(from, to, payInStore); !problem.isEmpty()) {
        *error = ServiceError::conflict(u"invalid_transition"_s, problem);
        return false;
    }
    if (to == OrderStatus::Shipped && payInStore && paymentStatus != "paid"_L1) {
        *error = ServiceError::conflict(u"invalid_transition"_s, u"an order paid in store is handed over only once it is paid"_s);
        return false;
    }

    // Stock: cancelling releases what is held; handing over turns the hold into a sale.
    if (to == OrderStatus::Cancelled || to == OrderStatus::Shipped) {
        TenantQuery held = write.query(u"SELECT id, location_id, variant_id, quantity FROM stock_reservations WHERE company_id = :company_id "
                                       "AND order_id = :id AND state = 'held' ORDER BY variant_id, location_id"_s);
        held.bind(u":id"_s, orderId);
        QList<StockMovement> movements;
        QStringList reservationIds;
        if (held.exec()) {
            while (held.next()) {
                reservationIds << held.value(0).toString();
                StockMovement release;
                release.locationId = held.value(1).toString();
                release.variantId = held.value(2).toString();
                release.quantityDelta = -held.value(3).toLongLong();
                release.reason = StockReason::Release;
                release.refType = u"order"_s;
                release.refId = orderId;
                movements.append(release);
                if (to == OrderStatus::Shipped) {
                    StockMovement sale = release;
                    sale.reason = StockReason::Sale;
                    movements.append(sale);
                }
            }
        }
        held.finish();
        if (!movements.isEmpty() && !StockLedger::post(write, movements)) {
            *error = ServiceError::internal(write.errorString());
            return false;
        }
        for (const QString &reservationId : std::as_const(reservationIds)) {
            TenantQuery mark = write.query(u"UPDATE stock_reservations SET state = :state WHERE company_id = :company_id AND id = :id"_s);
            mark.bind(u":state"_s, to == OrderStatus::Shipped ? u"committed"_s : u"released"_s);
            mark.bind(u":id"_s, reservationId);
            if (!mark.exec()) {
                write.fail(mark.errorString());
            }
        }
    }
    if (to == OrderStatus::Paid) {
        paymentStatus = u"paid"_s;
    } else if (to == OrderStatus::Cancelled && paymentStatus == "pending"_L1) {
        paymentStatus = u"voided"_s;
    }
    // Paying for an order already being picked (paid at the counter) records the payment and keeps
    // the order where it is in fulfilment.
    const OrderStatus newStatus = (to == OrderStatus::Paid && from == OrderStatus::Picking) ? OrderStatus::Picking : to;
    TenantQuery update = write.query(u"UPDATE orders SET status = :status, payment_status = :payment_status, fulfilment_status = :fulfilment_status, "
                                     "reservation_expires_at = CASE WHEN :status IN ('cancelled', 'shipped') THEN NULL ELSE reservation_expires_at END, "
                                     "carrier = CASE WHEN :carrier <> '' THEN :carrier ELSE carrier END, "
                                     "tracking_number = CASE WHEN :tracking <> '' THEN :tracking ELSE tracking_number END, "
                                     "updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":carrier"_s, carrier);
    update.bind(u":tracking"_s, trackingNumber);
    update.bind(u":status"_s, orderStatusName(newStatus));
    update.bind(u":payment_status"_s, paymentStatus);
    update.bind(u":fulfilment_status"_s, fulfilmentFor(to, fulfilmentStatus));
    update.bind(u":now"_s, write.now());
    update.bind(u":id"_s, orderId);
    if (!update.exec()) {
        write.fail(update.errorString());
    }
    TenantQuery event = write.query(u"INSERT INTO order_events (id, company_id, order_id, status, note, actor_id, at) VALUES (:id, :company_id, :order_id, "
                                    ":status, :note, :actor_id, :now)"_s);
    event.bind(u":id"_s, newId());
    event.bind(u":order_id"_s, orderId);
    event.bind(u":status"_s, orderStatusName(to));
    event.bind(u":note"_s, note);
    event.bind(u":actor_id"_s, actor.userId);
    event.bind(u":now"_s, write.now());
    if (!event.exec()) {
        write.fail(event.errorString());
    }
    const QJsonObject before{{u"status"_s, orderStatusName(from)}};
    QJsonObject after{{u"id"_s, orderId}, {u"status"_s, orderStatusName(newStatus)}, {u"payment_status"_s, paymentStatus}, {u"note"_s, note}};
    if (!carrier.isEmpty() || !trackingNumber.isEmpty()) {
        after.insert(u"carrier"_s, carrier);
        after.insert(u"tracking_number"_s, trackingNumber);
    }
    write.audit(u"order.status"_s, u"order"_s, orderId, before, after);
    write.outbox(u"order.status_changed"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

bool OrderService::cancel(const Actor &actor, const QString &orderId, const QString &reason, ServiceError *error)
{
    return transition(actor, orderId, OrderStatus::Cancelled, reason.isEmpty() ? u"Cancelled"_s : reason, error);
}

QString OrderService::requestReturn(const Actor &actor, const QString &orderId, const QList<ReturnRequestLine> &lines, const QString &reason, ServiceError *error)
{
    QString companyId;
    if (!visibleTo(actor, orderId, &companyId, error)) {
        return {};
    }
    if (lines.isEmpty()) {
        *error = ServiceError::validation(u"lines"_s, u"name at least one line to return"_s);
        return {};
    }
    if (reason.size() > 1000) {
        *error = ServiceError::validation(u"reason"_s, u"at most 1000 characters"_s);
        return {};
    }
    BusinessWrite write(m_context, actor, companyId);
    TenantQuery status = write.query(u"SELECT status FROM orders WHERE company_id = :company_id AND id = :id"_s);
    status.bind(u":id"_s, orderId);
    if (!status.exec() || !status.next()) {
        *error = ServiceError::internal(status.errorString());
        return {};
    }
    if (status.value(0).toString() != "delivered"_L1) {
        *error = ServiceError::conflict(u"invalid_transition"_s, u"returns can be requested for delivered orders; this one is %1"_s.arg(status.value(0).toString()));
        return {};
    }
    status.finish();
    QJsonArray accepted;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ReturnRequestLine &line = lines[i];
        // What is already asked back in earlier requests counts against what was bought.
        TenantQuery bought = write.query(u"SELECT quantity FROM order_lines WHERE company_id = :company_id AND order_id = :order_id AND id = :id"_s);
        bought.bind(u":order_id"_s, orderId);
        bought.bind(u":id"_s, line.orderLineId);
        if (!bought.exec() || !bought.next()) {
            *error = ServiceError::validation(u"lines[%1].order_line_id"_s.arg(i), u"is not a line of this order"_s);
            return {};
        }
        const qint64 quantity = bought.value(0).toLongLong();
        bought.finish();
        TenantQuery earlier = write.query(u"SELECT lines FROM order_returns WHERE company_id = :company_id AND order_id = :order_id AND status <> 'rejected'"_s);
        earlier.bind(u":order_id"_s, orderId);
        qint64 alreadyRequested = 0;
        if (earlier.exec()) {
            while (earlier.next()) {
                for (const QJsonValue &value : QJsonDocument::fromJson(earlier.value(0).toString().toUtf8()).array()) {
                    if (value.toObject().value(u"order_line_id"_s).toString() == line.orderLineId) {
                        alreadyRequested += value.toObject().value(u"quantity"_s).toInteger();
                    }
                }
            }
        }
        if (line.quantity < 1 || line.quantity + alreadyRequested > quantity) {
            *error = ServiceError::validation(u"lines[%1].quantity"_s.arg(i), u"must be between 1 and %1"_s.arg(quantity - alreadyRequested));
            return {};
        }
        accepted.append(QJsonObject{{u"order_line_id"_s, line.orderLineId}, {u"quantity"_s, line.quantity}});
    }
    const QString returnId = newId();
    TenantQuery insert = write.query(u"INSERT INTO order_returns (id, company_id, order_id, status, reason, lines, created_at) VALUES (:id, :company_id, "
                                     ":order_id, 'requested', :reason, :lines, :now)"_s);
    insert.bind(u":id"_s, returnId);
    insert.bind(u":order_id"_s, orderId);
    insert.bind(u":reason"_s, reason);
    insert.bind(u":lines"_s, QString::fromUtf8(QJsonDocument(accepted).toJson(QJsonDocument::Compact)));
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        write.fail(insert.errorString());
    }
    TenantQuery event = write.query(u"INSERT INTO order_events (id, company_id, order_id, status, note, actor_id, at) VALUES (:id, :company_id, :order_id, "
                                    "'return_requested', :note, :actor_id, :now)"_s);
    event.bind(u":id"_s, newId());
    event.bind(u":order_id"_s, orderId);
    event.bind(u":note"_s, reason);
    event.bind(u":actor_id"_s, actor.userId);
    event.bind(u":now"_s, write.now());
    if (!event.exec()) {
        write.fail(event.errorString());
    }
    const QJsonObject after{{u"id"_s, returnId}, {u"order_id"_s, orderId}, {u"lines"_s, accepted}, {u"reason"_s, reason}};
    write.audit(u"order.return_request"_s, u"order_return"_s, returnId, {}, after);
    write.outbox(u"order.return_requested"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return {};
    }
    return returnId;
}

int OrderService::releaseExpiredReservations(ServiceError *error)
{
    QSqlQuery expired(m_context.database->connection());
    expired.prepare(u"SELECT id, company_id FROM orders WHERE status = 'placed' AND payment_status = 'pending' AND reservation_expires_at IS NOT NULL "
                    "AND reservation_expires_at < ? ORDER BY reservation_expires_at LIMIT 500"_s);
    expired.addBindValue(m_context.wallClock());
    if (!expired.exec()) {
        *error = ServiceError::internal(expired.lastError().text());
        return 0;
    }
    QList<std::pair<QString, QString>> orders;
    while (expired.next()) {
        orders.append({expired.value(0).toString(), expired.value(1).toString()});
    }
    int released = 0;
    for (const auto &[orderId, companyId] : std::as_const(orders)) {
        Actor system = Actor::operatorConsole(companyId, m_context.deviceId);
        system.role = Role::CompanyAdmin;
        system.label = u"reservation expiry"_s;
        ServiceError ignored;
        if (transition(system, orderId, OrderStatus::Cancelled, u"Payment did not arrive in time; the reserved stock was released"_s, &ignored)) {
            ++released;
        }
    }
    return released;
}

} // namespace kassa
