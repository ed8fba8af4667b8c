#include "valueentry.h"

#include "domain/uuid7.h"
#include "services/businesswrite.h"

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

QString appendValueEntry(BusinessWrite &write, const QString &insertSql, const QString &accountPlaceholder, const QString &accountId, qint64 delta,
                         ValueReason reason, const QString &refType, const QString &refId, const QString &what, QString *problem)
{
    const QString entryId = newId();
    TenantQuery insert = write.query(insertSql);
    insert.bind(u":id"_s, entryId);
    insert.bind(accountPlaceholder, accountId);
    insert.bind(u":amount_delta"_s, delta);
    insert.bind(u":reason"_s, valueReasonName(reason));
    insert.bind(u":ref_type"_s, refType);
    insert.bind(u":ref_id"_s, refId);
    insert.bind(u":occurred_at"_s, write.now());
    insert.bind(u":device_id"_s, write.deviceId());
    insert.bind(u":actor_id"_s, write.actor().userId);
    if (!insert.exec()) {
        *problem = u"cannot record the %1 entry: %2"_s.arg(what, insert.errorString());
        write.fail(*problem);
        return {};
    }
    return entryId;
}

} // namespace kassa
