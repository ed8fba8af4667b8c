#include "backup.h"

#include "storage/database.h"
#include "services/syncinbox.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr int kBusyTimeoutMilliseconds = 15000;
constexpr qint64 kGiveUpWhenBusyMilliseconds = 60000;
const QByteArray kSqliteMagic = QByteArrayLiteral("SQLite format 3\0");

// One sqlite3 connection, closed when it goes out of scope.
class Connection
{
public:
    Connection() = default;
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open(const QString &path, int flags, QString *error)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            *error = u"cannot open %1: %2"_s.arg(path, message());
            return false;
        }
        sqlite3_busy_timeout(m_db, kBusyTimeoutMilliseconds);
        sqlite3_extended_result_codes(m_db, 1);
        return true;
    }

    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    [[nodiscard]] QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s; }

    // Runs `sql` and returns the first column of every row; false with `error` on failure.
    bool rows(const char *sql, QStringList *result, QString *error) const
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            *error = message();
            return false;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (result) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
                result->append(text ? QString::fromUtf8(text) : QString());
            }
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            *error = message();
            return false;
        }
        return true;
    }

    bool exec(const char *sql, QString *error) const { return rows(sql, nullptr, error); }

    QString firstValue(const char *sql, QString *error) const
    {
        QStringList result;
        return rows(sql, &result, error) && !result.isEmpty() ? result.first() : QString();
    }

private:
    sqlite3 *m_db = nullptr;
};

bool checkIntegrity(const Connection &db, const QString &what, QString *error)
{
    QStringList lines;
    QString failure;
    if (!db.rows("PRAGMA integrity_check", &lines, &failure)) {
        *error = u"%1 failed the integrity check: %2"_s.arg(what, failure);
        return false;
    }
    if (lines != QStringList{u"ok"_s}) {
        *error = u"%1 failed the integrity check: %2"_s.arg(what, lines.mid(0, 5).join(u"; "_s));
        return false;
    }
    return true;
}

QString sqlitePathOf(const QString &databaseUrl, const QString &tool, QString *error)
{
    Database::Location location;
    if (!Database::parseLocation(databaseUrl, &location, error)) {
        return {};
    }
    if (location.kind == Dialect::Kind::Postgres) {
        *error = u"%1 is a PostgreSQL database; use PostgreSQL's own tools: %2"_s.arg(databaseUrl, tool);
        return {};
    }
    return location.path;
}

// Copies every page of `source` into `destination` in steps of `pagesPerStep` (-1: all at once).
bool copyPages(const Connection &source, const Connection &destination, const BackupOptions &options, BackupStats *stats, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup) {
        *error = destination.message();
        return false;
    }
    QElapsedTimer busySince;
    int rc = SQLITE_OK;
    int pagesPerStep = options.pagesPerStep;
    int remaining = -1;
    int restarts = 0;
    for (;;) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        ++stats->steps;
        if (rc == SQLITE_DONE) {
            break;
        }
        // Without a pinned snapshot (a database not in WAL mode) every write by someone else
        // restarts the copy; after a few restarts, copy the rest in one step so it ends.
        const int nowRemaining = sqlite3_backup_remaining(backup);
        if (remaining >= 0 && nowRemaining > remaining && ++restarts >= 3) {
            pagesPerStep = -1;
        }
        remaining = nowRemaining;
        if (rc == SQLITE_OK) {
            busySince.invalidate();
        } else if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
            // Someone holds a lock the step needs; wait for them, but not for ever.
            if (!busySince.isValid()) {
                busySince.start();
            } else if (busySince.elapsed() > kGiveUpWhenBusyMilliseconds) {
                break;
            }
        } else {
            break;
        }
        QThread::msleep(qMax(options.pauseMilliseconds, (rc & 0xff) == SQLITE_OK ? 0 : 10));
    }
    stats->pages = sqlite3_backup_pagecount(backup);
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        *error = u"%1 (SQLite code %2)"_s.arg(rc == SQLITE_DONE ? destination.message() : QString::fromUtf8(sqlite3_errstr(rc))).arg(rc == SQLITE_DONE ? finish : rc);
        return false;
    }
    return true;
}

