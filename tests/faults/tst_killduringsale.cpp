// kill -9 in the middle of selling: a till process rings up and commits sales as fast as it can and
// is killed at a random moment, several times over. Afterwards every sale it reported committed is
// there with its lines, tenders and stock movements, the database passes the integrity check
// (ledger == levels, gapless outbox), receipt numbers have no gaps, and the cart that was open
// comes back parked at the next sign-in.
//
// The till is this test binary run again with KASSA_FAULT_CHILD set: a real ClientApp on the file.
#include "../integration/posfixture.h"

#include "clientapp.h"
#include "clientsession.h"
#include "sellcontroller.h"
#include "shiftcontroller.h"

#include "ops/integritycheck.h"
#include "security/passwords.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace
{

// The till: sells until killed. Prints "COMMITTED <sale id>" after each commit returned and
// "CART <id>" before a new cart gets its first line (so the parent knows what may be open).
int runTill(const QString &path, const QString &shopSlug, const QString &cashierId, const QString &pin)
{
    QTextStream out(stdout);
    kassa::ui::ClientApp client;
    kassa::ui::ClientSession *session = client.session();
    if (!session->openTerminal(path, shopSlug) || !session->signInWithPin(cashierId, pin)) {
        out << "FAILED " << session->errorMessage() << Qt::endl;
        return 1;
    }
    kassa::ui::SellController *sell = client.sell();
    if (!sell->shiftOpen() && !client.shift()->openShift(u"100"_s)) {
        out << "FAILED " << client.shift()->errorMessage() << Qt::endl;
        return 1;
    }
    out << "READY" << Qt::endl;
    const QStringList codes = {u"SHIRT-M"_s, u"BREAD"_s, u"MUG"_s};
    for (quint32 round = 0;; ++round) {
        // Announced before its first line is saved: a kill right after that save leaves it open.
        out << "CART " << sell->saleId() << Qt::endl;
        for (int line = 0; line < 3; ++line) {
            if (!sell->scan(codes.at(int((round + line) % codes.size())))) {
                out << "FAILED " << sell->errorMessage() << Qt::endl;
                return 1;
            }
        }
        if (!sell->addTender(u"cash"_s, QString()) || !sell->complete()) {
            out << "FAILED " << sell->errorMessage() << Qt::endl;
            return 1;
        }
        out << "COMMITTED " << sell->lastSaleId() << Qt::endl;
    }
}

} // namespace

class TestKillDuringSale : public QObject
{
    Q_OBJECT

    std::unique_ptr<PosFixture> m_fixture;
    QString m_shopSlug;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture = std::make_unique<PosFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->problem()));
        m_fixture->item(u"SHIRT-M"_s, 2000, 1900, 1, u"piece"_s, 100000);
        m_fixture->item(u"BREAD"_s, 350, 700, 1, u"piece"_s, 100000);
        m_fixture->item(u"MUG"_s, 850, 1900, 1, u"piece"_s, 100000);
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT slug FROM shops WHERE id = ?"_s);
        query.addBindValue(m_fixture->shopId);
        QVERIFY(query.exec() && query.next());
        m_shopSlug = query.value(0).toString();
    }

    void killedTillsLoseNothing()
    {
        QSet<QString> committed;
        QSet<QString> carts;
        QRandomGenerator random(20261122);
        for (int kill = 0; kill < 6; ++kill) {
            QProcess till;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"KASSA_FAULT_CHILD"_s, m_fixture->path());
            environment.insert(u"KASSA_FAULT_SHOP"_s, m_shopSlug);
            environment.insert(u"KASSA_FAULT_CASHIER"_s, m_fixture->cashier.userId);
            environment.insert(u"KASSA_FAULT_PIN"_s, PosFixture::kCashierPin);
            till.setProcessEnvironment(environment);
            till.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(till.waitForStarted());
            QElapsedTimer timer;
            timer.start();
            QByteArray output;
            while (!output.contains("READY") && timer.elapsed() < 20000) {
                till.waitForReadyRead(100);
                output += till.readAllStandardOutput();
            }
            QVERIFY2(output.contains("READY"), output.constData());
            // Let it sell for a while, then pull the plug: SIGKILL, no cleanup of any kind.
            QTest::qWait(150 + int(random.bounded(400)));
            ::kill(pid_t(till.processId()), SIGKILL);
            QVERIFY(till.waitForFinished(5000));
            output += till.readAllStandardOutput();
            QVERIFY2(!output.contains("FAILED"), output.constData());
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("COMMITTED ")) {
                    committed.insert(QString::fromLatin1(line.mid(10)));
                } else if (line.startsWith("CART ")) {
                    carts.insert(QString::fromLatin1(line.mid(5)));
                }
            }
        }
        QVERIFY2(committed.size() >= 6, "the tills sold something before they were killed");

        // Every reported sale is there, whole: its lines, its tender, its stock movements.
        for (const QString &saleId : std::as_const(committed)) {
            QCOMPARE(m_fixture->scalar(u"SELECT COUNT(*) FROM sale_lines WHERE sale_id = ?"_s, {saleId}), 3);
            QCOMPARE(m_fixture->scalar(u"SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ?"_s, {saleId}), 1);
            QCOMPARE(m_fixture->scalar(u"SELECT COUNT(*) FROM stock_movements WHERE ref_id = ?"_s, {saleId}), 3);
        }
        // Nothing else was half-written: every sale in the database is complete too.
        QCOMPARE(m_fixture->scalar(u"SELECT COUNT(*) FROM sales s WHERE (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id) <> 3"_s), 0);
        const qint64 sales = m_fixture->scalar(u"SELECT COUNT(*) FROM sales"_s);
        QVERIFY(sales >= committed.size());
        // Receipt numbers: one counter, no gaps, never repeated.
        QCOMPARE(m_fixture->scalar(u"SELECT COUNT(DISTINCT receipt_number) FROM sales"_s), sales);
        const kassa::IntegrityReport report = kassa::checkIntegrity(m_fixture->database());
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u"\n"_s)));

        // The cart that was open when the last till died comes back parked.
        kassa::ui::ClientApp client;
        QVERIFY(client.session()->openTerminal(m_fixture->path(), m_shopSlug));
        QVERIFY(client.session()->signInWithPin(m_fixture->cashier.userId, PosFixture::kCashierPin));
        const qint64 open = m_fixture->scalar(u"SELECT COUNT(*) FROM parked_sales WHERE state = 'open'"_s);
        QCOMPARE(open, 0);
        qInfo("%lld sales committed by 6 tills killed with SIGKILL; %d cart(s) came back parked", qint64(committed.size()), client.sell()->parked()->rowCount());
        QVERIFY(client.sell()->parked()->rowCount() <= 6);
        for (int row = 0; row < client.sell()->parked()->rowCount(); ++row) {
            const QString parkedId = client.sell()->parked()->index(row).data(kassa::ui::ParkedSalesModel::SaleIdRole).toString();
            QVERIFY2(carts.contains(parkedId), "a parked cart is one the tills had open");
            QVERIFY2(!committed.contains(parkedId), "a committed sale is never parked as well");
        }
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    kassa::initializeCrypto();
    const QString child = qEnvironmentVariable("KASSA_FAULT_CHILD");
    if (!child.isEmpty()) {
        QStandardPaths::setTestModeEnabled(true);
        return runTill(child, qEnvironmentVariable("KASSA_FAULT_SHOP"), qEnvironmentVariable("KASSA_FAULT_CASHIER"), qEnvironmentVariable("KASSA_FAULT_PIN"));
    }
    TestKillDuringSale test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killduringsale.moc"
