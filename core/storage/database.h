#pragma once

#include "dialect.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace kassa {

// Where Kassa keeps its data: an SQLite file (terminals, small servers, kassactl) or a PostgreSQL
// database (servers at scale). One object per database; each thread that uses it gets its own
// connection, because a QSqlDatabase connection belongs to the thread that opened it.
class Database
{
public:
    // What a commit must survive. Terminals and servers use Full (a committed sale survives power
    // loss); bulk tools may choose Normal while they load and then checkpoint.
    enum class Durability { Full, Normal };

    struct Location {
        Dialect::Kind kind = Dialect::Kind::Sqlite;
        QString path; // SQLite file
        QString host, user, password, databaseName; // PostgreSQL
        int port = 5432;
    };

    // Accepts "sqlite:PATH", a bare PATH, or "postgres://USER[:PASSWORD]@HOST[:PORT]/DB".
    static bool parseLocation(const QString &url, Location *location, QString *error);

    // Opens (creating an SQLite file if needed) and checks the connection works. Does not migrate.
    static std::unique_ptr<Database> open(const QString &url, QString *error, Durability durability = Durability::Full);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // This thread's connection, opened on first use with the same settings.
    [[nodiscard]] QSqlDatabase connection();
    [[nodiscard]] const Dialect &dialect() const { return m_dialect; }
    [[nodiscard]] const Location &location() const { return m_location; }

    // Brings the schema to the newest migration (or to `targetVersion`), each step in its own
    // transaction. Returns false and leaves the database at the last good version on failure.
    bool migrate(QString *error, int targetVersion = -1);
    int schemaVersion(QString *error);
    // The number of the newest migration shipped with this build.
    static int latestSchemaVersion();

    // A query prepared once per thread connection and reused: hot paths (ledger, outbox, audit)
    // skip re-parsing their SQL on every business operation.
    // The query stays owned by the database (valid until this thread's connection is released).
    [[nodiscard]] QSqlQuery *prepared(const QString &sql, QString *error = nullptr);

    // Drops this thread's connection (call before the thread ends).
    void releaseThreadConnection();
    // Closes every connection (before restoring a backup over the file).
    void closeAll();

private:
    Database(const Location &location, Durability durability);
    bool configure(QSqlDatabase &db, QString *error) const;

    Location m_location;
    Dialect m_dialect;
    Durability m_durability;
    QString m_namePrefix;
    QMutex m_mutex;
    QHash<Qt::HANDLE, QString> m_connectionNames;
    int m_nextConnection = 0;
    QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> m_preparedByConnection;
    // Per connection, the last query that did not prepare, kept so callers can read its error.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_failedByConnection;
};

// A write transaction for one business operation. Rolls back unless commit() succeeded, so an early
// return or a failed step never leaves half an operation behind.
class Transaction
{
public:
    Transaction(QSqlDatabase db, const Dialect &dialect);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] const QString &errorString() const { return m_error; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace kassa
