#include "syncinbox.h"

#include "businesswrite.h"
#include "syncappliers.h"

#include "domain/uuid7.h"
#include "sales/receiptnumbers.h"
#include "security/passwords.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
const QString kReadEpoch = u"SELECT epoch FROM sync_epoch WHERE singleton = 1"_s;
const QString kMakeEpoch = u"INSERT INTO sync_epoch (singleton, epoch, created_at) VALUES (1, ?, ?) ON CONFLICT (singleton) DO NOTHING"_s;
const QString kRenewEpoch = u"INSERT INTO sync_epoch (singleton, epoch, created_at) VALUES (1, ?, ?) "
                            "ON CONFLICT (singleton) DO UPDATE SET epoch = excluded.epoch, created_at = excluded.created_at"_s;

const QString kShopOfCode = u"SELECT slug, kind, active FROM shops WHERE company_id = :company_id AND id = :id"_s;
const QString kInsertCode = u"INSERT INTO enrolment_codes (id, company_id, shop_id, code_digest, name, created_by, created_at, expires_at) "
                            "VALUES (:id, :company_id, :shop_id, :code_digest, :name, :created_by, :created_at, :expires_at)"_s;
// Looked up by the code's digest before the company is known (like a bearer token).
const QString kFindCode = u"SELECT id, company_id, shop_id, name, expires_at, used_at FROM enrolment_codes WHERE code_digest = ?"_s;
const QString kUseCode = u"UPDATE enrolment_codes SET used_at = :now, device_id = :device_id WHERE company_id = :company_id AND id = :id AND used_at IS NULL"_s;
const QString kPrefixTaken = u"SELECT 1 FROM devices WHERE company_id = :company_id AND receipt_prefix = :prefix"_s;
const QString kInsertDevice = u"INSERT INTO devices (id, company_id, shop_id, kind, name, receipt_prefix, fenced, created_at) "
                              "VALUES (:id, :company_id, :shop_id, 'terminal', :name, :prefix, 0, :created_at)"_s;
const QString kInsertCredential = u"INSERT INTO device_credentials (device_id, company_id, token_digest, created_at) VALUES (:device_id, :company_id, :digest, :now)"_s;
const QString kInsertCursor = u"INSERT INTO sync_push_cursors (device_id, company_id) VALUES (:device_id, :company_id) ON CONFLICT (device_id) DO NOTHING"_s;
const QString kAuthenticate = u"SELECT d.id, d.company_id, COALESCE(d.shop_id, ''), d.name, d.receipt_prefix FROM device_credentials c "
                              "JOIN devices d ON d.id = c.device_id WHERE c.token_digest = ? AND c.revoked_at IS NULL AND d.company_id IS NOT NULL"_s;

const QString kReadCursor = u"SELECT last_seq, last_hash, fenced, fence_reason FROM sync_push_cursors WHERE company_id = :company_id AND device_id = :device_id"_s;
const QString kAdvanceCursor = u"UPDATE sync_push_cursors SET last_seq = :seq, last_hash = :hash, last_push_at = :now, first_push_at = COALESCE(first_push_at, :now) "
                               "WHERE company_id = :company_id AND device_id = :device_id AND last_seq = :previous AND fenced = 0"_s;
const QString kStoredHash = u"SELECT payload_hash FROM sync_received_ops WHERE company_id = :company_id AND device_id = :device_id AND seq = :seq"_s;
const QString kInsertReceived = u"INSERT INTO sync_received_ops (device_id, seq, company_id, op_id, type, schema_version, payload_hash, occurred_at, outcome, received_at) "
                                "VALUES (:device_id, :seq, :company_id, :op_id, :type, :schema_version, :payload_hash, :occurred_at, :outcome, :now)"_s;
const QString kInsertRejection = u"INSERT INTO sync_rejections (id, company_id, device_id, seq, op_id, type, schema_version, payload, payload_hash, occurred_at, "
                                 "reason_code, reason, created_at) VALUES (:id, :company_id, :device_id, :seq, :op_id, :type, :schema_version, :payload, "
                                 ":payload_hash, :occurred_at, :reason_code, :reason, :now)"_s;
