#include "printjobstore.h"

#include "domain/uuid7.h"
#include "storage/tenantquery.h"

#include <QLoggingCategory>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPrintJobs, "kassa.core.printing")

namespace kassa
{

namespace
{
const QString kColumns = u"id, kind, COALESCE(sale_id, ''), COALESCE(shift_id, ''), printer, title, %1, payload_size, state, attempts, last_error, "
                         "created_at, updated_at, COALESCE(printed_at, 0) FROM print_jobs"_s;
const QString kInsert = u"INSERT INTO print_jobs (id, company_id, device_id, kind, sale_id, shift_id, printer, title, payload, payload_size, state, "
                        "attempts, last_error, created_at, updated_at) VALUES (:id, :company_id, :device_id, :kind, :sale_id, :shift_id, :printer, "
                        ":title, :payload, :payload_size, 'pending', 0, '', :now, :now)"_s;
const QString kNextPending = u"SELECT "_s + kColumns.arg(u"payload"_s)
    + u" WHERE company_id = :company_id AND device_id = :device_id AND printer = :printer AND state = 'pending' ORDER BY created_at, id LIMIT 1"_s;
const QString kLoad = u"SELECT "_s + kColumns.arg(u"payload"_s) + u" WHERE company_id = :company_id AND device_id = :device_id AND id = :id"_s;
const QString kList = u"SELECT "_s + kColumns.arg(u"''"_s)
    + u" WHERE company_id = :company_id AND device_id = :device_id AND (:printer = '' OR printer = :printer) "
      "ORDER BY created_at DESC, id DESC LIMIT :limit"_s;
const QString kPendingCount = u"SELECT COUNT(*) FROM print_jobs WHERE company_id = :company_id AND device_id = :device_id AND state = 'pending' "
                              "AND (:printer = '' OR printer = :printer)"_s;
const QString kMarkPrinted = u"UPDATE print_jobs SET state = 'printed', attempts = attempts + 1, last_error = '', printed_at = :now, "
                             "updated_at = :now WHERE company_id = :company_id AND device_id = :device_id AND id = :id"_s;
const QString kMarkFailed = u"UPDATE print_jobs SET attempts = attempts + 1, last_error = :message, updated_at = :now "
                            "WHERE company_id = :company_id AND device_id = :device_id AND id = :id AND state = 'pending'"_s;
const QString kGiveUp = u"UPDATE print_jobs SET state = 'failed', last_error = :message, updated_at = :now "
                        "WHERE company_id = :company_id AND device_id = :device_id AND id = :id AND state = 'pending'"_s;
const QString kRequeue = u"UPDATE print_jobs SET state = 'pending', updated_at = :now WHERE company_id = :company_id AND device_id = :device_id "
                         "AND id = :id AND state = 'failed'"_s;
const QString kPurge = u"DELETE FROM print_jobs WHERE company_id = :company_id AND device_id = :device_id AND state = 'printed' AND updated_at < :before"_s;

struct KindEntry {
    PrintJobKind kind;
    const char *name;
};
constexpr KindEntry kKinds[] = { { PrintJobKind::Receipt, "receipt" }, { PrintJobKind::Reprint, "reprint" }, { PrintJobKind::ZReport, "z_report" } };

struct StateEntry {
    PrintJobState state;
    const char *name;
};
constexpr StateEntry kStates[] = { { PrintJobState::Pending, "pending" }, { PrintJobState::Printed, "printed" }, { PrintJobState::Failed, "failed" } };

// Whether this thread's SQLite connection is inside a transaction (PostgreSQL: not known, false).
bool insideSqliteTransaction(Database &database)
{
    if (!database.dialect().isSqlite()) {
        return false;
    }
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return false;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    return connection && sqlite3_get_autocommit(connection) == 0;
}

bool readJob(TenantQuery &query, bool withPayload, PrintJob *job, QString *error)
{
    PrintJob result;
    result.id = query.value(0).toString();
    parsePrintJobKind(query.value(1).toString(), &result.kind);
    result.saleId = query.value(2).toString();
    result.shiftId = query.value(3).toString();
    result.printerName = query.value(4).toString();
    result.title = query.value(5).toString();
    result.payloadSize = query.value(7).toLongLong();
    parsePrintJobState(query.value(8).toString(), &result.state);
    result.attempts = query.value(9).toInt();
    result.lastError = query.value(10).toString();
    result.createdAt = query.value(11).toLongLong();
    result.updatedAt = query.value(12).toLongLong();
    result.printedAt = query.value(13).toLongLong();
    if (withPayload) {
        result.payload = QByteArray::fromBase64(query.value(6).toString().toLatin1());
        if (result.payload.size() != result.payloadSize) {
            *error = u"print job %1 is damaged: %2 bytes stored, %3 expected"_s.arg(result.id).arg(result.payload.size()).arg(result.payloadSize);
            return false;
        }
    }
    *job = result;
    return true;
}
} // namespace

QString printJobKindName(PrintJobKind kind)
{
    for (const KindEntry &entry : kKinds) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

bool parsePrintJobKind(const QString &name, PrintJobKind *kind)
{
    for (const KindEntry &entry : kKinds) {
        if (name == QLatin1StringView(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

QString printJobStateName(PrintJobState state)
{
    for (const StateEntry &entry : kStates) {
        if (entry.state == state) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

bool parsePrintJobState(const QString &name, PrintJobState *state)
{
    for (const StateEntry &entry : kStates) {
        if (name == QLatin1StringView(entry.name)) {
            *state = entry.state;
            return true;
        }
    }
    return false;
}

PrintJobStore::PrintJobStore(CoreContext &context, const QString &companyId) : m_context(context), m_companyId(companyId) { }

QString PrintJobStore::enqueue(const PrintJob &job, QString *error)
{
    if (job.printerName.trimmed().isEmpty()) {
        *error = u"choose a printer for the print job"_s;
        return {};
    }
    if (job.payload.isEmpty()) {
        *error = u"the print job has nothing to print"_s;
        return {};
    }
    const bool forShift = job.kind == PrintJobKind::ZReport;
    if (forShift ? job.shiftId.isEmpty() : job.saleId.isEmpty()) {
        *error = forShift ? u"a report print job needs its shift"_s : u"a receipt print job needs its sale"_s;
        return {};
    }
    Database &database = *m_context.database;
    // A print job is written after the sale committed, never inside its transaction: a printer
    // problem must not be able to roll a sale back. One statement, committed on its own.
    if (insideSqliteTransaction(database)) {
        *error = u"a print job is queued after the sale committed, not inside a transaction"_s;
        return {};
    }
    const QString id = job.id.isEmpty() ? newId() : job.id;
    TenantQuery insert(database.connection(), m_companyId);
    insert.prepare(kInsert);
    insert.bind(u":id"_s, id);
    insert.bind(u":device_id"_s, m_context.deviceId);
    insert.bind(u":kind"_s, printJobKindName(job.kind));
    insert.bind(u":sale_id"_s, forShift ? QVariant() : QVariant(job.saleId));
    insert.bind(u":shift_id"_s, forShift ? QVariant(job.shiftId) : QVariant());
    insert.bind(u":printer"_s, job.printerName.trimmed());
    insert.bind(u":title"_s, job.title);
    insert.bind(u":payload"_s, QString::fromLatin1(job.payload.toBase64()));
    insert.bind(u":payload_size"_s, qint64(job.payload.size()));
    insert.bind(u":now"_s, m_context.wallClock());
    if (!insert.exec()) {
        *error = u"cannot queue the print job: %1"_s.arg(insert.errorString());
        return {};
    }
    qCInfo(lcPrintJobs) << "queued" << printJobKindName(job.kind) << job.title << "for" << job.printerName << id;
    return id;
}

QString PrintJobStore::enqueueReceipt(const QString &saleId, const QString &printerName, const EscPosOptions &options, bool reprint, QString *error)
{
    ReceiptDocument document;
    if (!loadReceiptDocument(*m_context.database, m_companyId, saleId, &document, error)) {
        return {};
    }
    document.reprint = reprint;
    PrintJob job;
    job.kind = reprint ? PrintJobKind::Reprint : PrintJobKind::Receipt;
    job.saleId = saleId;
    job.printerName = printerName;
    job.title = document.receiptNumber;
    job.payload = EscPosEncoder(options).encode(document);
    return enqueue(job, error);
}

QString PrintJobStore::enqueueShiftReport(const QString &shiftId, const QString &printerName, const EscPosOptions &options, QString *error)
{
    ShiftReportDocument document;
    if (!loadShiftReportDocument(*m_context.database, m_companyId, shiftId, m_context.wallClock(), &document, error)) {
        return {};
    }
    PrintJob job;
    job.kind = PrintJobKind::ZReport;
    job.shiftId = shiftId;
    job.printerName = printerName;
    job.title = document.title() + u' ' + (document.closedText.isEmpty() ? document.generatedText : document.closedText);
    job.payload = EscPosEncoder(options).encode(document);
    return enqueue(job, error);
}

bool PrintJobStore::nextPending(const QString &printerName, PrintJob *job, QString *error)
{
    error->clear();
    TenantQuery query(m_context.database->connection(), m_companyId);
    query.prepare(kNextPending);
    query.bind(u":device_id"_s, m_context.deviceId);
    query.bind(u":printer"_s, printerName);
    if (!query.exec()) {
        *error = u"cannot read the print queue: %1"_s.arg(query.errorString());
        return false;
    }
    return query.next() && readJob(query, true, job, error);
}

bool PrintJobStore::load(const QString &jobId, PrintJob *job, QString *error)
{
    TenantQuery query(m_context.database->connection(), m_companyId);
    query.prepare(kLoad);
    query.bind(u":device_id"_s, m_context.deviceId);
    query.bind(u":id"_s, jobId);
    if (!query.exec()) {
        *error = u"cannot read the print queue: %1"_s.arg(query.errorString());
        return false;
    }
    if (!query.next()) {
        *error = u"no print job %1 on this terminal"_s.arg(jobId);
        return false;
    }
    return readJob(query, true, job, error);
}

bool PrintJobStore::update(const QString &sql, const QString &jobId, const QString &message, QString *error)
{
    TenantQuery query(m_context.database->connection(), m_companyId);
    query.prepare(sql);
    query.bind(u":device_id"_s, m_context.deviceId);
    query.bind(u":id"_s, jobId);
    if (sql.contains(":message"_L1)) {
        query.bind(u":message"_s, message);
    }
    query.bind(u":now"_s, m_context.wallClock());
    if (!query.exec()) {
        *error = u"cannot update print job %1: %2"_s.arg(jobId, query.errorString());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = u"no print job %1 in that state on this terminal"_s.arg(jobId);
        return false;
    }
    return true;
}

bool PrintJobStore::markPrinted(const QString &jobId, QString *error)
{
    return update(kMarkPrinted, jobId, QString(), error);
}

bool PrintJobStore::markFailed(const QString &jobId, const QString &message, QString *error, bool giveUp)
{
    const QString text = message.isEmpty() ? u"the printer did not take the job"_s : message.left(1000);
    return update(giveUp ? kGiveUp : kMarkFailed, jobId, text, error);
}

bool PrintJobStore::requeue(const QString &jobId, QString *error)
{
    return update(kRequeue, jobId, QString(), error);
}

int PrintJobStore::pendingCount(const QString &printerName, QString *error)
{
    TenantQuery query(m_context.database->connection(), m_companyId);
    query.prepare(kPendingCount);
    query.bind(u":device_id"_s, m_context.deviceId);
    query.bind(u":printer"_s, printerName);
    if (!query.exec() || !query.next()) {
        *error = u"cannot count the print queue: %1"_s.arg(query.errorString());
        return -1;
    }
    return query.value(0).toInt();
}

QList<PrintJob> PrintJobStore::list(const QString &printerName, int limit, QString *error)
{
    QList<PrintJob> jobs;
    TenantQuery query(m_context.database->connection(), m_companyId);
    query.prepare(kList);
    query.bind(u":device_id"_s, m_context.deviceId);
    query.bind(u":printer"_s, printerName);
    query.bind(u":limit"_s, std::clamp(limit, 1, 1000));
    if (!query.exec()) {
        *error = u"cannot read the print queue: %1"_s.arg(query.errorString());
        return jobs;
    }
    while (query.next()) {
        PrintJob job;
        readJob(query, false, &job, error);
        jobs.append(job);
    }
    return jobs;
}

int PrintJobStore::purgePrinted(qint64 before, QString *error)
{
    TenantQuery query(m_context.database->connection(), m_companyId);
    query.prepare(kPurge);
    query.bind(u":device_id"_s, m_context.deviceId);
    query.bind(u":before"_s, before);
    if (!query.exec()) {
        *error = u"cannot clean up the print queue: %1"_s.arg(query.errorString());
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace kassa
