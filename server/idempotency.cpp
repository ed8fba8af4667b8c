#include "idempotency.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::server {

QString IdempotencyStore::scopeOf(const HttpRequest &request)
{
    return request.tokenDigest.isEmpty() ? u"client:"_s + request.remoteAddress : u"session:"_s + request.tokenDigest;
}

QString IdempotencyStore::requestHash(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData("\n");
    hash.addData(request.path.toUtf8());
    hash.addData("\n");
    hash.addData(request.body);
    return QString::fromLatin1(hash.result().toHex());
}

IdempotencyStore::Outcome IdempotencyStore::begin(const HttpRequest &request, const QString &key, qint64 now, HttpResponse *response)
{
    if (key.isEmpty() || key.size() > 255) {
        *response = HttpResponse::problem(400, u"invalid_idempotency_key"_s, u"Invalid Idempotency-Key"_s, u"use 1 to 255 characters"_s);
        return Outcome::Failed;
    }
    const QString scope = scopeOf(request);
    const QString hash = requestHash(request);
    QSqlDatabase db = m_database.connection();
    QSqlQuery claim(db);
    // The insert is the claim: the primary key lets exactly one request own the key.
    claim.prepare(u"INSERT INTO idempotency_keys (scope, idempotency_key, method, path, request_hash, state, created_at) VALUES (?, ?, ?, ?, ?, 'in_flight', ?) "
                  "ON CONFLICT (scope, idempotency_key) DO NOTHING"_s);
    claim.addBindValue(scope);
    claim.addBindValue(key);
    claim.addBindValue(QString::fromLatin1(request.method));
    claim.addBindValue(request.path);
    claim.addBindValue(hash);
    claim.addBindValue(now);
    if (!claim.exec()) {
        *response = HttpResponse::problem(503, u"database_unavailable"_s, u"Database unavailable"_s, claim.lastError().text());
        return Outcome::Failed;
    }
    if (claim.numRowsAffected() == 1) {
        return Outcome::Proceed;
    }
    QSqlQuery existing(db);
    existing.prepare(u"SELECT request_hash, state, response_status, response_content_type, response_body, created_at FROM idempotency_keys "
                     "WHERE scope = ? AND idempotency_key = ?"_s);
    existing.addBindValue(scope);
    existing.addBindValue(key);
    if (!existing.exec() || !existing.next()) {
        *response = HttpResponse::problem(503, u"database_unavailable"_s, u"Database unavailable"_s, existing.lastError().text());
        return Outcome::Failed;
    }
    if (existing.value(5).toLongLong() < now - kRetention) {
        // An expired key counts as new: take it over.
        QSqlQuery retake(db);
        retake.prepare(u"UPDATE idempotency_keys SET method = ?, path = ?, request_hash = ?, state = 'in_flight', response_status = NULL, "
                       "response_content_type = NULL, response_body = NULL, created_at = ? WHERE scope = ? AND idempotency_key = ? AND created_at = ?"_s);
        for (const QVariant &value : {QVariant(QString::fromLatin1(request.method)), QVariant(request.path), QVariant(hash), QVariant(now), QVariant(scope),
                                      QVariant(key), existing.value(5)}) {
            retake.addBindValue(value);
        }
        if (retake.exec() && retake.numRowsAffected() == 1) {
            return Outcome::Proceed;
        }
    }
    if (existing.value(0).toString() != hash) {
        *response = HttpResponse::problem(422, u"idempotency_key_reused"_s, u"Idempotency-Key reused"_s,
                                          u"this Idempotency-Key was used with a different request; use a new key for a new request"_s);
        return Outcome::Mismatch;
    }
    if (existing.value(1).toString() == "in_flight"_L1) {
        *response = HttpResponse::problem(409, u"idempotency_key_in_use"_s, u"Request in progress"_s,
                                          u"a request with this Idempotency-Key is still being processed; retry shortly"_s);
        response->addHeader("Retry-After", "1");
        return Outcome::Conflict;
    }
    response->status = existing.value(2).toInt();
    response->contentType = existing.value(3).toString().toLatin1();
    response->body = existing.value(4).toString().toUtf8();
    response->addHeader("Idempotent-Replayed", "true");
    return Outcome::Replay;
}

void IdempotencyStore::finish(const HttpRequest &request, const QString &key, const HttpResponse &response)
{
    QSqlQuery update(m_database.connection());
    if (response.status >= 500) {
        update.prepare(u"DELETE FROM idempotency_keys WHERE scope = ? AND idempotency_key = ?"_s);
        update.addBindValue(scopeOf(request));
        update.addBindValue(key);
    } else {
        update.prepare(u"UPDATE idempotency_keys SET state = 'done', response_status = ?, response_content_type = ?, response_body = ? "
                       "WHERE scope = ? AND idempotency_key = ?"_s);
        update.addBindValue(response.status);
        update.addBindValue(QString::fromLatin1(response.contentType));
        update.addBindValue(QString::fromUtf8(response.body));
        update.addBindValue(scopeOf(request));
        update.addBindValue(key);
    }
    update.exec();
}

void IdempotencyStore::purge(qint64 now)
{
    QSqlQuery purge(m_database.connection());
    purge.prepare(u"DELETE FROM idempotency_keys WHERE created_at < ?"_s);
    purge.addBindValue(now - kRetention);
    purge.exec();
}

} // namespace kassa::server
