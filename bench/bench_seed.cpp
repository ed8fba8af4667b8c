// bench_seed: `kassactl seed --demo` at the standard size (3 companies, 20 shops, 100k variants,
// 1M sale lines over 365 days), through the real code path (seedDemo into SqlRowSink on a
// kassa::Database), against the same rows written with the bare SQLite C API into a fresh database
// with the same schema, in one transaction, with the same bulk-load steps (see CApiRowSink).
//
//   bench_seed [--smoke] [--companies N] [--shops N] [--variants N] [--sales-lines N] [--days N] [--seed N]
//
// Figures: `seed` (seconds for the whole seed, target ≤ 60) and `seed_rows_per_second` (rows per
// second of the seed; baseline: rows per second the C API spends writing them).
#include "benchreport.h"

#include "ops/demoseed.h"
#include "ops/rowsink.h"
#include "security/passwords.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <chrono>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

// The baseline: the rows the generator hands over, written with nothing but sqlite3_* calls. It
// takes the same bulk-load steps as SqlRowSink (rollback journal while loading, large page cache,
// references checked per table before the commit, secondary indexes built after the rows,
// multi-row INSERTs with UTF-8 text), so the comparison shows what the seed's own code costs on
// top of SQLite doing the same physical work. Only the time spent in the sink is counted.
class CApiRowSink final : public kassa::RowSink
{
public:
    explicit CApiRowSink(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = u"cannot open %1"_s.arg(path);
            return;
        }
        // As kassa::Database configures a connection with Durability::Normal.
        exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;");
    }
    ~CApiRowSink() override
    {
        for (Table &table : m_tables) {
            for (sqlite3_stmt *statement : table.statements) {
                sqlite3_finalize(statement);
            }
        }
        sqlite3_close(m_db);
    }

    [[nodiscard]] double seconds() const { return std::chrono::duration<double>(m_spent).count(); }

    int addTable(const QString &table, const QStringList &columns) override
    {
        m_tables.push_back({table, columns, int(columns.size()), std::vector<sqlite3_stmt *>(kassa::SqlRowSink::kBatchRows + 1, nullptr), {}});
        return int(m_tables.size() - 1);
    }

    bool begin() override
    {
        const Timer timer(m_spent);
        const QByteArray pragmas = u"PRAGMA cache_size = -%1; PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = OFF; PRAGMA threads = 2; "
                                   "BEGIN IMMEDIATE;"_s.arg(kassa::SqlRowSink::kBulkCacheKib)
                                       .toUtf8();
        if (!exec(pragmas.constData())) {
            return false;
        }
        QStringList names;
        for (const Table &table : m_tables) {
            names << u"'%1'"_s.arg(table.name);
        }
        const QByteArray list = u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (%1) ORDER BY name"_s
                                    .arg(names.join(u','))
                                    .toUtf8();
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_db, list.constData(), -1, &statement, nullptr);
        QList<QByteArray> drops;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            drops << QByteArray(QByteArray("DROP INDEX \"") + reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)) + "\"");
            m_indexes << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
        }
        sqlite3_finalize(statement);
        for (const QByteArray &drop : std::as_const(drops)) {
            if (!exec(drop.constData())) {
                return false;
            }
        }
        return true;
    }

    bool insert(int table, const QVariant *values) override
    {
        const Timer timer(m_spent);
        Table &entry = m_tables[size_t(table)];
        for (int i = 0; i < entry.columns; ++i) {
            entry.pending.append(values[i]);
        }
        if (entry.pending.size() < qsizetype(entry.columns) * kassa::SqlRowSink::kBatchRows) {
            return true;
        }
        for (int t = 0; t <= table; ++t) {
            if (!flush(m_tables[size_t(t)])) {
                return false;
            }
        }
        return true;
    }

    bool commit() override
    {
        const Timer timer(m_spent);
        for (Table &table : m_tables) {
            if (!flush(table)) {
                return false;
            }
        }
        for (const Table &table : m_tables) {
            sqlite3_stmt *check = nullptr;
            sqlite3_prepare_v2(m_db, QByteArray("PRAGMA foreign_key_check(" + table.name.toUtf8() + ")").constData(), -1, &check, nullptr);
            const bool broken = sqlite3_step(check) == SQLITE_ROW;
            sqlite3_finalize(check);
            if (broken) {
                m_error = u"foreign key violation in %1"_s.arg(table.name);
                return false;
            }
        }
        for (const QByteArray &index : std::as_const(m_indexes)) {
            if (!exec(index.constData())) {
                return false;
            }
        }
        return exec("COMMIT; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
    }

    void rollback() override { exec("ROLLBACK"); }
    [[nodiscard]] QString errorString() const override { return m_error; }

private:
    struct Table {
        QString name;
        QStringList columnNames;
        int columns = 0;
        std::vector<sqlite3_stmt *> statements;
        QList<QVariant> pending;
    };

    struct Timer {
        explicit Timer(Clock::duration &total)
            : m_total(total)
            , m_start(Clock::now())
        {
        }
        ~Timer() { m_total += Clock::now() - m_start; }
        Clock::duration &m_total;
        Clock::time_point m_start;
    };

    bool exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            m_error = QString::fromUtf8(message);
            sqlite3_free(message);
            return false;
        }
        return true;
    }

    bool flush(Table &table)
    {
        const int rows = int(table.pending.size() / table.columns);
        if (rows == 0) {
            return true;
        }
        sqlite3_stmt *&statement = table.statements[size_t(rows)];
        if (!statement) {
            const QByteArray sql = insertStatement(table.name, table.columnNames, rows).toUtf8();
            sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        }
        qsizetype space = 0;
        for (const QVariant &value : std::as_const(table.pending)) {
            space += value.typeId() == QMetaType::QString ? m_utf8.requiredSpace(static_cast<const QString *>(value.constData())->size()) : 0;
        }
        if (qsizetype(m_text.size()) < space) {
            m_text.resize(size_t(space));
        }
        char *text = m_text.data();
        for (qsizetype i = 0; i < table.pending.size(); ++i) {
            const QVariant &value = table.pending.at(i);
            const int column = int(i + 1);
            switch (value.typeId()) {
            case QMetaType::UnknownType:
                sqlite3_bind_null(statement, column);
                break;
            case QMetaType::QString: {
                char *const start = text;
                text = m_utf8.appendToBuffer(text, *static_cast<const QString *>(value.constData()));
                sqlite3_bind_text(statement, column, start, int(text - start), SQLITE_STATIC);
                break;
            }
            case QMetaType::Double:
                sqlite3_bind_double(statement, column, value.toDouble());
                break;
            default:
                sqlite3_bind_int64(statement, column, value.toLongLong());
                break;
            }
        }
        const bool ok = sqlite3_step(statement) == SQLITE_DONE;
        if (!ok) {
            m_error = u"%1: %2"_s.arg(table.name, QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
        sqlite3_reset(statement);
        table.pending.clear();
        return ok;
    }

    sqlite3 *m_db = nullptr;
    std::vector<Table> m_tables;
    QList<QByteArray> m_indexes;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    std::vector<char> m_text;
    Clock::duration m_spent{};
    QString m_error;
};

bool migrateFresh(const QString &path, kassa::Database::Durability durability, std::unique_ptr<kassa::Database> *keep, QString *error)
{
    auto database = kassa::Database::open(path, error, durability);
    if (!database || !database->migrate(error)) {
        return false;
    }
    if (keep) {
        *keep = std::move(database);
    }
    return true;
}

qint64 totalRows(const kassa::DemoSeedResult &result)
{
    qint64 rows = 0;
    for (qint64 count : result.rowCounts) {
        rows += count;
    }
    return rows;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_seed: " << message << "\n";
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(u"kassa.*.info=false"_s); // stdout carries the figures only
    }
    kassa::initializeCrypto();
    kassa::DemoSeedOptions options;
    options.endDate = QDate(2024, 12, 31); // a fixed history, so every run writes the same rows
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const auto number = [&](qint64 *target) {
            bool ok = false;
            *target = i + 1 < args.size() ? args[++i].toLongLong(&ok) : 0;
            return ok;
        };
        qint64 value = 0;
        if (arg == "--smoke"_L1) {
            options.shops = 3;
            options.variants = 600;
            options.saleLines = 5000;
            options.days = 30;
        } else if (arg == "--companies"_L1 && number(&value)) {
            options.companies = int(value);
        } else if (arg == "--shops"_L1 && number(&value)) {
            options.shops = int(value);
        } else if (arg == "--variants"_L1 && number(&value)) {
            options.variants = value;
        } else if (arg == "--sales-lines"_L1 && number(&value)) {
            options.saleLines = value;
        } else if (arg == "--days"_L1 && number(&value)) {
            options.days = int(value);
        } else if (arg == "--seed"_L1 && number(&value)) {
            options.seed = quint64(value);
        } else {
            return fail(u"unknown or incomplete option %1"_s.arg(arg));
        }
    }
    if (const QString problem = kassa::demoSeedOptionsProblem(options); !problem.isEmpty()) {
        return fail(problem);
    }

    QTemporaryDir dir;
    QString error;
    kassa::DemoSeedResult result;
    double seedSeconds = 0;
    {
        // The real code path, as `kassactl seed --demo` runs it.
        std::unique_ptr<kassa::Database> database;
        if (!migrateFresh(dir.filePath(u"seed.db"_s), kassa::Database::Durability::Normal, &database, &error)) {
            return fail(error);
        }
        kassa::SqlRowSink sink(*database);
        QElapsedTimer timer;
        timer.start();
        if (!kassa::seedDemo(sink, options, &result, &error)) {
            return fail(error);
        }
        seedSeconds = double(timer.nsecsElapsed()) / 1e9;
    }
    QFile::remove(dir.filePath(u"seed.db"_s));

    double baselineSeconds = 0;
    kassa::DemoSeedResult baselineResult;
    {
        if (!migrateFresh(dir.filePath(u"baseline.db"_s), kassa::Database::Durability::Normal, nullptr, &error)) {
            return fail(error);
        }
        CApiRowSink sink(dir.filePath(u"baseline.db"_s));
        if (!kassa::seedDemo(sink, options, &baselineResult, &error)) {
            return fail(u"baseline: "_s + error);
        }
        baselineSeconds = sink.seconds();
    }
    const qint64 rows = totalRows(result);
    if (totalRows(baselineResult) != rows) {
        return fail(u"the baseline wrote %1 rows, the seed %2"_s.arg(totalRows(baselineResult)).arg(rows));
    }

    const QString size = u"%1 companies, %2 shops, %3 variants, %4 sale lines over %5 days; %6 rows"_s.arg(options.companies)
                             .arg(options.shops)
                             .arg(options.variants)
                             .arg(options.saleLines)
                             .arg(options.days)
                             .arg(rows);
    kassa::bench::Figure seconds;
    seconds.name = u"seed"_s;
    seconds.value = std::round(seedSeconds * 100) / 100;
    seconds.unit = u"s"_s;
    seconds.baseline = std::round(baselineSeconds * 100) / 100;
    seconds.target = u"value <= 60"_s;
    seconds.meets = seedSeconds <= 60;
    seconds.note = size + u"; baseline: seconds the bare C API spends writing the same rows"_s;
    kassa::bench::print(seconds);

    kassa::bench::Figure throughput;
    throughput.name = u"seed_rows_per_second"_s;
    throughput.value = std::round(double(rows) / seedSeconds);
    throughput.unit = u"rows/s"_s;
    throughput.baseline = std::round(double(rows) / baselineSeconds);
    throughput.target = u"ratio >= 0.5"_s;
    throughput.meets = throughput.value >= 0.5 * throughput.baseline;
    throughput.note = size + u"; baseline: the same rows through sqlite3_bind/step in one transaction, same bulk-load steps"_s;
    kassa::bench::print(throughput);
    return 0;
}
