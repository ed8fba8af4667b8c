#include "clientsession.h"

#include "moneytext.h"
#include "staffmodel.h"

#include "sales/receiptnumbers.h"
#include "sales/tillstaff.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "kassa.ui.session")

namespace kassa::ui
{

namespace
{
// The demo sells at Nordwind's first Berlin shop (README, "Demo accounts").
const QString kDemoShop = u"nordwind-berlin-mitte"_s;
} // namespace

ClientSession::ClientSession(QObject *parent)
    : QObject(parent)
    , m_staff(new StaffModel(this))
    , m_locale(u"en_GB"_s)
{
    QSettings settings;
    m_darkTheme = settings.value(u"display/dark"_s, false).toBool();
    setLanguage(settings.value(u"display/language"_s, u"en"_s).toString());
}

ClientSession::~ClientSession()
{
    if (m_seeding && m_seeding->state() != QProcess::NotRunning) {
        m_seeding->kill();
        m_seeding->waitForFinished(5000);
    }
    if (instance() == this) {
        setInstance(nullptr);
    }
}

ClientSession *ClientSession::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    ClientSession *session = SingletonInstance::create(engine, scriptEngine);
    session->setEngine(engine);
    return session;
}

QString ClientSession::defaultDemoPath()
{
    const QString fromEnvironment = qEnvironmentVariable("KASSA_TERMINAL_DEMO_DB");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/kassa/terminal-demo.db"_s;
}

void ClientSession::setState(State state, const QString &message)
{
    m_state = state;
    m_statusMessage = message;
    Q_EMIT stateChanged();
}

