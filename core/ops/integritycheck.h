#pragma once

#include "storage/database.h"

#include <QStringList>

namespace kassa {

struct IntegrityReport {
    QStringList problems; // empty when everything holds
    qint64 movementsChecked = 0;
    qint64 levelsChecked = 0;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

// Checks what must always hold: the database file itself (SQLite integrity_check and
// foreign_key_check), stock levels equal to the sum of the ledger for every location and variant,
// available = on hand − reserved, gift card and store credit balances equal to the sum of their
// entries, and gapless outbox sequences per device.
IntegrityReport checkIntegrity(Database &database);

} // namespace kassa
