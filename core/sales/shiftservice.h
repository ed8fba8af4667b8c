#pragma once

#include "shiftrecord.h"
#include "shiftreport.h"

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QHash>

namespace kassa
{

enum class CashMovementKind { CashIn, CashOut };

// What the cashier counted at close, without seeing what was expected (a blind count).
struct ShiftCount {
    qint64 cash = -1; // the drawer, float included; required
    QHash<TenderKind, qint64> others; // e.g. the card terminal's batch total; optional
};

// A till's shifts: open with a float (one open shift per terminal, enforced by the database), cash
// in and out with a reason, the X report at any time, and the close with a blind count that turns
// the report into the Z report: expected against counted per tender, the variance, the sales,
// returns, discount and tax totals. Each write is one transaction with audit and outbox.
class ShiftService
{
public:
    explicit ShiftService(CoreContext &context) : m_context(context) { }

    // Opens this terminal's shift in `shopId` (the actor's own shop when empty).
    bool open(const Actor &actor, const QString &shopId, qint64 openingFloat, ShiftRecord *shift, ServiceError *error);
    // This terminal's open shift; false with a NotFound error when there is none.
    bool current(const Actor &actor, ShiftRecord *shift, ServiceError *error);
    bool cashMovement(const Actor &actor, CashMovementKind kind, qint64 amount, const QString &reason, ServiceError *error);
    // The report of a shift: this terminal's open one when `shiftId` is empty. Read only; for a
    // closed shift it is its Z report again. Another person's shift needs shift_review.
    bool report(const Actor &actor, const QString &shiftId, ShiftReport *report, ServiceError *error);
    // Closes this terminal's open shift (or `shiftId`, which needs shift_review when another person
    // opened it) with the count; `z` is the Z report as stored.
    bool close(const Actor &actor, const ShiftCount &count, ShiftReport *z, ServiceError *error, const QString &shiftId = {});

private:
    CoreContext &m_context;
};

} // namespace kassa
