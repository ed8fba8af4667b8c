// Backup and restore: a backup taken while a writer keeps posting stock is sound (SQLite integrity,
// ledger equal to levels) and the writer is not held up; restoring it brings that moment back and
// keeps the replaced database; files that are damaged, not Kassa's, or from a newer Kassa are
// refused and leave the current database as it was.

#include "ops/backup.h"
#include "ops/integritycheck.h"
#include "services/stockservice.h"
#include "testfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Makes the database a few megabytes, so a backup in small steps takes long enough for the writer
// to commit many times while it runs.
bool growDatabase(TestFixture &f, int variants, QString *error)
{
    QSqlDatabase db = f.database().connection();
    QSqlQuery query(db);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    query.prepare(u"INSERT INTO products (id, company_id, tax_category_id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"_s);
    QSqlQuery variant(db);
    variant.prepare(u"INSERT INTO variants (id, company_id, product_id, sku, price, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"_s);
    for (int i = 0; i < variants; ++i) {
        const QString product = u"p-%1"_s.arg(i);
        query.addBindValue(product);
        query.addBindValue(f.companyId);
        query.addBindValue(f.taxCategoryId);
        query.addBindValue(u"Bulk product %1"_s.arg(i));
        query.addBindValue(QString(200, u'x'));
        variant.addBindValue(u"v-%1"_s.arg(i));
        variant.addBindValue(f.companyId);
        variant.addBindValue(product);
        variant.addBindValue(u"BULK-%1"_s.arg(i));
        variant.addBindValue(100 + i);
        if (!query.exec() || !variant.exec()) {
            *error = query.lastError().text() + variant.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

qint64 count(kassa::Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
}

// Posts stock receipts through StockService on its own thread (its own connection) until stopped.
class StockWriter
{
public:
    explicit StockWriter(TestFixture &f)
        : m_fixture(f)
    {
    }
    ~StockWriter() { stop(); }

    void start(const QStringList &variants)
    {
        m_thread.reset(QThread::create([this, variants] {
            kassa::StockService stock(m_fixture.context());
            for (int i = 0; !m_stop.load(); ++i) {
                kassa::StockMovement movement;
                movement.locationId = i % 2 ? m_fixture.floorLocationId : m_fixture.backLocationId;
                movement.variantId = variants.at(i % variants.size());
                movement.quantityDelta = 1 + i % 3;
                movement.reason = kassa::StockReason::Receipt;
                QString error;
                if (stock.postMovements(m_fixture.admin, {movement}, &error)) {
                    ++m_committed;
                } else {
                    m_error = error;
                }
            }
            m_fixture.database().releaseThreadConnection();
        }));
        m_thread->start();
    }

    void stop()
    {
        if (m_thread) {
            m_stop = true;
            m_thread->wait();
            m_thread.reset();
        }
    }

    int committed() const { return m_committed.load(); }
    QString error() const { return m_error; }

private:
    TestFixture &m_fixture;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_committed{0};
    QString m_error; // the last failure, read after stop()
};

// Variants made by growDatabase.
QStringList bulkVariants(int n)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        ids << u"v-%1"_s.arg(i);
    }
    return ids;
}

QStringList beforeRestoreCopies(const TestFixture &f)
{
    return QDir(QFileInfo(f.path()).absolutePath()).entryList({u"kassa.db.before-restore-*"_s}, QDir::Files);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst_backup_raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            ok = ok && query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tst_backup_raw"_s);
    return ok;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupWhileWritingThenRestore();
    void cliBackupAndRestoreWhileWriting();
    void restoreRefusesBadFiles_data();
    void restoreRefusesBadFiles();
    void restoreRefusedWhileInUse();
    void restoreMigratesAnOlderBackup();
    void postgresIsSentToItsOwnTools();
};

void TestBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackup::backupWhileWritingThenRestore()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QString error;
    QVERIFY2(growDatabase(f, 20000, &error), qPrintable(error));

    StockWriter writer(f);
    writer.start(bulkVariants(50));
    QTRY_VERIFY(writer.committed() > 20);
    const int committedBefore = writer.committed();
    const qint64 movementsBefore = count(f.database(), u"stock_movements"_s);

    kassa::BackupOptions slow;
    slow.pagesPerStep = 8; // small steps with a rest: the backup runs while the writer commits
    slow.pauseMilliseconds = 2;
    kassa::BackupStats stats;
    const QString backupPath = f.filePath(u"backup.db"_s);
    QVERIFY2(kassa::backupDatabase(f.path(), backupPath, &error, &stats, slow), qPrintable(error));
    const int committedDuring = writer.committed() - committedBefore;
    const qint64 movementsAfter = count(f.database(), u"stock_movements"_s);
    writer.stop();
    QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));
    qInfo("backup: %lld bytes, %lld pages, %d steps, %lld ms; the writer committed %d operations meanwhile", stats.bytes, stats.pages, stats.steps,
          stats.milliseconds, committedDuring);
    QVERIFY(stats.steps > 10);
    QVERIFY2(committedDuring > 0, "the writer was held up by the backup");
    QVERIFY(!QFile::exists(backupPath + u".partial"_s));
    QVERIFY(!QFile::exists(backupPath + u"-wal"_s));

    // The backup is one consistent moment between the start and the end of the backup.
    qint64 movementsInBackup = -1;
    {
        std::unique_ptr<kassa::Database> backup = kassa::Database::open(backupPath, &error);
        QVERIFY2(backup, qPrintable(error));
        const kassa::IntegrityReport report = kassa::checkIntegrity(*backup);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        movementsInBackup = count(*backup, u"stock_movements"_s);
        QVERIFY(movementsInBackup >= movementsBefore);
        QVERIFY(movementsInBackup <= movementsAfter);
        QCOMPARE(count(*backup, u"variants"_s), 20000);
    }
    const qint64 movementsAtEnd = count(f.database(), u"stock_movements"_s);
    QVERIFY(movementsAtEnd > movementsInBackup);

    // Restore: the data of the backup's moment comes back; what was there is kept beside it.
    f.database().closeAll();
    kassa::RestoreResult result;
    QVERIFY2(kassa::restoreDatabase(f.path(), backupPath, &result, &error), qPrintable(error));
    QCOMPARE(result.schemaVersion, kassa::Database::latestSchemaVersion());
    QCOMPARE(count(f.database(), u"stock_movements"_s), movementsInBackup);
    const kassa::IntegrityReport restored = kassa::checkIntegrity(f.database());
    QVERIFY2(restored.ok(), qPrintable(restored.problems.join(u'\n')));
    QVERIFY(QFile::exists(result.previousCopy));
    QCOMPARE(beforeRestoreCopies(f).size(), 1);
    {
        std::unique_ptr<kassa::Database> previous = kassa::Database::open(result.previousCopy, &error);
        QVERIFY2(previous, qPrintable(error));
        QCOMPARE(count(*previous, u"stock_movements"_s), movementsAtEnd);
    }
    // The restored database works: services write to it again.
    StockWriter after(f);
    after.start(bulkVariants(3));
    QTRY_VERIFY(after.committed() > 3);
    after.stop();
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
}

