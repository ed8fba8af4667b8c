// Accounts: who may create whom, unique e-mail addresses, password and PIN sign-in with their
// lockouts (the clock is injected), and who may set a PIN.

#include "domain/uuid7.h"
#include "services/companyservice.h"
#include "services/userservice.h"
#include "testfixture.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::Role;
using kassa::UserService;
using SignIn = kassa::UserService::SignInResult;

Q_DECLARE_METATYPE(kassa::Role)

namespace
{
constexpr qint64 kStart = 1'700'000'000'000;
constexpr qint64 kMinute = 60'000;
const QString kPassword = u"correct horse battery"_s;
} // namespace

class TestUserService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createPerRole_data();
    void createPerRole();
    void draftValidation_data();
    void draftValidation();
    void duplicateEmailRefused();
    void passwordSignIn();
    void passwordLockout();
    void successResetsPasswordFailures();
    void pinLockout();
    void pinNeedsAPin();
    void inactiveAccount();
    void setPinPermissions_data();
    void setPinPermissions();
    void setPinUnlocks();
    void setPinRules();
    void bootstrapOnlyOnce();

private:
    // An account made by the fixture's company admin (cheap hash); returns its id.
    QString makeUser(Role role, const QString &email, const QString &pin = {}, const QString &shopId = {});
    UserService::SignInResult signIn(const QString &email, const QString &password, QString *error = nullptr);
    UserService::SignInResult signInPin(const QString &userId, const QString &pin, QString *error = nullptr);
    qint64 userColumn(const QString &userId, const QString &column);

    std::unique_ptr<TestFixture> m_fixture;
    std::unique_ptr<UserService> m_users;
    qint64 m_now = kStart;
    QString m_otherCompanyId;
    QString m_otherShopId; // a second shop of the fixture's company
};

void TestUserService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUserService::init()
{
    m_fixture = std::make_unique<TestFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
    m_now = kStart;
    m_fixture->context().wallClock = [this] { return m_now; };
    m_users = std::make_unique<UserService>(m_fixture->context());

    kassa::CompanyService companies(m_fixture->context());
    QString error;
    kassa::CompanyDraft company;
    company.slug = u"otherco"_s;
    company.name = u"Other Company"_s;
    m_otherCompanyId = companies.createCompany(kassa::Actor::operatorConsole({}, m_fixture->context().deviceId), company, &error);
    QVERIFY2(!m_otherCompanyId.isEmpty(), qPrintable(error));
    kassa::ShopDraft shop;
    shop.slug = u"second-shop"_s;
    shop.name = u"Second Shop"_s;
    m_otherShopId = companies.createShop(m_fixture->admin, shop, &error);
    QVERIFY2(!m_otherShopId.isEmpty(), qPrintable(error));
}

void TestUserService::cleanup()
{
    m_users.reset();
    m_fixture.reset();
}

QString TestUserService::makeUser(Role role, const QString &email, const QString &pin, const QString &shopId)
{
    kassa::UserDraft draft;
    draft.companyId = role == Role::SuperAdmin ? QString() : m_fixture->companyId;
    draft.shopId = !shopId.isEmpty() ? shopId : (role == Role::ShopManager || role == Role::ShopStaff) ? m_fixture->shopId : QString();
    draft.email = email;
    draft.name = u"Test person"_s;
    draft.role = role;
    draft.password = kPassword;
    draft.pin = pin;
    const kassa::Actor creator = role == Role::SuperAdmin ? kassa::Actor::operatorConsole({}, m_fixture->context().deviceId) : m_fixture->admin;
    QString error;
    const QString id = m_users->createUser(creator, draft, &error, true);
    if (id.isEmpty()) {
        qWarning() << "cannot create" << email << error;
    }
    return id;
}

UserService::SignInResult TestUserService::signIn(const QString &email, const QString &password, QString *error)
{
    kassa::UserRecord user;
    QString ignored;
    return m_users->signInWithPassword(email, password, {}, &user, error ? error : &ignored);
}

