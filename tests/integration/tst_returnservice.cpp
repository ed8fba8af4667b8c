// Taking goods back: returns against the original receipt (in parts, never more than was sold,
// amounts from what was charged), refunds to the original tenders or to store credit, goods back
// on the shelf or written off, and voids that reverse a whole sale with a manager's approval.

#include "posfixture.h" // a till on TestFixture (testfixture.h), so this also runs as <name>_postgres

#include "ops/integritycheck.h"
#include "sales/returnservice.h"
#include "sales/saleservice.h"
#include "sales/storecreditledger.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::ServiceError;
using kassa::TenderKind;

namespace
{

// round(amount × part / whole) half away from zero, the way a test writes it down.
qint64 share(qint64 amount, qint64 part, qint64 whole)
{
    const qint64 twice = 2 * amount * part;
    return twice >= 0 ? (twice + whole) / (2 * whole) : -((-twice + whole) / (2 * whole));
}

kassa::ReturnLineRequest returnLine(const kassa::SaleLineRecord &line, qint64 quantity, bool restock = true, const QString &reason = u"wrong size"_s)
{
    return { line.id, quantity, reason, restock };
}

} // namespace

class TestReturnService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void partialReturnsAddUpToTheLine();
    void refundToStoreCreditAndSpendIt();
    void refundToOriginalTendersCardFirst();
    void chosenRefundTendersAreCapped();
    void writeOffGoesToWaste();
    void returnRefusals_data();
    void returnRefusals();
    void voidNeedsSaleVoidOrManager();
    void voidOnlyWithinItsShift();

private:
    kassa::SaleRecord sell(const kassa::SaleDraft &draft);
    std::unique_ptr<PosFixture> m_fixture;
};

void TestReturnService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReturnService::init()
{
    m_fixture = std::make_unique<PosFixture>();
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->problem()));
    QVERIFY(m_fixture->openShift());
}

void TestReturnService::cleanup()
{
    if (m_fixture) {
        const kassa::IntegrityReport report = kassa::checkIntegrity(m_fixture->database());
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    }
    m_fixture.reset();
}

kassa::SaleRecord TestReturnService::sell(const kassa::SaleDraft &draft)
{
    kassa::SaleRecord sale;
    ServiceError error;
    if (!kassa::SaleService(m_fixture->context()).commit(m_fixture->cashier, draft, &sale, &error)) {
        qWarning("sale failed: %s: %s", qPrintable(error.field), qPrintable(error.message));
    }
    return sale;
}

