#pragma once

#include <QJsonObject>
#include <QString>

namespace kassa
{

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

} // namespace kassa
