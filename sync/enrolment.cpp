#include "enrolment.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::sync {

Enrolment::Enrolment(Database &database, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

void Enrolment::enrol(const QUrl &server, const QString &code, const QString &name)
{
    // Ops written under another identity and not acknowledged would be orphaned by a new one.
    QSqlQuery pending(m_database.connection());
    if (pending.exec(u"SELECT COUNT(*) FROM outbox o JOIN local_device l ON l.device_id = o.device_id WHERE o.acked_at IS NULL"_s) && pending.next()
        && pending.value(0).toLongLong() > 0) {
        Q_EMIT failed(u"unsynced_ops"_s, u"this installation has %1 operations the server has not received; push them before enrolling again"_s.arg(
                                             pending.value(0).toLongLong()));
        return;
    }
    QNetworkRequest request(server.resolved(QUrl(u"/sync/v1/enrol"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(30000);
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, code}, {u"name"_s, name}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 201) {
            Q_EMIT failed(answer.value(u"code"_s).toString(status == 0 ? u"unreachable"_s : u"refused"_s),
                          status == 0 ? reply->errorString() : answer.value(u"detail"_s).toString());
            return;
        }
        SyncIdentity identity;
        QString error;
        if (!store(server, answer, &identity, &error)) {
            Q_EMIT failed(u"local_storage"_s, error);
            return;
        }
        Q_EMIT enrolled(identity);
    });
}

bool Enrolment::store(const QUrl &server, const QJsonObject &answer, SyncIdentity *identity, QString *error)
{
    identity->serverUrl = server.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    identity->deviceId = answer.value(u"device_id"_s).toString();
    identity->token = answer.value(u"token"_s).toString();
    identity->companyId = answer.value(u"company_id"_s).toString();
    identity->shopId = answer.value(u"shop_id"_s).toString();
    identity->receiptPrefix = answer.value(u"receipt_prefix"_s).toString();
    identity->epoch = answer.value(u"epoch"_s).toString();
    if (identity->deviceId.isEmpty() || identity->token.isEmpty() || identity->epoch.isEmpty()) {
        *error = u"the server's answer lacks the device id, token or epoch"_s;
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    const auto run = [&query, error](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        return true;
    };
    // The company and shop rows come with the snapshot; until then the device row names neither.
    const bool ok
        = run(u"INSERT INTO devices (id, company_id, shop_id, kind, name, receipt_prefix, created_at) VALUES (?, (SELECT id FROM companies WHERE id = ?), "
              "(SELECT id FROM shops WHERE id = ?), 'terminal', ?, ?, ?) ON CONFLICT (id) DO UPDATE SET receipt_prefix = excluded.receipt_prefix"_s,
              {identity->deviceId, identity->companyId, identity->shopId, answer.value(u"name"_s).toString(), identity->receiptPrefix, now})
        && run(u"INSERT INTO local_device (singleton, device_id, receipt_counter) VALUES (1, ?, 0) "
               "ON CONFLICT (singleton) DO UPDATE SET device_id = excluded.device_id, receipt_counter = 0"_s,
               {identity->deviceId})
        && run(u"INSERT INTO sync_identity (singleton, server_url, device_id, token, company_id, shop_id, receipt_prefix, epoch, enrolled_at) "
               "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (singleton) DO UPDATE SET server_url = excluded.server_url, device_id = excluded.device_id, "
               "token = excluded.token, company_id = excluded.company_id, shop_id = excluded.shop_id, receipt_prefix = excluded.receipt_prefix, "
               "epoch = excluded.epoch, enrolled_at = excluded.enrolled_at, fenced = 0, fence_reason = ''"_s,
               {identity->serverUrl, identity->deviceId, identity->token, identity->companyId, identity->shopId, identity->receiptPrefix, identity->epoch, now});
    if (!ok) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace kassa::sync