const QString kFenceCursor = u"UPDATE sync_push_cursors SET fenced = 1, fence_reason = :reason, fenced_at = :now WHERE company_id = :company_id AND device_id = :device_id"_s;
const QString kFenceDevice = u"UPDATE devices SET fenced = :fenced WHERE company_id = :company_id AND id = :id"_s;
const QString kUnfenceCursor = u"UPDATE sync_push_cursors SET fenced = 0, fence_reason = '', fenced_at = NULL WHERE company_id = :company_id AND device_id = :device_id"_s;
const QString kDeviceShop = u"SELECT COALESCE(shop_id, '') FROM devices WHERE company_id = :company_id AND id = :id"_s;

// The person a till op names (for the audit trail of its application on the server).
QString actingUser(const QString &type, const QJsonObject &payload)
{
    if (type == "sale.committed"_L1) {
        return payload.value(u"cashier_id"_s).toString();
    }
    if (type == "shift.opened"_L1) {
        return payload.value(u"opened_by"_s).toString();
    }
    if (type == "shift.closed"_L1) {
        return payload.value(u"shift"_s).toObject().value(u"closed_by"_s).toString();
    }
    return payload.value(u"actor_id"_s).toString();
}
} // namespace

QString SyncInbox::payloadHash(const QByteArray &payload)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(payload.constData()), quint64(payload.size()));
    return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString SyncInbox::normalizeEnrolmentCode(const QString &code)
{
    QString normalized;
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace()) {
            normalized.append(c.toUpper());
        }
    }
    return normalized;
}

bool SyncInbox::epoch(QString *epoch, QString *error)
{
    QSqlQuery query(m_context.database->connection());
    if (query.exec(kReadEpoch) && query.next()) {
        *epoch = query.value(0).toString();
        return true;
    }
    // Made once per database; two servers starting together keep whichever came first.
    query.prepare(kMakeEpoch);
    query.addBindValue(randomToken().left(22));
    query.addBindValue(m_context.wallClock());
    if (!query.exec() || !query.exec(kReadEpoch) || !query.next()) {
        *error = u"cannot read the sync epoch: %1"_s.arg(query.lastError().text());
        return false;
    }
    *epoch = query.value(0).toString();
    return true;
}

bool SyncInbox::renewEpoch(Database &database, QString *epoch, QString *error)
{
    QSqlQuery query(database.connection());
    const QString fresh = randomToken().left(22);
    query.prepare(kRenewEpoch);
    query.addBindValue(fresh);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        *error = u"cannot renew the sync epoch: %1"_s.arg(query.lastError().text());
        return false;
    }
    if (epoch) {
        *epoch = fresh;
    }
    return true;
}

