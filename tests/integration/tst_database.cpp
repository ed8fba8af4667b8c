// kassa::Database: one connection per thread with the production settings, statements prepared
// once and reused, and connections that come and go with their threads without disturbing others.

#include "storage/database.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using kassa::Database;

namespace
{

bool companiesReadable(Database &database, QString *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM companies"_s) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void parseLocation_data();
    void parseLocation();
    void preparedStatementsAreReused();
    void failedPrepareKeepsItsError();
    void connectionsPerThread();
    void threadsComeAndGo();
    void transactionRollsBackUnlessCommitted();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_database = Database::open(u"sqlite:"_s + m_dir->filePath(u"kassa.db"_s), &error);
    QVERIFY2(m_database, qPrintable(error));
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    // No connection may be dropped or left with live queries behind anybody's back.
    QTest::failOnWarning(QRegularExpression(u"duplicate connection name|still in use"_s));
}

void TestDatabase::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestDatabase::parseLocation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("description"); // kind|path or kind|user@host:port/db
    QTest::newRow("bare-path") << u"/var/lib/kassa/kassa.db"_s << true << u"sqlite|/var/lib/kassa/kassa.db"_s;
    QTest::newRow("sqlite-prefix") << u"sqlite:shop.db"_s << true << u"sqlite|shop.db"_s;
    QTest::newRow("postgres") << u"postgres://kassa:secret@db.example.com:6543/kassa"_s << true << u"postgres|kassa@db.example.com:6543/kassa"_s;
    QTest::newRow("postgresql-default-port") << u"postgresql://kassa@localhost/shops"_s << true << u"postgres|kassa@localhost:5432/shops"_s;
    QTest::newRow("postgres-without-database") << u"postgres://kassa@localhost/"_s << false << QString();
    QTest::newRow("postgres-without-host") << u"postgres:///kassa"_s << false << QString();
    QTest::newRow("empty-sqlite-path") << u"sqlite:"_s << false << QString();
}

