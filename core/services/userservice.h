#pragma once

#include "corecontext.h"
#include "serviceerror.h"
#include "domain/actor.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kassa {

struct UserDraft {
    QString companyId; // empty only for a super admin
    QString shopId; // required for shop managers and shop staff
    QString email;
    QString name;
    Role role = Role::ShopStaff;
    QString password;
    QString pin; // optional: fast sign-in at a terminal
    int discountLimitBasisPoints = 0; // the largest discount this person may give without approval
};

struct UserRecord {
    QString id;
    QString companyId;
    QString shopId;
    QString email;
    QString name;
    Role role = Role::Customer;
    int discountLimitBasisPoints = 0;

    [[nodiscard]] Actor asActor(const QString &deviceId) const
    {
        Actor actor;
        actor.userId = id;
        actor.companyId = companyId;
        actor.shopId = shopId;
        actor.role = role;
        actor.deviceId = deviceId;
        return actor;
    }
};

// A change to a staff account: only the members that are set change.
struct UserPatch {
    std::optional<QString> name;
    std::optional<Role> role;
    std::optional<QString> shopId; // an empty string: no home shop
    std::optional<bool> active; // false: the account can no longer sign in
};

// Accounts, passwords and PINs. Passwords and PINs are stored as argon2id hashes. Wrong passwords
// and PINs are counted per account: after 5 wrong PINs the PIN is locked for 5 minutes, after 10
// wrong passwords the account for 15, so a PIN's few digits cannot be guessed at a till.
class UserService
{
public:
    explicit UserService(CoreContext &context)
        : m_context(context)
    {
    }

    static constexpr int kMaxPinFailures = 5;
    static constexpr qint64 kPinLockMilliseconds = 5 * 60 * 1000;
    static constexpr int kMaxPasswordFailures = 10;
    static constexpr qint64 kPasswordLockMilliseconds = 15 * 60 * 1000;

    // Who may create whom: a super admin anyone; a company admin anyone in her company but super
    // admins; a shop manager staff of her shop. `actor` is empty-handed on the very first account
    // (kassactl init), which `bootstrap` allows for a super admin only.
    QString createUser(const Actor &actor, const UserDraft &draft, QString *error, bool fastHash = false);
    QString bootstrapSuperAdmin(const QString &email, const QString &password, QString *error);

    enum class SignInResult { Ok, WrongSecret, Locked, Unknown, Inactive, Failed };
    // Signs in with e-mail and password. With several accounts under one e-mail (a customer of two
    // companies), `companyId` chooses; a platform account is tried first when it is empty.
    SignInResult signInWithPassword(const QString &email, const QString &password, const QString &companyId, UserRecord *user, QString *error);
    SignInResult signInWithPin(const QString &userId, const QString &pin, UserRecord *user, QString *error);
    // Sets (and unlocks) a PIN: one's own, any account of one's company for a company admin, the
    // shop staff of her own shop for a shop manager.
    bool setPin(const Actor &actor, const QString &userId, const QString &pin, QString *error);

    // Changes a staff account's name, role, home shop or whether it may sign in, in one audited
    // transaction (the audit row holds the state before and after). Who may change whom is what
    // createUser allows: a company admin any account of her company, a shop manager the shop staff
    // of her own shop (who stay shop staff there); nobody gives a role above her own, changes her own
    // role or deactivates herself. Deactivating ends the account's sessions. Errors: 403 for a role
    // that may not, 404 for an account outside the actor's company (or a customer's), 422 naming the field.
    bool updateUser(const Actor &actor, const QString &userId, const UserPatch &patch, ServiceError *error);
    // A staff account as the staff API shows it: id, email, name, role, shop_id, active, has_pin,
    // created_at. Visible to whoever may change it, and to its owner.
    QJsonObject staffUser(const Actor &actor, const QString &userId, ServiceError *error);

    bool findUser(const QString &userId, UserRecord *user);

    static QString normalizeEmail(const QString &email);
    static QString emailProblem(const QString &email);

private:
    SignInResult checkSecret(const QString &userId, const QString &secret, bool isPin, UserRecord *user, QString *error);
    CoreContext &m_context;
};

} // namespace kassa
