#include "stockledger.h"

#include "domain/uuid7.h"

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
struct ReasonEntry {
    StockReason reason;
    const char *name;
};
constexpr ReasonEntry kReasons[] = {
    {StockReason::Sale, "sale"},
    {StockReason::Return, "return"},
    {StockReason::Receipt, "receipt"},
    {StockReason::Adjustment, "adjustment"},
    {StockReason::Count, "count"},
    {StockReason::TransferOut, "transfer_out"},
    {StockReason::TransferIn, "transfer_in"},
    {StockReason::Reservation, "reservation"},
    {StockReason::Release, "release"},
    {StockReason::Waste, "waste"},
};

const QString kInsertMovement =
    u"INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, ref_type, ref_id, occurred_at, recorded_at, device_id, actor_id) "
    "VALUES (:id, :company_id, :location_id, :variant_id, :quantity_delta, :reason, :ref_type, :ref_id, :occurred_at, :recorded_at, :device_id, :actor_id)"_s;

const QString kApplyToLevel = u"INSERT INTO stock_levels (company_id, location_id, variant_id, on_hand, reserved, available, updated_at) "
                              "VALUES (:company_id, :location_id, :variant_id, :on_hand, :reserved, :available, :updated_at) "
                              "ON CONFLICT (location_id, variant_id) DO UPDATE SET on_hand = stock_levels.on_hand + excluded.on_hand, "
                              "reserved = stock_levels.reserved + excluded.reserved, available = stock_levels.available + excluded.available, "
                              "updated_at = excluded.updated_at"_s;

// A release takes back part of what is reserved, never more: the update only matches while enough
// is reserved, so two releases of the same reservation cannot both succeed.
const QString kRelease = u"UPDATE stock_levels SET reserved = reserved + :quantity_delta, available = available - :quantity_delta, updated_at = :updated_at "
                         "WHERE company_id = :company_id AND location_id = :location_id AND variant_id = :variant_id AND reserved + :quantity_delta >= 0"_s;

const QString kReserve = u"UPDATE stock_levels SET reserved = reserved + :quantity, available = available - :quantity, updated_at = :updated_at "
                         "WHERE company_id = :company_id AND location_id = :location_id AND variant_id = :variant_id AND available >= :quantity"_s;

bool insertMovement(BusinessWrite &write, StockMovement &movement)
{
    if (movement.id.isEmpty()) {
        movement.id = newId();
    }
    if (movement.occurredAt == 0) {
        movement.occurredAt = write.now();
    }
    TenantQuery insert = write.query(kInsertMovement);
    insert.bind(u":id"_s, movement.id);
    insert.bind(u":location_id"_s, movement.locationId);
    insert.bind(u":variant_id"_s, movement.variantId);
    insert.bind(u":quantity_delta"_s, movement.quantityDelta);
    insert.bind(u":reason"_s, stockReasonName(movement.reason));
    insert.bind(u":ref_type"_s, movement.refType);
    insert.bind(u":ref_id"_s, movement.refId);
    insert.bind(u":occurred_at"_s, movement.occurredAt);
    insert.bind(u":recorded_at"_s, write.now());
    insert.bind(u":device_id"_s, write.deviceId());
    insert.bind(u":actor_id"_s, write.actor().userId);
    if (!insert.exec()) {
        return write.fail(u"cannot record the stock movement of %1 at %2: %3"_s.arg(movement.variantId, movement.locationId, insert.errorString()));
    }
    return true;
}
} // namespace

QString stockReasonName(StockReason reason)
{
    for (const ReasonEntry &entry : kReasons) {
        if (entry.reason == reason) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

bool parseStockReason(const QString &name, StockReason *reason)
{
    for (const ReasonEntry &entry : kReasons) {
        if (name == QLatin1StringView(entry.name)) {
            *reason = entry.reason;
            return true;
        }
    }
    return false;
}

bool movesReserved(StockReason reason)
{
    return reason == StockReason::Reservation || reason == StockReason::Release;
}

bool StockLedger::post(BusinessWrite &write, QList<StockMovement> &movements)
{
    for (StockMovement &movement : movements) {
        if (!write.isOpen()) {
            return false;
        }
        if (movement.quantityDelta == 0) {
            return write.fail(u"a stock movement of %1 has a quantity of zero"_s.arg(movement.variantId));
        }
        // Reservations hold stock (positive), releases give it back (negative); the other sign would
        // silently do the opposite.
        if (movement.reason == StockReason::Reservation && movement.quantityDelta < 0) {
            return write.fail(u"a reservation of %1 needs a positive quantity"_s.arg(movement.variantId));
        }
        if (movement.reason == StockReason::Release && movement.quantityDelta > 0) {
            return write.fail(u"a release of %1 needs a negative quantity"_s.arg(movement.variantId));
        }
        if (!insertMovement(write, movement)) {
            return false;
        }
        if (movement.reason == StockReason::Release) {
            TenantQuery release = write.query(kRelease);
            release.bind(u":quantity_delta"_s, movement.quantityDelta);
            release.bind(u":updated_at"_s, write.now());
            release.bind(u":location_id"_s, movement.locationId);
            release.bind(u":variant_id"_s, movement.variantId);
            if (!release.exec()) {
                return write.fail(u"cannot release stock of %1 at %2: %3"_s.arg(movement.variantId, movement.locationId, release.errorString()));
            }
            if (release.numRowsAffected() != 1) {
                return write.fail(
                    u"cannot release %1 of %2 at %3: less than that is reserved"_s.arg(-movement.quantityDelta).arg(movement.variantId, movement.locationId));
            }
            continue;
        }
        const bool reserved = movesReserved(movement.reason);
        TenantQuery level = write.query(kApplyToLevel);
        level.bind(u":location_id"_s, movement.locationId);
        level.bind(u":variant_id"_s, movement.variantId);
        level.bind(u":on_hand"_s, reserved ? 0 : movement.quantityDelta);
        level.bind(u":reserved"_s, reserved ? movement.quantityDelta : 0);
        level.bind(u":available"_s, reserved ? -movement.quantityDelta : movement.quantityDelta);
        level.bind(u":updated_at"_s, write.now());
        if (!level.exec()) {
            return write.fail(u"cannot update the stock level of %1 at %2: %3"_s.arg(movement.variantId, movement.locationId, level.errorString()));
        }
        // On the server the tills' pull feed gets the level this leaves (checkouts and
        // reservations too, which write no stock.movements outbox row of their own).
        write.stockChanged(movement.locationId, movement.variantId);
    }
    return write.isOpen();
}

bool StockLedger::reserve(BusinessWrite &write, StockMovement movement, bool *insufficient)
{
    *insufficient = false;
    if (movement.quantityDelta <= 0) {
        return write.fail(u"a reservation needs a positive quantity"_s);
    }
    movement.reason = StockReason::Reservation;
    TenantQuery update = write.query(kReserve);
    update.bind(u":quantity"_s, movement.quantityDelta);
    update.bind(u":updated_at"_s, write.now());
    update.bind(u":location_id"_s, movement.locationId);
    update.bind(u":variant_id"_s, movement.variantId);
    if (!update.exec()) {
        return write.fail(u"cannot reserve stock: %1"_s.arg(update.errorString()));
    }
    if (update.numRowsAffected() != 1) {
        *insufficient = true;
        return write.fail(u"less than %1 of %2 is available at %3"_s.arg(movement.quantityDelta).arg(movement.variantId, movement.locationId));
    }
    write.stockChanged(movement.locationId, movement.variantId);
    return insertMovement(write, movement);
}

} // namespace kassa
