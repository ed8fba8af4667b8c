#include "statuscontroller.h"

#include "clientsession.h"

#include "sales/tillstaff.h"

namespace kassa::ui
{


StatusController::StatusController(ClientSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // One indexed COUNT every few seconds: cheap, and the figure is what a manager asks about.
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &StatusController::refresh);
    connect(session, &ClientSession::terminalChanged, this, &StatusController::refresh);
    m_timer.start();
}



void StatusController::refresh()
{
    if (!m_session->isOpen()) {
        return;
    }
    QString error;
    const qint64 pending = pendingOutboxCount(*m_session->context().database, m_session->context().deviceId, &error);
    if (pending >= 0 && pending != m_pendingOperations) {
        m_pendingOperations = pending;
        Q_EMIT changed();
    }
}

void StatusController::setPrintState(int pending, const QString &problem)
{
    if (pending == m_pendingPrints && problem == m_printerProblem) {
        return;
    }
    m_pendingPrints = pending;
    m_printerProblem = problem;
    Q_EMIT changed();
}

} // namespace kassa::ui
