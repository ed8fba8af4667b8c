#include "dialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

QString Dialect::name() const
{
    return isSqlite() ? u"sqlite"_s : u"postgres"_s;
}

QString Dialect::driverName() const
{
    return isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString Dialect::migrationSuffix() const
{
    return isSqlite() ? u".sqlite.sql"_s : u".postgres.sql"_s;
}

QString Dialect::beginWriteTransaction() const
{
    return isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

int Dialect::schemaVersion(const QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    if (isSqlite()) {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
            *error = query.lastError().text();
            return -1;
        }
        return query.value(0).toInt();
    }
    // Only a migration creates the table (under its lock): CREATE TABLE IF NOT EXISTS run by two
    // processes at once can still fail on PostgreSQL, and /readyz asks for the version often.
    // A query on pg_tables, not to_regclass(): that one answers from the backend's catalog cache,
    // which still says "no such table" after waiting for the migration lock while another process
    // created it; the query reads with the statement's snapshot.
    if (!query.exec(u"SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'kassa_schema_version'"_s)
        || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toLongLong() == 0) {
        return 0;
    }
    if (!query.exec(u"SELECT MAX(version) FROM kassa_schema_version"_s)) {
        *error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

bool Dialect::setSchemaVersion(const QSqlDatabase &db, int version, QString *error) const
{
    QSqlQuery query(db);
    bool ok = false;
    if (isSqlite()) {
        // PRAGMA takes no bound parameters; the version is an int we produced ourselves.
        ok = query.exec(u"PRAGMA user_version = %1"_s.arg(version));
    } else {
        ok = query.exec(u"CREATE TABLE IF NOT EXISTS kassa_schema_version (version INTEGER NOT NULL)"_s)
            && query.exec(u"DELETE FROM kassa_schema_version"_s) && query.prepare(u"INSERT INTO kassa_schema_version (version) VALUES (?)"_s);
        if (ok) {
            query.addBindValue(version);
            ok = query.exec();
        }
    }
    if (!ok) {
        *error = query.lastError().text();
    }
    return ok;
}

bool Dialect::lockTransaction(const QSqlDatabase &db, Serialized what, QString *error) const
{
    if (isSqlite()) {
        return true;
    }
    QSqlQuery query(db);
    // The key is one of our constants, not input.
    if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(qint64(what)))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool Dialect::streamsResults(const QSqlDatabase &db)
{
    return db.driverName() != "QPSQL"_L1;
}

QString sqlErrorText(const QSqlError &error)
{
    // QPSQL reports the SQLSTATE as the native code; class 23 is "integrity constraint violation".
    static const struct {
        const char *state;
        const char *words;
    } kConstraints[] = {{"23505", "UNIQUE"}, {"23503", "FOREIGN KEY"}, {"23514", "CHECK"}, {"23502", "NOT NULL"}};
    const QString state = error.nativeErrorCode();
    for (const auto &constraint : kConstraints) {
        if (state == QLatin1StringView(constraint.state)) {
            QString detail = error.databaseText();
            detail.remove(u"ERROR:  "_s);
            detail.replace(u"\nDETAIL:  "_s, u"; "_s);
            return u"%1 constraint failed: %2"_s.arg(QLatin1StringView(constraint.words), detail.simplified());
        }
    }
    return error.text();
}

} // namespace kassa
