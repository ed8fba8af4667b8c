#include "rowsink.h"

#include "storage/database.h"
#include "storage/tenantquery.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// Text is bound as UTF-8, the database's encoding: bound as UTF-16, SQLite would convert (and
// allocate) once per value. All text of one batch is encoded into one buffer that lives until the
// statement runs.
void bindValue(sqlite3_stmt *statement, int column, const QVariant &value, char *&text, QStringEncoder &utf8)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(statement, column);
        break;
    case QMetaType::QString: {
        // A null QString is '' as with kassa::bindable(); NULL is an invalid QVariant.
        const QString &string = *static_cast<const QString *>(value.constData());
        char *const start = text;
        text = utf8.appendToBuffer(text, string);
        sqlite3_bind_text(statement, column, start, int(text - start), SQLITE_STATIC);
        break;
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(statement, column, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(statement, column, value.toDouble());
        break;
    default: {
        const QByteArray bytes = value.toString().toUtf8();
        sqlite3_bind_text(statement, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    }
}

qsizetype textSpace(const QVariant &value, const QStringEncoder &utf8)
{
    return value.typeId() == QMetaType::QString ? utf8.requiredSpace(static_cast<const QString *>(value.constData())->size()) : 0;
}

} // namespace

QString RowSink::insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QStringList placeholders;
    placeholders.fill(u"?"_s, columns.size());
    const QString row = u"("_s + placeholders.join(u", "_s) + u")"_s;
    QStringList values;
    values.fill(row, rows);
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u", "_s), values.join(u", "_s));
}

SqlRowSink::SqlRowSink(Database &database)
    : m_database(database)
{
    if (m_database.dialect().isSqlite()) {
        const QVariant handle = m_database.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        }
    }
}

SqlRowSink::~SqlRowSink()
{
    if (m_inTransaction) {
        rollback();
    }
    for (const auto &table : std::as_const(m_tables)) {
        for (sqlite3_stmt *statement : table->statements) {
            sqlite3_finalize(statement);
        }
    }
}

bool SqlRowSink::execute(const QString &sql)
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(sql)) {
        m_error = u"%1: %2"_s.arg(sql.left(80), query.lastError().text());
        return false;
    }
    return true;
}

int SqlRowSink::addTable(const QString &table, const QStringList &columns)
{
    auto entry = std::make_shared<Table>();
    entry->name = table;
    entry->columnNames = columns;
    entry->columns = int(columns.size());
    if (m_handle) {
        entry->statements.assign(kBatchRows + 1, nullptr);
        entry->pending.reserve(entry->columns * kBatchRows);
    } else {
        entry->query = std::make_unique<QSqlQuery>(m_database.connection());
        entry->query->setForwardOnly(true);
        if (!entry->query->prepare(insertStatement(table, columns))) {
            m_error = u"cannot prepare the insert into %1: %2"_s.arg(table, entry->query->lastError().text());
            return -1;
        }
    }
    m_tables.append(entry);
    return int(m_tables.size() - 1);
}

bool SqlRowSink::begin()
{
    if (m_database.dialect().isSqlite()) {
        QSqlQuery pragma(m_database.connection());
        if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next()) {
            m_previousCacheSize = pragma.value(0).toString();
        }
        if (pragma.exec(u"PRAGMA threads"_s) && pragma.next()) {
            m_previousThreads = pragma.value(0).toString();
        }
        // References are checked once per table before the commit instead of row by row: the
        // same guarantee for about half the work. The setting cannot change inside a transaction.
        if (pragma.exec(u"PRAGMA foreign_keys"_s) && pragma.next() && pragma.value(0).toInt() == 1) {
            m_restoreForeignKeys = pragma.exec(u"PRAGMA foreign_keys = OFF"_s);
        }
        if (pragma.exec(u"PRAGMA journal_mode"_s) && pragma.next() && pragma.value(0).toString() == "wal"_L1) {
            // Succeeds only when this is the database's only connection; otherwise it stays WAL.
            m_restoreWal = pragma.exec(u"PRAGMA journal_mode = DELETE"_s) && pragma.next() && pragma.value(0).toString() == "delete"_L1;
        }
        pragma.finish();
        if (!execute(u"PRAGMA cache_size = -%1"_s.arg(kBulkCacheKib))) {
            restoreSettings();
            return false;
        }
    }
    if (!execute(m_database.dialect().beginWriteTransaction())) {
        restoreSettings();
        return false;
    }
    m_inTransaction = true;
    if (!m_database.dialect().isSqlite()) {
        return true;
    }
    QStringList tables;
    for (const auto &table : std::as_const(m_tables)) {
        tables << u"'%1'"_s.arg(table->name);
    }
    QSqlQuery indexes(m_database.connection());
    if (!indexes.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (%1) ORDER BY name"_s.arg(
            tables.join(u',')))) {
        m_error = u"cannot list the indexes: %1"_s.arg(indexes.lastError().text());
        rollback();
        return false;
    }
    QStringList names;
    while (indexes.next()) {
        names << indexes.value(0).toString();
        m_indexesToRebuild << indexes.value(1).toString();
    }
    indexes.finish();
    for (const QString &name : std::as_const(names)) {
        if (!execute(u"DROP INDEX \"%1\""_s.arg(name))) {
            rollback();
            return false;
        }
    }
    return true;
}

