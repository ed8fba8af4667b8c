// Qt Quick Test runner for tests/qml/tst_*.qml: the real screens (Kassa.App) over a real terminal
// database. The setup seeds a small demo data set with kassactl, opens the terminal at Nordwind's
// Berlin shop, signs the cashier in and opens a shift; `testData` tells the QML tests which
// barcodes have stock there.
#include "clientapp.h"
#include "clientsession.h"
#include "sellcontroller.h"
#include "shiftcontroller.h"

#include "security/passwords.h"

#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Kassa_UiPlugin)
Q_IMPORT_QML_PLUGIN(Kassa_AppPlugin)

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        kassa::initializeCrypto();
        const QString path = m_dir.filePath(u"terminal.db"_s);
        QProcess seed;
        seed.setProcessChannelMode(QProcess::MergedChannels);
        seed.start(QStringLiteral(KASSACTL_PATH), {u"--database"_s, path, u"seed"_s, u"--demo"_s, u"--companies"_s, u"1"_s, u"--shops"_s, u"1"_s,
                                                   u"--variants"_s, u"400"_s, u"--sales-lines"_s, u"600"_s, u"--days"_s, u"10"_s});
        if (!seed.waitForFinished(120000) || seed.exitCode() != 0) {
            qFatal("kassactl seed failed: %s", seed.readAll().constData());
        }
        m_client = new kassa::ui::ClientApp(this);
        kassa::ui::ClientSession *session = m_client->session();
        if (!session->openTerminal(path, u"nordwind-berlin-mitte"_s) || !session->signInWithEmailAndPin(u"cashier@nordwind.example"_s, u"1234"_s)) {
            qFatal("the terminal did not open: %s", qPrintable(session->errorMessage()));
        }
        if (!m_client->shift()->openShift(u"100"_s)) {
            qFatal("no shift: %s", qPrintable(m_client->shift()->errorMessage()));
        }
        // Cheap articles with stock on the shop floor, so a 50 note pays for any two of them.
        QSqlQuery query(session->context().database->connection());
        query.exec(u"SELECT b.code, v.price FROM barcodes b JOIN variants v ON v.id = b.variant_id JOIN stock_levels l ON l.variant_id = v.id "
                   "JOIN locations o ON o.id = l.location_id JOIN shops s ON s.id = o.shop_id "
                   "WHERE s.slug = 'nordwind-berlin-mitte' AND o.sellable = 1 AND l.available > 5 AND b.kind = 'ean13' AND v.price BETWEEN 100 AND 2000 "
                   "ORDER BY b.code LIMIT 4"_s);
        QVariantList barcodes;
        while (query.next()) {
            barcodes << query.value(0).toString();
        }
        if (barcodes.size() < 4) {
            qFatal("the demo data has no cheap articles in stock");
        }
        QString managerId;
        query.exec(u"SELECT id FROM users WHERE email = 'manager@nordwind.example'"_s);
        if (query.next()) {
            managerId = query.value(0).toString();
        }
        m_data = QVariantMap{{u"barcodes"_s, barcodes}, {u"managerId"_s, managerId}, {u"pin"_s, u"1234"_s}};
    }

    // Before the application goes: the session closes its database while Qt is still there.
    void cleanupTestCase()
    {
        delete m_client;
        m_client = nullptr;
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        engine->rootContext()->setContextProperty(u"testData"_s, m_data);
        m_client->session()->setEngine(engine);
    }

private:
    QTemporaryDir m_dir;
    kassa::ui::ClientApp *m_client = nullptr;
    QVariantMap m_data;
};

QUICK_TEST_MAIN_WITH_SETUP(kassa_qml, Setup)
#include "tst_qml.moc"
