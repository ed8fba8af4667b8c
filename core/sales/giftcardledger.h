#pragma once

#include "valueentry.h"

#include "services/businesswrite.h"
#include "storage/database.h"

#include <QList>
#include <QString>

namespace kassa
{

struct GiftCard {
    QString id;
    QString code;
    QString currency;
    qint64 balance = 0;
    bool active = false;
};

struct GiftCardEntryRecord {
    QString id;
    qint64 amountDelta = 0;
    ValueReason reason = ValueReason::Adjustment;
    QString refType;
    QString refId;
    qint64 occurredAt = 0;
};

// Gift cards as a ledger: gift_card_entries is append-only and gift_cards.balance is kept equal to
// its sum in the same transaction. A debit is one conditional update that only matches while the
// balance covers it, so two tills redeeming the same card at the same moment can never take it
// below zero: one of them is refused (and the table's CHECK would refuse it too).
class GiftCardLedger
{
public:
    // Posts `delta` on the card `code` inside `write`: positive credits it (a load, a refund, a
    // reversed redemption), negative debits it. A credit with `createIfMissing` issues the card.
    // On refusal (unknown, blocked, another currency, balance too low) the write fails and
    // `problem` says why in words a cashier understands.
    static bool post(BusinessWrite &write, const QString &code, qint64 delta, ValueReason reason, const QString &currency, const QString &refType,
        const QString &refId, bool createIfMissing, ValueEntry *entry, QString *problem);

    // The card as stored (for the till to show the balance before taking it as a tender).
    static bool find(Database &database, const QString &companyId, const QString &code, GiftCard *card);
    static QList<GiftCardEntryRecord> history(Database &database, const QString &companyId, const QString &code);

    static QString normalizeCode(const QString &code);
};

} // namespace kassa
