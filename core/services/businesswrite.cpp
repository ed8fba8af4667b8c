#include "businesswrite.h"

#include "domain/uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
const QString kInsertAudit = u"INSERT INTO audit_log (id, company_id, actor_id, actor_label, device_id, action, entity_type, entity_id, before_state, after_state, at) "
                             "VALUES (:id, :company_id, :actor_id, :actor_label, :device_id, :action, :entity_type, :entity_id, :before_state, :after_state, :at)"_s;
const QString kNextOutboxSeq = u"SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox WHERE device_id = :device_id"_s;
const QString kInsertOutbox = u"INSERT INTO outbox (device_id, seq, op_id, company_id, type, schema_version, payload, payload_hash, occurred_at, created_at) "
                              "VALUES (:device_id, :seq, :op_id, :company_id, :type, :schema_version, :payload, :payload_hash, :occurred_at, :created_at)"_s;

const QString kStockLevel = u"SELECT on_hand, reserved FROM stock_levels WHERE company_id = :company_id AND location_id = :location_id AND variant_id = :variant_id"_s;

QByteArray compactJson(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QVariant jsonOrNull(const QByteArray &json)
{
    // An invalid QVariant binds as SQL NULL; a null QString would become '' (see bindable()).
    if (json.isEmpty()) {
        return QVariant();
    }
    return QString::fromUtf8(json);
}

// Hex SHA-256 with libsodium, several times cheaper than QCryptographicHash on every write.
QString sha256Hex(const QByteArray &data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()));
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}
} // namespace

BusinessWrite::BusinessWrite(CoreContext &context, const Actor &actor, const QString &companyId)
    : m_context(context)
    , m_actor(actor)
    , m_companyId(companyId.isEmpty() ? actor.companyId : companyId)
    , m_db(context.database->connection())
    , m_transaction(m_db, context.database->dialect())
    , m_now(context.wallClock())
{
    if (!m_transaction.isActive()) {
        m_error = u"cannot start a transaction: %1"_s.arg(m_transaction.errorString());
    }
}

TenantQuery BusinessWrite::query(const QString &sql)
{
    QString error;
    QSqlQuery *prepared = m_context.database->prepared(sql, &error);
    if (!error.isEmpty()) {
        fail(u"cannot prepare a statement: %1"_s.arg(error));
    }
    TenantQuery query(prepared, sql, m_companyId);
    if (!isOpen()) {
        query.refuse(u"the operation already failed: %1"_s.arg(m_error));
    }
    return query;
}

bool BusinessWrite::audit(const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &before, const QJsonObject &after)
{
    return auditJson(action, entityType, entityId, before, compactJson(after));
}

bool BusinessWrite::auditJson(const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &before,
                              const QByteArray &afterJson)
{
    if (!isOpen()) {
        return false;
    }
    // Platform-level changes (a new company made by a super admin) still belong to that company's
    // trail, so the company is always known here.
    if (m_companyId.isEmpty()) {
        return auditPlatform(action, entityType, entityId, jsonOrNull(compactJson(before)), jsonOrNull(afterJson));
    }
    TenantQuery insert = query(kInsertAudit);
    insert.bind(u":id"_s, newId());
    insert.bind(u":actor_id"_s, m_actor.userId);
    insert.bind(u":actor_label"_s, m_actor.label);
    insert.bind(u":device_id"_s, m_context.deviceId);
    insert.bind(u":action"_s, action);
    insert.bind(u":entity_type"_s, entityType);
    insert.bind(u":entity_id"_s, entityId);
    insert.bind(u":before_state"_s, jsonOrNull(compactJson(before)));
    insert.bind(u":after_state"_s, jsonOrNull(afterJson));
    insert.bind(u":at"_s, m_now);
    if (!insert.exec()) {
        return fail(u"cannot write the audit trail: %1"_s.arg(insert.errorString()));
    }
    return true;
}

