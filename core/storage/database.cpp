#include "database.h"
#include "migrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
QAtomicInt s_databaseCounter;
}

bool Database::parseLocation(const QString &url, Location *location, QString *error)
{
    Location result;
    if (url.startsWith("postgres://"_L1) || url.startsWith("postgresql://"_L1)) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = u"a PostgreSQL location looks like postgres://USER@HOST:PORT/DATABASE; got %1"_s.arg(url);
            return false;
        }
        result.kind = Dialect::Kind::Postgres;
        result.host = parsed.host();
        result.port = parsed.port(5432);
        result.user = parsed.userName();
        result.password = parsed.password();
        result.databaseName = parsed.path().mid(1);
    } else {
        result.kind = Dialect::Kind::Sqlite;
        result.path = url.startsWith("sqlite:"_L1) ? url.mid(7) : url;
        if (result.path.isEmpty()) {
            *error = u"the SQLite database path is empty"_s;
            return false;
        }
    }
    *location = result;
    return true;
}

std::unique_ptr<Database> Database::open(const QString &url, QString *error, Durability durability)
{
    Location location;
    if (!parseLocation(url, &location, error)) {
        return nullptr;
    }
    if (location.kind == Dialect::Kind::Sqlite) {
        const QFileInfo info(location.path);
        if (!info.absoluteDir().exists()) {
            *error = u"the folder of %1 does not exist"_s.arg(location.path);
            return nullptr;
        }
    }
    std::unique_ptr<Database> database(new Database(location, durability));
    QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        *error = u"cannot open %1: %2"_s.arg(url, db.lastError().text());
        return nullptr;
    }
    return database;
}

Database::Database(const Location &location, Durability durability)
    : m_location(location)
    , m_dialect(location.kind)
    , m_durability(durability)
    , m_namePrefix(u"kassa-%1"_s.arg(s_databaseCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    closeAll();
}

bool Database::configure(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    if (m_dialect.isSqlite()) {
        const QStringList pragmas = {
            u"PRAGMA journal_mode = WAL"_s,
            m_durability == Durability::Full ? u"PRAGMA synchronous = FULL"_s : u"PRAGMA synchronous = NORMAL"_s,
            u"PRAGMA foreign_keys = ON"_s,
            u"PRAGMA temp_store = MEMORY"_s,
            u"PRAGMA cache_size = -65536"_s, // 64 MiB page cache per connection
        };
        for (const QString &pragma : pragmas) {
            if (!query.exec(pragma)) {
                *error = query.lastError().text();
                return false;
            }
        }
    } else {
        if (!query.exec(u"SET TIME ZONE 'UTC'"_s) || !query.exec(u"SET client_min_messages = warning"_s)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlDatabase Database::connection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker lock(&m_mutex);
    const auto it = m_connectionNames.constFind(thread);
    if (it != m_connectionNames.constEnd()) {
        return QSqlDatabase::database(it.value(), false);
    }
    // A counter, not the number of open connections: after a thread released its connection, the
    // count would name a new connection like one still open, and Qt would drop that one.
    const QString name = m_namePrefix + u"-t"_s + QString::number(m_nextConnection++);
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    if (m_dialect.isSqlite()) {
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
    }
    QString error;
    if (db.open() && !configure(db, &error)) {
        db.close();
    }
    m_connectionNames.insert(thread, name);
    return db;
}

bool Database::migrate(QString *error, int targetVersion)
{
    return Migrator(m_dialect).migrate(connection(), targetVersion, error);
}

int Database::schemaVersion(QString *error)
{
    return m_dialect.schemaVersion(connection(), error);
}

int Database::latestSchemaVersion()
{
    // Which migrations exist does not depend on the dialect, only their dialect parts do.
    return Migrator(Dialect(Dialect::Kind::Sqlite)).latestVersion();
}

QSqlQuery *Database::prepared(const QString &sql, QString *error)
{
    const QSqlDatabase db = connection();
    QMutexLocker lock(&m_mutex);
    auto &cache = m_preparedByConnection[db.connectionName()];
    auto it = cache.find(sql);
    if (it == cache.end()) {
        auto query = std::make_shared<QSqlQuery>(db);
        query->setForwardOnly(Dialect::streamsResults(db));
        if (!query->prepare(sql)) {
            if (error) {
                *error = query->lastError().text();
            }
            // Kept per connection, so another thread's failure cannot free it under the caller.
            m_failedByConnection.insert(db.connectionName(), query);
            return query.get();
        }
        it = cache.insert(sql, query);
    }
    return it.value().get();
}

void Database::releaseThreadConnection()
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connectionNames.take(QThread::currentThreadId());
        m_preparedByConnection.remove(name);
        m_failedByConnection.remove(name); // no query may outlive its connection
    }
    if (!name.isEmpty()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

void Database::closeAll()
{
    QMutexLocker lock(&m_mutex);
    m_preparedByConnection.clear();
    m_failedByConnection.clear();
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connectionNames.clear();
}

Transaction::Transaction(QSqlDatabase db, const Dialect &dialect)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    m_active = query.exec(dialect.beginWriteTransaction());
    if (!m_active) {
        m_error = query.lastError().text();
    }
}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty()) {
            m_error = u"the transaction is not active"_s;
        }
        return false;
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        m_error = query.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s);
    m_active = false;
}

} // namespace kassa
