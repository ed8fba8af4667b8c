#pragma once

#include <QString>

class QSqlDatabase;

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

    // The schema version: PRAGMA user_version on SQLite, a one-row table on PostgreSQL.
    int schemaVersion(const QSqlDatabase &db, QString *error) const;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const;

private:
    Kind m_kind;
};

} // namespace kassa
