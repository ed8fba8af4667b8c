#include "selftest.h"

#include "clientapp.h"
#include "clientsession.h"
#include "staffmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMetaObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include "sales/shiftservice.h"

using namespace Qt::StringLiterals;

namespace kassa::ui
{

namespace
{
QStringList s_warnings;
QtMessageHandler s_previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Kassa's own info lines are not QML problems; every Qt warning is.
    if (type != QtDebugMsg && type != QtInfoMsg) {
        s_warnings << message;
    }
    s_previousHandler(type, context, message);
}

void settle(int milliseconds = 60)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// KASSA_SELFTEST_TRACE=1 names each step as it starts: where a crash happened.
void trace(const QString &step)
{
    static const bool enabled = qEnvironmentVariableIsSet("KASSA_SELFTEST_TRACE");
    if (enabled) {
        QTextStream(stdout) << "self-test: " << step << Qt::endl;
    }
}

// Every popup (dialog) declared in an item of the visual tree under `item`: items made by a Loader
// or a layout are not QObject children of the window, so the walk follows the items.
void collectPopups(QQuickItem *item, QList<QObject *> *popups)
{
    for (QObject *child : item->children()) {
        if (child->inherits("QQuickPopup") && !popups->contains(child)) {
            popups->append(child);
        }
    }
    for (QQuickItem *child : item->childItems()) {
        collectPopups(child, popups);
    }
}

// Opens and closes every popup of the window, so their bindings are evaluated too.
int visitPopups(QObject *root)
{
    auto *window = qobject_cast<QQuickWindow *>(root);
    if (!window) {
        return 0;
    }
    QList<QObject *> popups;
    collectPopups(window->contentItem(), &popups);
    for (QObject *popup : std::as_const(popups)) {
        trace(u"dialog "_s + QString::fromLatin1(popup->metaObject()->className()));
        QMetaObject::invokeMethod(popup, "open");
        settle(30);
        QMetaObject::invokeMethod(popup, "close");
        settle(10);
    }
    return int(popups.size());
}
} // namespace

int runSelfTest(ClientApp &client, const QString &databasePath)
{
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    s_previousHandler = qInstallMessageHandler(collect);
    ClientSession *session = client.session();

    QTemporaryDir dir;
    QString path = databasePath;
    if (path.isEmpty()) {
        path = dir.filePath(u"selftest.db"_s);
        QProcess seed;
        seed.setProcessChannelMode(QProcess::MergedChannels);
        seed.start(QCoreApplication::applicationDirPath() + u"/kassactl"_s,
                   {u"--database"_s, path, u"seed"_s, u"--demo"_s, u"--companies"_s, u"1"_s, u"--shops"_s, u"1"_s, u"--variants"_s, u"300"_s,
                    u"--sales-lines"_s, u"300"_s, u"--days"_s, u"7"_s});
        if (!seed.waitForFinished(120000) || seed.exitCode() != 0) {
            out << "self-test: kassactl seed failed: " << seed.readAll() << "\n";
            return 1;
        }
    }
    if (!session->openTerminal(path, {}, true)) {
        out << "self-test: " << session->errorMessage() << "\n";
        return 1;
    }
    // A manager sees every screen.
    StaffModel *staff = session->staff();
    QString managerId;
    for (int row = 0; row < staff->rowCount() && managerId.isEmpty(); ++row) {
        if (staff->index(row).data(StaffModel::CanApproveRole).toBool()) {
            managerId = staff->index(row).data(StaffModel::UserIdRole).toString();
        }
    }
    if (managerId.isEmpty() || !session->signInWithPin(managerId, u"1234"_s)) {
        out << "self-test: no manager could sign in: " << session->errorMessage() << "\n";
        return 1;
    }
    ShiftRecord shift;
    ServiceError error;
    ShiftService shifts(session->context());
    if (!shifts.current(session->actor(), &shift, &error) && !shifts.open(session->actor(), session->shopId(), 10000, &shift, &error)) {
        out << "self-test: cannot open a shift: " << error.message << "\n";
        return 1;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    session->setEngine(&engine);
    engine.load(QUrl(u"qrc:/Kassa/App/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        out << "self-test: Main.qml did not load\n";
        for (const QString &warning : std::as_const(s_warnings)) {
            out << "  " << warning << "\n";
        }
        return 1;
    }
    QObject *window = engine.rootObjects().constFirst();
    int screens = 0;
    int popups = 0;
    for (const auto &[language, dark] : {std::pair{u"en"_s, false}, std::pair{u"ar"_s, true}}) {
        trace(u"language "_s + language);
        session->setLanguage(language);
        session->setDarkTheme(dark);
        settle();
        const QStringList names = window->property("screens").toStringList();
        for (const QString &name : names) {
            trace(u"screen "_s + name + u" in "_s + language);
            QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, name));
            settle();
            ++screens;
        }
        QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, u"sell"_s));
        popups += visitPopups(window);
    }
    session->setLanguage(u"en"_s);
    session->setDarkTheme(false);
    // The sign-in screen, and the first-start screen on its own.
    session->signOut();
    settle();
    QQmlComponent setup(&engine, QUrl(u"qrc:/Kassa/App/SetupPage.qml"_s));
    std::unique_ptr<QObject> setupPage(setup.create());
    if (!setupPage) {
        s_warnings << setup.errorString();
    }
    settle();

    qInstallMessageHandler(s_previousHandler);
    out << "self-test: " << screens << " screens and " << popups << " dialogs shown (English and Arabic, light and dark) in " << timer.elapsed() << " ms, "
        << s_warnings.size() << " warnings\n";
    for (const QString &warning : std::as_const(s_warnings)) {
        out << "  " << warning << "\n";
    }
    return s_warnings.isEmpty() ? 0 : 1;
}

} // namespace kassa::ui