UserService::SignInResult TestUserService::signInPin(const QString &userId, const QString &pin, QString *error)
{
    kassa::UserRecord user;
    QString ignored;
    return m_users->signInWithPin(userId, pin, &user, error ? error : &ignored);
}

qint64 TestUserService::userColumn(const QString &userId, const QString &column)
{
    QSqlQuery query(m_fixture->database().connection());
    query.prepare(u"SELECT %1 FROM users WHERE id = ?"_s.arg(column));
    query.addBindValue(userId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestUserService::createPerRole_data()
{
    QTest::addColumn<Role>("actorRole");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("where"); // own, other-company, other-shop, platform
    QTest::addColumn<QString>("error"); // empty: allowed

    const QString onlyOwnCompany = u"role: %1 may create accounts only in her own company and below super admin"_s;
    QTest::newRow("super_admin-creates-super_admin") << Role::SuperAdmin << Role::SuperAdmin << u"platform"_s << QString();
    QTest::newRow("super_admin-creates-company_admin") << Role::SuperAdmin << Role::CompanyAdmin << u"own"_s << QString();
    QTest::newRow("super_admin-creates-in-other-company") << Role::SuperAdmin << Role::CompanyAdmin << u"other-company"_s << QString();
    QTest::newRow("company_admin-creates-company_admin") << Role::CompanyAdmin << Role::CompanyAdmin << u"own"_s << QString();
    QTest::newRow("company_admin-creates-shop_manager") << Role::CompanyAdmin << Role::ShopManager << u"own"_s << QString();
    QTest::newRow("company_admin-creates-shop_staff") << Role::CompanyAdmin << Role::ShopStaff << u"own"_s << QString();
    QTest::newRow("company_admin-creates-staff-of-any-shop") << Role::CompanyAdmin << Role::ShopStaff << u"other-shop"_s << QString();
    QTest::newRow("company_admin-creates-warehouse_staff") << Role::CompanyAdmin << Role::WarehouseStaff << u"own"_s << QString();
    QTest::newRow("company_admin-creates-customer") << Role::CompanyAdmin << Role::Customer << u"own"_s << QString();
    QTest::newRow("shop_manager-creates-shop_staff") << Role::ShopManager << Role::ShopStaff << u"own"_s << QString();

    QTest::newRow("company_admin-creates-super_admin") << Role::CompanyAdmin << Role::SuperAdmin << u"platform"_s << onlyOwnCompany.arg(u"company_admin"_s);
    QTest::newRow("company_admin-creates-in-other-company")
        << Role::CompanyAdmin << Role::ShopStaff << u"other-company"_s << onlyOwnCompany.arg(u"company_admin"_s);
    QTest::newRow("shop_manager-creates-company_admin") << Role::ShopManager << Role::CompanyAdmin << u"own"_s << u"shop_manager may not create accounts"_s;
    QTest::newRow("shop_manager-creates-shop_manager") << Role::ShopManager << Role::ShopManager << u"own"_s << u"shop_manager may not create accounts"_s;
    QTest::newRow("shop_manager-creates-warehouse_staff") << Role::ShopManager << Role::WarehouseStaff << u"own"_s << u"shop_manager may not create accounts"_s;
    QTest::newRow("shop_manager-creates-staff-of-other-shop")
        << Role::ShopManager << Role::ShopStaff << u"other-shop"_s << u"shop_id: a shop manager may create staff only for her own shop"_s;
    QTest::newRow("shop_manager-creates-in-other-company")
        << Role::ShopManager << Role::ShopStaff << u"other-company"_s << onlyOwnCompany.arg(u"shop_manager"_s);
    QTest::newRow("shop_staff-creates-shop_staff") << Role::ShopStaff << Role::ShopStaff << u"own"_s << u"shop_staff may not create accounts"_s;
    QTest::newRow("warehouse_staff-creates-customer") << Role::WarehouseStaff << Role::Customer << u"own"_s << u"warehouse_staff may not create accounts"_s;
    QTest::newRow("customer-creates-customer") << Role::Customer << Role::Customer << u"own"_s << u"customer may not create accounts"_s;
}

void TestUserService::createPerRole()
{
    QFETCH(Role, actorRole);
    QFETCH(Role, role);
    QFETCH(QString, where);
    QFETCH(QString, error);
    TestFixture &f = *m_fixture;

    const kassa::Actor actor = actorRole == Role::SuperAdmin ? kassa::Actor::operatorConsole({}, f.context().deviceId) : f.actor(actorRole);
    kassa::UserDraft draft;
    draft.companyId = where == "platform"_L1 ? QString() : where == "other-company"_L1 ? m_otherCompanyId : f.companyId;
    if (role == Role::ShopManager || role == Role::ShopStaff) {
        draft.shopId = where == "other-shop"_L1 ? m_otherShopId : where == "own"_L1 ? f.shopId : QString();
    }
    if (where == "other-company"_L1 && (role == Role::ShopManager || role == Role::ShopStaff)) {
        draft.shopId = f.shopId; // (refused before the database would see the mismatch)
    }
    draft.email = u"  New.Person@Example.COM "_s;
    draft.name = u" New Person "_s;
    draft.role = role;
    draft.password = kPassword;
    draft.pin = u"1357"_s;

    const qint64 usersBefore = f.rowCount(u"users"_s);
    const qint64 auditBefore = f.rowCount(u"audit_log"_s);
    const qint64 outboxBefore = f.rowCount(u"outbox"_s);
    QString actualError;
    const QString id = m_users->createUser(actor, draft, &actualError, true);
    if (!error.isEmpty()) {
        QVERIFY(id.isEmpty());
        QCOMPARE(actualError, error);
        QCOMPARE(f.rowCount(u"users"_s), usersBefore);
        QCOMPARE(f.rowCount(u"audit_log"_s), auditBefore);
        return;
    }
    QVERIFY2(!id.isEmpty(), qPrintable(actualError));
    QVERIFY(kassa::UuidV7Generator::isValid(id));
    kassa::UserRecord record;
    QVERIFY(m_users->findUser(id, &record));
    QCOMPARE(record.email, u"new.person@example.com"_s);
    QCOMPARE(record.name, u"New Person"_s);
    QCOMPARE(record.role, role);
    QCOMPARE(record.companyId, draft.companyId);
    QCOMPARE(record.shopId, draft.shopId);
    QCOMPARE(f.rowCount(u"users"_s), usersBefore + 1);
    QCOMPARE(f.rowCount(u"audit_log"_s), auditBefore + 1);
    // Company accounts travel to the company's devices; platform accounts do not.
    QCOMPARE(f.rowCount(u"outbox"_s), outboxBefore + (role == Role::SuperAdmin ? 0 : 1));
    QSqlQuery audit(f.database().connection());
    QVERIFY(audit.exec(u"SELECT action, entity_id, actor_id, company_id FROM audit_log ORDER BY id DESC LIMIT 1"_s) && audit.next());
    QCOMPARE(audit.value(0).toString(), u"user.create"_s);
    QCOMPARE(audit.value(1).toString(), id);
    QCOMPARE(audit.value(2).toString(), actor.userId);
    QCOMPARE(audit.value(3).isNull(), role == Role::SuperAdmin);
    // And the new account can sign in.
    kassa::UserRecord signedIn;
    QString signInError;
    QCOMPARE(m_users->signInWithPassword(u"new.person@example.com"_s, kPassword, draft.companyId, &signedIn, &signInError), SignIn::Ok);
    QCOMPARE(signedIn.id, id);
    QCOMPARE(signInPin(id, u"1357"_s), SignIn::Ok);
}

void TestUserService::draftValidation_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("email-without-at") << Role::ShopStaff << u"email"_s << u"anna.example.com"_s << u"email: \"anna.example.com\" is not an e-mail address"_s;
    QTest::newRow("email-without-domain-dot") << Role::ShopStaff << u"email"_s << u"anna@example"_s << u"email: \"anna@example\" is not an e-mail address"_s;
    QTest::newRow("email-with-space") << Role::ShopStaff << u"email"_s << u"an na@example.com"_s << u"email: \"an na@example.com\" is not an e-mail address"_s;
    QTest::newRow("email-empty") << Role::ShopStaff << u"email"_s << QString() << u"email: \"\" is not an e-mail address"_s;
    QTest::newRow("password-seven-characters") << Role::ShopStaff << u"password"_s << u"1234567"_s << u"password: use at least 8 characters"_s;
    QTest::newRow("pin-too-short") << Role::ShopStaff << u"pin"_s << u"12"_s << u"pin: a PIN has 4 to 8 digits"_s;
    QTest::newRow("pin-with-letters") << Role::ShopStaff << u"pin"_s << u"12ab"_s << u"pin: a PIN has digits only"_s;
    QTest::newRow("shop_staff-without-shop") << Role::ShopStaff << u"shop_id"_s << QString() << u"shop_id: shop managers and shop staff need a shop"_s;
    QTest::newRow("shop_manager-without-shop") << Role::ShopManager << u"shop_id"_s << QString() << u"shop_id: shop managers and shop staff need a shop"_s;
    QTest::newRow("discount-limit-above-100-percent") << Role::ShopStaff << u"discount_limit"_s << u"10001"_s << u"discount_limit: between 0 and 100 %"_s;
    QTest::newRow("discount-limit-negative") << Role::ShopStaff << u"discount_limit"_s << u"-1"_s << u"discount_limit: between 0 and 100 %"_s;
    QTest::newRow("super_admin-in-a-company") << Role::SuperAdmin << u"company_id"_s << u"fixture"_s << u"company_id: a super admin belongs to no company"_s;
    QTest::newRow("company_admin-without-company") << Role::CompanyAdmin << u"company_id"_s << QString() << u"company_id: this role needs a company"_s;
    // The database itself refuses a shop that does not exist or belongs to another company.
    QTest::newRow("unknown-shop") << Role::ShopStaff << u"shop_id"_s << u"unknown"_s << u"cannot create the account: FOREIGN KEY constraint failed"_s;
    QTest::newRow("shop-of-another-company") << Role::ShopStaff << u"shop_id"_s << u"other-company"_s
                                             << u"cannot create the account: FOREIGN KEY constraint failed"_s;
}

void TestUserService::draftValidation()
{
    QFETCH(Role, role);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    TestFixture &f = *m_fixture;

    kassa::UserDraft draft;
    draft.companyId = role == Role::SuperAdmin ? QString() : f.companyId;
    draft.shopId = role == Role::ShopStaff || role == Role::ShopManager ? f.shopId : QString();
    draft.email = u"valid@example.com"_s;
    draft.role = role;
    draft.password = kPassword;
    if (field == "email"_L1) {
        draft.email = value;
    } else if (field == "password"_L1) {
        draft.password = value;
    } else if (field == "pin"_L1) {
        draft.pin = value;
    } else if (field == "discount_limit"_L1) {
        draft.discountLimitBasisPoints = value.toInt();
    } else if (field == "company_id"_L1) {
        draft.companyId = value == "fixture"_L1 ? f.companyId : value;
    } else if (field == "shop_id"_L1) {
        if (value == "other-company"_L1) {
            // A shop of the other company, by id.
            kassa::Actor otherAdmin = kassa::Actor::operatorConsole(m_otherCompanyId, f.context().deviceId);
            otherAdmin.role = Role::CompanyAdmin;
            kassa::ShopDraft shop;
            shop.slug = u"foreign-shop"_s;
            shop.name = u"Foreign"_s;
            QString shopError;
            draft.shopId = kassa::CompanyService(f.context()).createShop(otherAdmin, shop, &shopError);
            QVERIFY2(!draft.shopId.isEmpty(), qPrintable(shopError));
        } else {
            draft.shopId = value == "unknown"_L1 ? kassa::newId() : value;
        }
    }
    const kassa::Actor actor = kassa::Actor::operatorConsole({}, f.context().deviceId);
    const qint64 usersBefore = f.rowCount(u"users"_s);
    const qint64 auditBefore = f.rowCount(u"audit_log"_s);
    QString actualError;
    QVERIFY(m_users->createUser(actor, draft, &actualError, true).isEmpty());
    QVERIFY2(actualError.startsWith(error), qPrintable(actualError));
    QCOMPARE(f.rowCount(u"users"_s), usersBefore);
    QCOMPARE(f.rowCount(u"audit_log"_s), auditBefore);
}

void TestUserService::duplicateEmailRefused()
{
    TestFixture &f = *m_fixture;
    QVERIFY(!makeUser(Role::ShopStaff, u"anna@example.com"_s).isEmpty());
    kassa::UserDraft draft;
    draft.companyId = f.companyId;
    draft.email = u" Anna@Example.COM"_s;
    draft.role = Role::WarehouseStaff;
    draft.password = kPassword;
    const qint64 usersBefore = f.rowCount(u"users"_s);
    const qint64 auditBefore = f.rowCount(u"audit_log"_s);
    QString error;
    QVERIFY(m_users->createUser(f.admin, draft, &error, true).isEmpty());
    QCOMPARE(error, u"email: anna@example.com has an account already"_s);
    QCOMPARE(f.rowCount(u"users"_s), usersBefore);
    QCOMPARE(f.rowCount(u"audit_log"_s), auditBefore);

    // The same address may have an account with another company (a customer of both).
    draft.companyId = m_otherCompanyId;
    draft.role = Role::Customer;
    QVERIFY2(!m_users->createUser(kassa::Actor::operatorConsole({}, f.context().deviceId), draft, &error, true).isEmpty(), qPrintable(error));
}

void TestUserService::passwordSignIn()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s);
    QVERIFY(!id.isEmpty());
    kassa::UserRecord user;
    QString error;
    QCOMPARE(m_users->signInWithPassword(u"  ANNA@Example.com "_s, kPassword, {}, &user, &error), SignIn::Ok);
    QCOMPARE(user.id, id);
    QCOMPARE(user.role, Role::ShopStaff);
    QCOMPARE(user.companyId, m_fixture->companyId);
    QCOMPARE(user.shopId, m_fixture->shopId);
    QCOMPARE(user.email, u"anna@example.com"_s);

    QCOMPARE(signIn(u"anna@example.com"_s, kPassword + u'!', &error), SignIn::WrongSecret);
    QCOMPARE(error, u"wrong e-mail or password"_s);
    QCOMPARE(userColumn(id, u"login_failed_attempts"_s), qint64(1));
    // An unknown address gets the same answer, so addresses cannot be probed.
    QCOMPARE(signIn(u"nobody@example.com"_s, kPassword, &error), SignIn::Unknown);
    QCOMPARE(error, u"wrong e-mail or password"_s);
    // The right password resets the count.
    QCOMPARE(signIn(u"anna@example.com"_s, kPassword), SignIn::Ok);
    QCOMPARE(userColumn(id, u"login_failed_attempts"_s), qint64(0));
}

