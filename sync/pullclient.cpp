#include "pullclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kassa::sync {

PullClient::PullClient(Database &database, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

void PullClient::pull()
{
    if (m_busy) {
        return;
    }
    QString error;
    if (!SyncIdentity::load(m_database, &m_identity, &error)) {
        Q_EMIT failed(error.isEmpty() ? u"this terminal is not enrolled"_s : error);
        return;
    }
    if (!FeedApplier::cursor(m_database, &m_cursor, &error)) {
        Q_EMIT failed(u"cannot read the pull cursor: %1"_s.arg(error));
        return;
    }
    m_busy = true;
    m_restarted = false;
    requestPage();
}

void PullClient::fail(const QString &message)
{
    m_busy = false;
    Q_EMIT failed(message);
}

void PullClient::requestPage()
{
    QUrl url(m_identity.serverUrl + u"/sync/v1/pull"_s);
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(m_cursor.after));
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Device " + m_identity.token.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    ++m_requests;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleReply(reply); });
}

void PullClient::handleReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0) {
        fail(u"the server is not reachable: %1"_s.arg(reply->errorString()));
        return;
    }
    if (status != 200) {
        fail(u"the server answered %1: %2"_s.arg(status).arg(answer.value(u"detail"_s).toString(answer.value(u"title"_s).toString())));
        return;
    }
    const QString epoch = answer.value(u"epoch"_s).toString();
    if (!m_cursor.epoch.isEmpty() && epoch != m_cursor.epoch && m_cursor.after > 0) {
        // The server was restored: its numbers mean something else now. Read it again from the start.
        if (m_restarted) {
            fail(u"the server's epoch keeps changing"_s);
            return;
        }
        m_restarted = true;
        m_cursor = {epoch, 0};
        requestPage();
        return;
    }
    QList<PulledChange> changes;
    for (const QJsonValue &value : answer.value(u"changes"_s).toArray()) {
        const QJsonObject change = value.toObject();
        changes.append({change.value(u"seq"_s).toInteger(), change.value(u"type"_s).toString(), int(change.value(u"schema_version"_s).toInteger(1)),
                        QJsonDocument(change.value(u"payload"_s).toObject()).toJson(QJsonDocument::Compact), change.value(u"occurred_at"_s).toInteger()});
    }
    const qint64 nextAfter = answer.value(u"next_after"_s).toInteger();
    FeedApplyResult result;
    QString error;
    if (!FeedApplier(m_database, m_identity.companyId, m_identity.deviceId).apply(epoch, changes, nextAfter, &result, &error)) {
        fail(u"cannot apply the page after %1: %2"_s.arg(m_cursor.after).arg(error));
        return;
    }
    const bool progressed = result.cursor > m_cursor.after || epoch != m_cursor.epoch;
    m_cursor = {epoch, result.cursor};
    Q_EMIT pageApplied(result.cursor, result.applied, result.kept);
    if (answer.value(u"has_more"_s).toBool() && progressed) {
        requestPage();
        return;
    }
    m_busy = false;
    Q_EMIT finished(m_cursor.after);
}

} // namespace kassa::sync
