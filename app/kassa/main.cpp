// kassa: the desktop client. Parses the options, makes the session and controllers (ClientApp),
// opens the terminal, loads the QML. `--self-test` loads every screen and exits non-zero on any
// QML warning (run by ctest).
#include "clientapp.h"
#include "clientsession.h"
#include "selftest.h"
#include "shiftcontroller.h"

#include "security/passwords.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(Kassa_UiPlugin)
Q_IMPORT_QML_PLUGIN(Kassa_AppPlugin)

using namespace Qt::StringLiterals;

namespace
{
// VmRSS of this process, from /proc (Linux): what the client_start benchmark reports.
qint64 residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"kassa"_s);
    QGuiApplication::setOrganizationName(u"Kassa"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(u"Kassa"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kassa point of sale"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, u"Sell standalone on a local demo database (made the first time)."_s);
    const QCommandLineOption database(u"database"_s, u"The terminal's SQLite database."_s, u"PATH"_s);
    const QCommandLineOption shop(u"shop"_s, u"The shop this terminal sells for (its slug)."_s, u"SLUG"_s);
    const QCommandLineOption selfTest(u"self-test"_s, u"Load every screen, report QML warnings, exit."_s);
    const QCommandLineOption language(u"language"_s, u"Display language: en, de, es, fr, ar."_s, u"CODE"_s);
    const QCommandLineOption dark(u"dark"_s, u"Dark theme."_s);
    // For scripts (screenshots, the client_start benchmark): sign in as this person with this PIN.
    const QCommandLineOption signIn(u"sign-in"_s, u"Sign in at start: EMAIL:PIN."_s, u"EMAIL:PIN"_s);
    const QCommandLineOption openShift(u"open-shift"_s, u"Open the till's shift with this float when none is open."_s, u"AMOUNT"_s);
    // The client_start benchmark: print when the Sell screen is on screen and ready for a scan,
    // with the resident memory then, and exit.
    const QCommandLineOption exitWhenInteractive(u"exit-when-interactive"_s, u"Report the start-up time and memory, then exit."_s);
    // Its baseline: the same process showing a bare Qt Quick window with one text field.
    const QCommandLineOption bareWindow(u"bare-window"_s, u"Show only a bare Qt Quick window (the client_start baseline)."_s);
    parser.addOptions({demo, database, shop, selfTest, language, dark, signIn, openShift, exitWhenInteractive, bareWindow});
    parser.process(app);

    if (!kassa::initializeCrypto()) {
        QTextStream(stderr) << "kassa: libsodium failed to initialise\n";
        return 1;
    }
    QQuickStyle::setStyle(u"Basic"_s);

    kassa::ui::ClientApp client;
    kassa::ui::ClientSession *session = client.session();
    if (parser.isSet(language)) {
        session->setLanguage(parser.value(language));
    }
    if (parser.isSet(dark)) {
        session->setDarkTheme(true);
    }
    if (parser.isSet(selfTest)) {
        return kassa::ui::runSelfTest(client, parser.value(database));
    }
    if (parser.isSet(bareWindow)) {
        // The baseline opens nothing of Kassa's: only Qt Quick's own start-up is measured.
    } else if (parser.isSet(database)) {
        session->openTerminal(parser.value(database), parser.value(shop), parser.isSet(demo));
    } else if (parser.isSet(demo)) {
        session->startDemo();
    } else {
        session->openRemembered();
    }
    if (parser.isSet(signIn) && session->state() == kassa::ui::ClientSession::Ready) {
        const QString value = parser.value(signIn);
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon <= 0 || !session->signInWithEmailAndPin(value.left(colon), value.mid(colon + 1))) {
            QTextStream(stderr) << "kassa: --sign-in " << value << ": " << session->errorMessage() << "\n";
            return 2;
        }
    }

    if (parser.isSet(openShift) && session->isSignedIn() && !client.shift()->isOpen() && !client.shift()->openShift(parser.value(openShift))) {
        QTextStream(stderr) << "kassa: --open-shift: " << client.shift()->errorMessage() << "\n";
        return 2;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    session->setEngine(&engine);
    if (parser.isSet(bareWindow)) {
        engine.loadData("import QtQuick\nimport QtQuick.Controls.Basic\nApplicationWindow { width: 1280; height: 800; visible: true; "
                        "TextField { focus: true; placeholderText: \"scan\" } }");
    } else {
        engine.load(QUrl(u"qrc:/Kassa/App/Main.qml"_s));
    }
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    if (parser.isSet(exitWhenInteractive)) {
        // The first frame on screen after the Sell screen (or the bare window) was built.
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [window] {
            QTextStream(stdout) << "interactive " << residentKilobytes() << " kB" << Qt::endl;
            window->disconnect();
            QCoreApplication::exit(0);
        }, Qt::QueuedConnection);
    }
    return QGuiApplication::exec();
}
