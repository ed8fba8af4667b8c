#pragma once

#include "domain/actor.h"
#include "domain/orderstatus.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kassa {

struct ReturnRequestLine {
    QString orderLineId;
    qint64 quantity = 0;
};

// Orders after checkout: what a customer sees of hers (history, detail, timeline), cancelling
// before shipment, asking to return after delivery; and the status moves staff make. Every change is
// one transaction with its timeline entry, stock effect, audit and outbox rows.
class OrderService
{
public:
    explicit OrderService(CoreContext &context)
        : m_context(context)
    {
    }

    // The actor's own orders (customers) or the company's (staff, optionally one shop), newest first.
    QJsonObject list(const Actor &actor, const QString &shopId, const QString &status, int limit, const QString &cursor, ServiceError *error);
    QJsonObject get(const Actor &actor, const QString &orderId, ServiceError *error);

    // Moves an order to `to` if the state machine allows it: cancelling releases the reserved
    // stock; shipping turns the reservation into a sale movement.
    bool transition(const Actor &actor, const QString &orderId, OrderStatus to, const QString &note, ServiceError *error, const QString &carrier = {},
                    const QString &trackingNumber = {});
    bool cancel(const Actor &actor, const QString &orderId, const QString &reason, ServiceError *error);
    QString requestReturn(const Actor &actor, const QString &orderId, const QList<ReturnRequestLine> &lines, const QString &reason, ServiceError *error);

    // Cancels unpaid orders whose reservation expired; returns how many. Run periodically.
    int releaseExpiredReservations(ServiceError *error);

private:
    // Loads the order if the actor may see it; a customer sees only hers, staff only their company's.
    bool visibleTo(const Actor &actor, const QString &orderId, QString *companyId, ServiceError *error);
    CoreContext &m_context;
};

} // namespace kassa
