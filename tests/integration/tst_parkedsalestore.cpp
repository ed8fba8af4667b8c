// Carts that are not sales yet: the open cart saved on every change, parked and resumed, and what a
// crash leaves: after a restart, and after a real kill -9 of a till in the middle of selling, every
// committed sale is intact and the cart that was open comes back parked.

#include "posfixture.h" // a till on TestFixture (testfixture.h), so this also runs as <name>_postgres

#include "ops/integritycheck.h"
#include "sales/parkedsalestore.h"
#include "sales/saleservice.h"
#include "security/passwords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using kassa::ServiceError;

namespace
{

// The till a crash test kills: it sells one item after another, each cart saved as open before
// it is committed, and says each receipt number once its sale has committed.
int runTill()
{
    QString error;
    std::unique_ptr<kassa::Database> database = kassa::Database::open(qEnvironmentVariable("KASSA_POS_CHILD_DATABASE"), &error);
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    context.database = database.get();
    context.clock = &clock;
    if (!database || !kassa::initializeCrypto() || !kassa::ensureLocalDevice(*database, u"terminal"_s, u"till"_s, &context.deviceId, &clock, &error)) {
        return 2;
    }
    kassa::Actor cashier;
    cashier.userId = qEnvironmentVariable("KASSA_POS_CHILD_USER");
    cashier.companyId = qEnvironmentVariable("KASSA_POS_CHILD_COMPANY");
    cashier.shopId = qEnvironmentVariable("KASSA_POS_CHILD_SHOP");
    cashier.role = kassa::Role::ShopStaff;
    cashier.deviceId = context.deviceId;
    const QString variant = qEnvironmentVariable("KASSA_POS_CHILD_VARIANT");
    kassa::SaleService sales(context);
    kassa::ParkedSaleStore carts(context);
    QTextStream out(stdout);
    for (int i = 0; i < 100000; ++i) {
        kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(variant, 1 + i % 3) });
        ServiceError serviceError;
        if (!carts.saveOpen(cashier, draft, &serviceError)) {
            return 3;
        }
        draft.tenders = { PosFixture::cash(250 * (1 + i % 3)) };
        if (!carts.saveOpen(cashier, draft, &serviceError)) {
            return 3;
        }
        kassa::SaleRecord sale;
        if (!sales.commit(cashier, draft, &sale, &serviceError)) {
            out << "failed " << serviceError.message << "\n";
            out.flush();
            return 4;
        }
        out << "committed " << sale.id << " " << sale.receiptNumber << "\n";
        out.flush();
    }
    return 0;
}

} // namespace

class TestParkedSaleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveParkResumeDiscard();
    void approvalIsNeverStored();
    void commitRemovesTheOpenCart();
    void openCartComesBackAfterRestart();
    void killDuringSellingKeepsCommittedSales();

private:
    std::unique_ptr<PosFixture> m_fixture;
};

void TestParkedSaleStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestParkedSaleStore::init()
{
    m_fixture = std::make_unique<PosFixture>();
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->problem()));
    QVERIFY(m_fixture->openShift());
}

void TestParkedSaleStore::cleanup()
{
    m_fixture.reset();
}

