#include "userservice.h"

#include "businesswrite.h"
#include "commerce/shopinfo.h"
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

// A staff account as the back office sees it, read through the company filter.
const QString kSelectAccount = u"SELECT id, company_id, COALESCE(shop_id, ''), email, name, role, active, CASE WHEN pin_hash IS NULL THEN 0 ELSE 1 END, "
                               "created_at FROM users WHERE company_id = :company_id AND id = :id"_s;

struct StaffAccount {
    UserRecord record;
    bool active = false;
    bool hasPin = false;
    qint64 createdAt = 0;

    // What user.update audits: the fields it can change.
    [[nodiscard]] QJsonObject state() const
    {
        return {{u"name"_s, record.name},
                {u"role"_s, roleName(record.role)},
                {u"shop_id"_s, record.shopId.isEmpty() ? QJsonValue() : QJsonValue(record.shopId)},
                {u"active"_s, active}};
    }
};

// Runs kSelectAccount for `userId`. False with `failure` empty when there is no such staff account
// (a customer's account is not one), with `failure` set when the query failed.
bool readAccount(TenantQuery &query, const QString &userId, StaffAccount *account, QString *failure)
{
    query.bind(u":id"_s, userId);
    if (!query.exec()) {
        *failure = query.errorString();
        return false;
    }
    if (!query.next()) {
        return false;
    }
    account->record.id = query.value(0).toString();
    account->record.companyId = query.value(1).toString();
    account->record.shopId = query.value(2).toString();
    account->record.email = query.value(3).toString();
    account->record.name = query.value(4).toString();
    parseRole(query.value(5).toString(), &account->record.role);
    account->active = query.value(6).toInt() == 1;
    account->hasPin = query.value(7).toInt() == 1;
    account->createdAt = query.value(8).toLongLong();
    query.finish();
    return account->record.role != Role::Customer;
}

// Higher roles rank lower; nobody gives a role that ranks above her own.
int rank(Role role)
{
    switch (role) {
    case Role::SuperAdmin:
        return 0;
    case Role::CompanyAdmin:
        return 1;
    case Role::ShopManager:
        return 2;
    case Role::ShopStaff:
    case Role::WarehouseStaff:
        return 3;
    case Role::Customer:
        return 4;
    }
    return 4;
}

