#include "receiptcontroller.h"

#include "clientsession.h"
#include "printertransport.h"
#include "printqueuerunner.h"
#include "receiptpdf.h"

#include "receipts/printjobstore.h"
#include "receipts/receiptdocument.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kassa::ui
{

namespace
{
// One receipt printer per till; the queue names it so a second one can be added later.
const QString kPrinterName = u"receipt"_s;
} // namespace

ReceiptController::ReceiptController(ClientSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_address(QSettings().value(u"printer/address"_s).toString())
{
    connect(session, &ClientSession::terminalChanged, this, &ReceiptController::rebuild);
}

ReceiptController::~ReceiptController() = default;



void ReceiptController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

void ReceiptController::setPrinterAddress(const QString &address)
{
    if (address.trimmed() == m_address) {
        return;
    }
    m_address = address.trimmed();
    QSettings().setValue(u"printer/address"_s, m_address);
    rebuild();
    Q_EMIT printerChanged();
}

void ReceiptController::rebuild()
{
    m_runner.reset();
    m_transport.reset();
    m_store.reset();
    setError({});
    if (m_session->isOpen()) {
        m_store = std::make_unique<PrintJobStore>(m_session->context(), m_session->shop().companyId);
    }
    if (m_store && !m_address.isEmpty()) {
        QString error;
        m_transport = PrinterTransport::fromAddress(m_address, &error);
        if (!m_transport) {
            setError(tr("The printer address is not usable: %1").arg(error));
        } else {
            m_runner = std::make_unique<PrintQueueRunner>(m_store.get(), m_transport.get(), kPrinterName);
            for (const auto signal : {&PrintQueueRunner::pendingCountChanged, &PrintQueueRunner::lastErrorChanged, &PrintQueueRunner::printerOnlineChanged}) {
                connect(m_runner.get(), signal, this, &ReceiptController::stateChanged);
            }
            // What an earlier run left unprinted goes out now.
            m_runner->wake();
        }
    }
    Q_EMIT stateChanged();
}

int ReceiptController::pendingCount() const
{
    return m_runner ? m_runner->pendingCount() : 0;
}

QString ReceiptController::lastError() const
{
    return m_runner ? m_runner->lastError() : QString();
}

bool ReceiptController::printerOnline() const
{
    return m_runner ? m_runner->printerOnline() : false;
}

bool ReceiptController::printReceipt(const QString &saleId, bool reprint)
{
    if (!m_runner) {
        setError(tr("No receipt printer is set up (Settings)."));
        return false;
    }
    QString error;
    if (m_store->enqueueReceipt(saleId, kPrinterName, EscPosOptions{}, reprint, &error).isEmpty()) {
        setError(tr("The receipt could not be queued: %1").arg(error));
        return false;
    }
    setError({});
    m_runner->wake();
    return true;
}

bool ReceiptController::printShiftReport(const QString &shiftId)
{
    if (!m_runner) {
        setError(tr("No receipt printer is set up (Settings)."));
        return false;
    }
    QString error;
    if (m_store->enqueueShiftReport(shiftId, kPrinterName, EscPosOptions{}, &error).isEmpty()) {
        setError(tr("The report could not be queued: %1").arg(error));
        return false;
    }
    setError({});
    m_runner->wake();
    return true;
}

QString ReceiptController::savePdf(const QString &saleId, bool invoice)
{
    ReceiptDocument document;
    QString error;
    if (!m_session->isOpen() || !loadReceiptDocument(*m_session->context().database, m_session->shop().companyId, saleId, &document, &error)) {
        setError(tr("The receipt could not be read: %1").arg(error));
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Kassa"_s;
    QDir().mkpath(folder);
    const QString path = u"%1/%2-%3.pdf"_s.arg(folder, document.receiptNumber, invoice ? u"invoice"_s : u"receipt"_s);
    if (!ReceiptPdf::write(document, invoice ? ReceiptPdf::Layout::InvoiceA4 : ReceiptPdf::Layout::Receipt80mm, path, &error)) {
        setError(tr("The PDF could not be written: %1").arg(error));
        return {};
    }
    setError({});
    return path;
}

void ReceiptController::retryNow()
{
    if (m_runner) {
        m_runner->retryNow();
    }
}

} // namespace kassa::ui
