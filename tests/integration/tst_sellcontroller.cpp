// The Sell screen's controller over a real terminal database: cart arithmetic (tax inclusive and
// exclusive, discounts, rounding, split tenders, change), scanning, approvals, parking, the open
// cart surviving a restart, and every model under QAbstractItemModelTester.
#include "posfixture.h"

#include "clientapp.h"
#include "clientsession.h"
#include "sellcontroller.h"
#include "shiftcontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::ui::ClientApp;

class TestSellController : public QObject
{
    Q_OBJECT

    std::unique_ptr<PosFixture> m_fixture;
    std::unique_ptr<ClientApp> m_client;
    QString m_shirt; // 20.00 at 19 %, barcode 4006381333931
    QString m_bread; // 3.50 at 7 %
    QString m_cheese; // 24.90 per kg, sold by the gram, barcode item code 12345

    kassa::ui::SellController *sell() const { return m_client->sell(); }
    kassa::ui::ClientSession *session() const { return m_client->session(); }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    QString shopSlug()
    {
        QSqlQuery query(m_fixture->database().connection());
        query.prepare(u"SELECT slug FROM shops WHERE id = ?"_s);
        query.addBindValue(m_fixture->shopId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    void startClient()
    {
        m_client = std::make_unique<ClientApp>();
        QVERIFY2(session()->openTerminal(m_fixture->path(), shopSlug()), qPrintable(session()->errorMessage()));
        QVERIFY2(session()->signInWithPin(m_fixture->cashier.userId, PosFixture::kCashierPin), qPrintable(session()->errorMessage()));
        // Every model the screens show, checked on every change it makes.
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{sell()->cart(), sell()->tenders(), sell()->search(), sell()->parked(),
                                                                                      session()->staff()}) {
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_client.get());
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture = std::make_unique<PosFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->problem()));
        m_shirt = m_fixture->item(u"SHIRT-M"_s, 2000, 1900, 1, u"piece"_s, 100, u"4006381333931"_s);
        m_bread = m_fixture->item(u"BREAD"_s, 350, 700);
        m_cheese = m_fixture->item(u"CHEESE"_s, 2490, 700, 1000, u"g"_s, 50000);
        exec(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (?, '12345', ?, 'internal')"_s, {m_fixture->companyId, m_cheese});
        startClient();
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void sellingNeedsAnOpenShift()
    {
        QVERIFY(!sell()->shiftOpen());
        QVERIFY(!sell()->scan(u"4006381333931"_s));
        QCOMPARE(sell()->errorMessage(), u"Open a shift first."_s);
        QVERIFY2(m_client->shift()->openShift(u"150,00"_s), qPrintable(m_client->shift()->errorMessage()));
        QVERIFY(sell()->shiftOpen());
        QCOMPARE(m_client->shift()->openingFloat(), 15000);
        QVERIFY2(sell()->scan(u"4006381333931"_s), qPrintable(sell()->errorMessage()));
        QCOMPARE(sell()->lineCount(), 1);
    }

    void cartArithmetic_data()
    {
        QTest::addColumn<bool>("pricesIncludeTax");
        QTest::addColumn<QStringList>("scans"); // barcode or SKU per scan
        QTest::addColumn<QString>("lineDiscount"); // on the first line
        QTest::addColumn<QString>("cartDiscount");
        QTest::addColumn<QStringList>("tenders"); // kind:amount[:reference]
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("amountDue");
        QTest::addColumn<qint64>("change");

        QTest::newRow("inclusive-one-shirt-exact-cash") << true << QStringList{u"4006381333931"_s} << QString() << QString() << QStringList{u"cash:20"_s}
                                                        << qint64(2000) << qint64(319) << qint64(0) << qint64(0);
        QTest::newRow("inclusive-two-rates-change") << true << QStringList{u"SHIRT-M"_s, u"BREAD"_s} << QString() << QString() << QStringList{u"cash:50"_s}
                                                    << qint64(2350) << qint64(319 + 23) << qint64(0) << qint64(2650);
        QTest::newRow("exclusive-tax-added") << false << QStringList{u"SHIRT-M"_s} << QString() << QString() << QStringList{} << qint64(2380) << qint64(380)
                                             << qint64(2380) << qint64(0);
        QTest::newRow("line-discount-percent") << true << QStringList{u"SHIRT-M"_s, u"SHIRT-M"_s} << u"10%"_s << QString() << QStringList{u"card:36:VISA 4242 auth 0815"_s}
                                               << qint64(3600) << qint64(575) << qint64(0) << qint64(0);
        QTest::newRow("cart-discount-amount-spread") << true << QStringList{u"SHIRT-M"_s, u"BREAD"_s} << QString() << u"1,00"_s << QStringList{} << qint64(2250)
                                                     << qint64(306 + 22) << qint64(2250) << qint64(0);
        QTest::newRow("split-card-then-cash-change") << true << QStringList{u"SHIRT-M"_s, u"BREAD"_s} << QString() << QString()
                                                     << QStringList{u"card:10:MC 5454 auth 77"_s, u"cash:20"_s} << qint64(2350) << qint64(342) << qint64(0) << qint64(650);
        QTest::newRow("partly-paid") << true << QStringList{u"SHIRT-M"_s} << QString() << QString() << QStringList{u"card:5:VISA 4242 auth 0816"_s} << qint64(2000) << qint64(319)
                                     << qint64(1500) << qint64(0);
        // A scale's label: prefix 20 (the price is embedded), item 12345, price 003.00, check digit 2.
        QTest::newRow("price-embedded-label") << true << QStringList{u"2012345003002"_s} << QString() << QString() << QStringList{u"cash:3"_s}
                                              << qint64(300) << qint64(20) << qint64(0) << qint64(0);
    }
    void cartArithmetic()
    {
        QFETCH(bool, pricesIncludeTax);
        QFETCH(QStringList, scans);
        QFETCH(QString, lineDiscount);
        QFETCH(QString, cartDiscount);
        QFETCH(QStringList, tenders);
        QFETCH(qint64, total);
        QFETCH(qint64, tax);
        QFETCH(qint64, amountDue);
        QFETCH(qint64, change);
        exec(u"UPDATE shops SET prices_include_tax = ? WHERE id = ?"_s, {pricesIncludeTax ? 1 : 0, m_fixture->shopId});
        QVERIFY(m_client->shift()->openShift(u"100"_s));
        for (const QString &code : std::as_const(scans)) {
            QVERIFY2(sell()->scan(code), qPrintable(code + u": "_s + sell()->errorMessage()));
        }
        if (!lineDiscount.isEmpty()) {
            QVERIFY2(sell()->setLineDiscount(0, lineDiscount), qPrintable(sell()->errorMessage()));
        }
        if (!cartDiscount.isEmpty()) {
            QVERIFY2(sell()->setCartDiscount(cartDiscount), qPrintable(sell()->errorMessage()));
        }
        for (const QString &tender : std::as_const(tenders)) {
            const QStringList parts = tender.split(u':');
            QVERIFY2(sell()->addTender(parts.at(0), parts.at(1), parts.value(2)), qPrintable(tender + u": "_s + sell()->errorMessage()));
        }
        QCOMPARE(sell()->total(), total);
        QCOMPARE(sell()->taxTotal(), tax);
        QCOMPARE(sell()->amountDue(), amountDue);
        QCOMPARE(sell()->change(), change);
        QCOMPARE(sell()->cart()->rowCount(), sell()->lineCount());
        qint64 lines = 0;
        for (int row = 0; row < sell()->cart()->rowCount(); ++row) {
            lines += sell()->cart()->index(row).data(kassa::ui::CartModel::LineTotalRole).toLongLong();
        }
        QCOMPARE(lines, total);
        if (amountDue == 0) {
            const qint64 salesBefore = m_fixture->scalar(u"SELECT COUNT(*) FROM sales"_s);
            QSignalSpy completed(sell(), &kassa::ui::SellController::saleCompleted);
            QVERIFY2(sell()->complete(), qPrintable(sell()->errorMessage()));
            QCOMPARE(completed.count(), 1);
            QCOMPARE(m_fixture->scalar(u"SELECT COUNT(*) FROM sales"_s), salesBefore + 1);
            QCOMPARE(m_fixture->scalar(u"SELECT total FROM sales WHERE id = ?"_s, {sell()->lastSaleId()}), total);
            QCOMPARE(sell()->lastChange(), change);
            QVERIFY(!sell()->lastReceiptNumber().isEmpty());
            QCOMPARE(sell()->lineCount(), 0); // the next customer's cart
        } else {
            QVERIFY(!sell()->complete());
            QVERIFY(sell()->errorMessage().contains(u"still due"_s));
        }
    }

    void scanningCountsUpAndRefusesUnknownCodes()
    {
        QVERIFY(m_client->shift()->openShift(u"0"_s));
        QSignalSpy failed(sell(), &kassa::ui::SellController::scanFailed);
        QVERIFY(sell()->scan(u"4006381333931"_s));
        QVERIFY(sell()->scan(u"4006381333931"_s));
        QCOMPARE(sell()->lineCount(), 1);
        QCOMPARE(sell()->cart()->index(0).data(kassa::ui::CartModel::QuantityRole).toLongLong(), 2);
        QCOMPARE(sell()->cart()->index(0).data(kassa::ui::CartModel::AvailableRole).toLongLong(), 100);
        QVERIFY(!sell()->scan(u"0000000000000"_s));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(sell()->lineCount(), 1);
        QVERIFY(sell()->errorMessage().contains(u"0000000000000"_s));
        // Two scale labels are two lines, whatever they weigh.
        QVERIFY(sell()->scan(u"2012345003002"_s));
        QVERIFY(sell()->scan(u"2012345003002"_s));
        QCOMPARE(sell()->lineCount(), 3);
        QVERIFY(sell()->cart()->index(2).data(kassa::ui::CartModel::LabelPricedRole).toBool());
        QVERIFY(!sell()->setQuantity(2, 5));
        QVERIFY(sell()->removeLine(1));
        QCOMPARE(sell()->lineCount(), 2);
    }

    void searchFindsWhatTheShopSells()
    {
        QVERIFY(m_client->shift()->openShift(u"0"_s));
        sell()->search()->setQuery(u"shirt"_s);
        QCOMPARE(sell()->search()->rowCount(), 1);
        QCOMPARE(sell()->search()->variantIdAt(0), m_shirt);
        QVERIFY(sell()->addVariant(sell()->search()->variantIdAt(0), 3));
        QCOMPARE(sell()->total(), 6000);
        sell()->search()->setQuery(u"\"*) OR ("_s);
        QVERIFY(sell()->search()->errorMessage().isEmpty());
    }

    void discountAboveTheLimitNeedsAManager()
    {
        QVERIFY(m_client->shift()->openShift(u"0"_s));
        QVERIFY(sell()->scan(u"SHIRT-M"_s));
        QVERIFY(sell()->setCartDiscount(u"50%"_s));
        QCOMPARE(sell()->total(), 1000);
        QVERIFY(sell()->needsApproval());
        QCOMPARE(sell()->approvalAction(), kassa::actionName(kassa::Action::DiscountAboveLimit));
        QVERIFY(sell()->addTender(u"cash"_s, QString()));
        QVERIFY(!sell()->complete());
        QVERIFY(!sell()->approve(m_fixture->manager.userId, u"0000"_s));
        QVERIFY(!sell()->approve(m_fixture->colleague.userId, PosFixture::kColleaguePin)); // a cashier cannot approve
        QVERIFY(sell()->needsApproval());
        QVERIFY2(sell()->approve(m_fixture->manager.userId, PosFixture::kManagerPin), qPrintable(sell()->errorMessage()));
        QVERIFY(!sell()->needsApproval());
        QVERIFY2(sell()->complete(), qPrintable(sell()->errorMessage()));
        QCOMPARE(m_fixture->scalar(u"SELECT COUNT(*) FROM sales WHERE id = ? AND approved_by = ?"_s, {sell()->lastSaleId(), m_fixture->manager.userId}), 1);
    }

    void parkAndResume()
    {
        QVERIFY(m_client->shift()->openShift(u"0"_s));
        QVERIFY(sell()->scan(u"SHIRT-M"_s));
        QVERIFY(sell()->scan(u"BREAD"_s));
        const QString parkedId = sell()->saleId();
        QVERIFY(sell()->park(u"Lady with the blue scarf"_s));
        QCOMPARE(sell()->lineCount(), 0);
        QCOMPARE(sell()->parked()->rowCount(), 1);
        QCOMPARE(sell()->parked()->index(0).data(kassa::ui::ParkedSalesModel::LabelRole).toString(), u"Lady with the blue scarf"_s);
        QVERIFY(sell()->scan(u"BREAD"_s));
        // Resuming parks what is on screen and brings the other back.
        QVERIFY(sell()->resume(parkedId));
        QCOMPARE(sell()->saleId(), parkedId);
        QCOMPARE(sell()->lineCount(), 2);
        QCOMPARE(sell()->total(), 2350);
        QCOMPARE(sell()->parked()->rowCount(), 1);
    }

    // What a crash (or a kill -9: tests/faults) leaves is an open cart; the next sign-in parks it.
    void openCartComesBackParkedAfterARestart()
    {
        QVERIFY(m_client->shift()->openShift(u"0"_s));
        QVERIFY(sell()->scan(u"SHIRT-M"_s));
        QVERIFY(sell()->scan(u"BREAD"_s));
        const QString cartId = sell()->saleId();
        m_client.reset(); // no sign-out, no park: as if the process died
        startClient();
        QVERIFY(sell()->errorMessage().contains(u"parked"_s));
        QCOMPARE(sell()->parked()->rowCount(), 1);
        QVERIFY(sell()->resume(cartId));
        QCOMPARE(sell()->total(), 2350);
    }

    void customersAttachAndStoreCreditNeedsOne()
    {
        QVERIFY(m_client->shift()->openShift(u"0"_s));
        QVERIFY(sell()->scan(u"BREAD"_s));
        QVERIFY(!sell()->addTender(u"store_credit"_s, u"1"_s));
        QVERIFY2(sell()->createCustomer(u"Grete Müller"_s, u"+49 30 1234567"_s, u"grete@example.com"_s), qPrintable(sell()->errorMessage()));
        QCOMPARE(sell()->customerName(), u"Grete Müller"_s);
        // By name, by e-mail address, by phone number.
        for (const QString &text : {u"grete"_s, u"GRETE@example.com"_s, u"+49 30 1234567"_s}) {
            const QVariantList found = sell()->findCustomers(text);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().toMap().value(u"name"_s).toString(), u"Grete Müller"_s);
        }
        QVERIFY(sell()->addTender(u"cash"_s, QString()));
        QVERIFY(sell()->complete());
        QCOMPARE(m_fixture->scalar(u"SELECT COUNT(*) FROM sales WHERE id = ? AND customer_id IS NOT NULL"_s, {sell()->lastSaleId()}), 1);
    }

