#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kassa {

class Database;

// Where bulk generators (the demo seed) put their rows: a table and its values, nothing else. The
// seed writes through SqlRowSink; the benchmark writes the very same rows through the bare SQLite
// C API, which is the baseline the seed is measured against.
//
// Declare parent tables before the tables that reference them: a sink may hold rows back and write
// them in batches, but always in declaration order across tables and in insertion order within one,
// so references are satisfied when the database checks them.
class RowSink
{
public:
    virtual ~RowSink() = default;

    // Declares a table and the columns its rows will carry, in order; returns the handle insert()
    // takes, or -1 with errorString() set. Declare every table before begin().
    virtual int addTable(const QString &table, const QStringList &columns) = 0;
    virtual bool begin() = 0;
    // One row: exactly as many values as the table has columns. An invalid QVariant is SQL NULL;
    // a QString (even a null one) is text. A failure may surface on a later insert() or on commit().
    virtual bool insert(int table, const QVariant *values) = 0;
    virtual bool commit() = 0;
    virtual void rollback() = 0;
    [[nodiscard]] virtual QString errorString() const = 0;

    static QString insertStatement(const QString &table, const QStringList &columns, int rows = 1);
};

// Writes rows into a Kassa database in one write transaction, the way bulk loaders do:
// * on SQLite, the rows of a table go in as multi-row INSERTs (up to kBatchRows rows per
//   statement execution; the cursor set-up of each execution is a large part of a one-row insert)
//   and values are bound through the connection's native handle (QSqlDriver::handle()): with Qt
//   6.4.2, QSqlQuery's bind and exec cost about 5 µs per row more than sqlite3_bind/step, which at
//   the demo's millions of rows decides whether it meets its time budget. Other drivers get a
//   reused QSqlQuery per table;
// * a large page cache while loading;
// * references are not checked row by row but per table with PRAGMA foreign_key_check just before
//   the commit (a violation rolls everything back): the same guarantee for about half the work;
// * the declared tables' secondary indexes are dropped at begin() and built once at commit(), with
//   the sorter's helper threads (one sort instead of millions of random inserts; it all happens
//   inside the transaction, so a failure leaves the schema as it was);
// * a WAL database is switched to a rollback journal for the load when no other connection has it
//   open: pages new to the file are then written once instead of to the log and again at the
//   checkpoint. It is switched back to WAL after the commit (and by Database::open in any case).
// Open the database with Durability::Normal for a bulk load.
class SqlRowSink final : public RowSink
{
public:
    static constexpr int kBatchRows = 64;
    static constexpr int kBulkCacheKib = 1024 * 1024; // PRAGMA cache_size while loading

    explicit SqlRowSink(Database &database);
    ~SqlRowSink() override;

    int addTable(const QString &table, const QStringList &columns) override;
    bool begin() override;
    bool insert(int table, const QVariant *values) override;
    bool commit() override;
    void rollback() override;
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    struct Table {
        QString name;
        QStringList columnNames;
        int columns = 0;
        std::unique_ptr<QSqlQuery> query; // drivers other than SQLite
        std::vector<sqlite3_stmt *> statements; // by row count, prepared when first needed
        QList<QVariant> pending; // rows held back, row after row
    };

    bool execute(const QString &sql);
    bool flush(int table);
    bool flushThrough(int table);
    bool checkReferences();
    void restoreSettings();

    Database &m_database;
    sqlite3 *m_handle = nullptr;
    QList<std::shared_ptr<Table>> m_tables;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    std::vector<char> m_text; // UTF-8 of the text values being bound
    QStringList m_indexesToRebuild;
    QString m_previousCacheSize;
    QString m_previousThreads;
    bool m_restoreWal = false;
    bool m_restoreForeignKeys = false;
    bool m_inTransaction = false;
    QString m_error;
};

} // namespace kassa
