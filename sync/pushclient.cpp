#include "pushclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kassa::sync {

namespace {
// A server that keeps refusing without the cursor moving (a bug on either side) must not make
// the client spin: after this many refusals in a row the round ends with failed().
constexpr int kMaxRefusalsWithoutProgress = 4;
} // namespace

PushClient::PushClient(Database &database, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

void PushClient::pushPending()
{
    if (m_busy) {
        return;
    }
    QString error;
    if (!SyncIdentity::load(m_database, &m_identity, &error)) {
        Q_EMIT failed(error.isEmpty() ? u"this terminal is not enrolled"_s : error);
        return;
    }
    if (m_identity.fenced) {
        Q_EMIT fenced(m_identity.fenceReason);
        return;
    }
    m_busy = true;
    m_probed = false;
    m_refusalsWithoutProgress = 0;
    m_serverCursor = OutboxBatch::highestAcked(m_database, m_identity.deviceId);
    sendNext();
}

void PushClient::fail(const QString &message)
{
    m_busy = false;
    Q_EMIT failed(message);
}

void PushClient::sendNext()
{
    QList<OutboxOp> ops;
    QString error;
    if (!OutboxBatch::read(m_database, m_identity.deviceId, m_serverCursor + 1, m_batchSize, m_maxBatchBytes, &ops, &error)) {
        fail(u"cannot read the outbox: %1"_s.arg(error));
        return;
    }
    if (ops.isEmpty()) {
        if (m_probed) {
            m_busy = false;
            Q_EMIT finished(m_serverCursor);
            return;
        }
        m_probed = true; // an empty push: where is the server's cursor, which epoch does it have?
    }
    QJsonArray opsJson;
    for (const OutboxOp &op : std::as_const(ops)) {
        opsJson.append(op.toJson());
    }
    const qint64 lastSent = ops.isEmpty() ? m_serverCursor : ops.constLast().seq;
    QNetworkRequest request(QUrl(m_identity.serverUrl + u"/sync/v1/push"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Device " + m_identity.token.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    const QByteArray body = QJsonDocument(QJsonObject{{u"epoch"_s, m_identity.epoch}, {u"ops"_s, opsJson}}).toJson(QJsonDocument::Compact);
    ++m_requests;
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, lastSent] { handleReply(reply, lastSent); });
}

void PushClient::handleReply(QNetworkReply *reply, qint64 lastSent)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    const QJsonObject answer = QJsonDocument::fromJson(bytes).object();
    QString error;
    if (status == 200) {
        const qint64 ackedThrough = answer.value(u"acked_through"_s).toInteger();
        const QString epoch = answer.value(u"epoch"_s).toString();
        if (ackedThrough > 0 && !OutboxBatch::acknowledge(m_database, m_identity.deviceId, ackedThrough, epoch, QDateTime::currentMSecsSinceEpoch(), &error)) {
            fail(u"cannot record the acknowledgement: %1"_s.arg(error));
            return;
        }
        m_identity.epoch = epoch;
        Q_EMIT batchAcknowledged(ackedThrough, answer.value(u"applied"_s).toInt(), answer.value(u"replayed"_s).toInt(), answer.value(u"rejected"_s).toArray());
        if (ackedThrough < m_serverCursor) {
            // The server has less than it acknowledged before (restored without a new epoch):
            // everything after its cursor comes again from the archive.
            if (++m_refusalsWithoutProgress > kMaxRefusalsWithoutProgress) {
                fail(u"the server keeps losing acknowledged ops"_s);
                return;
            }
            m_serverCursor = ackedThrough;
            m_probed = false;
            Q_EMIT resendRequested(ackedThrough + 1, u"cursor_behind"_s);
            sendNext();
            return;
        }
        if (ackedThrough > m_serverCursor) {
            m_refusalsWithoutProgress = 0;
        }
        m_serverCursor = ackedThrough;
        if (ackedThrough < lastSent) {
            fail(u"the server acknowledged through %1 of %2"_s.arg(ackedThrough).arg(lastSent));
            return;
        }
        sendNext();
        return;
    }
    const QString code = answer.value(u"code"_s).toString();
    if (status == 423 || code == "device_fenced"_L1) {
        const QString reason = answer.value(u"detail"_s).toString();
        OutboxBatch::recordFence(m_database, reason, &error);
        m_busy = false;
        Q_EMIT fenced(reason);
        return;
    }
    if (status == 409 && (code == "sequence_gap"_L1 || code == "epoch_changed"_L1)) {
        const qint64 resendFrom = answer.value(u"resend_from"_s).toInteger();
        if (resendFrom < 1 || ++m_refusalsWithoutProgress > kMaxRefusalsWithoutProgress) {
            fail(u"the server keeps refusing the push (%1): %2"_s.arg(code, answer.value(u"detail"_s).toString()));
            return;
        }
        if (code == "epoch_changed"_L1) {
            m_identity.epoch = answer.value(u"epoch"_s).toString();
            if (!OutboxBatch::storeEpoch(m_database, m_identity.epoch, &error)) {
                fail(error);
                return;
            }
        }
        m_serverCursor = resendFrom - 1;
        m_probed = false;
        Q_EMIT resendRequested(resendFrom, code);
        sendNext();
        return;
    }
    if (status == 0) {
        fail(u"the server is not reachable: %1"_s.arg(reply->errorString()));
        return;
    }
    fail(u"the server answered %1: %2"_s.arg(status).arg(answer.value(u"detail"_s).toString(answer.value(u"title"_s).toString())));
}

} // namespace kassa::sync
