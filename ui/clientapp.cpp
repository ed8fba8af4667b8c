#include "clientapp.h"

#include "clientsession.h"
#include "receiptcontroller.h"
#include "returncontroller.h"
#include "scannerinput.h"
#include "sellcontroller.h"
#include "shiftcontroller.h"
#include "statuscontroller.h"

#include <QCoreApplication>

namespace kassa::ui
{

ClientApp::ClientApp(QObject *parent)
    : QObject(parent)
    , m_session(new ClientSession(this))
    , m_sell(new SellController(m_session, this))
    , m_shift(new ShiftController(m_session, this))
    , m_returns(new ReturnController(m_session, this))
    , m_status(new StatusController(m_session, this))
    , m_scanner(new ScannerInput(this))
    , m_receipts(new ReceiptController(m_session, this))
{
    ClientSession::setInstance(m_session);
    SellController::setInstance(m_sell);
    ShiftController::setInstance(m_shift);
    ReturnController::setInstance(m_returns);
    StatusController::setInstance(m_status);
    // A shift opened or closed changes what the Sell screen may do.
    connect(m_shift, &ShiftController::changed, m_sell, &SellController::refresh);
    // Every sale, return and shift writes outbox rows: the status bar counts them at once.
    connect(m_sell, &SellController::saleCompleted, m_status, &StatusController::refresh);
    connect(m_returns, &ReturnController::returnCompleted, m_status, &StatusController::refresh);
    ScannerInput::setInstance(m_scanner);
    ReceiptController::setInstance(m_receipts);
    // Printing follows the document's own transaction: queued after the commit, sent when the
    // printer answers.
    const auto print = [this](const QString &documentId) {
        if (!m_receipts->printerAddress().isEmpty()) {
            m_receipts->printReceipt(documentId);
        }
    };
    connect(m_sell, &SellController::saleCompleted, m_receipts, print);
    connect(m_returns, &ReturnController::returnCompleted, m_receipts, print);
    connect(m_shift, &ShiftController::shiftClosed, m_receipts, [this](const QString &shiftId) {
        if (!m_receipts->printerAddress().isEmpty()) {
            m_receipts->printShiftReport(shiftId);
        }
    });
    connect(m_receipts, &ReceiptController::stateChanged, m_status, [this] {
        m_status->setPrintState(m_receipts->pendingCount(), m_receipts->printerOnline() ? QString() : m_receipts->lastError());
    });
    // A scan anywhere on the screen: an article for the cart, or on Returns the receipt to find.
    connect(m_scanner, &ScannerInput::scanned, this, [this](const QString &code) {
        if (!m_session->isSignedIn()) {
            return;
        }
        if (m_scanner->mode() == ScannerInput::Receipt) {
            m_returns->find(code);
        } else {
            m_sell->scan(code);
        }
    });
    QCoreApplication::instance()->installEventFilter(m_scanner);
}

ClientApp::~ClientApp()
{
    if (QCoreApplication *application = QCoreApplication::instance()) {
        application->removeEventFilter(m_scanner);
    }
}

} // namespace kassa::ui