void ClientSession::setError(const QString &message)
{
    if (!message.isEmpty()) {
        qCInfo(lcSession) << message;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

bool ClientSession::openTerminal(const QString &databasePath, const QString &shopSlug, bool demo)
{
    signOut();
    QString error;
    std::unique_ptr<Database> database = Database::open(u"sqlite:"_s + databasePath, &error);
    if (!database || !database->migrate(&error)) {
        setError(tr("The terminal's database %1 cannot be opened: %2").arg(databasePath, error));
        setState(Failed, m_errorMessage);
        return false;
    }
    QString deviceId;
    if (!ensureLocalDevice(*database, u"terminal"_s, QHostInfo::localHostName(), &deviceId, &m_clock, &error)) {
        setError(tr("This terminal's identity cannot be read: %1").arg(error));
        setState(Failed, m_errorMessage);
        return false;
    }
    QSqlDatabase db = database->connection();
    QString slug = shopSlug;
    if (slug.isEmpty()) {
        // A database with one store needs no choice.
        QSqlQuery stores(db);
        if (stores.exec(u"SELECT slug FROM shops WHERE kind = 'store' AND active = 1 LIMIT 2"_s) && stores.next()) {
            slug = stores.value(0).toString();
            if (stores.next()) {
                slug.clear();
            }
        }
    }
    ShopInfo shop;
    if (slug.isEmpty() || !ShopInfo::bySlug(db, slug, &shop) || shop.kind != "store"_L1 || !shop.active) {
        setError(slug.isEmpty() ? tr("Choose the shop this terminal sells for.") : tr("There is no open shop \"%1\" in this database.").arg(slug));
        setState(NeedsSetup);
        return false;
    }
    QSqlQuery company(db);
    company.prepare(u"SELECT name FROM companies WHERE id = ?"_s);
    company.addBindValue(shop.companyId);
    m_companyName = company.exec() && company.next() ? company.value(0).toString() : QString();
    QSqlQuery prefix(db);
    prefix.prepare(u"SELECT receipt_prefix FROM devices WHERE id = ?"_s);
    prefix.addBindValue(deviceId);
    const QString receiptPrefix = prefix.exec() && prefix.next() ? prefix.value(0).toString() : QString();
    m_terminalName = receiptPrefix.isEmpty() ? ReceiptNumbers::shopCode(shop.slug) + u'-' + deviceId.right(4).toUpper() : receiptPrefix;

    QList<TillStaffMember> staff;
    if (!listTillStaff(*database, shop.companyId, shop.id, &staff, &error)) {
        setError(error);
        setState(Failed, m_errorMessage);
        return false;
    }
    m_database = std::move(database);
    m_context.database = m_database.get();
    m_context.deviceId = deviceId;
    m_context.clock = &m_clock;
    m_shop = shop;
    m_demo = demo;
    m_databasePath = QFileInfo(databasePath).absoluteFilePath();
    m_staff->setStaff(staff);
    QSettings settings;
    settings.setValue(u"terminal/database"_s, m_databasePath);
    settings.setValue(u"terminal/shop"_s, shop.slug);
    settings.setValue(u"terminal/demo"_s, demo);
    setError({});
    Q_EMIT terminalChanged();
    setState(Ready);
    return true;
}

bool ClientSession::openRemembered()
{
    QSettings settings;
    const QString path = settings.value(u"terminal/database"_s).toString();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        setState(NeedsSetup);
        return false;
    }
    return openTerminal(path, settings.value(u"terminal/shop"_s).toString(), settings.value(u"terminal/demo"_s).toBool());
}

void ClientSession::startDemo(const QString &databasePath)
{
    const QString path = databasePath.isEmpty() ? defaultDemoPath() : databasePath;
    if (QFileInfo(path).size() > 0) {
        openTerminal(path, kDemoShop, true);
        return;
    }
    // The demo data set comes from kassactl, installed beside this program: a minute of work in
    // another process, so this window stays responsive and shows that something happens.
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString kassactl = QCoreApplication::applicationDirPath() + u"/kassactl"_s;
    if (!QFileInfo(kassactl).isExecutable()) {
        setError(tr("kassactl is missing beside kassa (%1): it makes the demo data.").arg(kassactl));
        setState(Failed, m_errorMessage);
        return;
    }
    m_seeding = std::make_unique<QProcess>();
    m_seeding->setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments{u"--database"_s, path, u"seed"_s, u"--demo"_s};
    // KASSA_DEMO_SIZE=small makes a quick, small demo (3 companies, 4 shops, 2,000 products).
    if (qEnvironmentVariable("KASSA_DEMO_SIZE") == "small"_L1) {
        arguments << u"--shops"_s << u"4"_s << u"--variants"_s << u"2000"_s << u"--sales-lines"_s << u"5000"_s << u"--days"_s << u"30"_s;
    }
    connect(m_seeding.get(), &QProcess::finished, this, [this, path](int exitCode, QProcess::ExitStatus status) {
        const QString output = QString::fromUtf8(m_seeding->readAll());
        if (status != QProcess::NormalExit || exitCode != 0) {
            QFile::remove(path);
            setError(tr("The demo data could not be made: %1").arg(output.trimmed().right(400)));
            setState(Failed, m_errorMessage);
            return;
        }
        openTerminal(path, kDemoShop, true);
    });
    setState(Preparing, tr("Preparing the demo shop: products, stock, customers and a year of sales. This takes about a minute, once."));
    m_seeding->start(kassactl, arguments);
}

bool ClientSession::signedIn(const UserRecord &user)
{
    // A till sells for one company; a shop-bound role only in its own shop.
    if (user.companyId != m_shop.companyId || (!user.shopId.isEmpty() && user.shopId != m_shop.id && reachOf(user.role) == RoleReach::Shop)) {
        setError(tr("%1 does not work in this shop.").arg(user.name));
        return false;
    }
    if (!roleAllows(user.role, Action::SaleCreate) && !roleAllows(user.role, Action::ShiftReview)) {
        setError(tr("%1 may not use a till.").arg(user.name));
        return false;
    }
    m_user = user;
    setError({});
    Q_EMIT userChanged();
    return true;
}

bool ClientSession::signInWithPin(const QString &userId, const QString &pin)
{
    if (!isOpen()) {
        return false;
    }
    if (isSignedIn()) {
        signOut();
    }
    UserService users(m_context);
    UserRecord user;
    QString error;
    const UserService::SignInResult result = users.signInWithPin(userId, pin, &user, &error);
    return result == UserService::SignInResult::Ok ? signedIn(user) : refused(result, error, true);
}

bool ClientSession::signInWithPassword(const QString &email, const QString &password)
{
    if (!isOpen()) {
        return false;
    }
    if (isSignedIn()) {
        signOut();
    }
    UserService users(m_context);
    UserRecord user;
    QString error;
    const UserService::SignInResult result = users.signInWithPassword(email, password, m_shop.companyId, &user, &error);
    return result == UserService::SignInResult::Ok ? signedIn(user) : refused(result, error, false);
}

bool ClientSession::refused(UserService::SignInResult result, const QString &error, bool pin)
{
    switch (result) {
    case UserService::SignInResult::Ok:
        break;
    case UserService::SignInResult::WrongSecret:
        setError(pin ? tr("Wrong PIN. After 5 wrong PINs the PIN is locked for 5 minutes.") : tr("The e-mail address or the password is wrong."));
        break;
    case UserService::SignInResult::Unknown:
        setError(pin ? tr("This account cannot sign in. Ask your manager.") : tr("The e-mail address or the password is wrong."));
        break;
    case UserService::SignInResult::Locked:
        setError(pin ? tr("Too many wrong PINs: this PIN is locked for a few minutes. A manager can reset it.")
                     : tr("Too many wrong passwords: this account is locked for 15 minutes."));
        break;
    case UserService::SignInResult::Inactive:
        setError(tr("This account cannot sign in. Ask your manager."));
        break;
    case UserService::SignInResult::Failed:
        setError(tr("Signing in failed: %1").arg(error));
        break;
    }
    return false;
}

bool ClientSession::signInWithEmailAndPin(const QString &email, const QString &pin)
{
    if (!isOpen()) {
        return false;
    }
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT id FROM users WHERE company_id = ? AND email = ?"_s);
    query.addBindValue(m_shop.companyId);
    query.addBindValue(UserService::normalizeEmail(email));
    if (!query.exec() || !query.next()) {
        setError(tr("No one at %1 has the e-mail address %2.").arg(m_companyName, email));
        return false;
    }
    return signInWithPin(query.value(0).toString(), pin);
}

void ClientSession::signOut()
{
    if (!isSignedIn()) {
        return;
    }
    Q_EMIT aboutToSignOut();
    m_user = UserRecord();
    Q_EMIT userChanged();
}

bool ClientSession::verifyApproval(const QString &userId, const QString &pin, const QString &action)
{
    UserService users(m_context);
    UserRecord approver;
    QString error;
    const UserService::SignInResult result = users.signInWithPin(userId, pin, &approver, &error);
    if (result != UserService::SignInResult::Ok) {
        setError(result == UserService::SignInResult::Locked ? tr("Too many wrong PINs: this PIN is locked for a few minutes.") : tr("Wrong PIN."));
        return false;
    }
    Action wanted = Action::DiscountAboveLimit;
    for (const Action candidate : allActions()) {
        if (actionName(candidate) == action) {
            wanted = candidate;
        }
    }
    if (approver.companyId != m_shop.companyId || !roleAllows(approver.role, wanted)) {
        setError(tr("%1 may not approve this.").arg(approver.name));
        return false;
    }
    setError({});
    return true;
}

QString ClientSession::roleLabel() const
{
    return isSignedIn() ? StaffModel::roleLabel(m_user.role) : QString();
}

bool ClientSession::canManage() const
{
    return isSignedIn() && roleAllows(m_user.role, Action::ShiftReview);
}

bool ClientSession::canVoid() const
{
    return isSignedIn() && roleAllows(m_user.role, Action::SaleVoid);
}

QString ClientSession::money(qint64 minorUnits) const
{
    return formatMoney(minorUnits, m_shop.currency.isEmpty() ? u"EUR"_s : m_shop.currency, m_locale);
}

qint64 ClientSession::parseMoney(const QString &text) const
{
    qint64 amount = 0;
    return kassa::ui::parseMoney(text, m_shop.currency.isEmpty() ? u"EUR"_s : m_shop.currency, m_locale, &amount) ? amount : -1;
}

QString ClientSession::dateTime(qint64 milliseconds) const
{
    const QTimeZone zone(m_shop.timezone.toUtf8());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(milliseconds, zone.isValid() ? zone : QTimeZone::systemTimeZone());
    return m_locale.toString(at, QLocale::ShortFormat);
}

QString ClientSession::percent(int basisPoints) const
{
    return m_locale.toString(double(basisPoints) / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 2) + u"\u00a0%"_s;
}

void ClientSession::setDarkTheme(bool dark)
{
    if (dark == m_darkTheme) {
        return;
    }
    m_darkTheme = dark;
    QSettings().setValue(u"display/dark"_s, dark);
    Q_EMIT darkThemeChanged();
}

QStringList ClientSession::languages() const
{
    return {u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"ar"_s};
}

void ClientSession::setLanguage(const QString &language)
{
    if (!languages().contains(language)) {
        return;
    }
    QCoreApplication::removeTranslator(&m_translator);
    // From translations/ (embedded as :/i18n). English is the source language; its file holds the
    // plural forms ("1 operation", "2 operations").
    if (m_translator.load(u":/i18n/kassa_%1.qm"_s.arg(language))) {
        QCoreApplication::installTranslator(&m_translator);
    }
    m_language = language;
    m_locale = QLocale(language == "en"_L1 ? u"en_GB"_s : language);
    QLocale::setDefault(m_locale);
    if (auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        application->setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    }
    QSettings().setValue(u"display/language"_s, language);
    if (m_engine) {
        m_engine->retranslate();
    }
    Q_EMIT languageChanged();
}

} // namespace kassa::ui