void TestUserService::passwordLockout()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s);
    QVERIFY(!id.isEmpty());
    const qint64 auditBefore = m_fixture->rowCount(u"audit_log"_s);
    QString error;
    for (int attempt = 1; attempt < UserService::kMaxPasswordFailures; ++attempt) {
        QCOMPARE(signIn(u"anna@example.com"_s, u"guess %1"_s.arg(attempt), &error), SignIn::WrongSecret);
        m_now += 1000;
    }
    QCOMPARE(UserService::kMaxPasswordFailures, 10);
    QCOMPARE(signIn(u"anna@example.com"_s, u"guess 10"_s, &error), SignIn::Locked);
    QCOMPARE(error, u"too many wrong attempts; locked for 15 minutes"_s);
    QCOMPARE(m_fixture->rowCount(u"audit_log"_s), auditBefore + 10);
    const qint64 lockedAt = m_now;

    // Even the right password waits out the lock.
    QCOMPARE(signIn(u"anna@example.com"_s, kPassword, &error), SignIn::Locked);
    QCOMPARE(error, u"too many wrong attempts; try again in 15 minutes"_s);
    m_now = lockedAt + 15 * kMinute - 1;
    QCOMPARE(signIn(u"anna@example.com"_s, kPassword, &error), SignIn::Locked);
    QCOMPARE(error, u"too many wrong attempts; try again in 1 minutes"_s);
    m_now = lockedAt + 15 * kMinute;
    QCOMPARE(signIn(u"anna@example.com"_s, kPassword, &error), SignIn::Ok);
    // A fresh count after the lock: one wrong password is just wrong.
    QCOMPARE(signIn(u"anna@example.com"_s, u"again wrong"_s, &error), SignIn::WrongSecret);
}

