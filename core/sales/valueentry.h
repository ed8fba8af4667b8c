#pragma once

#include <QJsonObject>
#include <QString>

namespace kassa
{

class BusinessWrite;

// Why a gift card's or a store credit account's balance moved. Like stock, these balances are
// ledgers: entries are appended, never changed, and the balance is their sum.
enum class ValueReason { Issue, Redeem, Refund, Reversal, Adjustment };

QString valueReasonName(ValueReason reason);

// One entry as written, for the document's outbox payload.
struct ValueEntry {
    QString id;
    QString account; // the gift card's code, or the customer's id for store credit
    qint64 amountDelta = 0;
    ValueReason reason = ValueReason::Adjustment;
    qint64 balanceAfter = 0;

    [[nodiscard]] QJsonObject toJson() const;
};

// Appends the entry row of a value ledger (gift_card_entries, store_credit_entries) in `write`:
// `insertSql` binds :id, :amount_delta, :reason, :ref_type, :ref_id, :occurred_at, :device_id,
// :actor_id and the account column as `accountPlaceholder`. Returns the entry's id; empty with
// `write` failed (and `problem` saying so) when the row could not be written. `what` names the
// ledger in that message ("gift card", "store credit").
QString appendValueEntry(BusinessWrite &write, const QString &insertSql, const QString &accountPlaceholder, const QString &accountId, qint64 delta,
                         ValueReason reason, const QString &refType, const QString &refId, const QString &what, QString *problem);

} // namespace kassa
