#pragma once

#include <QString>

namespace kassa {

// Backups of an SQLite database with SQLite's online backup API, and restoring them. A PostgreSQL
// database is backed up with its own tools (pg_dump / pg_restore); these functions say so.

struct BackupOptions {
    int pagesPerStep = 1024; // pages copied per step (4 MiB at SQLite's default page size)
    int pauseMilliseconds = 1; // rest between steps, so the disk stays free for the shop's writes
    bool verify = true; // run PRAGMA integrity_check on the copy before calling it done
};

struct BackupStats {
    qint64 pages = 0;
    qint64 bytes = 0;
    qint64 milliseconds = 0; // all of it, the integrity check included
    qint64 verifyMilliseconds = 0; // the integrity check alone
    int steps = 0;
};

// Copies the database at `databaseUrl` (a path or sqlite:PATH) to `backupPath` while it is in use.
// The copy is one consistent moment: on a WAL database the backup holds one read transaction for
// its whole run, which writers do not wait for, and copies in steps with a short rest between
// them. The copy is written next to `backupPath` first, made a self-contained file (no -wal),
// checked with PRAGMA integrity_check and only then renamed into place, so `backupPath` is either
// the old file or a sound new backup.
bool backupDatabase(const QString &databaseUrl, const QString &backupPath, QString *error, BackupStats *stats = nullptr, const BackupOptions &options = {});

struct BackupFileInfo {
    int schemaVersion = 0;
    qint64 bytes = 0;
};

// Whether `backupPath` can be restored by this build: an SQLite file that passes integrity_check,
// holds Kassa's tables, and has a schema version no newer than the newest migration this build has.
bool inspectBackup(const QString &backupPath, BackupFileInfo *info, QString *error);

struct RestoreResult {
    QString previousCopy; // where the database as it was before is kept; empty if there was none
    int backupSchemaVersion = 0;
    int schemaVersion = 0; // after migrating the restored data
};

// Replaces the database at `databaseUrl` with the backup at `backupPath`: checks the backup
// (inspectBackup), keeps a copy of the current database as PATH.before-restore-<UTC time>, copies
// the backup in with the backup API (one transaction: on failure the database is as it was), and
// migrates it to the newest schema. Refused while another program has the database open.
bool restoreDatabase(const QString &databaseUrl, const QString &backupPath, RestoreResult *result, QString *error);

} // namespace kassa
