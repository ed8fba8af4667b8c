#pragma once

#include "services/corecontext.h"
#include "services/serviceerror.h"
#include "services/userservice.h"

namespace kassa {

// Bearer tokens for the API: 256 random bits handed out once, stored as a digest, expiring and
// revocable. A token names the user; the user's current role and company are read on every use, so
// a demoted or disabled account loses its rights at once.
class SessionService
{
public:
    explicit SessionService(CoreContext &context)
        : m_context(context)
    {
    }

    static constexpr qint64 kSessionLifetime = 30LL * 24 * 60 * 60 * 1000; // 30 days, sliding

    // Returns the token (shown to the client once) or empty with `error`.
    QString issue(const UserRecord &user, const QString &remoteAddress, ServiceError *error);
    // The user behind a valid token; false when it is unknown, expired, revoked or the user is
    // disabled. Extends the session when it was last used more than a minute ago.
    bool resolve(const QString &token, UserRecord *user, ServiceError *error);
    bool revoke(const QString &token, ServiceError *error);
    // Ends every session of a user (password change, disabled account).
    bool revokeAll(const QString &userId, ServiceError *error);

private:
    CoreContext &m_context;
};

} // namespace kassa