bool SyncInbox::createEnrolmentCode(const Actor &actor, const QString &shopId, const QString &name, EnrolmentCode *code, ServiceError *error)
{
    // Enrolling a till is a shop manager's job for her own shop (shift_review is what managers have
    // over the tills of their shop); company admins for any shop of the company.
    if (!actor.can(Action::ShiftReview)) {
        *error = ServiceError::forbidden(u"%1 may not enrol terminals"_s.arg(roleName(actor.role)));
        return false;
    }
    if (shopId.isEmpty()) {
        *error = ServiceError::validation(u"shop_id"_s, u"choose the shop the terminal sells for"_s);
        return false;
    }
    if (!actor.shopId.isEmpty() && actor.shopId != shopId) {
        *error = ServiceError::forbidden(u"you may enrol terminals of your own shop only"_s);
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery shop = write.query(kShopOfCode);
    shop.bind(u":id"_s, shopId);
    if (!shop.exec()) {
        *error = ServiceError::internal(shop.errorString());
        return false;
    }
    if (!shop.next()) {
        *error = ServiceError::validation(u"shop_id"_s, u"there is no such shop"_s);
        return false;
    }
    const bool sellingShop = shop.value(1).toString() == "store"_L1 && shop.value(2).toInt() == 1;
    shop.finish();
    if (!sellingShop) {
        *error = ServiceError::validation(u"shop_id"_s, u"only an active store has tills"_s);
        return false;
    }
    EnrolmentCode made;
    made.id = newId();
    made.shopId = shopId;
    made.name = name.trimmed();
    made.expiresAt = write.now() + kEnrolmentCodeLifetime;
    const QByteArray alphabet(kEnrolmentAlphabet);
    for (int i = 0; i < kEnrolmentCodeLength; ++i) {
        made.code.append(QChar::fromLatin1(alphabet.at(int(randombytes_uniform(quint32(alphabet.size()))))));
    }
    TenantQuery insert = write.query(kInsertCode);
    insert.bind(u":id"_s, made.id);
    insert.bind(u":shop_id"_s, shopId);
    insert.bind(u":code_digest"_s, tokenDigest(made.code));
    insert.bind(u":name"_s, made.name);
    insert.bind(u":created_by"_s, actor.userId);
    insert.bind(u":created_at"_s, write.now());
    insert.bind(u":expires_at"_s, made.expiresAt);
    if (!insert.exec()) {
        write.fail(insert.errorString());
    }
    write.audit(u"terminal.enrolment_code"_s, u"enrolment_code"_s, made.id, {},
                {{u"shop_id"_s, shopId}, {u"name"_s, made.name}, {u"expires_at"_s, made.expiresAt}});
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    *code = made;
    return true;
}

bool SyncInbox::enrol(const QString &code, const QString &name, EnrolledDevice *device, ServiceError *error)
{
    const QString normalized = normalizeEnrolmentCode(code);
    const auto refused = [error](const QString &reason, const QString &message) {
        *error = ServiceError::validation(u"code"_s, message, reason);
        return false;
    };
    if (normalized.size() != kEnrolmentCodeLength) {
        return refused(u"enrolment_code_invalid"_s, u"an enrolment code has %1 characters"_s.arg(kEnrolmentCodeLength));
    }
    QString codeId, companyId, shopId, codeName;
    qint64 expiresAt = 0;
    bool used = false;
    {
        QSqlQuery find(m_context.database->connection());
        find.prepare(kFindCode);
        find.addBindValue(tokenDigest(normalized));
        if (!find.exec()) {
            *error = ServiceError::internal(find.lastError().text());
            return false;
        }
        if (!find.next()) {
            return refused(u"enrolment_code_invalid"_s, u"this enrolment code is not known; ask a manager for a new one"_s);
        }
        codeId = find.value(0).toString();
        companyId = find.value(1).toString();
        shopId = find.value(2).toString();
        codeName = find.value(3).toString();
        expiresAt = find.value(4).toLongLong();
        used = !find.value(5).isNull();
    }
    if (used) {
        return refused(u"enrolment_code_used"_s, u"this enrolment code was used already; ask a manager for a new one"_s);
    }
    if (expiresAt <= m_context.wallClock()) {
        return refused(u"enrolment_code_expired"_s, u"this enrolment code has expired; ask a manager for a new one"_s);
    }

    Actor system;
    system.companyId = companyId;
    system.shopId = shopId;
    system.role = Role::ShopManager;
    system.deviceId = m_context.deviceId;
    system.label = u"enrolment"_s;
    BusinessWrite write(m_context, system, companyId);
    EnrolledDevice made;
    made.deviceId = newId();
    made.companyId = companyId;
    made.shopId = shopId;
    made.name = name.trimmed().isEmpty() ? codeName : name.trimmed();

    TenantQuery shop = write.query(kShopOfCode);
    shop.bind(u":id"_s, shopId);
    if (!shop.exec() || !shop.next()) {
        *error = ServiceError::internal(u"the code's shop is gone: %1"_s.arg(shop.errorString()));
        return false;
    }
    const QString shopCode = ReceiptNumbers::shopCode(shop.value(0).toString());
    shop.finish();
    // SHOPCODE-N, the lowest N free in the company (two shops' codes may coincide).
    for (int n = 1; made.receiptPrefix.isEmpty(); ++n) {
        const QString candidate = shopCode + u'-' + QString::number(n);
        TenantQuery taken = write.query(kPrefixTaken);
        taken.bind(u":prefix"_s, candidate);
        if (!taken.exec()) {
            *error = ServiceError::internal(taken.errorString());
            return false;
        }
        if (!taken.next()) {
            made.receiptPrefix = candidate;
        }
        taken.finish();
    }
    if (made.name.isEmpty()) {
        made.name = u"Till "_s + made.receiptPrefix;
    }
    made.token = randomToken();

    TenantQuery insertDevice = write.query(kInsertDevice);
    insertDevice.bind(u":id"_s, made.deviceId);
    insertDevice.bind(u":shop_id"_s, shopId);
    insertDevice.bind(u":name"_s, made.name);
    insertDevice.bind(u":prefix"_s, made.receiptPrefix);
    insertDevice.bind(u":created_at"_s, write.now());
    if (!insertDevice.exec()) {
        write.fail(insertDevice.errorString());
    }
    TenantQuery useCode = write.query(kUseCode);
    useCode.bind(u":now"_s, write.now());
    useCode.bind(u":device_id"_s, made.deviceId);
    useCode.bind(u":id"_s, codeId);
    if (!useCode.exec()) {
        write.fail(useCode.errorString());
    } else if (useCode.numRowsAffected() != 1) {
        // Another terminal took it a moment ago.
        return refused(u"enrolment_code_used"_s, u"this enrolment code was used already; ask a manager for a new one"_s);
    }
    TenantQuery credential = write.query(kInsertCredential);
    credential.bind(u":device_id"_s, made.deviceId);
    credential.bind(u":digest"_s, tokenDigest(made.token));
    credential.bind(u":now"_s, write.now());
    if (!credential.exec()) {
        write.fail(credential.errorString());
    }
    TenantQuery cursor = write.query(kInsertCursor);
    cursor.bind(u":device_id"_s, made.deviceId);
    if (!cursor.exec()) {
        write.fail(cursor.errorString());
    }
    write.audit(u"terminal.enrol"_s, u"device"_s, made.deviceId, {},
                {{u"shop_id"_s, shopId}, {u"name"_s, made.name}, {u"receipt_prefix"_s, made.receiptPrefix}, {u"enrolment_code_id"_s, codeId}});
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    QString message;
    if (!epoch(&made.epoch, &message)) {
        *error = ServiceError::internal(message);
        return false;
    }
    *device = made;
    return true;
}

bool SyncInbox::authenticate(const QString &token, SyncDevice *device, ServiceError *error)
{
    if (token.size() < 16 || token.size() > 128) {
        *error = ServiceError::unauthorized(u"the device token is malformed"_s);
        return false;
    }
    QSqlQuery *query = m_context.database->prepared(kAuthenticate);
    query->addBindValue(tokenDigest(token));
    if (!query->exec()) {
        *error = ServiceError::internal(query->lastError().text());
        return false;
    }
    if (!query->next()) {
        *error = ServiceError::unauthorized(u"this device is not enrolled (or its token was revoked)"_s);
        return false;
    }
    device->id = query->value(0).toString();
    device->companyId = query->value(1).toString();
    device->shopId = query->value(2).toString();
    device->name = query->value(3).toString();
    device->receiptPrefix = query->value(4).toString();
    query->finish();
    return true;
}

bool SyncInbox::loadCursor(const SyncDevice &device, Cursor *cursor, ServiceError *error)
{
    QSqlDatabase db = m_context.database->connection();
    TenantQuery read(db, device.companyId);
    if (!read.prepare(kReadCursor)) {
        *error = ServiceError::internal(read.errorString());
        return false;
    }
    read.bind(u":device_id"_s, device.id);
    if (!read.exec()) {
        *error = ServiceError::internal(read.errorString());
        return false;
    }
    if (!read.next()) {
        // Enrolment makes the cursor; a device made otherwise (demo data) gets it on first push.
        TenantQuery insert(db, device.companyId);
        insert.prepare(kInsertCursor);
        insert.bind(u":device_id"_s, device.id);
        if (!insert.exec()) {
            *error = ServiceError::internal(insert.errorString());
            return false;
        }
        *cursor = {};
        return true;
    }
    cursor->lastSeq = read.value(0).toLongLong();
    cursor->lastHash = read.value(1).toString();
    cursor->fenced = read.value(2).toInt() == 1;
    cursor->fenceReason = read.value(3).toString();
    return true;
}

bool SyncInbox::fence(const SyncDevice &device, const QString &reason, ServiceError *error)
{
    Actor system;
    system.companyId = device.companyId;
    system.role = Role::ShopManager;
    system.deviceId = m_context.deviceId;
    system.label = u"sync"_s;
    BusinessWrite write(m_context, system, device.companyId);
    TenantQuery cursor = write.query(kFenceCursor);
    cursor.bind(u":reason"_s, reason);
    cursor.bind(u":now"_s, write.now());
    cursor.bind(u":device_id"_s, device.id);
    if (!cursor.exec()) {
        write.fail(cursor.errorString());
    }
    TenantQuery row = write.query(kFenceDevice);
    row.bind(u":fenced"_s, 1);
    row.bind(u":id"_s, device.id);
    if (!row.exec()) {
        write.fail(row.errorString());
    }
    write.audit(u"terminal.fence"_s, u"device"_s, device.id, {}, {{u"reason"_s, reason}});
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

bool SyncInbox::unfence(const Actor &actor, const QString &deviceId, ServiceError *error)
{
    if (!actor.can(Action::ShiftReview)) {
        *error = ServiceError::forbidden(u"%1 may not unfence terminals"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery shop = write.query(kDeviceShop);
    shop.bind(u":id"_s, deviceId);
    if (!shop.exec() || !shop.next()) {
        *error = ServiceError::notFound(u"no terminal %1"_s.arg(deviceId));
        return false;
    }
    const QString shopId = shop.value(0).toString();
    shop.finish();
    if (!actor.shopId.isEmpty() && actor.shopId != shopId) {
        *error = ServiceError::forbidden(u"this terminal belongs to another shop"_s);
        return false;
    }
    TenantQuery cursor = write.query(kUnfenceCursor);
    cursor.bind(u":device_id"_s, deviceId);
    if (!cursor.exec()) {
        write.fail(cursor.errorString());
    }
    TenantQuery row = write.query(kFenceDevice);
    row.bind(u":fenced"_s, 0);
    row.bind(u":id"_s, deviceId);
    if (!row.exec()) {
        write.fail(row.errorString());
    }
    write.audit(u"terminal.unfence"_s, u"device"_s, deviceId, {}, {});
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

bool SyncInbox::push(const SyncDevice &device, const QString &epoch, QList<SyncOp> ops, PushResult *result, ServiceError *error)
{
    *result = {};
    QString message;
    if (!this->epoch(&result->epoch, &message)) {
        *error = ServiceError::internal(message);
        return false;
    }
    // A bit flipped on the way: refuse the whole batch before anything of it is applied.
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (payloadHash(ops[i].payload).compare(ops[i].payloadHash, Qt::CaseInsensitive) != 0) {
            *error = ServiceError::validation(u"ops[%1].payload_hash"_s.arg(i), u"the payload of seq %1 does not match its hash"_s.arg(ops[i].seq),
                                              u"payload_hash_mismatch"_s);
            return false;
        }
    }
    std::stable_sort(ops.begin(), ops.end(), [](const SyncOp &a, const SyncOp &b) { return a.seq < b.seq; });
    for (qsizetype i = 1; i < ops.size(); ++i) {
        if (ops[i].seq == ops[i - 1].seq) {
            *error = ServiceError::validation(u"ops"_s, u"seq %1 is in the batch twice"_s.arg(ops[i].seq), u"duplicate_seq"_s);
            return false;
        }
    }

    Cursor cursor;
    if (!loadCursor(device, &cursor, error)) {
        return false;
    }
    result->ackedThrough = cursor.lastSeq;
    if (cursor.fenced) {
        result->status = PushResult::Status::Fenced;
        result->detail = cursor.fenceReason;
        return true;
    }
    if (epoch != result->epoch) {
        // The server is not the one the terminal last spoke to (restored from a backup): it has
        // what its cursor says; everything after that comes again from the terminal's archive.
        result->status = PushResult::Status::EpochChanged;
        result->resendFrom = cursor.lastSeq + 1;
        result->detail = u"the server's epoch is %1; resend from seq %2"_s.arg(result->epoch).arg(cursor.lastSeq + 1);
        return true;
    }

    // Ops the server has already: acknowledged only with the hash it stored, checked for the whole
    // batch first, so a cloned terminal is fenced before any of its ops is applied.
    for (const SyncOp &op : std::as_const(ops)) {
        if (op.seq > cursor.lastSeq) {
            break;
        }
        TenantQuery stored(m_context.database->connection(), device.companyId);
        stored.prepare(kStoredHash);
        stored.bind(u":device_id"_s, device.id);
        stored.bind(u":seq"_s, op.seq);
        if (!stored.exec()) {
            *error = ServiceError::internal(stored.errorString());
            return false;
        }
        const QString hash = stored.next() ? stored.value(0).toString() : (op.seq == cursor.lastSeq ? cursor.lastHash : QString());
        stored.finish();
        if (!hash.isEmpty() && hash.compare(op.payloadHash, Qt::CaseInsensitive) != 0) {
            const QString reason = u"seq %1 came again with another payload (op %2): two installations write as this device"_s.arg(op.seq).arg(op.opId);
            if (!fence(device, reason, error)) {
                return false;
            }
            result->status = PushResult::Status::Fenced;
            result->detail = reason;
            return true;
        }
    }

    for (const SyncOp &op : std::as_const(ops)) {
        if (op.seq <= cursor.lastSeq) {
            ++result->replayed;
            continue;
        }
        if (op.seq > cursor.lastSeq + 1) {
            result->status = PushResult::Status::Gap;
            result->resendFrom = cursor.lastSeq + 1;
            result->detail = u"seq %1 follows %2; resend from %3"_s.arg(op.seq).arg(cursor.lastSeq).arg(cursor.lastSeq + 1);
            break;
        }
        bool moved = false;
        if (!applyOne(device, op, cursor.lastSeq, result, &moved, error)) {
            return false;
        }
        if (moved) {
            // Another push of this device (a retry racing the first) got there first: look again.
            if (!loadCursor(device, &cursor, error)) {
                return false;
            }
            if (cursor.fenced) {
                result->status = PushResult::Status::Fenced;
                result->detail = cursor.fenceReason;
                break;
            }
            if (op.seq <= cursor.lastSeq) {
                ++result->replayed;
                continue;
            }
            result->status = PushResult::Status::Gap;
            result->resendFrom = cursor.lastSeq + 1;
            break;
        }
        cursor.lastSeq = op.seq;
        cursor.lastHash = op.payloadHash;
    }
    result->ackedThrough = cursor.lastSeq;
    return true;
}

bool SyncInbox::applyOne(const SyncDevice &device, const SyncOp &op, qint64 previousSeq, PushResult *result, bool *moved, ServiceError *error)
{
    *moved = false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(op.payload, &parseError);
    const QJsonObject payload = document.object();

    // The rows of a terminal's op say they came from it: the write's device is the terminal.
    CoreContext applyContext = m_context;
    applyContext.deviceId = device.id;
    Actor actor;
    actor.userId = actingUser(op.type, payload);
    actor.companyId = device.companyId;
    actor.shopId = device.shopId;
    actor.role = Role::ShopStaff;
    actor.deviceId = device.id;
    actor.label = u"sync"_s;

    ApplyOptions options;
    std::optional<ApplyOutcome> rejection;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        rejection = ApplyOutcome::rejected(u"invalid_payload"_s, u"the payload is not a JSON object"_s);
    } else if (!syncOpKnown(op.type, op.schemaVersion)) {
        rejection = ApplyOutcome::rejected(u"unknown_type"_s, u"this server does not know ops of type %1 version %2"_s.arg(op.type).arg(op.schemaVersion));
    }
    // At most three tries: the op, the sale again without its value ledger postings, the rejection.
    for (int attempt = 0; attempt < 3; ++attempt) {
        BusinessWrite write(applyContext, actor, device.companyId);
        if (!write.isOpen()) {
            *error = ServiceError::internal(write.errorString());
            return false;
        }
        TenantQuery advance = write.query(kAdvanceCursor);
        advance.bind(u":seq"_s, op.seq);
        advance.bind(u":hash"_s, op.payloadHash.toLower());
        advance.bind(u":now"_s, write.now());
        advance.bind(u":device_id"_s, device.id);
        advance.bind(u":previous"_s, previousSeq);
        if (!advance.exec()) {
            *error = ServiceError::internal(advance.errorString());
            return false;
        }
        if (advance.numRowsAffected() != 1) {
            *moved = true;
            return true;
        }
        ApplyOutcome outcome = rejection ? *rejection : applySyncOp(write, device, op, payload, options);
        if (outcome.kind == ApplyOutcome::Kind::Failed) {
            *error = ServiceError::internal(outcome.message);
            return false;
        }
        if (outcome.kind == ApplyOutcome::Kind::Rejected && !rejection) {
            if (outcome.code == "value_ledger_refused"_L1 && options.valueLedgers && op.type == "sale.committed"_L1) {
                options.valueLedgers = false;
                options.ledgerProblem = outcome.message;
            } else {
                rejection = outcome;
            }
            continue; // the write was failed by the applier: everything of this try is rolled back
        }
        if (rejection) {
            TenantQuery insert = write.query(kInsertRejection);
            insert.bind(u":id"_s, newId());
            insert.bind(u":device_id"_s, device.id);
            insert.bind(u":seq"_s, op.seq);
            insert.bind(u":op_id"_s, op.opId);
            insert.bind(u":type"_s, op.type);
            insert.bind(u":schema_version"_s, op.schemaVersion);
            insert.bind(u":payload"_s, QString::fromUtf8(op.payload));
            insert.bind(u":payload_hash"_s, op.payloadHash.toLower());
            insert.bind(u":occurred_at"_s, op.occurredAt);
            insert.bind(u":reason_code"_s, rejection->code);
            insert.bind(u":reason"_s, rejection->message);
            insert.bind(u":now"_s, write.now());
            if (!insert.exec()) {
                write.fail(insert.errorString());
            }
        }
        TenantQuery received = write.query(kInsertReceived);
        received.bind(u":device_id"_s, device.id);
        received.bind(u":seq"_s, op.seq);
        received.bind(u":op_id"_s, op.opId);
        received.bind(u":type"_s, op.type);
        received.bind(u":schema_version"_s, op.schemaVersion);
        received.bind(u":payload_hash"_s, op.payloadHash.toLower());
        received.bind(u":occurred_at"_s, op.occurredAt);
        received.bind(u":outcome"_s, rejection ? u"rejected"_s : u"applied"_s);
        received.bind(u":now"_s, write.now());
        if (!received.exec()) {
            write.fail(received.errorString());
        }
        if (!write.commit()) {
            *error = ServiceError::internal(write.errorString());
            return false;
        }
        if (rejection) {
            result->rejected.append(QJsonObject{{u"seq"_s, op.seq}, {u"op_id"_s, op.opId}, {u"type"_s, op.type}, {u"code"_s, rejection->code},
                                                {u"message"_s, rejection->message}});
        } else {
            ++result->applied;
        }
        return true;
    }
    *error = ServiceError::internal(u"op %1 could neither be applied nor rejected"_s.arg(op.seq));
    return false;
}

} // namespace kassa