void TestReturnService::partialReturnsAddUpToTheLine()
{
    PosFixture &f = *m_fixture;
    const QString shirt = f.item(u"SHIRT"_s, 999);
    const QString socks = f.item(u"SOCKS"_s, 499, 700);
    // A cart discount spreads unevenly over the lines: their shares are odd amounts.
    const kassa::SaleRecord sale = sell(PosFixture::cart({ PosFixture::line(shirt, 3), PosFixture::line(socks, 2) }, { PosFixture::cash(5000) }, 100));
    QVERIFY(!sale.id.isEmpty());
    const kassa::SaleLineRecord shirts = sale.lines[0];
    QCOMPARE(shirts.quantity, 3);

    kassa::ReturnService returns(f.context());
    kassa::SaleRecord found;
    ServiceError error;
    QVERIFY2(returns.findByReceipt(f.cashier, sale.receiptNumber, &found, &error), qPrintable(error.message));
    QCOMPARE(found.id, sale.id);
    QCOMPARE(found.lines[0].returnedQuantity, 0);

    // One shirt back: a third of what the line was charged, rounded.
    kassa::ReturnDraft first = kassa::ReturnDraft::create(sale.id);
    first.lines = { returnLine(shirts, 1) };
    kassa::SaleRecord one;
    QVERIFY2(returns.commit(f.cashier, first, &one, &error), qPrintable(error.field + u": "_s + error.message));
    QCOMPARE(one.kind, kassa::SaleKind::Return);
    QCOMPARE(one.originalSaleId, sale.id);
    QCOMPARE(one.lines.size(), 1);
    QCOMPARE(one.lines[0].quantity, -1);
    QCOMPARE(one.lines[0].originalLineId, shirts.id);
    QCOMPARE(one.lines[0].unitPrice, 999);
    QCOMPARE(one.lines[0].lineTotal, -share(shirts.lineTotal, 1, 3));
    QCOMPARE(one.lines[0].taxAmount, -share(shirts.taxAmount, 1, 3));
    QCOMPARE(one.total, one.lines[0].lineTotal);
    QCOMPARE(one.tenders.size(), 1);
    QCOMPARE(one.tenders[0].kind, TenderKind::Cash);
    QCOMPARE(one.tenders[0].amount, one.total);
    QVERIFY(one.receiptNumber != sale.receiptNumber);

    // The other two: together the returns give back exactly what the line cost.
    kassa::ReturnDraft second = kassa::ReturnDraft::create(sale.id);
    second.lines = { returnLine(shirts, 2) };
    kassa::SaleRecord two;
    QVERIFY2(returns.commit(f.cashier, second, &two, &error), qPrintable(error.message));
    QCOMPARE(one.lines[0].lineTotal + two.lines[0].lineTotal, -shirts.lineTotal);
    QCOMPARE(one.lines[0].taxAmount + two.lines[0].taxAmount, -shirts.taxAmount);
    QCOMPARE(one.lines[0].lineDiscount + one.lines[0].cartDiscountShare + two.lines[0].lineDiscount + two.lines[0].cartDiscountShare,
        -(shirts.lineDiscount + shirts.cartDiscountShare));
    QCOMPARE(f.onHand(shirt), 1000);

    // Nothing more of that line can come back.
    kassa::ReturnDraft third = kassa::ReturnDraft::create(sale.id);
    third.lines = { returnLine(shirts, 1) };
    kassa::SaleRecord refused;
    QVERIFY(!returns.commit(f.cashier, third, &refused, &error));
    QCOMPARE(error.code, u"return_exceeds_sold"_s);
    QCOMPARE(error.field, u"lines[0].quantity"_s);
    QVERIFY2(error.message.contains(u"returned already"_s), qPrintable(error.message));
    // More than is left of the socks is refused too, naming how much is left.
    kassa::ReturnDraft tooMany = kassa::ReturnDraft::create(sale.id);
    tooMany.lines = { returnLine(sale.lines[1], 3) };
    QVERIFY(!returns.commit(f.cashier, tooMany, &refused, &error));
    QCOMPARE(error.code, u"return_exceeds_sold"_s);
    QVERIFY2(error.message.contains(u"only 2 of line 2"_s), qPrintable(error.message));

    QVERIFY(returns.findByReceipt(f.cashier, sale.receiptNumber, &found, &error));
    QCOMPARE(found.lines[0].returnedQuantity, 3);
    QCOMPARE(found.lines[1].returnedQuantity, 0);
    // Repeating a committed return gives the same document, not a second refund.
    bool replayed = false;
    kassa::SaleRecord again;
    QVERIFY(returns.commit(f.cashier, second, &again, &error, &replayed));
    QVERIFY(replayed);
    QCOMPARE(again.id, two.id);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM sales WHERE kind = 'return'"_s), 2);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM outbox WHERE type = 'sale.committed'"_s), 3);
}

