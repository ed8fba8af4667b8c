#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace kassa {

class Database;

// One change of a pulled page (GET /sync/v1/pull), as the terminal received it.
struct PulledChange {
    qint64 seq = 0;
    QString type;
    int schemaVersion = 1;
    QByteArray payload; // compact JSON object
    qint64 occurredAt = 0;
};

struct PullCursor {
    QString epoch; // the server epoch the cursor counts in ('' before the first pull)
    qint64 after = 0;
};

struct FeedApplyResult {
    int applied = 0;
    int kept = 0; // kept raw in sync_kept_changes (not understood, or refused by local data)
    int skipped = 0; // at or below the cursor already (a page pulled again)
    qint64 cursor = 0; // after the page
};

// The terminal's end of the pull path: applies a page of the server's change feed and advances
// the pull cursor in ONE local transaction, so after a crash either both are there or neither.
// Server-owned data (catalog, prices, listings, users) is overwritten with the server's version;
// stock levels are set to the server's plus what this terminal sold and has not pushed yet (kept
// equal to the local ledger by a local adjustment movement that is never pushed); a change of a type
// or version this build does not know, or one the local data refuses, is kept raw, never skipped.
class FeedApplier
{
public:
    // `companyId` and `deviceId` are this terminal's (sync_identity).
    FeedApplier(Database &database, const QString &companyId, const QString &deviceId);

    static bool cursor(Database &database, PullCursor *cursor, QString *error);
    // Whether this build applies changes of `type` and `schemaVersion`.
    static bool understands(const QString &type, int schemaVersion);

    // Applies `changes` (those with seq at or below the stored cursor of the same epoch are skipped)
    // and stores max(cursor, nextAfter) with `epoch`. False (nothing written) when the database
    // refused the page as a whole.
    bool apply(const QString &epoch, const QList<PulledChange> &changes, qint64 nextAfter, FeedApplyResult *result, QString *error);

private:
    enum class Outcome { Applied, Kept, Failed };
    Outcome applyOne(const PulledChange &change, QString *reason);
    bool keep(const QString &epoch, const PulledChange &change, const QString &reason, qint64 now, QString *error);
    bool pendingStock(QString *error);

    Database &m_database;
    QString m_companyId;
    QString m_deviceId;
    qint64 m_now = 0;
    QHash<QString, qint64> m_pending; // "location|variant" -> on-hand delta of unpushed local movements
};

} // namespace kassa
