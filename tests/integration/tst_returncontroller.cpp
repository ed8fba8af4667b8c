// The Returns screen's controller over a real terminal database: returns against the original sale
// (partial, in parts that add up, never more than was sold), refund to the original tenders or to
// store credit, restock or write-off, voids with a manager's approval, and the lines model under
// QAbstractItemModelTester.
#include "posfixture.h"

#include "clientapp.h"
#include "clientsession.h"
#include "returncontroller.h"
#include "sellcontroller.h"
#include "shiftcontroller.h"

#include "sales/storecreditledger.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::ui::ClientApp;
using kassa::ui::ReturnLinesModel;

class TestReturnController : public QObject
{
    Q_OBJECT

    std::unique_ptr<PosFixture> m_fixture;
    std::unique_ptr<ClientApp> m_client;
    QString m_shirt;
    QString m_mug;

    kassa::ui::ReturnController *returns() const { return m_client->returns(); }

    // Sells 3 shirts (20.00) and 2 mugs (8.50) for cash; returns the receipt number.
    QString sell(const QString &customerId = {})
    {
        kassa::ui::SellController *sell = m_client->sell();
        for (const QString &code : {u"SHIRT-M"_s, u"SHIRT-M"_s, u"SHIRT-M"_s, u"MUG"_s, u"MUG"_s}) {
            if (!sell->scan(code)) {
                qWarning() << sell->errorMessage();
                return {};
            }
        }
        if (!customerId.isEmpty() && !sell->attachCustomer(customerId, u"Grete"_s)) {
            return {};
        }
        if (!sell->addTender(u"cash"_s, u"100"_s) || !sell->complete()) {
            qWarning() << sell->errorMessage();
            return {};
        }
        return sell->lastReceiptNumber();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<PosFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->problem()));
        m_shirt = m_fixture->item(u"SHIRT-M"_s, 2000);
        m_mug = m_fixture->item(u"MUG"_s, 850);
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT slug FROM shops WHERE id = ?"_s);
        query.addBindValue(m_fixture->shopId);
        QVERIFY(query.exec() && query.next());
        m_client = std::make_unique<ClientApp>();
        QVERIFY(m_client->session()->openTerminal(m_fixture->path(), query.value(0).toString()));
        QVERIFY(m_client->session()->signInWithPin(m_fixture->cashier.userId, PosFixture::kCashierPin));
        QVERIFY(m_client->shift()->openShift(u"50"_s));
        new QAbstractItemModelTester(returns()->lines(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_client.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void partialReturnsAddUpToTheLine()
    {
        const QString receipt = sell();
        QVERIFY(!receipt.isEmpty());
        QVERIFY(!returns()->find(u"NOPE-1-000001"_s));
        QVERIFY(returns()->errorMessage().contains(u"NOPE-1-000001"_s));
        QVERIFY2(returns()->find(receipt.toLower()), qPrintable(returns()->errorMessage())); // a typed number in any case
        QCOMPARE(returns()->lines()->rowCount(), 2);
        const int shirtRow = returns()->lines()->index(0).data(ReturnLinesModel::SoldRole).toLongLong() == 3 ? 0 : 1;
        QVERIFY(!returns()->setReturnQuantity(shirtRow, 4)); // more than was sold
        QVERIFY(returns()->setReturnQuantity(shirtRow, 1));
        QCOMPARE(returns()->refundTotal(), 2000);
        QVERIFY(returns()->setReason(shirtRow, u"Wrong size"_s));
        QSignalSpy completed(returns(), &kassa::ui::ReturnController::returnCompleted);
        QVERIFY2(returns()->commit(), qPrintable(returns()->errorMessage()));
        QCOMPARE(completed.count(), 1);
        QVERIFY(!returns()->found());
        // The rest, in two more returns: never more than what is left.
        QVERIFY(returns()->find(receipt));
        QCOMPARE(returns()->lines()->index(shirtRow).data(ReturnLinesModel::AlreadyReturnedRole).toLongLong(), 1);
        QCOMPARE(returns()->lines()->index(shirtRow).data(ReturnLinesModel::ReturnableRole).toLongLong(), 2);
        QVERIFY(!returns()->setReturnQuantity(shirtRow, 3));
        returns()->returnEverything(u"Changed mind"_s);
        QCOMPARE(returns()->refundTotal(), 2 * 2000 + 2 * 850);
        QVERIFY(returns()->commit());
        QVERIFY(returns()->find(receipt));
        for (int i = 0; i < returns()->lines()->rowCount(); ++i) {
            QCOMPARE(returns()->lines()->index(i).data(ReturnLinesModel::ReturnableRole).toLongLong(), 0);
        }
        // The returns together refund the sale exactly, and the stock is back on the floor.
        QCOMPARE(m_fixture->scalar(u"SELECT SUM(total) FROM sales WHERE kind = 'return'"_s), -(3 * 2000 + 2 * 850));
        QCOMPARE(m_fixture->onHand(m_shirt), 1000);
        QCOMPARE(m_fixture->onHand(m_mug), 1000);
    }

    void writeOffAndStoreCredit()
    {
        const QString customer = m_fixture->customer(u"Grete"_s);
        const QString receipt = sell(customer);
        QVERIFY(returns()->find(receipt));
        QVERIFY(returns()->hasCustomer());
        const int shirtRow = returns()->lines()->index(0).data(ReturnLinesModel::SoldRole).toLongLong() == 3 ? 0 : 1;
        QVERIFY(returns()->setReturnQuantity(shirtRow, 1));
        QVERIFY(returns()->setRestock(shirtRow, false)); // defective: written off
        QVERIFY(returns()->setReason(shirtRow, u"Defective"_s));
        returns()->setRefundMethod(u"store_credit"_s);
        QCOMPARE(returns()->refundMethod(), u"store_credit"_s);
        QCOMPARE(returns()->refundTenders().size(), 1);
        QCOMPARE(returns()->refundTenders().first().toMap().value(u"kind"_s).toString(), u"store_credit"_s);
        QVERIFY2(returns()->commit(), qPrintable(returns()->errorMessage()));
        QCOMPARE(kassa::StoreCreditLedger::balance(m_fixture->database(), m_fixture->companyId, customer), 2000);
        QCOMPARE(m_fixture->onHand(m_shirt), 1000 - 3); // nothing went back on the shelf
    }

    void voidNeedsAManager()
    {
        const QString receipt = sell();
        QVERIFY(returns()->find(receipt));
        QVERIFY(!returns()->voidSale({}, {}, u"customer changed her mind at once"_s)); // a cashier may not void
        QVERIFY(returns()->found());
        QVERIFY(!returns()->voidSale(m_fixture->manager.userId, u"0000"_s, u"x"_s));
        QVERIFY2(returns()->voidSale(m_fixture->manager.userId, PosFixture::kManagerPin, u"customer changed her mind at once"_s),
                 qPrintable(returns()->errorMessage()));
        QVERIFY(returns()->find(receipt));
        QVERIFY(returns()->originalVoided());
        QCOMPARE(m_fixture->onHand(m_shirt), 1000);
        // A void or a return is no sale to return against.
        const QVariantList recent = returns()->recentSales();
        QVERIFY(recent.size() >= 2);
        QCOMPARE(recent.first().toMap().value(u"kind"_s).toString(), u"void"_s);
        QVERIFY(!returns()->find(recent.first().toMap().value(u"receiptNumber"_s).toString()));
    }
};

QTEST_MAIN(TestReturnController)
#include "tst_returncontroller.moc"