void TestReturnService::refundToStoreCreditAndSpendIt()
{
    PosFixture &f = *m_fixture;
    const QString lamp = f.item(u"LAMP"_s, 3500);
    const QString bulb = f.item(u"BULB"_s, 450);
    const QString ada = f.customer(u"Ada"_s);
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(lamp), PosFixture::line(bulb, 2) }, { PosFixture::card(4400) });
    draft.customerId = ada;
    const kassa::SaleRecord sale = sell(draft);
    QVERIFY(!sale.id.isEmpty());

    kassa::ReturnService returns(f.context());
    kassa::ReturnDraft back = kassa::ReturnDraft::create(sale.id);
    back.lines = { returnLine(sale.lines[0], 1, true, u"changed mind"_s) };
    back.refund = kassa::RefundMethod::StoreCredit;
    kassa::SaleRecord document;
    ServiceError error;
    QVERIFY2(returns.commit(f.cashier, back, &document, &error), qPrintable(error.message));
    QCOMPARE(document.total, -3500);
    QCOMPARE(document.tenders.size(), 1);
    QCOMPARE(document.tenders[0].kind, TenderKind::StoreCredit);
    QCOMPARE(document.tenders[0].amount, -3500);
    QCOMPARE(document.lines[0].returnReason, u"changed mind"_s);
    QCOMPARE(kassa::StoreCreditLedger::balance(f.database(), f.companyId, ada), 3500);

    // Ada spends 30.00 of it on two lamps, the rest by card.
    kassa::SaleDraft spend = PosFixture::cart({ PosFixture::line(lamp, 2) }, { { TenderKind::StoreCredit, 3000, {} }, PosFixture::card(4000) });
    spend.customerId = ada;
    kassa::SaleRecord spent = sell(spend);
    QVERIFY(!spent.id.isEmpty());
    QCOMPARE(kassa::StoreCreditLedger::balance(f.database(), f.companyId, ada), 500);
    // More than she has left is refused, and nothing of that sale remains.
    const qint64 salesBefore = f.rowCount(u"sales"_s);
    spend = PosFixture::cart({ PosFixture::line(bulb, 2) }, { { TenderKind::StoreCredit, 900, {} } });
    spend.customerId = ada;
    kassa::SaleRecord refused;
    QVERIFY(!kassa::SaleService(f.context()).commit(f.cashier, spend, &refused, &error));
    QCOMPARE(error.code, u"store_credit_refused"_s);
    QVERIFY2(error.message.contains(u"only 5.00"_s), qPrintable(error.message));
    QCOMPARE(f.rowCount(u"sales"_s), salesBefore);
    QCOMPARE(kassa::StoreCreditLedger::balance(f.database(), f.companyId, ada), 500);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM store_credit_entries WHERE customer_id = ?"_s, { ada }), 2);

    // Store credit for a sale without a customer needs one chosen.
    const kassa::SaleRecord anonymous = sell(PosFixture::cart({ PosFixture::line(bulb) }, { PosFixture::cash(450) }));
    kassa::ReturnDraft noCustomer = kassa::ReturnDraft::create(anonymous.id);
    noCustomer.lines = { returnLine(anonymous.lines[0], 1) };
    noCustomer.refund = kassa::RefundMethod::StoreCredit;
    QVERIFY(!returns.commit(f.cashier, noCustomer, &refused, &error));
    QCOMPARE(error.field, u"customer_id"_s);
    noCustomer.customerId = f.customer(u"Grace"_s);
    QVERIFY2(returns.commit(f.cashier, noCustomer, &document, &error), qPrintable(error.message));
    QCOMPARE(kassa::StoreCreditLedger::balance(f.database(), f.companyId, noCustomer.customerId), 450);
    QCOMPARE(document.customerId, noCustomer.customerId);
}

