#pragma once

#include "valueentry.h"

#include "services/businesswrite.h"
#include "storage/database.h"

#include <QString>

namespace kassa
{

// Store credit as a ledger, one account per customer: store_credit_entries is append-only and the
// account's balance is kept equal to its sum in the same transaction. A debit is one conditional
// update that only matches while the balance covers it, so the balance never goes below zero.
class StoreCreditLedger
{
public:
    // Posts `delta` on the customer's account inside `write`: positive credits it (a refund to
    // store credit opens the account), negative debits it. On refusal the write fails and `problem`
    // says why.
    static bool post(BusinessWrite &write, const QString &customerId, qint64 delta, ValueReason reason, const QString &currency, const QString &refType,
        const QString &refId, ValueEntry *entry, QString *problem);

    // The customer's balance; 0 without an account.
    static qint64 balance(Database &database, const QString &companyId, const QString &customerId);
};

} // namespace kassa
