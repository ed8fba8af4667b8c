#pragma once

#include "singletoninstance.h"
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace kassa::ui
{

class ClientSession;

// What the status bar tells the cashier: whether the terminal reaches its server, how many of its
// operations wait to be sent (the outbox), and whether receipts print.
class StatusController : public QObject, public SingletonInstance<StatusController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Status)
    QML_SINGLETON
    Q_PROPERTY(QString connection READ connection NOTIFY changed) // standalone, online, offline
    Q_PROPERTY(qint64 pendingOperations READ pendingOperations NOTIFY changed)
    Q_PROPERTY(int pendingPrints READ pendingPrints NOTIFY changed)
    Q_PROPERTY(QString printerProblem READ printerProblem NOTIFY changed)

public:
    explicit StatusController(ClientSession *session, QObject *parent = nullptr);


    Q_INVOKABLE void refresh();
    // The print queue reports here (printing/printqueuerunner).
    void setPrintState(int pending, const QString &problem);

    [[nodiscard]] QString connection() const { return m_connection; }
    [[nodiscard]] qint64 pendingOperations() const { return m_pendingOperations; }
    [[nodiscard]] int pendingPrints() const { return m_pendingPrints; }
    [[nodiscard]] QString printerProblem() const { return m_printerProblem; }

Q_SIGNALS:
    void changed();

private:
    ClientSession *m_session;
    QTimer m_timer;
    // Until the terminal is enrolled with a server (the sync issue), it sells standalone.
    QString m_connection = QStringLiteral("standalone");
    qint64 m_pendingOperations = 0;
    int m_pendingPrints = 0;
    QString m_printerProblem;
};

} // namespace kassa::ui