void TestReturnService::refundToOriginalTendersCardFirst()
{
    PosFixture &f = *m_fixture;
    const QString chair = f.item(u"CHAIR"_s, 2500);
    // 50.00 paid 30.00 by card and 20.00 in cash (a 50 note, 30.00 change).
    const kassa::SaleRecord sale
        = sell(PosFixture::cart({ PosFixture::line(chair, 2) }, { PosFixture::card(3000, u"MC 5454 auth 1"_s), PosFixture::cash(5000) }));
    QCOMPARE(sale.tenders[1].changeGiven, 3000);

    kassa::ReturnService returns(f.context());
    ServiceError error;
    // The first chair: 25.00 back to the card.
    kassa::ReturnDraft first = kassa::ReturnDraft::create(sale.id);
    first.lines = { returnLine(sale.lines[0], 1) };
    kassa::SaleRecord one;
    QVERIFY2(returns.commit(f.cashier, first, &one, &error), qPrintable(error.message));
    QCOMPARE(one.tenders.size(), 1);
    QCOMPARE(one.tenders[0].kind, TenderKind::Card);
    QCOMPARE(one.tenders[0].amount, -2500);
    QCOMPARE(one.tenders[0].reference, u"MC 5454 auth 1"_s);
    // The second: what is left on the card (5.00), then cash.
    kassa::ReturnDraft second = kassa::ReturnDraft::create(sale.id);
    second.lines = { returnLine(sale.lines[0], 1) };
    kassa::SaleRecord two;
    QVERIFY2(returns.commit(f.cashier, second, &two, &error), qPrintable(error.message));
    QCOMPARE(two.tenders.size(), 2);
    QCOMPARE(two.tenders[0].kind, TenderKind::Card);
    QCOMPARE(two.tenders[0].amount, -500);
    QCOMPARE(two.tenders[1].kind, TenderKind::Cash);
    QCOMPARE(two.tenders[1].amount, -2000);
    QCOMPARE(
        f.scalar(u"SELECT SUM(t.amount - t.change_given) FROM sale_tenders t JOIN sales s ON s.id = t.sale_id WHERE s.original_sale_id = ?"_s, { sale.id }),
        -5000);
}

void TestReturnService::chosenRefundTendersAreCapped()
{
    PosFixture &f = *m_fixture;
    const QString kettle = f.item(u"KETTLE"_s, 4000);
    const kassa::SaleRecord sale = sell(PosFixture::cart({ PosFixture::line(kettle) }, { PosFixture::card(1000), PosFixture::cash(3000) }));
    kassa::ReturnService returns(f.context());
    kassa::ReturnDraft back = kassa::ReturnDraft::create(sale.id);
    back.lines = { returnLine(sale.lines[0], 1, false, u"defective"_s) };
    back.refund = kassa::RefundMethod::Tenders;
    back.tenders = { PosFixture::card(-2000) };
    kassa::SaleRecord document;
    ServiceError error;
    QVERIFY(!returns.commit(f.cashier, back, &document, &error));
    QCOMPARE(error.code, u"tender_exceeds_total"_s);
    QCOMPARE(error.field, u"tenders[0].amount"_s);
    // Cash as the shop decides, and the refund must be paid in full.
    back.tenders = { PosFixture::card(-1000), PosFixture::cash(-2000) };
    QVERIFY(!returns.commit(f.cashier, back, &document, &error));
    QCOMPARE(error.code, u"tenders_incomplete"_s);
    back.tenders = { PosFixture::card(-1000), PosFixture::cash(-3000) };
    QVERIFY2(returns.commit(f.cashier, back, &document, &error), qPrintable(error.message));
    QCOMPARE(document.total, -4000);
}

void TestReturnService::writeOffGoesToWaste()
{
    PosFixture &f = *m_fixture;
    const QString vase = f.item(u"VASE"_s, 1999);
    const kassa::SaleRecord sale = sell(PosFixture::cart({ PosFixture::line(vase, 2) }, { PosFixture::cash(4000) }));
    QCOMPARE(f.onHand(vase), 998);
    kassa::ReturnDraft back = kassa::ReturnDraft::create(sale.id);
    back.lines = { returnLine(sale.lines[0], 1, false, u"broken"_s) };
    kassa::SaleRecord document;
    ServiceError error;
    QVERIFY2(kassa::ReturnService(f.context()).commit(f.cashier, back, &document, &error), qPrintable(error.message));
    QCOMPARE(document.lines[0].restock, 0);
    // It came back and went straight out as waste: the shelf still holds 998.
    QCOMPARE(f.onHand(vase), 998);
    QCOMPARE(f.scalar(u"SELECT quantity_delta FROM stock_movements WHERE ref_id = ? AND reason = 'return'"_s, { document.id }), 1);
    QCOMPARE(f.scalar(u"SELECT quantity_delta FROM stock_movements WHERE ref_id = ? AND reason = 'waste'"_s, { document.id }), -1);
    QCOMPARE(f.scalar(u"SELECT restock FROM sale_lines WHERE sale_id = ?"_s, { document.id }), 0);
}