void TestBackup::cliBackupAndRestoreWhileWriting()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QString error;
    QVERIFY2(growDatabase(f, 5000, &error), qPrintable(error));
    StockWriter writer(f);
    writer.start(bulkVariants(20));
    QTRY_VERIFY(writer.committed() > 5);

    // A second process backs up while this one writes.
    const QString backupPath = f.filePath(u"cli-backup.db"_s);
    QProcess backup;
    backup.start(QStringLiteral(KASSACTL_PATH), {u"--database"_s, f.path(), u"backup"_s, backupPath});
    QVERIFY(backup.waitForFinished(60000));
    const QString output = QString::fromUtf8(backup.readAllStandardOutput() + backup.readAllStandardError());
    QVERIFY2(backup.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains("integrity check ok"_L1), qPrintable(output));
    writer.stop();
    QVERIFY2(writer.error().isEmpty(), qPrintable(writer.error()));

    qint64 movementsInBackup = -1;
    {
        std::unique_ptr<kassa::Database> copy = kassa::Database::open(backupPath, &error);
        QVERIFY2(copy, qPrintable(error));
        QVERIFY(kassa::checkIntegrity(*copy).ok());
        movementsInBackup = count(*copy, u"stock_movements"_s);
    }

    // Restoring while this process has the database open is refused.
    QProcess busy;
    busy.start(QStringLiteral(KASSACTL_PATH), {u"--database"_s, f.path(), u"restore"_s, backupPath});
    QVERIFY(busy.waitForFinished(60000));
    QCOMPARE(busy.exitCode(), 1);
    QVERIFY(QString::fromUtf8(busy.readAllStandardError()).contains("in use"_L1));

    f.database().closeAll();
    QProcess restore;
    restore.start(QStringLiteral(KASSACTL_PATH), {u"--database"_s, f.path(), u"restore"_s, backupPath});
    QVERIFY(restore.waitForFinished(60000));
    const QString restoreOutput = QString::fromUtf8(restore.readAllStandardOutput() + restore.readAllStandardError());
    QVERIFY2(restore.exitCode() == 0, qPrintable(restoreOutput));
    QVERIFY2(restoreOutput.contains("before-restore"_L1), qPrintable(restoreOutput));
    QCOMPARE(count(f.database(), u"stock_movements"_s), movementsInBackup);
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
}

void TestBackup::restoreRefusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("not-sqlite") << u"text"_s << u"is not an SQLite database file"_s;
    QTest::newRow("corrupt") << u"corrupt"_s << u"failed the integrity check"_s;
    QTest::newRow("truncated") << u"truncated"_s << u"failed the integrity check"_s;
    QTest::newRow("not-kassa") << u"foreign"_s << u"is not a Kassa database"_s;
    QTest::newRow("newer-schema") << u"newer"_s << u"was made by a newer Kassa"_s;
}

