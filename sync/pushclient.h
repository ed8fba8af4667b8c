#pragma once

#include "outboxbatch.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace kassa::sync {

// Pushes this installation's outbox to the server it is enrolled with (POST /sync/v1/push), batch
// after batch in seq order, asynchronously. Each acknowledgement marks the rows acked in one local
// transaction. The server's refusals steer it: a gap or a new server epoch makes it resend from the
// seq the server names (acknowledged rows too: they are kept for this); a fence stops it and is
// recorded; anything else (network down, 5xx) ends the round with failed() for a later retry.
// Before finishing it asks the server where its cursor is (an empty push), so a server that lost
// acknowledged ops without a new epoch still gets them again.
class PushClient : public QObject
{
    Q_OBJECT
public:
    explicit PushClient(Database &database, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void setBatchSize(int ops) { m_batchSize = ops; }
    void setMaxBatchBytes(qint64 bytes) { m_maxBatchBytes = bytes; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Starts a round (nothing happens when one is running).
    void pushPending();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] int requestsSent() const { return m_requests; }

Q_SIGNALS:
    void batchAcknowledged(qint64 ackedThrough, int applied, int replayed, const QJsonArray &rejected);
    void resendRequested(qint64 fromSeq, const QString &code);
    // Nothing is pending any more: the server has everything through `ackedThrough`.
    void finished(qint64 ackedThrough);
    void fenced(const QString &reason);
    void failed(const QString &message);

private:
    void sendNext();
    void handleReply(QNetworkReply *reply, qint64 lastSent);
    void fail(const QString &message);

    Database &m_database;
    QNetworkAccessManager *m_network;
    SyncIdentity m_identity;
    qint64 m_serverCursor = 0; // what the server has (as far as this client knows)
    int m_batchSize = 200;
    qint64 m_maxBatchBytes = 512 * 1024;
    int m_timeoutMs = 30000;
    bool m_busy = false;
    bool m_probed = false;
    int m_refusalsWithoutProgress = 0;
    int m_requests = 0;
};

} // namespace kassa::sync
