#pragma once

#include "corecontext.h"
#include "serviceerror.h"

#include "domain/actor.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace kassa {

// One op as a terminal pushes it: an outbox row of that terminal.
struct SyncOp {
    qint64 seq = 0;
    QString opId;
    QString type;
    int schemaVersion = 1;
    QByteArray payload; // the outbox text exactly as the terminal hashed it (compact JSON, UTF-8)
    QString payloadHash; // hex SHA-256 of `payload`
    qint64 occurredAt = 0; // the terminal's hybrid-logical-clock stamp
};

// An enrolled device as the server knows it (what its token resolves to).
struct SyncDevice {
    QString id;
    QString companyId;
    QString shopId;
    QString name;
    QString receiptPrefix;
};

struct EnrolmentCode {
    QString id;
    QString code; // shown once; only its digest is kept
    QString shopId;
    QString name;
    qint64 expiresAt = 0;
};

struct EnrolledDevice {
    QString deviceId;
    QString token; // shown once; only its digest is kept
    QString companyId;
    QString shopId;
    QString name;
    QString receiptPrefix;
    QString epoch;
};

struct PushResult {
    enum class Status {
        Accepted, // every op of the batch is applied, rejected or was there already
        Gap, // an op's seq is beyond the cursor + 1: resend from `resendFrom`; what came before it is applied
        Fenced, // the device is fenced (now or earlier): nothing applied
        EpochChanged, // the terminal knows another epoch: resend from `resendFrom`, nothing applied
    };
    Status status = Status::Accepted;
    qint64 ackedThrough = 0; // the cursor after this push
    qint64 resendFrom = 0;
    QString epoch; // the server's
    QJsonArray rejected; // [{seq, op_id, type, code, message}] of ops consumed without effect in this push
    int applied = 0;
    int replayed = 0; // seq <= cursor with the stored hash: acknowledged, not applied again
    QString detail; // why, for Gap / Fenced / EpochChanged
};

// The server's end of the push path (DESIGN.md, Synchronisation): enrolment codes and device
// credentials, the database's epoch, and the exactly-once application of a terminal's outbox.
// Each op is applied and the device's cursor advanced in one transaction; an op that fails
// business validation is consumed as a rejection in one transaction of its own; a sale is never
// rejected for business reasons (price, stock, gift card balance): it goes in and what is odd
// about it becomes a sync exception.
class SyncInbox
{
public:
    static constexpr qint64 kEnrolmentCodeLifetime = 24LL * 60 * 60 * 1000;
    static constexpr int kEnrolmentCodeLength = 12;
    // Digits and capitals without 0/O, 1/I/L: read aloud or typed from a screen without mistakes.
    static constexpr const char *kEnrolmentAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    explicit SyncInbox(CoreContext &context) : m_context(context) { }

    // The database's epoch, made on first use.
    bool epoch(QString *epoch, QString *error);
    // Gives the database a new epoch (after a restore): terminals then offer their archived ops.
    static bool renewEpoch(Database &database, QString *epoch, QString *error);

    // A one-time code for a new till of `shopId`, valid 24 h. Needs shift_review (shop managers
    // and above), and a shop-bound manager only for her own shop.
    bool createEnrolmentCode(const Actor &actor, const QString &shopId, const QString &name, EnrolmentCode *code, ServiceError *error);
    // Consumes the code and makes the device: its row (kind terminal, the code's shop, receipt
    // prefix SHOPCODE-N unique in the company), its credential and its push cursor.
    bool enrol(const QString &code, const QString &name, EnrolledDevice *device, ServiceError *error);
    // The device a token belongs to (401 when none, revoked or fenced-and-retired).
    bool authenticate(const QString &token, SyncDevice *device, ServiceError *error);

    // Applies a batch. False only for internal failures (database down); every protocol outcome is
    // in `result`. A batch whose payload does not match its hash is refused whole (validation).
    bool push(const SyncDevice &device, const QString &epoch, QList<SyncOp> ops, PushResult *result, ServiceError *error);

    // Lets a fenced device push again (a manager decided which copy of the terminal is the real one).
    bool unfence(const Actor &actor, const QString &deviceId, ServiceError *error);

    static QString payloadHash(const QByteArray &payload);
    // Upper case, without spaces and dashes, as codes are typed.
    static QString normalizeEnrolmentCode(const QString &code);

private:
    struct Cursor {
        qint64 lastSeq = 0;
        QString lastHash;
        bool fenced = false;
        QString fenceReason;
    };
    bool loadCursor(const SyncDevice &device, Cursor *cursor, ServiceError *error);
    bool fence(const SyncDevice &device, const QString &reason, ServiceError *error);
    // Applies one op whose seq is cursor + 1. `moved` is set when another push advanced the cursor
    // meanwhile (nothing done; the caller looks again).
    bool applyOne(const SyncDevice &device, const SyncOp &op, qint64 previousSeq, PushResult *result, bool *moved, ServiceError *error);

    CoreContext &m_context;
};

} // namespace kassa
