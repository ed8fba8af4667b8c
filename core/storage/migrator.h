#pragma once

#include "dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace kassa {

// The numbered migrations in resources/migrations, compiled into the binary. A migration is
// NNNN_name.sql (portable SQL) plus optional NNNN_name.sqlite.sql / NNNN_name.postgres.sql for what
// only one dialect has (FTS5, tsvector).
struct Migration {
    int version = 0;
    QString name;
    QStringList statements; // the portable part first, then the dialect's own
};

class Migrator
{
public:
    explicit Migrator(const Dialect &dialect)
        : m_dialect(dialect)
    {
    }

    [[nodiscard]] QList<Migration> migrations() const;
    [[nodiscard]] int latestVersion() const;

    // Applies every migration above the current version up to `targetVersion` (-1: all), each in
    // its own transaction that also records the new version.
    bool migrate(const QSqlDatabase &db, int targetVersion, QString *error) const;

    // Splits a migration file into statements at semicolons that end a line; `--` comment lines go.
    // A CREATE TRIGGER is one statement up to the semicolon after the END of its body, whatever
    // semicolons its body's statements end with.
    static QStringList splitStatements(const QString &sql);

private:
    Dialect m_dialect;
};

} // namespace kassa