bool SqlRowSink::insert(int table, const QVariant *values)
{
    Table &entry = *m_tables[table];
    if (!m_handle) {
        QSqlQuery &query = *entry.query;
        for (int i = 0; i < entry.columns; ++i) {
            query.bindValue(i, bindable(values[i]));
        }
        if (!query.exec()) {
            m_error = u"cannot insert into %1: %2"_s.arg(entry.name, query.lastError().text());
            return false;
        }
        return true;
    }
    for (int i = 0; i < entry.columns; ++i) {
        entry.pending.append(values[i]);
    }
    if (entry.pending.size() >= qsizetype(entry.columns) * kBatchRows) {
        return flushThrough(table);
    }
    return true;
}

bool SqlRowSink::flushThrough(int table)
{
    // The table's parents were declared before it and may hold rows it references.
    for (int t = 0; t <= table; ++t) {
        if (!flush(t)) {
            return false;
        }
    }
    return true;
}

bool SqlRowSink::flush(int table)
{
    Table &entry = *m_tables[table];
    const int rows = int(entry.pending.size() / entry.columns);
    if (rows == 0) {
        return true;
    }
    sqlite3_stmt *&statement = entry.statements[size_t(rows)];
    if (!statement) {
        const QByteArray sql = insertStatement(entry.name, entry.columnNames, rows).toUtf8();
        if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            m_error = u"cannot prepare the insert into %1: %2"_s.arg(entry.name, QString::fromUtf8(sqlite3_errmsg(m_handle)));
            statement = nullptr;
            return false;
        }
    }
    qsizetype space = 0;
    for (const QVariant &value : std::as_const(entry.pending)) {
        space += textSpace(value, m_utf8);
    }
    if (qsizetype(m_text.size()) < space) {
        m_text.resize(size_t(space));
    }
    char *text = m_text.data();
    for (qsizetype i = 0; i < entry.pending.size(); ++i) {
        bindValue(statement, int(i + 1), entry.pending.at(i), text, m_utf8);
    }
    const int result = sqlite3_step(statement);
    if (result != SQLITE_DONE) {
        m_error = u"cannot insert into %1: %2"_s.arg(entry.name, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    // The bound text stays pointing into m_text; every column is bound again before the next step.
    sqlite3_reset(statement);
    entry.pending.clear();
    return result == SQLITE_DONE;
}

bool SqlRowSink::commit()
{
    if (m_handle && !flushThrough(int(m_tables.size()) - 1)) {
        rollback();
        return false;
    }
    if (m_database.dialect().isSqlite() && (!checkReferences() || !execute(u"PRAGMA threads = 2"_s))) {
        rollback();
        return false;
    }
    for (const QString &sql : std::as_const(m_indexesToRebuild)) {
        if (!execute(sql)) {
            rollback();
            return false;
        }
    }
    m_indexesToRebuild.clear();
    if (!execute(u"COMMIT"_s)) {
        rollback();
        return false;
    }
    m_inTransaction = false;
    const bool wasWal = !m_restoreWal;
    restoreSettings();
    // Without the switch the rows went through the WAL: copy them into the file now.
    if (m_database.dialect().isSqlite() && wasWal && !execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
        m_error = u"committed, but the WAL checkpoint failed: %1"_s.arg(m_error);
        return false;
    }
    return true;
}

bool SqlRowSink::checkReferences()
{
    if (!m_restoreForeignKeys) {
        return true; // enforced row by row, or not wanted on this connection
    }
    QSqlQuery check(m_database.connection());
    for (const auto &table : std::as_const(m_tables)) {
        if (!check.exec(u"PRAGMA foreign_key_check(%1)"_s.arg(table->name))) {
            m_error = u"cannot check the references of %1: %2"_s.arg(table->name, check.lastError().text());
            return false;
        }
        if (check.next()) {
            m_error = u"foreign key: a row of %1 (rowid %2) points to a missing %3"_s.arg(check.value(0).toString(), check.value(1).toString(),
                                                                                          check.value(2).toString());
            return false;
        }
    }
    return true;
}

void SqlRowSink::rollback()
{
    QSqlQuery query(m_database.connection());
    query.exec(u"ROLLBACK"_s);
    m_inTransaction = false;
    m_indexesToRebuild.clear();
    for (const auto &table : std::as_const(m_tables)) {
        table->pending.clear();
    }
    restoreSettings();
}

void SqlRowSink::restoreSettings()
{
    QSqlQuery query(m_database.connection());
    if (!m_previousCacheSize.isEmpty()) {
        query.exec(u"PRAGMA cache_size = %1"_s.arg(m_previousCacheSize));
        m_previousCacheSize.clear();
    }
    if (!m_previousThreads.isEmpty()) {
        query.exec(u"PRAGMA threads = %1"_s.arg(m_previousThreads));
        m_previousThreads.clear();
    }
    if (m_restoreWal) {
        query.exec(u"PRAGMA journal_mode = WAL"_s);
        m_restoreWal = false;
    }
    if (m_restoreForeignKeys) {
        query.exec(u"PRAGMA foreign_keys = ON"_s);
        m_restoreForeignKeys = false;
    }
}

} // namespace kassa