void TestReturnService::returnRefusals_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown-line") << u"unknown-line"_s << u"lines[0].original_line_id"_s;
    QTest::newRow("zero-quantity") << u"zero-quantity"_s << u"lines[0].quantity"_s;
    QTest::newRow("no-reason") << u"no-reason"_s << u"lines[0].reason"_s;
    QTest::newRow("line-twice") << u"line-twice"_s << u"lines[1].original_line_id"_s;
    QTest::newRow("nothing-chosen") << u"nothing-chosen"_s << u"lines"_s;
    QTest::newRow("return-of-a-return") << u"return-of-a-return"_s << u"original_sale_id"_s;
    QTest::newRow("unknown-sale") << u"unknown-sale"_s << u"original_sale_id"_s;
}

void TestReturnService::returnRefusals()
{
    QFETCH(QString, problem);
    QFETCH(QString, field);

    PosFixture &f = *m_fixture;
    const QString cap = f.item(u"CAP"_s, 1500);
    const kassa::SaleRecord sale = sell(PosFixture::cart({ PosFixture::line(cap, 2) }, { PosFixture::cash(3000) }));
    kassa::ReturnService returns(f.context());
    kassa::ReturnDraft back = kassa::ReturnDraft::create(sale.id);
    back.lines = { returnLine(sale.lines[0], 1) };
    ServiceError error;
    kassa::SaleRecord document;
    if (problem == "unknown-line"_L1) {
        back.lines[0].originalLineId = kassa::newId();
    } else if (problem == "zero-quantity"_L1) {
        back.lines[0].quantity = 0;
    } else if (problem == "no-reason"_L1) {
        back.lines[0].reason = u"  "_s;
    } else if (problem == "line-twice"_L1) {
        back.lines << returnLine(sale.lines[0], 1);
    } else if (problem == "nothing-chosen"_L1) {
        back.lines.clear();
    } else if (problem == "return-of-a-return"_L1) {
        QVERIFY(returns.commit(f.cashier, back, &document, &error));
        back = kassa::ReturnDraft::create(document.id);
        back.lines = { returnLine(document.lines[0], 1) };
    } else if (problem == "unknown-sale"_L1) {
        back.originalSaleId = kassa::newId();
    }
    const qint64 before = f.rowCount(u"sales"_s);
    QVERIFY(!returns.commit(f.cashier, back, &document, &error));
    QCOMPARE(error.field, field);
    QCOMPARE(f.rowCount(u"sales"_s), before);
}