    // The back office's way in: e-mail and password, for managers without a PIN at hand.
    void passwordSignIn()
    {
        session()->signOut();
        QVERIFY(!session()->signInWithPassword(u"manager@example.com"_s, u"wrong horse"_s));
        QVERIFY(session()->errorMessage().contains(u"password"_s));
        QVERIFY(!session()->isSignedIn());
        QVERIFY2(session()->signInWithPassword(u"Manager@Example.com"_s, u"correct horse battery"_s), qPrintable(session()->errorMessage()));
        QCOMPARE(session()->userId(), m_fixture->manager.userId);
        QVERIFY(session()->canManage());
        // A warehouse clerk may not use a till at all.
        QVERIFY(!session()->signInWithPassword(u"clerk@example.com"_s, u"correct horse battery"_s));
        QVERIFY(!session()->isSignedIn());
    }

    void switchingCashiersParksTheCart()
    {
        QVERIFY(m_client->shift()->openShift(u"0"_s));
        QVERIFY(sell()->scan(u"SHIRT-M"_s));
        QVERIFY(session()->signInWithPin(m_fixture->colleague.userId, PosFixture::kColleaguePin));
        QCOMPARE(sell()->lineCount(), 0);
        QVERIFY(!session()->signInWithPin(m_fixture->clerk.userId, u"1234"_s)); // no PIN, may not sell
        QVERIFY(session()->signInWithPin(m_fixture->cashier.userId, PosFixture::kCashierPin));
        QCOMPARE(sell()->parked()->rowCount(), 1);
        QVERIFY(sell()->parked()->index(0).data(kassa::ui::ParkedSalesModel::LabelRole).toString().startsWith(u"Cashier"_s));
    }
};

QTEST_MAIN(TestSellController)
#include "tst_sellcontroller.moc"
