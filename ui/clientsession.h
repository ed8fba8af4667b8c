#pragma once

#include "singletoninstance.h"
#include "staffmodel.h"
#include "commerce/shopinfo.h"
#include "domain/actor.h"
#include "domain/hybridlogicalclock.h"
#include "services/corecontext.h"
#include "services/userservice.h"

#include <QLocale>
#include <QObject>
#include <QProcess>
#include <QQmlEngine>
#include <QTranslator>

#include <memory>

namespace kassa::ui
{


// The terminal and who works at it: the local database, this device, the shop it sells for, the
// signed-in person, and the display preferences (theme, language). The composition root (main, or
// a test) makes one, opens the terminal, and hands it to QML as the singleton `Session`.
class ClientSession : public QObject, public SingletonInstance<ClientSession>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY stateChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY stateChanged)
    Q_PROPERTY(bool preparing READ isPreparing NOTIFY stateChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY terminalChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY terminalChanged)
    Q_PROPERTY(QString companyName READ companyName NOTIFY terminalChanged)
    Q_PROPERTY(QString shopId READ shopId NOTIFY terminalChanged)
    Q_PROPERTY(QString shopName READ shopName NOTIFY terminalChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY terminalChanged)
    Q_PROPERTY(QString terminalName READ terminalName NOTIFY terminalChanged)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY userChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString roleLabel READ roleLabel NOTIFY userChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY userChanged)
    Q_PROPERTY(bool canVoid READ canVoid NOTIFY userChanged)
    Q_PROPERTY(StaffModel *staff READ staff CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)

public:
    enum State { NeedsSetup, Preparing, Ready, Failed };
    Q_ENUM(State)

    // No default argument: Qt 6.4 builds a QML singleton with a default constructor when there is
    // one, ignoring create() (QQmlPrivate::singletonConstructionMode), and QML would get a second,
    // empty session.
    explicit ClientSession(QObject *parent);
    ~ClientSession() override;

    // QML's singleton factory: the instance main() made, which also learns the engine (to
    // retranslate on a language switch).
    static ClientSession *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    // Opens (and migrates) the terminal's SQLite database and selects the shop it sells for.
    // `shopSlug` may be empty when the database has exactly one store. Remembered for next start.
    Q_INVOKABLE bool openTerminal(const QString &databasePath, const QString &shopSlug, bool demo = false);
    // The standalone demo: its own database (seeded with `kassactl seed --demo` the first time, which
    // takes a while and shows progress), selling at Nordwind's Berlin shop.
    Q_INVOKABLE void startDemo(const QString &databasePath = {});
    // Opens what the last run used; false (state NeedsSetup) when this is the first start.
    bool openRemembered();
    static QString defaultDemoPath();

    Q_INVOKABLE bool signInWithPin(const QString &userId, const QString &pin);
    Q_INVOKABLE bool signInWithPassword(const QString &email, const QString &password);
    // For scripts and the demo: the PIN sign-in of the staff member with this e-mail address.
    Q_INVOKABLE bool signInWithEmailAndPin(const QString &email, const QString &pin);
    Q_INVOKABLE void signOut();
    // Checks a manager's PIN for an approval without signing her in; `action` names what she
    // approves (discount_above_limit, price_override, sale_void). Leaves errorMessage on refusal.
    Q_INVOKABLE bool verifyApproval(const QString &userId, const QString &pin, const QString &action);

    Q_INVOKABLE QString money(qint64 minorUnits) const;
    // -1 when the text is no amount of the shop's currency.
    Q_INVOKABLE qint64 parseMoney(const QString &text) const;
    Q_INVOKABLE QString dateTime(qint64 milliseconds) const;
    Q_INVOKABLE QString percent(int basisPoints) const;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString statusMessage() const { return m_statusMessage; }
    [[nodiscard]] bool isReady() const { return m_state == Ready; }
    [[nodiscard]] bool isPreparing() const { return m_state == Preparing; }
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] QString databasePath() const { return m_databasePath; }
    [[nodiscard]] QString companyName() const { return m_companyName; }
    [[nodiscard]] QString shopId() const { return m_shop.id; }
    [[nodiscard]] QString shopName() const { return m_shop.name; }
    [[nodiscard]] QString currency() const { return m_shop.currency; }
    [[nodiscard]] QString terminalName() const { return m_terminalName; }
    [[nodiscard]] bool isSignedIn() const { return !m_user.id.isEmpty(); }
    [[nodiscard]] QString userId() const { return m_user.id; }
    [[nodiscard]] QString userName() const { return m_user.name.isEmpty() ? m_user.email : m_user.name; }
    [[nodiscard]] QString roleLabel() const;
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] bool canVoid() const;
    [[nodiscard]] StaffModel *staff() const { return m_staff; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] bool rightToLeft() const { return m_language == u"ar"; }
    [[nodiscard]] QStringList languages() const;

    // For the controllers: the core services' context and who acts.
    [[nodiscard]] CoreContext &context() { return m_context; }
    [[nodiscard]] Actor actor() const { return m_user.asActor(m_context.deviceId); }
    [[nodiscard]] const ShopInfo &shop() const { return m_shop; }
    [[nodiscard]] const UserRecord &user() const { return m_user; }
    [[nodiscard]] QLocale locale() const { return m_locale; }
    [[nodiscard]] bool isOpen() const { return m_database != nullptr; }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    void stateChanged();
    void terminalChanged();
    void userChanged();
    void errorMessageChanged();
    void darkThemeChanged();
    void languageChanged();
    // Before the person changes (sign-out, a cashier switch): the till saves what is open.
    void aboutToSignOut();

private:
    void setState(State state, const QString &message = {});
    void setError(const QString &message);
    bool signedIn(const UserRecord &user);
    // The cashier's sentence for a refused sign-in; false, for returning.
    bool refused(UserService::SignInResult result, const QString &error, bool pin);

    State m_state = NeedsSetup;
    QString m_statusMessage;
    bool m_demo = false;
    QString m_databasePath;
    QString m_companyName;
    QString m_terminalName;
    std::unique_ptr<Database> m_database;
    HybridLogicalClock m_clock;
    CoreContext m_context;
    ShopInfo m_shop;
    UserRecord m_user;
    StaffModel *m_staff = nullptr;
    QString m_errorMessage;
    bool m_darkTheme = false;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QProcess> m_seeding;
};

} // namespace kassa::ui
