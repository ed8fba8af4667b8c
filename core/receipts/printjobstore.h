#pragma once

#include "escposencoder.h"

#include "services/corecontext.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kassa
{

enum class PrintJobKind { Receipt, Reprint, ZReport };
enum class PrintJobState {
    Pending, // waiting for the printer (also after failed attempts: it is tried again)
    Printed,
    Failed, // given up (the cashier cancelled it); requeue() makes it pending again
};

QString printJobKindName(PrintJobKind kind);
bool parsePrintJobKind(const QString &name, PrintJobKind *kind);
QString printJobStateName(PrintJobState state);
bool parsePrintJobState(const QString &name, PrintJobState *state);

struct PrintJob {
    QString id; // UUIDv7, made by enqueue() when empty
    PrintJobKind kind = PrintJobKind::Receipt;
    QString saleId; // receipt and reprint
    QString shiftId; // z_report
    QString printerName;
    QString title; // what the cashier sees in the queue: the receipt number, "Z report …"
    QByteArray payload; // the printer's bytes; list() leaves it empty
    qint64 payloadSize = 0;
    PrintJobState state = PrintJobState::Pending;
    int attempts = 0;
    QString lastError;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 printedAt = 0; // 0 until printed
};

// The persistent print queue of this terminal (print_jobs), one company's jobs. Printing is
// never part of a sale: enqueue() runs after the sale's transaction committed, in a transaction
// of its own (and refuses to run inside another one on SQLite), so a printer that is off, missing
// or out of paper cannot block or roll back a sale. The queue runner (ui/printing) takes the
// oldest pending job of its printer, sends it, and marks it printed or counts the failed attempt.
// Failures are returned as `error` messages; nothing here throws.
class PrintJobStore
{
public:
    PrintJobStore(CoreContext &context, const QString &companyId);

    [[nodiscard]] const QString &companyId() const { return m_companyId; }

    // Queues `job` (pending, no attempts) and returns its id; empty with `error` set on failure.
    QString enqueue(const PrintJob &job, QString *error);
    // Loads the committed sale's receipt, encodes it for the printer and queues it: a receipt, or
    // with `reprint` a copy (marked as one, never opening the drawer).
    QString enqueueReceipt(const QString &saleId, const QString &printerName, const EscPosOptions &options, bool reprint, QString *error);
    // The shift's report (its Z report once closed), encoded and queued.
    QString enqueueShiftReport(const QString &shiftId, const QString &printerName, const EscPosOptions &options, QString *error);

    // The oldest pending job of `printerName` with its payload. False with `error` empty when
    // there is none, false with `error` set when the database failed.
    bool nextPending(const QString &printerName, PrintJob *job, QString *error);
    bool load(const QString &jobId, PrintJob *job, QString *error);

    // A send succeeded: printed, with the attempt counted.
    bool markPrinted(const QString &jobId, QString *error);
    // A send failed with `message`: the attempt is counted and the message kept. The job stays
    // pending to be tried again, unless `giveUp` (the cashier cancelled it): then it is failed.
    bool markFailed(const QString &jobId, const QString &message, QString *error, bool giveUp = false);
    // A failed job back into the queue (the cashier's "print again").
    bool requeue(const QString &jobId, QString *error);

    // Pending jobs of `printerName` (of every printer when empty); -1 with `error` set on failure.
    int pendingCount(const QString &printerName, QString *error);
    // The newest `limit` jobs for the queue screen, without payloads (payloadSize says how big).
    QList<PrintJob> list(const QString &printerName, int limit, QString *error);
    // Deletes printed jobs last changed before `before` (Unix ms); returns how many, -1 on failure.
    int purgePrinted(qint64 before, QString *error);

private:
    bool update(const QString &sql, const QString &jobId, const QString &message, QString *error);

    CoreContext &m_context;
    QString m_companyId;
};

} // namespace kassa
