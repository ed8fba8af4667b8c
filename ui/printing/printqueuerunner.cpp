#include "printqueuerunner.h"

#include "printertransport.h"

#include "receipts/printjobstore.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPrintQueue, "kassa.ui.printqueue")

namespace kassa
{

PrintQueueRunner::PrintQueueRunner(PrintJobStore *store, PrinterTransport *transport, const QString &printerName, QObject *parent)
    : QObject(parent), m_store(store), m_transport(transport), m_printerName(printerName), m_retryDelays(defaultRetryDelays())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PrintQueueRunner::processNext);
    connect(m_transport, &PrinterTransport::finished, this, &PrintQueueRunner::onFinished);
    refreshPendingCount();
}

QList<int> PrintQueueRunner::defaultRetryDelays()
{
    return { 1000, 2000, 5000, 10000, 30000 };
}

void PrintQueueRunner::setRetryDelays(const QList<int> &milliseconds)
{
    m_retryDelays = milliseconds.isEmpty() ? defaultRetryDelays() : milliseconds;
}

void PrintQueueRunner::wake()
{
    refreshPendingCount();
    if (isBusy() || m_retryTimer.isActive()) {
        return;
    }
    processNext();
}

void PrintQueueRunner::retryNow()
{
    m_retryTimer.stop();
    m_failures = 0;
    refreshPendingCount();
    if (!isBusy()) {
        processNext();
    }
}

void PrintQueueRunner::processNext()
{
    if (isBusy()) {
        return;
    }
    PrintJob job;
    QString error;
    if (!m_store->nextPending(m_printerName, &job, &error)) {
        if (!error.isEmpty()) {
            // The database, not the printer: say so and look again later.
            qCWarning(lcPrintQueue) << "cannot read the print queue of" << m_printerName << ":" << error;
            setLastError(error);
            scheduleRetry();
        }
        refreshPendingCount();
        return;
    }
    setCurrentJob(job.id);
    m_transport->send(job.payload);
}

void PrintQueueRunner::onFinished(bool ok, const QString &error)
{
    if (m_currentJobId.isEmpty()) {
        return; // a send this runner did not start (a test page)
    }
    const QString jobId = m_currentJobId;
    setCurrentJob({});
    QString storeError;
    if (ok) {
        m_failures = 0;
        setPrinterOnline(true);
        if (!m_store->markPrinted(jobId, &storeError)) {
            // Printed, but still pending in the queue: wait before the next attempt rather than
            // printing the same receipt again and again.
            qCWarning(lcPrintQueue) << "printed job" << jobId << "but cannot mark it:" << storeError;
            setLastError(storeError);
            scheduleRetry();
            refreshPendingCount();
            return;
        }
        setLastError({});
        Q_EMIT jobPrinted(jobId);
        refreshPendingCount();
        QMetaObject::invokeMethod(this, &PrintQueueRunner::processNext, Qt::QueuedConnection);
        return;
    }
    if (!m_store->markFailed(jobId, error, &storeError)) {
        qCWarning(lcPrintQueue) << "cannot count the failed attempt of job" << jobId << ":" << storeError;
    }
    setPrinterOnline(false);
    setLastError(error);
    Q_EMIT jobFailed(jobId, error);
    refreshPendingCount();
    scheduleRetry();
}

void PrintQueueRunner::scheduleRetry()
{
    const qsizetype index = std::min<qsizetype>(m_failures, m_retryDelays.size() - 1);
    m_retryTimer.start(m_retryDelays.at(index));
    ++m_failures;
}

void PrintQueueRunner::refreshPendingCount()
{
    QString error;
    const int count = m_store->pendingCount(m_printerName, &error);
    if (count < 0) {
        qCWarning(lcPrintQueue) << "cannot count the print queue:" << error;
        return;
    }
    if (count != m_pendingCount) {
        m_pendingCount = count;
        Q_EMIT pendingCountChanged();
    }
}

void PrintQueueRunner::setLastError(const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        Q_EMIT lastErrorChanged();
    }
}

void PrintQueueRunner::setPrinterOnline(bool online)
{
    if (online != m_printerOnline) {
        m_printerOnline = online;
        Q_EMIT printerOnlineChanged();
    }
}

void PrintQueueRunner::setCurrentJob(const QString &jobId)
{
    const bool wasBusy = isBusy();
    m_currentJobId = jobId;
    if (wasBusy != isBusy()) {
        Q_EMIT busyChanged();
    }
}

} // namespace kassa