void TestUserService::successResetsPasswordFailures()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s);
    QVERIFY(!id.isEmpty());
    for (int round = 0; round < 3; ++round) {
        for (int attempt = 1; attempt < UserService::kMaxPasswordFailures; ++attempt) {
            QCOMPARE(signIn(u"anna@example.com"_s, u"wrong"_s), SignIn::WrongSecret);
        }
        QCOMPARE(signIn(u"anna@example.com"_s, kPassword), SignIn::Ok);
    }
    QCOMPARE(userColumn(id, u"login_locked_until"_s), qint64(0));
}

void TestUserService::pinLockout()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s, u"2468"_s);
    QVERIFY(!id.isEmpty());
    QString error;
    QCOMPARE(signInPin(id, u"2468"_s), SignIn::Ok);
    QCOMPARE(UserService::kMaxPinFailures, 5);
    for (int attempt = 1; attempt < 5; ++attempt) {
        QCOMPARE(signInPin(id, u"000%1"_s.arg(attempt), &error), SignIn::WrongSecret);
        QCOMPARE(error, u"wrong PIN"_s);
    }
    QCOMPARE(signInPin(id, u"0005"_s, &error), SignIn::Locked);
    QCOMPARE(error, u"too many wrong attempts; locked for 5 minutes"_s);
    QCOMPARE(userColumn(id, u"pin_locked_until"_s), m_now + 5 * kMinute);
    const qint64 lockedAt = m_now;

    // The right PIN is refused while locked; the password still works (the lock is the PIN's).
    QCOMPARE(signInPin(id, u"2468"_s, &error), SignIn::Locked);
    QCOMPARE(error, u"too many wrong attempts; try again in 5 minutes"_s);
    QCOMPARE(signIn(u"anna@example.com"_s, kPassword), SignIn::Ok);
    m_now = lockedAt + 5 * kMinute - 1000;
    QCOMPARE(signInPin(id, u"2468"_s, &error), SignIn::Locked);
    QCOMPARE(error, u"too many wrong attempts; try again in 1 minutes"_s);

    // Five minutes later the PIN works again, and the count starts from zero.
    m_now = lockedAt + 5 * kMinute;
    QCOMPARE(signInPin(id, u"2468"_s, &error), SignIn::Ok);
    QCOMPARE(signInPin(id, u"1111"_s), SignIn::WrongSecret);
    QCOMPARE(userColumn(id, u"pin_failed_attempts"_s), qint64(1));
}

