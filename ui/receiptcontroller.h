#pragma once

#include "singletoninstance.h"
#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace kassa
{
class PrintJobStore;
class PrintQueueRunner;
class PrinterTransport;
}

namespace kassa::ui
{

class ClientSession;

// Receipts at the till: every committed sale, return and Z report is queued for the receipt
// printer after its own transaction (a printer that is off never blocks or undoes a sale) and sent
// by the queue runner, which retries until it prints; the cashier sees what is waiting. Reprints,
// and PDFs (80 mm receipt, A4 invoice) on demand.
class ReceiptController : public QObject, public SingletonInstance<ReceiptController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Receipts)
    QML_SINGLETON
    // tcp://HOST[:9100], serial:/dev/ttyUSB0?baud=19200, file:/path, or empty (no printer)
    Q_PROPERTY(QString printerAddress READ printerAddress WRITE setPrinterAddress NOTIFY printerChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(bool printerOnline READ printerOnline NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ReceiptController(ClientSession *session, QObject *parent);
    ~ReceiptController() override;


    [[nodiscard]] QString printerAddress() const { return m_address; }
    void setPrinterAddress(const QString &address);
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] bool printerOnline() const;
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    // Queues a document for the printer; false (errorMessage set) when there is no printer or the
    // queue could not be written. `reprint` marks a copy and never opens the drawer.
    Q_INVOKABLE bool printReceipt(const QString &saleId, bool reprint = false);
    Q_INVOKABLE bool printShiftReport(const QString &shiftId);
    // Writes the document as a PDF into the user's documents folder (Kassa/…) and returns the path;
    // empty with errorMessage set on failure.
    Q_INVOKABLE QString savePdf(const QString &saleId, bool invoice);
    Q_INVOKABLE void retryNow();

Q_SIGNALS:
    void printerChanged();
    void stateChanged();
    void errorMessageChanged();

private:
    void rebuild();
    void setError(const QString &message);

    ClientSession *m_session;
    QString m_address;
    std::unique_ptr<PrintJobStore> m_store;
    std::unique_ptr<PrinterTransport> m_transport;
    std::unique_ptr<PrintQueueRunner> m_runner;
    QString m_errorMessage;
};

} // namespace kassa::ui
