#include "valueentry.h"

using namespace Qt::StringLiterals;

namespace kassa
{

QString valueReasonName(ValueReason reason)
{
    switch (reason) {
    case ValueReason::Issue:
        return u"issue"_s;
    case ValueReason::Redeem:
        return u"redeem"_s;
    case ValueReason::Refund:
        return u"refund"_s;
    case ValueReason::Reversal:
        return u"reversal"_s;
    case ValueReason::Adjustment:
        return u"adjustment"_s;
    }
    return {};
}

QJsonObject ValueEntry::toJson() const
{
    return { { u"id"_s, id }, { u"account"_s, account }, { u"amount_delta"_s, amountDelta }, { u"reason"_s, valueReasonName(reason) },
        { u"balance_after"_s, balanceAfter } };
}

} // namespace kassa
