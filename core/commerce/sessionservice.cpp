#include "sessionservice.h"

#include "security/passwords.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

QString SessionService::issue(const UserRecord &user, const QString &remoteAddress, ServiceError *error)
{
    const QString token = randomToken();
    const qint64 now = m_context.wallClock();
    QSqlQuery insert(m_context.database->connection());
    insert.prepare(u"INSERT INTO api_tokens (token_digest, user_id, company_id, kind, created_at, expires_at, last_used_at, remote_address) "
                   "VALUES (?, ?, ?, 'session', ?, ?, ?, ?)"_s);
    insert.addBindValue(tokenDigest(token));
    insert.addBindValue(user.id);
    insert.addBindValue(user.companyId.isEmpty() ? QVariant() : QVariant(user.companyId));
    insert.addBindValue(now);
    insert.addBindValue(now + kSessionLifetime);
    insert.addBindValue(now);
    insert.addBindValue(remoteAddress.isNull() ? u""_s : remoteAddress);
    if (!insert.exec()) {
        *error = ServiceError::internal(u"cannot start a session: %1"_s.arg(insert.lastError().text()));
        return {};
    }
    return token;
}

bool SessionService::resolve(const QString &token, UserRecord *user, ServiceError *error)
{
    if (token.size() < 16 || token.size() > 128) {
        *error = ServiceError::unauthorized(u"the bearer token is malformed"_s);
        return false;
    }
    const QString digest = tokenDigest(token);
    const qint64 now = m_context.wallClock();
    QSqlQuery *query = m_context.database->prepared(u"SELECT t.user_id, t.expires_at, t.revoked_at, t.last_used_at, u.active FROM api_tokens t "
                                                    "JOIN users u ON u.id = t.user_id WHERE t.token_digest = ?"_s);
    query->addBindValue(digest);
    if (!query->exec()) {
        *error = ServiceError::internal(query->lastError().text());
        return false;
    }
    if (!query->next()) {
        *error = ServiceError::unauthorized(u"the bearer token is not valid"_s);
        return false;
    }
    const QString userId = query->value(0).toString();
    const qint64 expiresAt = query->value(1).toLongLong();
    const bool revoked = !query->value(2).isNull();
    const qint64 lastUsed = query->value(3).toLongLong();
    const bool active = query->value(4).toInt() == 1;
    query->finish();
    if (revoked || expiresAt <= now || !active) {
        *error = ServiceError::unauthorized(revoked ? u"the session has ended; sign in again"_s
                                                    : !active ? u"this account is disabled"_s : u"the session has expired; sign in again"_s);
        return false;
    }
    if (now - lastUsed > 60 * 1000) {
        QSqlQuery touch(m_context.database->connection());
        touch.prepare(u"UPDATE api_tokens SET last_used_at = ?, expires_at = ? WHERE token_digest = ?"_s);
        touch.addBindValue(now);
        touch.addBindValue(now + kSessionLifetime);
        touch.addBindValue(digest);
        touch.exec(); // a failed touch only shortens the session; the request goes on
    }
    UserService users(m_context);
    if (!users.findUser(userId, user)) {
        *error = ServiceError::unauthorized(u"the account no longer exists"_s);
        return false;
    }
    return true;
}

bool SessionService::revoke(const QString &token, ServiceError *error)
{
    QSqlQuery update(m_context.database->connection());
    update.prepare(u"UPDATE api_tokens SET revoked_at = ? WHERE token_digest = ? AND revoked_at IS NULL"_s);
    update.addBindValue(m_context.wallClock());
    update.addBindValue(tokenDigest(token));
    if (!update.exec()) {
        *error = ServiceError::internal(update.lastError().text());
        return false;
    }
    return true;
}

bool SessionService::revokeAll(const QString &userId, ServiceError *error)
{
    QSqlQuery update(m_context.database->connection());
    update.prepare(u"UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s);
    update.addBindValue(m_context.wallClock());
    update.addBindValue(userId);
    if (!update.exec()) {
        *error = ServiceError::internal(update.lastError().text());
        return false;
    }
    return true;
}

} // namespace kassa
