#pragma once

#include "businesswrite.h"
#include "syncinbox.h"

#include <QJsonObject>

namespace kassa {

// What applying one pushed op came to.
struct ApplyOutcome {
    enum class Kind {
        Applied, // its effects are written (or were there already: idempotent by the ids it carries)
        Rejected, // consumed without effect: kept as a rejection with `code` and `message`
        Failed, // the server could not try (database trouble): not consumed, the terminal resends
    };
    Kind kind = Kind::Applied;
    QString code;
    QString message;

    static ApplyOutcome applied() { return {}; }
    static ApplyOutcome rejected(const QString &code, const QString &message) { return {Kind::Rejected, code, message}; }
    static ApplyOutcome failed(const QString &message) { return {Kind::Failed, QStringLiteral("internal_error"), message}; }
};

struct ApplyOptions {
    // Post the gift card and store credit entries a sale implies. A sale whose postings the server
    // refuses (a card spent on two offline tills) is applied again without them, with a
    // value_ledger_refused exception naming what was not posted (`ledgerProblem`).
    bool valueLedgers = true;
    QString ledgerProblem;
};

// Whether the server applies ops of this type and payload version. Others are kept as rejections
// with code unknown_type (nothing is lost; a later server version can replay them).
bool syncOpKnown(const QString &type, int schemaVersion);

// Applies a terminal's op inside `write` (a BusinessWrite on the device's company whose context
// names the device, so movements and audit rows say where they came from). The op types a till
// writes: sale.committed (sales, returns, voids), shift.opened, shift.cash_movement, shift.closed,
// customer.upserted and stock.movements. A Rejected or Failed outcome leaves `write` failed.
ApplyOutcome applySyncOp(BusinessWrite &write, const SyncDevice &device, const SyncOp &op, const QJsonObject &payload, const ApplyOptions &options);

} // namespace kassa
