// Synchronisation, push path: a manager makes an enrolment code (staff API), a terminal enrols with
// it and then pushes its outbox with `Authorization: Device TOKEN` (DESIGN.md, Synchronisation).
#include "routes.h"
#include "staffaccess.h"

#include "services/changefeed.h"
#include "services/syncinbox.h"

#include <QDateTime>
#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace kassa::server {

namespace {

constexpr int kMaxOpsPerPush = 1000;
constexpr int kMaxPayloadChars = 900 * 1024;
constexpr int kDefaultPullLimit = 200;
constexpr int kMaxPullLimit = 1000;

QString isoTime(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The device behind `Authorization: Device TOKEN`, or the 401 to answer.
bool deviceFrom(ApiServices &services, const HttpRequest &request, SyncDevice *device, HttpResponse *problem)
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Device ")) {
        *problem = HttpResponse::problem(401, u"unauthorized"_s, u"Unauthorized"_s, u"send the device token: Authorization: Device TOKEN"_s);
        problem->addHeader("WWW-Authenticate", "Device");
        return false;
    }
    ServiceError error;
    if (!SyncInbox(services.core).authenticate(QString::fromLatin1(authorization.mid(7)).trimmed(), device, &error)) {
        *problem = problemFrom(error, request);
        if (error.kind == ServiceError::Kind::Unauthorized) {
            problem->headers.clear();
            problem->addHeader("WWW-Authenticate", "Device");
        }
        return false;
    }
    return true;
}

