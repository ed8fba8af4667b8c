#include "stockservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa {

Action StockService::requiredAction(StockReason reason)
{
    switch (reason) {
    case StockReason::Sale:
        return Action::SaleCreate;
    case StockReason::Return:
        return Action::SaleReturn;
    case StockReason::TransferOut:
    case StockReason::TransferIn:
        return Action::TransferShipReceive;
    case StockReason::Reservation:
    case StockReason::Release:
        return Action::OrderFulfil;
    case StockReason::Count:
        return Action::CountApprove;
    case StockReason::Receipt:
    case StockReason::Adjustment:
    case StockReason::Waste:
        return Action::StockAdjust;
    }
    return Action::StockAdjust;
}

bool StockService::postMovements(const Actor &actor, QList<StockMovement> movements, QString *error)
{
    if (movements.isEmpty()) {
        *error = u"there are no stock movements to post"_s;
        return false;
    }
    for (const StockMovement &movement : std::as_const(movements)) {
        const Action needed = requiredAction(movement.reason);
        if (!actor.can(needed)) {
            *error = u"%1 may not post %2 movements (needs %3)"_s.arg(roleName(actor.role), stockReasonName(movement.reason), actionName(needed));
            return false;
        }
    }
    BusinessWrite write(m_context, actor);
    if (!StockLedger::post(write, movements)) {
        *error = write.errorString();
        return false;
    }
    QJsonArray posted;
    for (const StockMovement &m : std::as_const(movements)) {
        posted.append(QJsonObject{{u"id"_s, m.id},
                                  {u"location_id"_s, m.locationId},
                                  {u"variant_id"_s, m.variantId},
                                  {u"quantity_delta"_s, m.quantityDelta},
                                  {u"reason"_s, stockReasonName(m.reason)},
                                  {u"ref_type"_s, m.refType},
                                  {u"ref_id"_s, m.refId},
                                  {u"occurred_at"_s, m.occurredAt}});
    }
    const StockMovement &first = movements.constFirst();
    const QString entityId = first.refId.isEmpty() ? first.id : first.refId;
    write.outbox(u"stock.movements"_s, QJsonObject{{u"movements"_s, posted}});
    write.audit(u"stock.post"_s, first.refType.isEmpty() ? u"stock_movement"_s : first.refType, entityId, {}, QJsonObject{{u"movements"_s, posted}});
    if (!write.commit()) {
        *error = write.errorString();
        return false;
    }
    return true;
}

} // namespace kassa