void TestReturnService::voidNeedsSaleVoidOrManager()
{
    PosFixture &f = *m_fixture;
    const QString lamp = f.item(u"LAMP"_s, 3500);
    const QString bulb = f.item(u"BULB"_s, 450);
    const kassa::SaleRecord sale
        = sell(PosFixture::cart({ PosFixture::line(lamp), PosFixture::line(bulb, 4) }, { PosFixture::card(2000), PosFixture::cash(5000) }));
    QCOMPARE(f.onHand(bulb), 996);
    kassa::ReturnService returns(f.context());
    kassa::VoidRequest request = kassa::VoidRequest::create(sale.id);
    request.reason = u"customer changed her mind at the till"_s;
    kassa::SaleRecord voided;
    ServiceError error;
    QVERIFY(!returns.voidSale(f.cashier, request, &voided, &error));
    QCOMPARE(error.code, u"approval_required"_s);
    QCOMPARE(error.field, u"approval"_s);

    request.approval = { f.manager.userId, PosFixture::kManagerPin };
    QVERIFY2(returns.voidSale(f.cashier, request, &voided, &error), qPrintable(error.message));
    QCOMPARE(voided.kind, kassa::SaleKind::Void);
    QCOMPARE(voided.originalSaleId, sale.id);
    QCOMPARE(voided.approvedBy, f.manager.userId);
    QCOMPARE(voided.total, -sale.total);
    QCOMPARE(voided.taxTotal, -sale.taxTotal);
    QCOMPARE(voided.lines.size(), sale.lines.size());
    QCOMPARE(voided.lines[1].quantity, -4);
    // The card is refunded what it was charged, the drawer gives back what stayed in it.
    QCOMPARE(voided.tenders.size(), 2);
    QCOMPARE(voided.tenders[0].amount, -2000);
    QCOMPARE(voided.tenders[1].amount, -(sale.total - 2000));
    QCOMPARE(voided.paid(), -sale.paid());
    QCOMPARE(f.onHand(bulb), 1000);
    QCOMPARE(f.onHand(lamp), 1000);

    // Voided once is voided; nothing of it can be returned either.
    kassa::VoidRequest again = kassa::VoidRequest::create(sale.id);
    again.reason = u"twice"_s;
    QVERIFY(!returns.voidSale(f.manager, again, &voided, &error));
    QCOMPARE(error.code, u"sale_voided"_s);
    kassa::ReturnDraft back = kassa::ReturnDraft::create(sale.id);
    back.lines = { returnLine(sale.lines[0], 1) };
    QVERIFY(!returns.commit(f.cashier, back, &voided, &error));
    QCOMPARE(error.code, u"sale_voided"_s);

    // A sale with a return is not voided; the rest of it is returned instead.
    const kassa::SaleRecord other = sell(PosFixture::cart({ PosFixture::line(bulb, 2) }, { PosFixture::cash(900) }));
    back = kassa::ReturnDraft::create(other.id);
    back.lines = { returnLine(other.lines[0], 1) };
    QVERIFY(returns.commit(f.cashier, back, &voided, &error));
    kassa::VoidRequest late = kassa::VoidRequest::create(other.id);
    late.reason = u"wrong"_s;
    QVERIFY(!returns.voidSale(f.manager, late, &voided, &error));
    QCOMPARE(error.code, u"sale_has_returns"_s);
    // A manager voids without anyone's PIN; a void needs a reason.
    const kassa::SaleRecord third = sell(PosFixture::cart({ PosFixture::line(bulb) }, { PosFixture::cash(450) }));
    kassa::VoidRequest byManager = kassa::VoidRequest::create(third.id);
    QVERIFY(!returns.voidSale(f.manager, byManager, &voided, &error));
    QCOMPARE(error.field, u"reason"_s);
    byManager.reason = u"scanned twice"_s;
    QVERIFY2(returns.voidSale(f.manager, byManager, &voided, &error), qPrintable(error.message));
    QVERIFY(voided.approvedBy.isEmpty());
}

void TestReturnService::voidOnlyWithinItsShift()
{
    PosFixture &f = *m_fixture;
    const QString pen = f.item(u"PEN"_s, 250);
    const kassa::SaleRecord sale = sell(PosFixture::cart({ PosFixture::line(pen) }, { PosFixture::cash(250) }));
    kassa::ShiftService shifts(f.context());
    kassa::ShiftReport z;
    ServiceError error;
    kassa::ShiftCount count;
    count.cash = 10250;
    QVERIFY2(shifts.close(f.cashier, count, &z, &error), qPrintable(error.message));
    QVERIFY(f.openShift());
    kassa::VoidRequest request = kassa::VoidRequest::create(sale.id);
    request.reason = u"too late"_s;
    kassa::SaleRecord voided;
    QVERIFY(!kassa::ReturnService(f.context()).voidSale(f.manager, request, &voided, &error));
    QCOMPARE(error.code, u"void_outside_shift"_s);
    // Returned instead, in the new shift.
    kassa::ReturnDraft back = kassa::ReturnDraft::create(sale.id);
    back.lines = { returnLine(sale.lines[0], 1) };
    QVERIFY2(kassa::ReturnService(f.context()).commit(f.cashier, back, &voided, &error), qPrintable(error.message));
    QCOMPARE(voided.shiftId, f.shiftId);
}

QTEST_GUILESS_MAIN(TestReturnService)
#include "tst_returnservice.moc"