void TestUserService::pinNeedsAPin()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s);
    QString error;
    QCOMPARE(signInPin(id, u"2468"_s, &error), SignIn::WrongSecret);
    QCOMPARE(error, u"this account has no PIN; sign in with the password"_s);
    QCOMPARE(signInPin(kassa::newId(), u"2468"_s, &error), SignIn::Unknown);
    QCOMPARE(error, u"no such account"_s);
}

void TestUserService::inactiveAccount()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s, u"2468"_s);
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(u"UPDATE users SET active = 0 WHERE id = '%1'"_s.arg(id)));
    QString error;
    QCOMPARE(signIn(u"anna@example.com"_s, kPassword, &error), SignIn::Inactive);
    QCOMPARE(error, u"this account is disabled"_s);
    QCOMPARE(signInPin(id, u"2468"_s), SignIn::Inactive);
}

void TestUserService::setPinPermissions_data()
{
    QTest::addColumn<QString>("actorKind");
    QTest::addColumn<QString>("targetKind");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("self") << u"staff"_s << u"staff"_s << true;
    QTest::newRow("company_admin-for-staff") << u"company_admin"_s << u"staff"_s << true;
    QTest::newRow("company_admin-for-company_admin") << u"company_admin"_s << u"other_admin"_s << true;
    QTest::newRow("super_admin-for-staff") << u"super_admin"_s << u"staff"_s << true;
    QTest::newRow("shop_manager-for-own-staff") << u"manager"_s << u"staff"_s << true;
    QTest::newRow("shop_manager-for-staff-of-other-shop") << u"manager"_s << u"staff_other_shop"_s << false;
    QTest::newRow("shop_manager-for-company_admin") << u"manager"_s << u"other_admin"_s << false;
    QTest::newRow("shop_manager-for-warehouse_staff") << u"manager"_s << u"warehouse"_s << false;
    QTest::newRow("shop_staff-for-colleague") << u"colleague"_s << u"staff"_s << false;
    QTest::newRow("warehouse_staff-for-staff") << u"warehouse"_s << u"staff"_s << false;
    QTest::newRow("company_admin-of-other-company") << u"foreign_admin"_s << u"staff"_s << false;
}

