#pragma once

#include "businesswrite.h"

#include <QList>
#include <QString>

namespace kassa {

enum class StockReason { Sale, Return, Receipt, Adjustment, Count, TransferOut, TransferIn, Reservation, Release, Waste };

QString stockReasonName(StockReason reason);
bool parseStockReason(const QString &name, StockReason *reason);
// Reservations and releases move the reserved quantity; every other reason moves what is on hand.
bool movesReserved(StockReason reason);

struct StockMovement {
    QString id; // made here when empty; a terminal sends its own so replays stay idempotent
    QString locationId;
    QString variantId;
    qint64 quantityDelta = 0;
    StockReason reason = StockReason::Adjustment;
    QString refType; // "sale", "count", "transfer", ...
    QString refId;
    qint64 occurredAt = 0; // when it happened; the write's time when 0
};

// The stock ledger. Appends movements and keeps stock_levels equal to their sum, inside the
// caller's BusinessWrite so a sale's lines and its stock change commit together.
class StockLedger
{
public:
    // Appends the movements and updates the levels. On hand may go below zero (an offline terminal
    // sold what the shelf had): that is recorded, not refused. Reservations carry a positive
    // quantity and releases a negative one; a release larger than what is reserved is refused.
    static bool post(BusinessWrite &write, QList<StockMovement> &movements);

    // Reserves `quantity` only if that much is available, with one conditional update, so two
    // concurrent checkouts can never both take the last unit. Returns false with the write failed
    // and `insufficient` set when there is not enough.
    static bool reserve(BusinessWrite &write, StockMovement movement, bool *insufficient);
};

} // namespace kassa
