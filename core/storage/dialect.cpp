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
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS kassa_schema_version (version INTEGER NOT NULL)"_s)) {
        *error = query.lastError().text();
        return -1;
    }
    if (!query.exec(u"SELECT version FROM kassa_schema_version"_s)) {
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
        ok = query.exec(u"DELETE FROM kassa_schema_version"_s) && query.prepare(u"INSERT INTO kassa_schema_version (version) VALUES (?)"_s);
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

} // namespace kassa