bool replaceFile(const QString &from, const QString &to, QString *error)
{
    // rename(2) replaces the target atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = u"cannot move %1 to %2: %3"_s.arg(from, to, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
}

// A byte copy of the database and its WAL, for keeping a database the backup API cannot read.
bool copyFiles(const QString &from, const QString &to, QString *error)
{
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        if (!QFile::exists(from + suffix)) {
            continue;
        }
        QFile::remove(to + suffix);
        if (!QFile::copy(from + suffix, to + suffix)) {
            *error = u"cannot copy %1 to %2"_s.arg(from + suffix, to + suffix);
            return false;
        }
    }
    return true;
}

} // namespace

bool backupDatabase(const QString &databaseUrl, const QString &backupPath, QString *error, BackupStats *stats, const BackupOptions &options)
{
    BackupStats ignored;
    stats = stats ? stats : &ignored;
    *stats = {};
    QElapsedTimer timer;
    timer.start();
    const QString path = sqlitePathOf(databaseUrl, u"pg_dump -Fc to back up, pg_restore to restore"_s, error);
    if (path.isEmpty()) {
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        *error = u"%1 does not exist"_s.arg(path);
        return false;
    }
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        *error = u"the backup cannot be the database itself"_s;
        return false;
    }
    if (!QFileInfo(backupPath).absoluteDir().exists()) {
        *error = u"the folder of %1 does not exist"_s.arg(backupPath);
        return false;
    }
    Connection source;
    if (!source.open(path, SQLITE_OPEN_READWRITE, error)) {
        return false;
    }
    QString failure;
    const QString journalMode = source.firstValue("PRAGMA journal_mode", &failure);
    if (!failure.isEmpty()) {
        *error = u"%1 is not a readable SQLite database: %2"_s.arg(path, failure);
        return false;
    }
    // In WAL mode a read transaction pins one snapshot without blocking writers. Holding it across
    // the steps keeps the copy consistent; without it, each write by a terminal between two steps
    // would restart the backup from the first page, and a busy shop would never finish one.
    const bool holdSnapshot = journalMode == "wal"_L1;
    if (holdSnapshot && (!source.exec("BEGIN", &failure) || !source.exec("SELECT COUNT(*) FROM sqlite_schema", &failure))) {
        *error = u"cannot start reading %1: %2"_s.arg(path, failure);
        return false;
    }

    const QString partial = backupPath + u".partial"_s;
    removeWithCompanions(partial);
    bool ok = false;
    {
        Connection destination;
        ok = destination.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error) && copyPages(source, destination, options, stats, error);
        if (holdSnapshot) {
            source.exec("COMMIT", &failure);
        }
        // A backup is one file to carry around: no -wal beside it.
        if (ok && !destination.exec("PRAGMA journal_mode = DELETE", &failure)) {
            *error = u"cannot finish %1: %2"_s.arg(partial, failure);
            ok = false;
        }
        if (ok && options.verify) {
            QElapsedTimer verifying;
            verifying.start();
            ok = checkIntegrity(destination, u"the backup"_s, error);
            stats->verifyMilliseconds = verifying.elapsed();
        }
    }
    if (!ok || !replaceFile(partial, backupPath, error)) {
        removeWithCompanions(partial);
        return false;
    }
    stats->bytes = QFileInfo(backupPath).size();
    stats->milliseconds = timer.elapsed();
    return true;
}