void TestParkedSaleStore::saveParkResumeDiscard()
{
    PosFixture &f = *m_fixture;
    const QString milk = f.item(u"MILK"_s, 119);
    const QString eggs = f.item(u"EGGS"_s, 299);
    kassa::ParkedSaleStore carts(f.context());
    ServiceError error;

    kassa::SaleDraft first = PosFixture::cart({ PosFixture::line(milk, 2) });
    QVERIFY2(carts.saveOpen(f.cashier, first, &error), qPrintable(error.message));
    first.lines << PosFixture::line(eggs);
    first.lines[1].lineDiscount = 29;
    first.note = u"for Mrs Smith"_s;
    QVERIFY(carts.saveOpen(f.cashier, first, &error)); // every change overwrites the same row
    QVERIFY(carts.park(f.cashier, first.id, u"Mrs Smith, forgot her wallet"_s, &error));

    kassa::SaleDraft second = PosFixture::cart({ PosFixture::line(eggs, 6) });
    QVERIFY(carts.saveOpen(f.cashier, second, &error));
    QList<kassa::ParkedSale> listed = carts.list(f.cashier, &error);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0].id, second.id);
    QVERIFY(listed[0].open);
    QCOMPARE(listed[1].id, first.id);
    QVERIFY(!listed[1].open);
    QCOMPARE(listed[1].label, u"Mrs Smith, forgot her wallet"_s);
    QCOMPARE(listed[1].lineCount, 2);

    QVERIFY(carts.park(f.cashier, second.id, u"queue"_s, &error));
    kassa::SaleDraft resumed;
    QVERIFY2(carts.resume(f.cashier, first.id, &resumed, &error), qPrintable(error.message));
    QCOMPARE(resumed.id, first.id);
    QCOMPARE(resumed.lines.size(), 2);
    QCOMPARE(resumed.lines[1].variantId, eggs);
    QCOMPARE(resumed.lines[1].lineDiscount, 29);
    QCOMPARE(resumed.note, u"for Mrs Smith"_s);
    QVERIFY(carts.list(f.cashier, &error).first().open);

    // Throwing a cart with goods away leaves a trace in the audit log.
    QVERIFY(carts.discard(f.cashier, second.id, u"customer left"_s, &error));
    QCOMPARE(carts.list(f.cashier, &error).size(), 1);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'sale.discard' AND entity_id = ?"_s, { second.id }), 1);
    QVERIFY(!carts.discard(f.cashier, second.id, u"again"_s, &error));
    QCOMPARE(error.kind, ServiceError::Kind::NotFound);
    QVERIFY(!carts.park(f.cashier, kassa::newId(), {}, &error));
    QCOMPARE(error.kind, ServiceError::Kind::NotFound);
    QVERIFY(!carts.saveOpen(f.clerk, first, &error));
    QCOMPARE(error.kind, ServiceError::Kind::Forbidden);
}

void TestParkedSaleStore::approvalIsNeverStored()
{
    PosFixture &f = *m_fixture;
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(f.item(u"HAT"_s, 2500), 1, 1000) }, { PosFixture::cash(1500) });
    draft.approval = { f.manager.userId, PosFixture::kManagerPin };
    ServiceError error;
    QVERIFY(kassa::ParkedSaleStore(f.context()).saveOpen(f.cashier, draft, &error));
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"SELECT draft FROM parked_sales"_s) && query.next());
    const QString stored = query.value(0).toString();
    QVERIFY(!stored.contains(PosFixture::kManagerPin));
    QVERIFY(!stored.contains(f.manager.userId));
    // Everything else round-trips.
    const kassa::SaleDraft back = kassa::SaleDraft::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
    QCOMPARE(back.toJson(), draft.toJson());
    QVERIFY(!back.approval.isSet());
}

void TestParkedSaleStore::commitRemovesTheOpenCart()
{
    PosFixture &f = *m_fixture;
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(f.item(u"SALT"_s, 89), 2) }, { PosFixture::cash(200) });
    kassa::ParkedSaleStore carts(f.context());
    ServiceError error;
    QVERIFY(carts.saveOpen(f.cashier, draft, &error));
    QCOMPARE(f.rowCount(u"parked_sales"_s), 1);
    kassa::SaleRecord sale;
    QVERIFY2(kassa::SaleService(f.context()).commit(f.cashier, draft, &sale, &error), qPrintable(error.message));
    QCOMPARE(f.rowCount(u"parked_sales"_s), 0);
    QCOMPARE(sale.id, draft.id);
}

void TestParkedSaleStore::openCartComesBackAfterRestart()
{
    PosFixture &f = *m_fixture;
    const QString oil = f.item(u"OIL"_s, 699);
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(oil, 2) });
    ServiceError error;
    QVERIFY(kassa::ParkedSaleStore(f.context()).saveOpen(f.cashier, draft, &error));

    // The program ends without committing; at the next start the open cart is parked.
    f.database().closeAll();
    QString openError;
    std::unique_ptr<kassa::Database> reopened = kassa::Database::open(f.path(), &openError);
    QVERIFY2(reopened, qPrintable(openError));
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    context.database = reopened.get();
    context.clock = &clock;
    QVERIFY(kassa::ensureLocalDevice(*reopened, u"terminal"_s, u"test terminal"_s, &context.deviceId, &clock, &openError));
    kassa::ParkedSaleStore carts(context);
    QCOMPARE(carts.recoverAfterCrash(f.cashier, &error), 1);
    QCOMPARE(carts.recoverAfterCrash(f.cashier, &error), 0);
    const QList<kassa::ParkedSale> listed = carts.list(f.cashier, &error);
    QCOMPARE(listed.size(), 1);
    QVERIFY(!listed[0].open);
    QCOMPARE(listed[0].label, u"recovered"_s);
    QCOMPARE(listed[0].draft.lines.size(), 1);
    QCOMPARE(listed[0].draft.lines[0].quantity, 2);
    // Resumed and sold, it is the same sale.
    kassa::SaleDraft resumed;
    QVERIFY(carts.resume(f.cashier, draft.id, &resumed, &error));
    resumed.tenders = { PosFixture::cash(1398) };
    kassa::SaleRecord sale;
    QVERIFY2(kassa::SaleService(context).commit(f.cashier, resumed, &sale, &error), qPrintable(error.message));
    QCOMPARE(sale.id, draft.id);
    QCOMPARE(carts.list(f.cashier, &error).size(), 0);
    reopened->closeAll();
}

