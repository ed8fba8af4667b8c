#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMigrations, "kassa.core.migrations")

namespace kassa {

namespace {
const QString kMigrationDir = u":/kassa/migrations"_s;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Follows BEGIN … END (and CASE … END, which a trigger body may hold) through the lines of one
// statement, outside string literals, quoted names and `--` comments.
class BlockScanner
{
public:
    void scan(const QString &line)
    {
        QString word;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            const QChar c = i < line.size() ? line.at(i) : QChar(u' ');
            if (!m_quote.isNull()) {
                if (c == m_quote && i < line.size()) {
                    m_quote = QChar(); // a doubled quote closes and opens again: the same
                }
                continue;
            }
            if (c.isLetterOrNumber() || c == u'_' || c == u'$') {
                word += c;
                continue;
            }
            countWord(word);
            word.clear();
            if (c == u'\'' || c == u'"' || c == u'`') {
                m_quote = c;
            } else if (c == u'[') {
                m_quote = u']';
            } else if (c == u'-' && i + 1 < line.size() && line.at(i + 1) == u'-') {
                break;
            }
        }
    }
    // Whether a block was opened and every block opened has ended.
    [[nodiscard]] bool closed() const { return m_opened && m_depth <= 0 && m_quote.isNull(); }

private:
    void countWord(const QString &word)
    {
        if (word.compare("BEGIN"_L1, Qt::CaseInsensitive) == 0 || word.compare("CASE"_L1, Qt::CaseInsensitive) == 0) {
            ++m_depth;
            m_opened = true;
        } else if (word.compare("END"_L1, Qt::CaseInsensitive) == 0) {
            --m_depth;
        }
    }

    int m_depth = 0;
    bool m_opened = false;
    QChar m_quote; // the character that ends the literal or quoted name being read
};
} // namespace

QStringList Migrator::splitStatements(const QString &sql)
{
    static const QRegularExpression createTrigger(u"^\\s*CREATE\\s+(?:TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool trigger = false; // the statement being read is a CREATE TRIGGER
    BlockScanner scanner;
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith("--"_L1)) {
            continue;
        }
        current += line + u'\n';
        scanner.scan(line);
        trigger = trigger || createTrigger.match(current).hasMatch();
        // A trigger's body holds statements of its own: it ends at the semicolon after its END.
        if (trimmed.endsWith(u';') && (!trigger || scanner.closed())) {
            current = current.trimmed();
            current.chop(1);
            statements.append(current);
            current.clear();
            trigger = false;
            scanner = BlockScanner();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

QList<Migration> Migrator::migrations() const
{
    static const QRegularExpression portableName(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> result;
    const QStringList files = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = portableName.match(file);
        if (!match.hasMatch()) {
            continue; // a dialect part, picked up with its portable file below
        }
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        migration.statements = splitStatements(readResource(kMigrationDir + u'/' + file));
        const QString dialectPart = kMigrationDir + u'/' + match.captured(1) + u'_' + migration.name + m_dialect.migrationSuffix();
        if (QFile::exists(dialectPart)) {
            migration.statements += splitStatements(readResource(dialectPart));
        }
        result.append(migration);
    }
    std::sort(result.begin(), result.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion() const
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

bool Migrator::migrate(const QSqlDatabase &db, int targetVersion, QString *error) const
{
    const QList<Migration> all = migrations();
    const int latest = all.isEmpty() ? 0 : all.last().version;
    const auto tooNew = [&](int version) {
        *error = u"the database has schema version %1 but this Kassa knows only up to %2; use a newer Kassa"_s.arg(version).arg(latest);
        return false;
    };
    const int current = m_dialect.schemaVersion(db, error);
    if (current < 0) {
        return false;
    }
    if (current > latest) {
        return tooNew(current);
    }
    for (const Migration &migration : all) {
        if (migration.version <= current || (targetVersion >= 0 && migration.version > targetVersion)) {
            continue;
        }
        QSqlQuery query(db);
        if (!query.exec(m_dialect.beginWriteTransaction())) {
            *error = u"migration %1: cannot begin: %2"_s.arg(migration.version).arg(query.lastError().text());
            return false;
        }
        const auto abandon = [&db] {
            QSqlQuery rollback(db);
            rollback.exec(u"ROLLBACK"_s);
            return false;
        };
        // Another process (a second kassa-server on the same PostgreSQL, a kassactl next to a
        // server) may have migrated since the version was read: read it again once this
        // transaction is the only one that may migrate.
        if (!m_dialect.lockTransaction(db, Dialect::Serialized::Migrations, error)) {
            return abandon();
        }
        const int now = m_dialect.schemaVersion(db, error);
        if (now < 0) {
            return abandon();
        }
        if (now > latest) {
            abandon();
            return tooNew(now);
        }
        if (now >= migration.version) {
            abandon();
            continue;
        }
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                *error = u"migration %1_%2 failed: %3\nin: %4"_s.arg(migration.version, 4, 10, QChar(u'0')).arg(migration.name, query.lastError().text(), statement);
                ok = false;
                break;
            }
        }
        ok = ok && m_dialect.setSchemaVersion(db, migration.version, error);
        if (!ok || !query.exec(u"COMMIT"_s)) {
            if (ok) {
                *error = query.lastError().text();
            }
            return abandon();
        }
        qCInfo(lcMigrations) << "applied migration" << migration.version << migration.name;
    }
    return true;
}

} // namespace kassa