// Whether `actor` looks after `target`, an account of her company: the reach of createUser and
// setPin (a company admin everyone but super admins, a shop manager the shop staff of her shop).
bool mayManage(const Actor &actor, const UserRecord &target)
{
    if (actor.role == Role::SuperAdmin) {
        return true;
    }
    if (actor.can(Action::UserManage)) {
        return rank(target.role) >= rank(actor.role);
    }
    return actor.role == Role::ShopManager && target.role == Role::ShopStaff && !actor.shopId.isEmpty() && target.shopId == actor.shopId;
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

bool UserService::updateUser(const Actor &actor, const QString &userId, const UserPatch &patch, ServiceError *error)
{
    if (!actor.can(Action::UserManage) && actor.role != Role::ShopManager) {
        *error = ServiceError::forbidden(u"%1 may not change accounts"_s.arg(roleName(actor.role)));
        return false;
    }
    // The operator's console names no company: the account's own is the one it acts in.
    QString companyId = actor.companyId;
    UserRecord found;
    if (companyId.isEmpty() && actor.role == Role::SuperAdmin && findUser(userId, &found)) {
        companyId = found.companyId;
    }
    if (companyId.isEmpty()) {
        *error = ServiceError::notFound(u"no staff account %1"_s.arg(userId));
        return false;
    }
    BusinessWrite write(m_context, actor, companyId);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    TenantQuery current = write.query(kSelectAccount);
    StaffAccount before;
    QString failure;
    if (!readAccount(current, userId, &before, &failure)) {
        *error = failure.isEmpty() ? ServiceError::notFound(u"no staff account %1"_s.arg(userId)) : ServiceError::internal(failure);
        return false;
    }
    if (!mayManage(actor, before.record)) {
        *error = ServiceError::forbidden(u"%1 may not change the account of a %2"_s.arg(roleName(actor.role), roleName(before.record.role)));
        return false;
    }

    StaffAccount after = before;
    if (patch.name) {
        after.record.name = patch.name->trimmed();
    }
    if (patch.role) {
        after.record.role = *patch.role;
    }
    if (patch.shopId) {
        after.record.shopId = *patch.shopId;
    }
    if (patch.active) {
        after.active = *patch.active;
    }
    const bool self = !actor.userId.isEmpty() && actor.userId == userId;
    // Checked into a local, most serious first: the refusals, then the field problems.
    ServiceError problem;
    if (self && before.active && !after.active) {
        problem = ServiceError::forbidden(u"nobody may deactivate her own account"_s);
    } else if (self && after.record.role != before.record.role) {
        problem = ServiceError::forbidden(u"nobody may change her own role"_s);
    } else if (rank(after.record.role) < rank(actor.role)) {
        problem = ServiceError::forbidden(u"%1 may not give the role %2"_s.arg(roleName(actor.role), roleName(after.record.role)));
    } else if (actor.role == Role::ShopManager && after.record.role != Role::ShopStaff) {
        problem = ServiceError::forbidden(u"a shop manager may make accounts shop staff only"_s);
    } else if (actor.role == Role::ShopManager && after.record.shopId != actor.shopId) {
        problem = ServiceError::forbidden(u"a shop manager may place staff only in her own shop"_s);
    } else if (after.record.role == Role::Customer || after.record.role == Role::SuperAdmin) {
        problem = ServiceError::validation(u"role"_s, u"use company_admin, shop_manager, shop_staff or warehouse_staff"_s);
    } else if (patch.name && (after.record.name.isEmpty() || after.record.name.size() > 200)) {
        problem = ServiceError::validation(u"name"_s, u"use 1 to 200 characters"_s);
    } else if ((after.record.role == Role::ShopManager || after.record.role == Role::ShopStaff) && after.record.shopId.isEmpty()) {
        problem = ServiceError::validation(u"shop_id"_s, u"shop managers and shop staff need a shop"_s);
    }
    if (!problem.isSet() && !after.record.shopId.isEmpty() && after.record.shopId != before.record.shopId) {
        TenantQuery shop = write.query(u"SELECT id FROM shops WHERE company_id = :company_id AND id = :id"_s);
        shop.bind(u":id"_s, after.record.shopId);
        if (!shop.exec()) {
            problem = ServiceError::internal(shop.errorString());
        } else if (!shop.next()) {
            problem = ServiceError::validation(u"shop_id"_s, u"there is no shop %1 in this company"_s.arg(after.record.shopId));
        }
        shop.finish();
    }
    if (problem.isSet()) {
        *error = problem;
        return false;
    }
    const QJsonObject beforeState = before.state();
    const QJsonObject afterState = after.state();
    if (afterState == beforeState) {
        return true; // nothing to change, nothing to audit
    }

    TenantQuery update = write.query(u"UPDATE users SET name = :name, role = :role, shop_id = :shop_id, active = :active, updated_at = :now "
                                     "WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":name"_s, after.record.name);
    update.bind(u":role"_s, roleName(after.record.role));
    update.bind(u":shop_id"_s, nullIfEmpty(after.record.shopId));
    update.bind(u":active"_s, after.active ? 1 : 0);
    update.bind(u":now"_s, write.now());
    update.bind(u":id"_s, userId);
    if (!update.exec()) {
        write.fail(u"cannot change the account: %1"_s.arg(update.errorString()));
    }
    if (before.active && !after.active) {
        // Signing in is refused from now on; the sessions it has end as well.
        TenantQuery revoke = write.query(u"UPDATE api_tokens SET revoked_at = :now WHERE company_id = :company_id AND user_id = :id AND revoked_at IS NULL"_s);
        revoke.bind(u":now"_s, write.now());
        revoke.bind(u":id"_s, userId);
        if (!revoke.exec()) {
            write.fail(u"cannot end the account's sessions: %1"_s.arg(revoke.errorString()));
        }
    }
    write.audit(u"user.update"_s, u"user"_s, userId, beforeState, afterState);
    QJsonObject payload = afterState;
    payload.insert(u"id"_s, userId);
    write.outbox(u"user.updated"_s, payload);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

QJsonObject UserService::staffUser(const Actor &actor, const QString &userId, ServiceError *error)
{
    QString companyId = actor.companyId;
    UserRecord found;
    if (companyId.isEmpty() && actor.role == Role::SuperAdmin && findUser(userId, &found)) {
        companyId = found.companyId;
    }
    StaffAccount account;
    QString failure;
    TenantQuery query(m_context.database->connection(), companyId);
    if (!companyId.isEmpty() && !query.prepare(kSelectAccount)) {
        failure = query.errorString();
    }
    if (companyId.isEmpty() || !failure.isEmpty() || !readAccount(query, userId, &account, &failure)) {
        *error = failure.isEmpty() ? ServiceError::notFound(u"no staff account %1"_s.arg(userId)) : ServiceError::internal(failure);
        return {};
    }
    if (actor.userId != userId && !mayManage(actor, account.record)) {
        *error = ServiceError::forbidden(u"%1 may not see the account of a %2"_s.arg(roleName(actor.role), roleName(account.record.role)));
        return {};
    }
    return {{u"id"_s, account.record.id},
            {u"email"_s, account.record.email},
            {u"name"_s, account.record.name},
            {u"role"_s, roleName(account.record.role)},
            {u"shop_id"_s, account.record.shopId.isEmpty() ? QJsonValue() : QJsonValue(account.record.shopId)},
            {u"active"_s, account.active},
            {u"has_pin"_s, account.hasPin},
            {u"created_at"_s, isoTimestamp(account.createdAt)}};
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
