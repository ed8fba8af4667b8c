#pragma once

#include "services/businesswrite.h"
#include "services/corecontext.h"

#include <QString>

namespace kassa
{

// Receipt numbers: SHOP-TERMINAL-COUNTER, e.g. BER-1-000042. The counter is this installation's
// (local_device.receipt_counter) and is taken inside the document's own transaction, so a sale that
// rolls back gives its number back: numbers never repeat and have no gaps on a terminal, offline
// too. The SHOP-TERMINAL part is the device's receipt prefix, set when the terminal is enrolled;
// before that, the shop's code from its slug and four characters of the device id.
class ReceiptNumbers
{
public:
    // Takes the next number inside `write`; false with the write failed when it cannot.
    static bool next(BusinessWrite &write, CoreContext &context, const QString &shopSlug, QString *number);

    // "test-shop" → "TESTSHOP": the slug's letters and digits, upper case, at most 8.
    static QString shopCode(const QString &slug);
    static QString format(const QString &prefix, qint64 counter);
};

} // namespace kassa