void TestUserService::setPinPermissions()
{
    QFETCH(QString, actorKind);
    QFETCH(QString, targetKind);
    QFETCH(bool, allowed);
    TestFixture &f = *m_fixture;

    QHash<QString, QString> ids;
    ids[u"staff"_s] = makeUser(Role::ShopStaff, u"staff@example.com"_s, u"1111"_s);
    ids[u"colleague"_s] = makeUser(Role::ShopStaff, u"colleague@example.com"_s, u"2222"_s);
    ids[u"staff_other_shop"_s] = makeUser(Role::ShopStaff, u"far@example.com"_s, u"1111"_s, m_otherShopId);
    ids[u"manager"_s] = makeUser(Role::ShopManager, u"manager@example.com"_s, u"3333"_s);
    ids[u"warehouse"_s] = makeUser(Role::WarehouseStaff, u"warehouse@example.com"_s, u"1111"_s);
    ids[u"other_admin"_s] = makeUser(Role::CompanyAdmin, u"admin2@example.com"_s, u"1111"_s);
    for (const QString &id : std::as_const(ids)) {
        QVERIFY(!id.isEmpty());
    }
    kassa::Actor actor;
    if (actorKind == "company_admin"_L1) {
        actor = f.admin;
    } else if (actorKind == "super_admin"_L1) {
        actor = kassa::Actor::operatorConsole({}, f.context().deviceId);
    } else if (actorKind == "foreign_admin"_L1) {
        actor = kassa::Actor::operatorConsole(m_otherCompanyId, f.context().deviceId);
        actor.role = Role::CompanyAdmin;
    } else {
        kassa::UserRecord record;
        QVERIFY(m_users->findUser(ids.value(actorKind), &record));
        actor = record.asActor(f.context().deviceId);
    }
    const QString target = ids.value(targetKind);
    kassa::UserRecord targetRecord;
    QVERIFY(m_users->findUser(target, &targetRecord));
    const qint64 auditBefore = f.rowCount(u"audit_log"_s);

    QString error;
    QCOMPARE(m_users->setPin(actor, target, u"97531"_s, &error), allowed);
    if (allowed) {
        QCOMPARE(signInPin(target, u"97531"_s), SignIn::Ok);
        QCOMPARE(signInPin(target, u"1111"_s), SignIn::WrongSecret);
        QCOMPARE(f.rowCount(u"audit_log"_s), auditBefore + 2); // set_pin, then the wrong PIN
    } else {
        QCOMPARE(error, u"%1 may not change this account's PIN"_s.arg(kassa::roleName(actor.role)));
        QCOMPARE(f.rowCount(u"audit_log"_s), auditBefore);
        QCOMPARE(signInPin(target, u"97531"_s), SignIn::WrongSecret);
        QCOMPARE(signInPin(target, u"1111"_s), SignIn::Ok);
    }
}