void TestBackup::restoreRefusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QString error;
    QVERIFY2(growDatabase(f, 2000, &error), qPrintable(error));
    const QString good = f.filePath(u"good.db"_s);
    QVERIFY2(kassa::backupDatabase(f.path(), good, &error), qPrintable(error));
    // The current database moves on after the backup, so a restore would be visible.
    QVERIFY(!f.addVariant(u"AFTER-BACKUP"_s, 100).isEmpty());
    const qint64 variantsBefore = f.rowCount(u"variants"_s);

    const QString candidate = f.filePath(u"candidate.db"_s);
    QFile::copy(good, candidate);
    if (kind == "missing"_L1) {
        QFile::remove(candidate);
    } else if (kind == "text"_L1) {
        QVERIFY(writeFile(candidate, "sku,price\nA,1.00\n"_ba));
    } else if (kind == "corrupt"_L1 || kind == "truncated"_L1) {
        QFile file(candidate);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 20 * 4096);
        if (kind == "corrupt"_L1) {
            // Overwrite b-tree pages in the middle of the file; the header stays intact.
            file.seek(10 * 4096);
            file.write(QByteArray(4 * 4096, '\xA5'));
        } else {
            file.resize(file.size() / 2);
        }
    } else if (kind == "foreign"_L1) {
        QFile::remove(candidate);
        QVERIFY(runSql(candidate, {u"CREATE TABLE notes (text TEXT)"_s, u"INSERT INTO notes VALUES ('hello')"_s}));
    } else if (kind == "newer"_L1) {
        QVERIFY(runSql(candidate, {u"PRAGMA user_version = %1"_s.arg(kassa::Database::latestSchemaVersion() + 1)}));
    }

    f.database().closeAll();
    kassa::RestoreResult result;
    QVERIFY(!kassa::restoreDatabase(f.path(), candidate, &result, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(candidate), qPrintable(error));
    // Untouched: same data, no copy made, still sound.
    QCOMPARE(f.rowCount(u"variants"_s), variantsBefore);
    QVERIFY(beforeRestoreCopies(f).isEmpty());
    QVERIFY(kassa::checkIntegrity(f.database()).ok());

    // The good backup still restores.
    f.database().closeAll();
    QVERIFY2(kassa::restoreDatabase(f.path(), good, &result, &error), qPrintable(error));
    QCOMPARE(f.rowCount(u"variants"_s), variantsBefore - 1);
}

void TestBackup::restoreRefusedWhileInUse()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QString error;
    const QString backupPath = f.filePath(u"backup.db"_s);
    QVERIFY2(kassa::backupDatabase(f.path(), backupPath, &error), qPrintable(error));
    QVERIFY(!f.addVariant(u"AFTER-BACKUP"_s, 100).isEmpty());
    QVERIFY(f.database().connection().isOpen()); // as a running terminal would have it

    kassa::RestoreResult result;
    QVERIFY(!kassa::restoreDatabase(f.path(), backupPath, &result, &error));
    QVERIFY2(error.contains("in use"_L1), qPrintable(error));
    QCOMPARE(f.rowCount(u"variants"_s), 1);
    QVERIFY(beforeRestoreCopies(f).isEmpty());
}

void TestBackup::restoreMigratesAnOlderBackup()
{
    TestFixture f;
    QVERIFY2(f.isValid(), qPrintable(f.errorString()));
    QString error;
    const QString oldPath = f.filePath(u"old.db"_s);
    {
        std::unique_ptr<kassa::Database> old = kassa::Database::open(oldPath, &error);
        QVERIFY2(old && old->migrate(&error, 1), qPrintable(error));
    }
    f.database().closeAll();
    kassa::RestoreResult result;
    QVERIFY2(kassa::restoreDatabase(f.path(), oldPath, &result, &error), qPrintable(error));
    QCOMPARE(result.backupSchemaVersion, 1);
    QCOMPARE(result.schemaVersion, kassa::Database::latestSchemaVersion());
    QCOMPARE(f.database().schemaVersion(&error), kassa::Database::latestSchemaVersion());
    QCOMPARE(f.rowCount(u"companies"_s), 0);
}

void TestBackup::postgresIsSentToItsOwnTools()
{
    QString error;
    QVERIFY(!kassa::backupDatabase(u"postgres://kassa@localhost:5432/kassa"_s, u"/tmp/x.db"_s, &error));
    QVERIFY2(error.contains("pg_dump"_L1), qPrintable(error));
    kassa::RestoreResult result;
    QVERIFY(!kassa::restoreDatabase(u"postgres://kassa@localhost:5432/kassa"_s, u"/tmp/x.db"_s, &result, &error));
    QVERIFY2(error.contains("pg_restore"_L1), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