bool BusinessWrite::auditPlatform(const QString &action, const QString &entityType, const QString &entityId, const QVariant &before,
                                  const QVariant &after)
{
    // Changes above any company (super admins) have no tenant; they are the only audit rows
    // written without the company filter.
    QString error;
    QSqlQuery &insert = *m_context.database->prepared(
        u"INSERT INTO audit_log (id, company_id, actor_id, actor_label, device_id, action, entity_type, entity_id, before_state, after_state, at) "
        "VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        &error);
    for (const QVariant &value : {QVariant(newId()), QVariant(m_actor.userId), QVariant(m_actor.label), QVariant(m_context.deviceId), QVariant(action),
                                  QVariant(entityType), QVariant(entityId), before, after, QVariant(m_now)}) {
        insert.addBindValue(bindable(value));
    }
    if (!error.isEmpty() || !insert.exec()) {
        return fail(u"cannot write the audit trail: %1"_s.arg(error.isEmpty() ? insert.lastError().text() : error));
    }
    return true;
}

bool BusinessWrite::outbox(const QString &type, const QJsonObject &payload, int schemaVersion)
{
    return outboxJson(type, QJsonDocument(payload).toJson(QJsonDocument::Compact), schemaVersion);
}

bool BusinessWrite::outboxJson(const QString &type, const QByteArray &body, int schemaVersion)
{
    if (!isOpen()) {
        return false;
    }
    QString error;
    // The number is MAX + 1: on PostgreSQL two servers (or threads) writing as the same device
    // would both take it, so the numbering waits for the other's commit. Taken last in the
    // operation, the lock is held only while it commits.
    if (!dialect().lockTransaction(m_db, Dialect::Serialized::OutboxNumbering, &error)) {
        return fail(u"cannot number the outbox entry: %1"_s.arg(error));
    }
    QSqlQuery &next = *m_context.database->prepared(kNextOutboxSeq, &error);
    next.bindValue(u":device_id"_s, m_context.deviceId);
    if (!error.isEmpty() || !next.exec() || !next.next()) {
        return fail(u"cannot number the outbox entry: %1"_s.arg(error.isEmpty() ? next.lastError().text() : error));
    }
    const qint64 seq = next.value(0).toLongLong();
    next.finish();
    TenantQuery insert = query(kInsertOutbox);
    insert.bind(u":device_id"_s, m_context.deviceId);
    insert.bind(u":seq"_s, seq);
    insert.bind(u":op_id"_s, newId());
    insert.bind(u":type"_s, type);
    insert.bind(u":schema_version"_s, schemaVersion);
    insert.bind(u":payload"_s, QString::fromUtf8(body));
    insert.bind(u":payload_hash"_s, sha256Hex(body));
    const qint64 occurredAt = m_context.clock ? m_context.clock->now() : HybridLogicalClock::make(m_now, 0);
    insert.bind(u":occurred_at"_s, occurredAt);
    insert.bind(u":created_at"_s, m_now);
    if (!insert.exec()) {
        return fail(u"cannot append to the outbox: %1"_s.arg(insert.errorString()));
    }
    if (m_context.changeFeed) {
        feed(type, body, schemaVersion, occurredAt);
        if (type == "stock.movements"_L1) {
            // Devices get what the movements leave on the shelf, not the movements.
            for (const QJsonValue &movement : QJsonDocument::fromJson(body).object().value(u"movements"_s).toArray()) {
                stockChanged(movement[u"location_id"_s].toString(), movement[u"variant_id"_s].toString());
            }
        }
    }
    return true;
}

void BusinessWrite::feed(const QString &type, const QByteArray &payloadJson, int schemaVersion, qint64 occurredAt, const QString &originDeviceId)
{
    if (m_context.changeFeed) {
        m_feed.append({type, schemaVersion, payloadJson, occurredAt, originDeviceId, m_actor.shopId});
    }
}

void BusinessWrite::stockChanged(const QString &locationId, const QString &variantId)
{
    if (!m_context.changeFeed || locationId.isEmpty() || variantId.isEmpty()) {
        return;
    }
    const QString key = locationId + u'\n' + variantId;
    if (!m_stockTouchedKeys.contains(key)) {
        m_stockTouchedKeys.insert(key);
        m_stockTouched.append({locationId, variantId});
    }
}

bool BusinessWrite::writeFeed()
{
    if (m_companyId.isEmpty()) {
        m_feed.clear(); // above any company: nothing a device pulls
        m_stockTouched.clear();
        m_stockTouchedKeys.clear();
        return true;
    }
    if (!m_stockTouched.isEmpty()) {
        QJsonArray levels;
        for (const auto &[locationId, variantId] : std::as_const(m_stockTouched)) {
            TenantQuery level = query(kStockLevel);
            level.bind(u":location_id"_s, locationId);
            level.bind(u":variant_id"_s, variantId);
            if (!level.exec()) {
                return fail(u"cannot read the stock level for the change feed: %1"_s.arg(level.errorString()));
            }
            const bool found = level.next();
            levels.append(QJsonObject{{u"location_id"_s, locationId},
                                      {u"variant_id"_s, variantId},
                                      {u"on_hand"_s, found ? level.value(0).toLongLong() : 0},
                                      {u"reserved"_s, found ? level.value(1).toLongLong() : 0}});
            level.finish();
        }
        m_stockTouched.clear();
        m_stockTouchedKeys.clear();
        const qint64 occurredAt = m_context.clock ? m_context.clock->now() : HybridLogicalClock::make(m_now, 0);
        m_feed.append({u"stock.levels_changed"_s, 1, QJsonDocument(QJsonObject{{u"levels"_s, levels}}).toJson(QJsonDocument::Compact), occurredAt, {}, {}});
    }
    QString error;
    if (!ChangeFeed::append(*m_context.database, m_companyId, m_feed, m_now, &error)) {
        return fail(error);
    }
    m_feed.clear();
    return true;
}

bool BusinessWrite::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
    }
    if (m_transaction.isActive()) {
        m_transaction.rollback();
    }
    return false;
}

bool BusinessWrite::commit()
{
    if (!m_error.isEmpty()) {
        return false;
    }
    // The feed rows go last: numbered under a lock held only while this commits.
    if ((!m_feed.isEmpty() || !m_stockTouched.isEmpty()) && !writeFeed()) {
        return false;
    }
    if (!m_transaction.commit()) {
        m_error = u"cannot commit: %1"_s.arg(m_transaction.errorString());
        return false;
    }
    return true;
}

} // namespace kassa
