#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace kassa {

// The few places where SQLite and PostgreSQL differ. Everything else Kassa writes is SQL both
// understand (BIGINT, TEXT, CHECK, ON CONFLICT, RETURNING, partial indexes), so this stays small.
class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit Dialect(Kind kind)
        : m_kind(kind)
    {
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isSqlite() const { return m_kind == Kind::Sqlite; }
    [[nodiscard]] QString name() const;
    // The Qt SQL driver for this dialect.
    [[nodiscard]] QString driverName() const;
    // File suffix of the dialect-only part of a migration (0001_x.sqlite.sql).
    [[nodiscard]] QString migrationSuffix() const;
    // Opens a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE) so two
    // writers never deadlock upgrading a read lock; PostgreSQL locks rows as it goes.
    [[nodiscard]] QString beginWriteTransaction() const;

    // The schema version: PRAGMA user_version on SQLite, a one-row table on PostgreSQL. Reading
    // it creates nothing (0 for a new database), so it is safe while another process migrates.
    int schemaVersion(const QSqlDatabase &db, QString *error) const;
    // Inside the migration's transaction (after lockTransaction(Migrations)).
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const;

    // Work that must not run in two transactions at once, whichever process runs them.
    enum class Serialized : qint64 {
        Migrations = 0x4b61737361000001, // two servers starting on one fresh database migrate once
        OutboxNumbering = 0x4b61737361000002, // outbox seq is MAX + 1 per device: one writer numbers at a time
        DeviceIdentity = 0x4b61737361000003, // the one local_device row is made once
    };
    // Holds `what` until the current transaction ends. SQLite needs nothing: BEGIN IMMEDIATE has
    // already made this the only writer. PostgreSQL takes a transaction-scoped advisory lock.
    bool lockTransaction(const QSqlDatabase &db, Serialized what, QString *error) const;

    // Whether queries on `db` may read their result forward-only. QPSQL streams a forward-only
    // result row by row and drops its unread rest when another query runs on the connection;
    // services do run queries while reading another's rows, so on PostgreSQL results come whole.
    static bool streamsResults(const QSqlDatabase &db);

private:
    Kind m_kind;
};

// The text of a database error, with constraint failures worded the same on both databases
// ("UNIQUE constraint failed: …", "FOREIGN KEY constraint failed: …", "CHECK …", "NOT NULL …",
// SQLite's words), so messages and the code that recognises them do not depend on the backend.
QString sqlErrorText(const QSqlError &error);

} // namespace kassa
