#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kassa::sync {

// One outbox row of this installation, as pushed.
struct OutboxOp {
    qint64 seq = 0;
    QString opId;
    QString type;
    int schemaVersion = 1;
    QByteArray payload; // exactly as stored and hashed
    QString payloadHash;
    qint64 occurredAt = 0;
    bool acked = false;

    // The push protocol's op: the payload travels as the JSON text it was hashed as.
    [[nodiscard]] QJsonObject toJson() const;
};

// This installation's identity towards the server (table sync_identity, written by Enrolment).
struct SyncIdentity {
    QString serverUrl;
    QString deviceId;
    QString token;
    QString companyId;
    QString shopId;
    QString receiptPrefix;
    QString epoch;
    bool fenced = false;
    QString fenceReason;

    // False with an empty `error` when this installation is not enrolled.
    static bool load(Database &database, SyncIdentity *identity, QString *error);
};

// Reads the outbox of one device in seq order, N rows at a time, and records acknowledgements.
// Acknowledged rows stay (archived): a server restored from a backup gets them again.
class OutboxBatch
{
public:
    // Rows of `deviceId` with seq >= `fromSeq`, acknowledged or not, in seq order: at most `limit`
    // rows and, past the first, at most `maxBytes` of payload.
    static bool read(Database &database, const QString &deviceId, qint64 fromSeq, int limit, qint64 maxBytes, QList<OutboxOp> *ops, QString *error);
    // The highest acknowledged seq (0 when none): where pushing resumes.
    static qint64 highestAcked(Database &database, const QString &deviceId);
    static qint64 pendingCount(Database &database, const QString &deviceId);
    // Marks every row through `throughSeq` acknowledged at `now` and stores the server's epoch, in
    // one transaction.
    static bool acknowledge(Database &database, const QString &deviceId, qint64 throughSeq, const QString &epoch, qint64 now, QString *error);
    // Records the fence the server reported, so the till can say so without asking again.
    static bool recordFence(Database &database, const QString &reason, QString *error);
    static bool storeEpoch(Database &database, const QString &epoch, QString *error);
};

} // namespace kassa::sync
