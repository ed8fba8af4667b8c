#include "userservice.h"

#include "businesswrite.h"
#include "domain/uuid7.h"
#include "security/passwords.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
const QString kSelectUser = u"SELECT id, COALESCE(company_id, ''), COALESCE(shop_id, ''), email, name, role, discount_limit_bp, active, "
                            "password_hash, COALESCE(pin_hash, ''), pin_failed_attempts, pin_locked_until, login_failed_attempts, login_locked_until "
                            "FROM users "_s;

struct StoredUser {
    UserRecord record;
    bool active = false;
    QString passwordHash, pinHash;
    int pinFailures = 0, loginFailures = 0;
    qint64 pinLockedUntil = 0, loginLockedUntil = 0;
};

StoredUser readUser(const QSqlQuery &query)
{
    StoredUser user;
    user.record.id = query.value(0).toString();
    user.record.companyId = query.value(1).toString();
    user.record.shopId = query.value(2).toString();
    user.record.email = query.value(3).toString();
    user.record.name = query.value(4).toString();
    parseRole(query.value(5).toString(), &user.record.role);
    user.record.discountLimitBasisPoints = query.value(6).toInt();
    user.active = query.value(7).toInt() == 1;
    user.passwordHash = query.value(8).toString();
    user.pinHash = query.value(9).toString();
    user.pinFailures = query.value(10).toInt();
    user.pinLockedUntil = query.value(11).toLongLong();
    user.loginFailures = query.value(12).toInt();
    user.loginLockedUntil = query.value(13).toLongLong();
    return user;
}
} // namespace

QString UserService::normalizeEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString UserService::emailProblem(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (email.size() < 3 || email.size() > 254 || !pattern.match(email).hasMatch()) {
        return u"email: \"%1\" is not an e-mail address"_s.arg(email);
    }
    return {};
}

QString UserService::bootstrapSuperAdmin(const QString &email, const QString &password, QString *error)
{
    QSqlQuery existing(m_context.database->connection());
    if (!existing.exec(u"SELECT COUNT(*) FROM users WHERE role = 'super_admin'"_s) || !existing.next()) {
        *error = existing.lastError().text();
        return {};
    }
    if (existing.value(0).toInt() > 0) {
        *error = u"this database has a super admin already"_s;
        return {};
    }
    UserDraft draft;
    draft.email = email;
    draft.name = u"Administrator"_s;
    draft.role = Role::SuperAdmin;
    draft.password = password;
    Actor console;
    console.role = Role::SuperAdmin;
    console.deviceId = m_context.deviceId;
    console.label = u"kassactl init"_s;
    return createUser(console, draft, error);
}

