#pragma once

#include "outboxbatch.h"

#include "services/feedapplier.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace kassa::sync {

// Pulls the server's change feed (GET /sync/v1/pull) page after page, asynchronously, and applies
// each page with its cursor in one local transaction (FeedApplier) until the server has no more.
// A page answered in another epoch than the stored cursor's (the server was restored) starts the
// feed again from 0. Network trouble or a refused page ends the round with failed(); the cursor is
// where the last applied page left it, so the next round resumes there.
class PullClient : public QObject
{
    Q_OBJECT
public:
    explicit PullClient(Database &database, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void setPageSize(int changes) { m_pageSize = changes; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Starts a round (nothing happens when one is running).
    void pull();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] int requestsSent() const { return m_requests; }

Q_SIGNALS:
    void pageApplied(qint64 cursor, int applied, int kept);
    // The feed is read through `cursor`.
    void finished(qint64 cursor);
    void failed(const QString &message);

private:
    void requestPage();
    void handleReply(QNetworkReply *reply);
    void fail(const QString &message);

    Database &m_database;
    QNetworkAccessManager *m_network;
    SyncIdentity m_identity;
    PullCursor m_cursor;
    int m_pageSize = 500;
    int m_timeoutMs = 30000;
    bool m_busy = false;
    bool m_restarted = false;
    int m_requests = 0;
};

} // namespace kassa::sync