bool inspectBackup(const QString &backupPath, BackupFileInfo *info, QString *error)
{
    QFile file(backupPath);
    if (!QFileInfo(backupPath).isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = u"%1 does not exist or cannot be read"_s.arg(backupPath);
        return false;
    }
    if (file.read(kSqliteMagic.size()) != kSqliteMagic) {
        *error = u"%1 is not an SQLite database file"_s.arg(backupPath);
        return false;
    }
    info->bytes = file.size();
    file.close();
    Connection backup;
    if (!backup.open(backupPath, SQLITE_OPEN_READONLY, error) || !checkIntegrity(backup, backupPath, error)) {
        return false;
    }
    QString failure;
    const QString tables = backup.firstValue("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('companies', 'local_device')", &failure);
    if (!failure.isEmpty() || tables != "2"_L1) {
        *error = u"%1 is not a Kassa database%2"_s.arg(backupPath, failure.isEmpty() ? QString() : u": "_s + failure);
        return false;
    }
    info->schemaVersion = backup.firstValue("PRAGMA user_version", &failure).toInt();
    if (!failure.isEmpty()) {
        *error = u"cannot read the schema version of %1: %2"_s.arg(backupPath, failure);
        return false;
    }
    if (info->schemaVersion > Database::latestSchemaVersion()) {
        *error = u"%1 was made by a newer Kassa (schema version %2; this kassactl knows up to %3); restore it with that version"_s.arg(backupPath)
                     .arg(info->schemaVersion)
                     .arg(Database::latestSchemaVersion());
        return false;
    }
    return true;
}

bool restoreDatabase(const QString &databaseUrl, const QString &backupPath, RestoreResult *result, QString *error)
{
    *result = {};
    const QString path = sqlitePathOf(databaseUrl, u"pg_restore to restore a pg_dump archive"_s, error);
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        *error = u"the backup is the database itself"_s;
        return false;
    }
    BackupFileInfo info;
    if (!inspectBackup(backupPath, &info, error)) {
        return false;
    }
    result->backupSchemaVersion = info.schemaVersion;

    auto destination = std::make_unique<Connection>();
    if (!destination->open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error)) {
        return false;
    }
    // Leaving WAL mode needs the only connection, so this is also the check that no terminal or
    // server has the database open: restoring under a running Kassa would pull data from under it.
    QString failure;
    const QString mode = destination->firstValue("PRAGMA journal_mode = DELETE", &failure);
    if (mode != "delete"_L1) {
        *error = u"%1 is in use by another program (a Kassa terminal or server?); stop it before restoring%2"_s.arg(
            path, failure.isEmpty() ? QString() : u": "_s + failure);
        return false;
    }

    if (QFileInfo(path).size() > 0) {
        QString keep = path + u".before-restore-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        for (int n = 2; QFile::exists(keep); ++n) {
            keep = path + u".before-restore-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s) + u'-' + QString::number(n);
        }
        BackupOptions asIs;
        asIs.verify = false; // the database being replaced may be the damaged one; keep it whatever it holds
        asIs.pagesPerStep = -1;
        QString copyError;
        if (!backupDatabase(path, keep, &copyError, nullptr, asIs) && !copyFiles(path, keep, &copyError)) {
            *error = u"cannot keep a copy of the current database, so nothing was restored: %1"_s.arg(copyError);
            return false;
        }
        result->previousCopy = keep;
    }

    {
        Connection source;
        BackupStats stats;
        BackupOptions allAtOnce;
        allAtOnce.pagesPerStep = -1; // one step is one transaction on the destination: all or nothing
        if (!source.open(backupPath, SQLITE_OPEN_READONLY, error)) {
            return false;
        }
        if (!copyPages(source, *destination, allAtOnce, &stats, error)) {
            *error = u"cannot restore into %1 (it is unchanged): %2"_s.arg(path, *error);
            return false;
        }
    }
    destination.reset(); // Database::open below takes over, and switches back to WAL

    std::unique_ptr<Database> database = Database::open(databaseUrl, error);
    if (!database || !database->migrate(error)) {
        *error = u"restored, but cannot bring it to the newest schema: %1"_s.arg(*error);
        return false;
    }
    result->schemaVersion = database->schemaVersion(error);
    // A restored server may have lost ops it had acknowledged: a new epoch makes every terminal
    // offer its archived ops again (they are applied once; what is here already is acknowledged).
    if (!SyncInbox::renewEpoch(*database, nullptr, error)) {
        *error = u"restored, but cannot renew the sync epoch: %1"_s.arg(*error);
        return false;
    }
    return true;
}

} // namespace kassa