void TestDatabase::parseLocation()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, description);
    Database::Location location;
    QString error;
    QCOMPARE(Database::parseLocation(url, &location, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    const QString actual = location.kind == kassa::Dialect::Kind::Sqlite
        ? u"sqlite|"_s + location.path
        : u"postgres|%1@%2:%3/%4"_s.arg(location.user, location.host).arg(location.port).arg(location.databaseName);
    QCOMPARE(actual, description);
}

void TestDatabase::preparedStatementsAreReused()
{
    const QString sql = u"SELECT COUNT(*) FROM companies WHERE slug = :slug"_s;
    QString error;
    QSqlQuery *first = m_database->prepared(sql, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery *again = m_database->prepared(sql, &error);
    QCOMPARE(again, first);
    QVERIFY(m_database->prepared(u"SELECT COUNT(*) FROM shops"_s) != first);

    // Reused with new bindings, it answers for each.
    QSqlQuery insert(m_database->connection());
    QVERIFY(insert.exec(u"INSERT INTO companies (id, slug, name, currency, created_at, updated_at) VALUES ('c1', 'acme', 'Acme', 'EUR', 0, 0)"_s));
    for (const auto &[slug, count] : { std::pair { u"acme"_s, 1 }, std::pair { u"other"_s, 0 }, std::pair { u"acme"_s, 1 } }) {
        first->bindValue(u":slug"_s, slug);
        QVERIFY2(first->exec() && first->next(), qPrintable(first->lastError().text()));
        QCOMPARE(first->value(0).toInt(), count);
        first->finish();
    }
}

void TestDatabase::failedPrepareKeepsItsError()
{
    QString error;
    QSqlQuery *broken = m_database->prepared(u"SELECT missing_column FROM nowhere"_s, &error);
    QVERIFY(broken);
    QVERIFY2(error.contains(u"nowhere"_s), qPrintable(error));
    QVERIFY(broken->lastError().isValid());
    // A failed statement is not cached: the next attempt prepares (and fails) again.
    QString again;
    QVERIFY(m_database->prepared(u"SELECT missing_column FROM nowhere"_s, &again));
    QCOMPARE(again, error);
    // Closing the database leaves no query behind on its connection (failOnWarning in init()).
    m_database->closeAll();
    QString readError;
    QVERIFY2(companiesReadable(*m_database, &readError), qPrintable(readError));
}

void TestDatabase::connectionsPerThread()
{
    QString error;
    QVERIFY(companiesReadable(*m_database, &error));
    const QString mainName = m_database->connection().connectionName();
    QString threadName, threadError;
    bool threadOk = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        threadName = m_database->connection().connectionName();
        threadOk = companiesReadable(*m_database, &threadError);
        // The production settings hold on every thread's connection.
        QSqlQuery query(m_database->connection());
        threadOk = threadOk && query.exec(u"PRAGMA foreign_keys"_s) && query.next() && query.value(0).toInt() == 1;
        query.finish();
        threadOk = threadOk && query.exec(u"PRAGMA synchronous"_s) && query.next() && query.value(0).toInt() == 2;
        query.finish();
        m_database->releaseThreadConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(30000));
    QVERIFY2(threadOk, qPrintable(threadError));
    QVERIFY(threadName != mainName);
    QCOMPARE(m_database->connection().connectionName(), mainName);
}

void TestDatabase::threadsComeAndGo()
{
    // Thread A and B hold connections; A ends and releases its connection; C connects while B is
    // still working. B's connection must be untouched by C's arrival.
    QString error;
    QVERIFY(companiesReadable(*m_database, &error));
    QSemaphore aConnected, bConnected, aMayLeave, bMayContinue;
    QString aName, bName, cName, bError;
    bool bFirst = false, bSecond = false, cOk = false;
    std::unique_ptr<QThread> a(QThread::create([&] {
        aName = m_database->connection().connectionName();
        aConnected.release();
        aMayLeave.acquire();
        m_database->releaseThreadConnection();
    }));
    std::unique_ptr<QThread> b(QThread::create([&] {
        bName = m_database->connection().connectionName();
        bFirst = companiesReadable(*m_database, &bError);
        bConnected.release();
        bMayContinue.acquire();
        bSecond = companiesReadable(*m_database, &bError);
        m_database->releaseThreadConnection();
    }));
    std::unique_ptr<QThread> c(QThread::create([&] {
        QString cError;
        cName = m_database->connection().connectionName();
        cOk = companiesReadable(*m_database, &cError);
        m_database->releaseThreadConnection();
    }));
    a->start();
    aConnected.acquire();
    b->start();
    bConnected.acquire();
    aMayLeave.release();
    QVERIFY(a->wait(30000));
    c->start();
    QVERIFY(c->wait(30000));
    bMayContinue.release();
    QVERIFY(b->wait(30000));

    QVERIFY(cOk);
    QVERIFY2(bFirst && bSecond, qPrintable(bError));
    QVERIFY(cName != bName);
    QVERIFY(aName != bName);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    const auto count = [this] {
        QSqlQuery query(m_database->connection());
        return query.exec(u"SELECT COUNT(*) FROM companies"_s) && query.next() ? query.value(0).toInt() : -1;
    };
    {
        kassa::Transaction transaction(m_database->connection(), m_database->dialect());
        QVERIFY(transaction.isActive());
        QSqlQuery insert(m_database->connection());
        QVERIFY(insert.exec(u"INSERT INTO companies (id, slug, name, currency, created_at, updated_at) VALUES ('c1', 'acme', 'Acme', 'EUR', 0, 0)"_s));
        QCOMPARE(count(), 1);
    }
    QCOMPARE(count(), 0);
    {
        kassa::Transaction transaction(m_database->connection(), m_database->dialect());
        QSqlQuery insert(m_database->connection());
        QVERIFY(insert.exec(u"INSERT INTO companies (id, slug, name, currency, created_at, updated_at) VALUES ('c1', 'acme', 'Acme', 'EUR', 0, 0)"_s));
        QVERIFY2(transaction.commit(), qPrintable(transaction.errorString()));
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit());
        QCOMPARE(transaction.errorString(), u"the transaction is not active"_s);
    }
    QCOMPARE(count(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
