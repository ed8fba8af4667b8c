#include "outboxbatch.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::sync {

QJsonObject OutboxOp::toJson() const
{
    return {{u"seq"_s, seq},
            {u"op_id"_s, opId},
            {u"type"_s, type},
            {u"schema_version"_s, schemaVersion},
            {u"payload"_s, QString::fromUtf8(payload)},
            {u"payload_hash"_s, payloadHash},
            {u"occurred_at"_s, occurredAt}};
}

bool SyncIdentity::load(Database &database, SyncIdentity *identity, QString *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT server_url, device_id, token, company_id, shop_id, receipt_prefix, epoch, fenced, fence_reason FROM sync_identity "
                    "WHERE singleton = 1"_s)) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.next()) {
        error->clear();
        return false;
    }
    identity->serverUrl = query.value(0).toString();
    identity->deviceId = query.value(1).toString();
    identity->token = query.value(2).toString();
    identity->companyId = query.value(3).toString();
    identity->shopId = query.value(4).toString();
    identity->receiptPrefix = query.value(5).toString();
    identity->epoch = query.value(6).toString();
    identity->fenced = query.value(7).toInt() == 1;
    identity->fenceReason = query.value(8).toString();
    return true;
}

bool OutboxBatch::read(Database &database, const QString &deviceId, qint64 fromSeq, int limit, qint64 maxBytes, QList<OutboxOp> *ops, QString *error)
{
    ops->clear();
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, op_id, type, schema_version, payload, payload_hash, occurred_at, acked_at IS NOT NULL FROM outbox "
                  "WHERE device_id = ? AND seq >= ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(deviceId);
    query.addBindValue(fromSeq);
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    qint64 bytes = 0;
    while (query.next()) {
        OutboxOp op;
        op.seq = query.value(0).toLongLong();
        op.opId = query.value(1).toString();
        op.type = query.value(2).toString();
        op.schemaVersion = query.value(3).toInt();
        op.payload = query.value(4).toString().toUtf8();
        op.payloadHash = query.value(5).toString();
        op.occurredAt = query.value(6).toLongLong();
        op.acked = query.value(7).toInt() == 1;
        bytes += op.payload.size();
        if (!ops->isEmpty() && bytes > maxBytes) {
            break;
        }
        ops->append(op);
    }
    return true;
}

qint64 OutboxBatch::highestAcked(Database &database, const QString &deviceId)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT COALESCE(MAX(seq), 0) FROM outbox WHERE device_id = ? AND acked_at IS NOT NULL"_s);
    query.addBindValue(deviceId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 OutboxBatch::pendingCount(Database &database, const QString &deviceId)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT COUNT(*) FROM outbox WHERE device_id = ? AND acked_at IS NULL"_s);
    query.addBindValue(deviceId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

bool OutboxBatch::acknowledge(Database &database, const QString &deviceId, qint64 throughSeq, const QString &epoch, qint64 now, QString *error)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db, database.dialect());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE outbox SET acked_at = ? WHERE device_id = ? AND seq <= ? AND acked_at IS NULL"_s);
    query.addBindValue(now);
    query.addBindValue(deviceId);
    query.addBindValue(throughSeq);
    bool ok = query.exec();
    if (ok) {
        query.prepare(u"UPDATE sync_identity SET epoch = ? WHERE singleton = 1"_s);
        query.addBindValue(epoch);
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

bool OutboxBatch::recordFence(Database &database, const QString &reason, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(u"UPDATE sync_identity SET fenced = 1, fence_reason = ? WHERE singleton = 1"_s);
    query.addBindValue(reason);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool OutboxBatch::storeEpoch(Database &database, const QString &epoch, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(u"UPDATE sync_identity SET epoch = ? WHERE singleton = 1"_s);
    query.addBindValue(epoch);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace kassa::sync