HttpResponse refusal(int status, const QString &code, const QString &title, const PushResult &result)
{
    QJsonObject body{{u"type"_s, QString(u"https://kassa.example/problems/"_s + code)},
                     {u"title"_s, title},
                     {u"status"_s, status},
                     {u"detail"_s, result.detail},
                     {u"code"_s, code},
                     {u"acked_through"_s, result.ackedThrough},
                     {u"epoch"_s, result.epoch}};
    if (result.resendFrom > 0) {
        body.insert(u"resend_from"_s, result.resendFrom);
    }
    if (!result.rejected.isEmpty()) {
        body.insert(u"rejected"_s, result.rejected);
    }
    HttpResponse response;
    response.status = status;
    response.contentType = "application/problem+json";
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace

void registerSyncRoutes(Router &router, ApiServices &services)
{
    router.add("POST", u"/api/v1/staff/terminals/enrolment-codes"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"shop_id"_s, u"name"_s});
        const QString shopId = body.string(u"shop_id"_s, true, 64);
        const QString name = body.string(u"name"_s, false, 100);
        if (!body.ok()) {
            return body.problem();
        }
        EnrolmentCode code;
        ServiceError error;
        if (!SyncInbox(services.core).createEnrolmentCode(request.actor, shopId, name, &code, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, code.id},
                                                   {u"code"_s, code.code},
                                                   {u"shop_id"_s, code.shopId},
                                                   {u"name"_s, code.name},
                                                   {u"expires_at"_s, isoTime(code.expiresAt)}});
    }));

    router.add("POST", u"/sync/v1/enrol"_s, [&services](HttpRequest &request) {
        HttpResponse problem;
        JsonBody body;
        if (!JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        body.allowOnly({u"code"_s, u"name"_s});
        const QString code = body.string(u"code"_s, true, 40);
        const QString name = body.string(u"name"_s, false, 100);
        if (!body.ok()) {
            return body.problem();
        }
        EnrolledDevice device;
        ServiceError error;
        if (!SyncInbox(services.core).enrol(code, name, &device, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, QJsonObject{{u"device_id"_s, device.deviceId},
                                                   {u"token"_s, device.token},
                                                   {u"company_id"_s, device.companyId},
                                                   {u"shop_id"_s, device.shopId},
                                                   {u"name"_s, device.name},
                                                   {u"receipt_prefix"_s, device.receiptPrefix},
                                                   {u"epoch"_s, device.epoch}});
    });

    router.add("POST", u"/sync/v1/push"_s, [&services](HttpRequest &request) {
        SyncDevice device;
        HttpResponse problem;
        if (!deviceFrom(services, request, &device, &problem)) {
            return problem;
        }
        JsonBody body;
        if (!JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        body.allowOnly({u"epoch"_s, u"ops"_s});
        const QString epoch = body.string(u"epoch"_s, true, 100);
        const QJsonArray opsJson = body.array(u"ops"_s, true, kMaxOpsPerPush);
        QList<SyncOp> ops;
        ops.reserve(opsJson.size());
        for (qsizetype i = 0; i < opsJson.size(); ++i) {
            if (!opsJson[i].isObject()) {
                body.addError(u"ops[%1]"_s.arg(i), u"must be an object"_s);
                continue;
            }
            JsonBody item(opsJson[i].toObject(), u"ops[%1]"_s.arg(i));
            item.allowOnly({u"seq"_s, u"op_id"_s, u"type"_s, u"schema_version"_s, u"payload"_s, u"payload_hash"_s, u"occurred_at"_s});
            SyncOp op;
            op.seq = item.integer(u"seq"_s, true, 1, std::numeric_limits<qint64>::max());
            op.opId = item.string(u"op_id"_s, true, 64);
            op.type = item.string(u"type"_s, true, 100);
            op.schemaVersion = int(item.integer(u"schema_version"_s, true, 1, 1000));
            op.payload = item.string(u"payload"_s, true, kMaxPayloadChars).toUtf8();
            op.payloadHash = item.string(u"payload_hash"_s, true, 64);
            op.occurredAt = item.integer(u"occurred_at"_s, true, 0, std::numeric_limits<qint64>::max());
            body.merge(item);
            ops.append(op);
        }
        if (!body.ok()) {
            return body.problem();
        }
        PushResult result;
        ServiceError error;
        if (!SyncInbox(services.core).push(device, epoch, ops, &result, &error)) {
            return problemFrom(error, request);
        }
        switch (result.status) {
        case PushResult::Status::Gap:
            return refusal(409, u"sequence_gap"_s, u"Sequence gap"_s, result);
        case PushResult::Status::Fenced:
            // 423 Locked: nothing of this device is taken until a manager unfences it.
            return refusal(423, u"device_fenced"_s, u"Device fenced"_s, result);
        case PushResult::Status::EpochChanged:
            return refusal(409, u"epoch_changed"_s, u"Server epoch changed"_s, result);
        case PushResult::Status::Accepted:
            break;
        }
        return HttpResponse::json(200, QJsonObject{{u"acked_through"_s, result.ackedThrough},
                                                   {u"epoch"_s, result.epoch},
                                                   {u"applied"_s, result.applied},
                                                   {u"replayed"_s, result.replayed},
                                                   {u"rejected"_s, result.rejected}});
    });

    // The change feed after `after`, what this device may see of it (its company; its shop's
    // documents), in pages that never cut a server transaction.
    router.add("GET", u"/sync/v1/pull"_s, [&services](HttpRequest &request) {
        SyncDevice device;
        HttpResponse problem;
        if (!deviceFrom(services, request, &device, &problem)) {
            return problem;
        }
        bool afterOk = true;
        bool limitOk = true;
        const QString afterText = request.queryValue(u"after"_s);
        const QString limitText = request.queryValue(u"limit"_s);
        const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&afterOk);
        const qint64 limit = limitText.isEmpty() ? kDefaultPullLimit : limitText.toLongLong(&limitOk);
        if (!afterOk || after < 0) {
            return problemFrom(ServiceError::validation(u"after"_s, u"must be a whole number of 0 or more"_s), request);
        }
        if (!limitOk || limit < 1 || limit > kMaxPullLimit) {
            return problemFrom(ServiceError::validation(u"limit"_s, u"must be between 1 and %1"_s.arg(kMaxPullLimit)), request);
        }
        QString epoch;
        QString message;
        FeedPage page;
        if (!SyncInbox(services.core).epoch(&epoch, &message)
            || !ChangeFeed::read(*services.core.database, device.companyId, device.id, device.shopId, after, int(limit), &page, &message)) {
            return problemFrom(ServiceError::internal(message), request);
        }
        QJsonArray changes;
        for (const FeedChange &change : std::as_const(page.changes)) {
            changes.append(QJsonObject{{u"seq"_s, change.seq},
                                       {u"type"_s, change.type},
                                       {u"schema_version"_s, change.schemaVersion},
                                       {u"payload"_s, QJsonDocument::fromJson(change.payload).object()},
                                       {u"occurred_at"_s, change.occurredAt}});
        }
        return HttpResponse::json(200, QJsonObject{{u"changes"_s, changes}, {u"next_after"_s, page.nextAfter}, {u"has_more"_s, page.hasMore}, {u"epoch"_s, epoch}});
    });
}

} // namespace kassa::server