void TestUserService::setPinUnlocks()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s, u"2468"_s);
    for (int attempt = 0; attempt < UserService::kMaxPinFailures; ++attempt) {
        signInPin(id, u"0000"_s);
    }
    QCOMPARE(signInPin(id, u"2468"_s), SignIn::Locked);
    // The manager gives a new PIN; it works at once.
    kassa::UserRecord manager;
    QVERIFY(m_users->findUser(makeUser(Role::ShopManager, u"manager@example.com"_s), &manager));
    QString error;
    QVERIFY2(m_users->setPin(manager.asActor(m_fixture->context().deviceId), id, u"8642"_s, &error), qPrintable(error));
    QCOMPARE(signInPin(id, u"8642"_s), SignIn::Ok);
}

void TestUserService::setPinRules()
{
    const QString id = makeUser(Role::ShopStaff, u"anna@example.com"_s, u"2468"_s);
    QString error;
    QVERIFY(!m_users->setPin(m_fixture->admin, id, u"12ab"_s, &error));
    QCOMPARE(error, u"pin: a PIN has digits only"_s);
    QVERIFY(!m_users->setPin(m_fixture->admin, id, u"123456789"_s, &error));
    QCOMPARE(error, u"pin: a PIN has 4 to 8 digits"_s);
    QVERIFY(!m_users->setPin(m_fixture->admin, kassa::newId(), u"1234"_s, &error));
    QCOMPARE(error, u"no such account"_s);
    QCOMPARE(signInPin(id, u"2468"_s), SignIn::Ok);
}

void TestUserService::bootstrapOnlyOnce()
{
    QString error;
    const QString id = m_users->bootstrapSuperAdmin(u"Root@Example.com"_s, kPassword, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    kassa::UserRecord user;
    QVERIFY(m_users->findUser(id, &user));
    QCOMPARE(user.role, Role::SuperAdmin);
    QVERIFY(user.companyId.isEmpty());
    QCOMPARE(signIn(u"root@example.com"_s, kPassword), SignIn::Ok);
    // The platform's audit trail has it, without a company.
    QSqlQuery audit(m_fixture->database().connection());
    QVERIFY(audit.exec(u"SELECT company_id IS NULL, actor_label FROM audit_log WHERE action = 'user.create' AND entity_id = '%1'"_s.arg(id)) && audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    QCOMPARE(audit.value(1).toString(), u"kassactl init"_s);

    QVERIFY(m_users->bootstrapSuperAdmin(u"second@example.com"_s, kPassword, &error).isEmpty());
    QCOMPARE(error, u"this database has a super admin already"_s);
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
