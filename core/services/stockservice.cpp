#include "stockservice.h"

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// A JSON string as QJsonDocument writes it: UTF-8, with quote, backslash and control characters
// escaped.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// The posting's outbox payload (and audit state): {"movements":[{...}, ...]} with the keys sorted,
// byte for byte what QJsonDocument makes of the same objects (tst_businesswrite checks that).
// Written directly because it is on every sale's path, where building QJsonObjects and
// serialising them cost more than everything else outside SQLite.
QByteArray movementsJson(const QList<StockMovement> &movements)
{
    QByteArray out;
    out.reserve(16 + movements.size() * 320);
    out += "{\"movements\":[";
    for (qsizetype i = 0; i < movements.size(); ++i) {
        const StockMovement &m = movements[i];
        out += i == 0 ? "{\"id\":" : ",{\"id\":";
        appendJsonString(out, m.id);
        out += ",\"location_id\":";
        appendJsonString(out, m.locationId);
        out += ",\"occurred_at\":";
        out += QByteArray::number(m.occurredAt);
        out += ",\"quantity_delta\":";
        out += QByteArray::number(m.quantityDelta);
        out += ",\"reason\":";
        appendJsonString(out, stockReasonName(m.reason));
        out += ",\"ref_id\":";
        appendJsonString(out, m.refId);
        out += ",\"ref_type\":";
        appendJsonString(out, m.refType);
        out += ",\"variant_id\":";
        appendJsonString(out, m.variantId);
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace

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
    const StockMovement &first = movements.constFirst();
    const QString entityId = first.refId.isEmpty() ? first.id : first.refId;
    // One serialisation for the outbox payload and the audit row's after state.
    const QByteArray json = movementsJson(movements);
    write.outboxJson(u"stock.movements"_s, json);
    write.auditJson(u"stock.post"_s, first.refType.isEmpty() ? u"stock_movement"_s : first.refType, entityId, {}, json);
    if (!write.commit()) {
        *error = write.errorString();
        return false;
    }
    return true;
}

} // namespace kassa