void TestParkedSaleStore::killDuringSellingKeepsCommittedSales()
{
    PosFixture &f = *m_fixture;
    const QString gum = f.item(u"GUM"_s, 250, 1900, 1, u"piece"_s, 1000000);
    const qint64 salesBefore = f.rowCount(u"sales"_s);
    // The fixture lets go of the file while the till runs, as a second program would.
    f.database().closeAll();

    QProcess till;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KASSA_POS_CHILD_DATABASE"_s, f.path());
    environment.insert(u"KASSA_POS_CHILD_USER"_s, f.cashier.userId);
    environment.insert(u"KASSA_POS_CHILD_COMPANY"_s, f.companyId);
    environment.insert(u"KASSA_POS_CHILD_SHOP"_s, f.shopId);
    environment.insert(u"KASSA_POS_CHILD_VARIANT"_s, gum);
    till.setProcessEnvironment(environment);
    till.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(till.waitForStarted(), qPrintable(till.errorString()));

    // Let it sell for a while, then kill it mid-stride: SIGKILL, no chance to tidy up.
    QStringList committed;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (committed.size() < 40 && timer.elapsed() < 60000 && till.state() == QProcess::Running) {
        till.waitForReadyRead(1000);
        pending += till.readAllStandardOutput();
        while (pending.contains('\n')) {
            const qsizetype end = pending.indexOf('\n');
            const QString line = QString::fromUtf8(pending.left(end));
            pending.remove(0, end + 1);
            QVERIFY2(line.startsWith(u"committed "_s), qPrintable(line));
            committed << line.section(u' ', 1, 1);
        }
    }
    QVERIFY2(committed.size() >= 40, qPrintable(QString::fromUtf8(till.readAllStandardError())));
    QTest::qWait(int(QRandomGenerator::global()->bounded(3, 30)));
    till.kill();
    QVERIFY(till.waitForFinished(10000));
    QCOMPARE(till.exitStatus(), QProcess::CrashExit);
    pending += till.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (line.startsWith("committed ")) {
            committed << QString::fromUtf8(line).section(u' ', 1, 1);
        }
    }

    // Every sale the till reported is there, whole; the file is sound; numbers have no gaps.
    const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    for (const QString &id : std::as_const(committed)) {
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, { id }), 1);
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ?"_s, { id }), 1);
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM stock_movements WHERE ref_id = ?"_s, { id }), 1);
    }
    const qint64 sales = f.rowCount(u"sales"_s) - salesBefore;
    QVERIFY(sales >= committed.size());
    QVERIFY(sales <= committed.size() + 1); // the last one may have committed before it could say so
    QCOMPARE(f.scalar(u"SELECT receipt_counter FROM local_device"_s), sales);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM outbox WHERE type = 'sale.committed'"_s), sales);
    QCOMPARE(f.onHand(gum), 1000000 - f.scalar(u"SELECT SUM(quantity) FROM sale_lines"_s));

    // The cart the till was ringing up comes back parked, unless it had just been committed.
    ServiceError error;
    kassa::ParkedSaleStore carts(f.context());
    const int recovered = carts.recoverAfterCrash(f.cashier, &error);
    QVERIFY(recovered == 0 || recovered == 1);
    const QList<kassa::ParkedSale> parked = carts.list(f.cashier, &error);
    QCOMPARE(parked.size(), recovered);
    if (recovered == 1) {
        QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, { parked[0].id }), 0);
        QCOMPARE(parked[0].label, u"recovered"_s);
        QCOMPARE(parked[0].draft.lines.size(), 1);
    }
    qInfo("killed after %lld reported sales (%lld in the database), %d cart recovered", qint64(committed.size()), sales, recovered);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("KASSA_POS_CHILD_DATABASE")) {
        return runTill();
    }
    TestParkedSaleStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_parkedsalestore.moc"