QString UserService::createUser(const Actor &actor, const UserDraft &draft, QString *error, bool fastHash)
{
    const QString email = normalizeEmail(draft.email);
    // Who may make whom: never above oneself, never outside one's company or shop.
    const bool platform = actor.role == Role::SuperAdmin;
    if (!actor.can(Action::UserManage) && !(actor.role == Role::ShopManager && (draft.role == Role::ShopStaff))) {
        *error = u"%1 may not create accounts"_s.arg(roleName(actor.role));
        return {};
    }
    if (!platform && (draft.role == Role::SuperAdmin || draft.companyId != actor.companyId)) {
        *error = u"role: %1 may create accounts only in her own company and below super admin"_s.arg(roleName(actor.role));
        return {};
    }
    if (actor.role == Role::ShopManager && draft.shopId != actor.shopId) {
        *error = u"shop_id: a shop manager may create staff only for her own shop"_s;
        return {};
    }
    if (const QString problem = emailProblem(email); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    if (draft.password.size() < 8) {
        *error = u"password: use at least 8 characters"_s;
        return {};
    }
    if ((draft.role == Role::SuperAdmin) != draft.companyId.isEmpty()) {
        *error = draft.role == Role::SuperAdmin ? u"company_id: a super admin belongs to no company"_s : u"company_id: this role needs a company"_s;
        return {};
    }
    if ((draft.role == Role::ShopManager || draft.role == Role::ShopStaff) && draft.shopId.isEmpty()) {
        *error = u"shop_id: shop managers and shop staff need a shop"_s;
        return {};
    }
    if (!draft.pin.isEmpty()) {
        if (const QString problem = pinProblem(draft.pin); !problem.isEmpty()) {
            *error = u"pin: "_s + problem;
            return {};
        }
    }
    if (draft.discountLimitBasisPoints < 0 || draft.discountLimitBasisPoints > 10000) {
        *error = u"discount_limit: between 0 and 100 %"_s;
        return {};
    }
    const HashStrength strength = fastHash ? HashStrength::Minimum : HashStrength::Interactive;
    const QString passwordHash = hashSecret(draft.password, strength);
    const QString pinHash = draft.pin.isEmpty() ? QString() : hashSecret(draft.pin, strength);
    if (passwordHash.isEmpty() || (!draft.pin.isEmpty() && pinHash.isEmpty())) {
        *error = u"cannot hash the password (out of memory?)"_s;
        return {};
    }

    const QString id = newId();
    BusinessWrite write(m_context, actor, draft.companyId);
    QString sql = u"INSERT INTO users (id, company_id, shop_id, email, name, role, password_hash, pin_hash, discount_limit_bp, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    QSqlQuery insert(write.connection());
    insert.prepare(sql);
    for (const QVariant &value : {QVariant(id), nullIfEmpty(draft.companyId), nullIfEmpty(draft.shopId), QVariant(email), QVariant(draft.name.trimmed()),
                                  QVariant(roleName(draft.role)), QVariant(passwordHash), nullIfEmpty(pinHash), QVariant(draft.discountLimitBasisPoints),
                                  QVariant(write.now()), QVariant(write.now())}) {
        insert.addBindValue(bindable(value));
    }
    if (write.isOpen() && !insert.exec()) {
        const QString text = sqlErrorText(insert.lastError());
        write.fail(text.contains("UNIQUE"_L1, Qt::CaseInsensitive) || text.contains("duplicate"_L1) ? u"email: %1 has an account already"_s.arg(email)
                                                                                                    : u"cannot create the account: %1"_s.arg(text));
    }
    const QJsonObject after{{u"id"_s, id}, {u"email"_s, email}, {u"name"_s, draft.name.trimmed()}, {u"role"_s, roleName(draft.role)}, {u"shop_id"_s, draft.shopId}};
    write.audit(u"user.create"_s, u"user"_s, id, {}, after);
    if (!draft.companyId.isEmpty()) {
        write.outbox(u"user.created"_s, after);
    }
    if (!write.commit()) {
        *error = write.errorString();
        return {};
    }
    return id;
}

bool UserService::findUser(const QString &userId, UserRecord *user)
{
    QSqlQuery query(m_context.database->connection());
    query.prepare(kSelectUser + u"WHERE id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        return false;
    }
    *user = readUser(query).record;
    return true;
}

UserService::SignInResult UserService::signInWithPassword(const QString &email, const QString &password, const QString &companyId, UserRecord *user,
                                                          QString *error)
{
    QSqlQuery query(m_context.database->connection());
    if (companyId.isEmpty()) {
        // Platform accounts first, then the oldest account under this address.
        query.prepare(kSelectUser + u"WHERE email = ? ORDER BY (company_id IS NULL) DESC, created_at LIMIT 1"_s);
        query.addBindValue(normalizeEmail(email));
    } else {
        query.prepare(kSelectUser + u"WHERE email = ? AND (company_id = ? OR company_id IS NULL) ORDER BY (company_id IS NULL) LIMIT 1"_s);
        query.addBindValue(normalizeEmail(email));
        query.addBindValue(companyId);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return SignInResult::Failed;
    }
    if (!query.next()) {
        // Spend the same effort as a real check so response times do not reveal which e-mail
        // addresses have accounts.
        verifySecret(u"$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ZCzeuZ3qUiXsFOhxbbDsy5mhxN06pXqHjaSHLPrw9Cc"_s, password);
        *error = u"wrong e-mail or password"_s;
        return SignInResult::Unknown;
    }
    const QString userId = query.value(0).toString();
    query.finish();
    return checkSecret(userId, password, false, user, error);
}

UserService::SignInResult UserService::signInWithPin(const QString &userId, const QString &pin, UserRecord *user, QString *error)
{
    return checkSecret(userId, pin, true, user, error);
}

UserService::SignInResult UserService::checkSecret(const QString &userId, const QString &secret, bool isPin, UserRecord *user, QString *error)
{
    QSqlQuery query(m_context.database->connection());
    query.prepare(kSelectUser + u"WHERE id = ?"_s);
    query.addBindValue(userId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return SignInResult::Failed;
    }
    if (!query.next()) {
        *error = u"no such account"_s;
        return SignInResult::Unknown;
    }
    const StoredUser stored = readUser(query);
    query.finish();
    if (!stored.active) {
        *error = u"this account is disabled"_s;
        return SignInResult::Inactive;
    }
    const qint64 now = m_context.wallClock();
    const qint64 lockedUntil = isPin ? stored.pinLockedUntil : stored.loginLockedUntil;
    if (lockedUntil > now) {
        *error = u"too many wrong attempts; try again in %1 minutes"_s.arg((lockedUntil - now + 59999) / 60000);
        return SignInResult::Locked;
    }
    const QString hash = isPin ? stored.pinHash : stored.passwordHash;
    if (isPin && hash.isEmpty()) {
        *error = u"this account has no PIN; sign in with the password"_s;
        return SignInResult::WrongSecret;
    }
    const bool correct = verifySecret(hash, secret);
    const int failures = correct ? 0 : (isPin ? stored.pinFailures : stored.loginFailures) + 1;
    const int maxFailures = isPin ? kMaxPinFailures : kMaxPasswordFailures;
    const qint64 newLock = failures >= maxFailures ? now + (isPin ? kPinLockMilliseconds : kPasswordLockMilliseconds) : 0;

    Actor self = stored.record.asActor(m_context.deviceId);
    BusinessWrite write(m_context, self, stored.record.companyId);
    QSqlQuery update(write.connection());
    update.prepare(isPin ? u"UPDATE users SET pin_failed_attempts = ?, pin_locked_until = ? WHERE id = ?"_s
                         : u"UPDATE users SET login_failed_attempts = ?, login_locked_until = ? WHERE id = ?"_s);
    update.addBindValue(failures >= maxFailures ? 0 : failures);
    update.addBindValue(newLock);
    update.addBindValue(userId);
    if (write.isOpen() && !update.exec()) {
        write.fail(update.lastError().text());
    }
    if (!correct) {
        write.audit(isPin ? u"user.pin_failed"_s : u"user.login_failed"_s, u"user"_s, userId, {},
                    QJsonObject{{u"failures"_s, failures}, {u"locked"_s, newLock > 0}});
    }
    if (!write.commit()) {
        *error = write.errorString();
        return SignInResult::Failed;
    }
    if (!correct) {
        *error = newLock > 0 ? u"too many wrong attempts; locked for %1 minutes"_s.arg((newLock - now) / 60000)
                             : (isPin ? u"wrong PIN"_s : u"wrong e-mail or password"_s);
        return newLock > 0 ? SignInResult::Locked : SignInResult::WrongSecret;
    }
    *user = stored.record;
    return SignInResult::Ok;
}

bool UserService::setPin(const Actor &actor, const QString &userId, const QString &pin, QString *error)
{
    UserRecord target;
    if (!findUser(userId, &target)) {
        *error = u"no such account"_s;
        return false;
    }
    const bool self = actor.userId == userId;
    const bool admin = actor.can(Action::UserManage) && (actor.role == Role::SuperAdmin || actor.companyId == target.companyId);
    // The same reach as createUser: a shop manager looks after the staff of her own shop.
    const bool manager
        = actor.role == Role::ShopManager && target.role == Role::ShopStaff && actor.companyId == target.companyId && actor.shopId == target.shopId;
    if (!self && !admin && !manager) {
        *error = u"%1 may not change this account's PIN"_s.arg(roleName(actor.role));
        return false;
    }
    if (const QString problem = pinProblem(pin); !problem.isEmpty()) {
        *error = u"pin: "_s + problem;
        return false;
    }
    const QString hash = hashSecret(pin);
    BusinessWrite write(m_context, actor, target.companyId);
    QSqlQuery update(write.connection());
    update.prepare(u"UPDATE users SET pin_hash = ?, pin_failed_attempts = 0, pin_locked_until = 0, updated_at = ? WHERE id = ?"_s);
    update.addBindValue(hash);
    update.addBindValue(write.now());
    update.addBindValue(userId);
    if (write.isOpen() && !update.exec()) {
        write.fail(update.lastError().text());
    }
    write.audit(u"user.set_pin"_s, u"user"_s, userId, {}, {});
    if (!write.commit()) {
        *error = write.errorString();
        return false;
    }
    return true;
}

} // namespace kassa
