#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace kassa
{

class PrintJobStore;
class PrinterTransport;

// Prints the queue of one printer: takes the oldest pending job from the PrintJobStore, sends it
// through the printer's transport, and marks it printed — or counts the failed attempt, keeps the
// job pending and tries again after 1 s, 2 s, 5 s, 10 s, then every 30 s, until the printer is
// back. Jobs go out in the order they were queued; a job only leaves the queue once sent.
//
// It never blocks: the transport is asynchronous and the store's statements are single-row
// reads and writes on the local database. The cashier's status bar binds to pendingCount,
// printerOnline and lastError. Whoever queues a job calls wake(); retryNow() is the cashier's
// "try again" after fixing the printer.
class PrintQueueRunner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString printerName READ printerName CONSTANT)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool printerOnline READ printerOnline NOTIFY printerOnlineChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    // Neither `store` nor `transport` is owned; both must outlive the runner.
    PrintQueueRunner(PrintJobStore *store, PrinterTransport *transport, const QString &printerName, QObject *parent = nullptr);

    // 1 s, 2 s, 5 s, 10 s, 30 s: the waits after the 1st, 2nd, … failure; the last one repeats.
    static QList<int> defaultRetryDelays();
    void setRetryDelays(const QList<int> &milliseconds);

    [[nodiscard]] const QString &printerName() const { return m_printerName; }
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] const QString &lastError() const { return m_lastError; }
    // False once a send failed, true again once one succeeded (true until anything was tried).
    [[nodiscard]] bool printerOnline() const { return m_printerOnline; }
    // A job is on its way to the printer.
    [[nodiscard]] bool isBusy() const { return !m_currentJobId.isEmpty(); }
    // Milliseconds until the next attempt after a failure; -1 when none is scheduled.
    [[nodiscard]] int retryIn() const { return m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1; }

public Q_SLOTS:
    // Looks at the queue now: a job was queued, or the till started. While waiting to retry after
    // a failure it only updates the count; the retry comes when it is due.
    void wake();
    // Tries again now, starting the backoff from the beginning.
    void retryNow();

Q_SIGNALS:
    void pendingCountChanged();
    void lastErrorChanged();
    void printerOnlineChanged();
    void busyChanged();
    void jobPrinted(const QString &jobId);
    void jobFailed(const QString &jobId, const QString &error);

private:
    void processNext();
    void onFinished(bool ok, const QString &error);
    void scheduleRetry();
    void refreshPendingCount();
    void setLastError(const QString &error);
    void setPrinterOnline(bool online);
    void setCurrentJob(const QString &jobId);

    PrintJobStore *m_store;
    PrinterTransport *m_transport;
    QString m_printerName;
    QList<int> m_retryDelays;
    QTimer m_retryTimer;
    int m_failures = 0;
    QString m_currentJobId;
    int m_pendingCount = 0;
    QString m_lastError;
    bool m_printerOnline = true;
};

} // namespace kassa
