// Shifts at the till: one open shift per terminal, cash in and out, the X report at any time and
// the close with a blind count into the Z report, whose figures must equal what the documents of
// the shift add up to when summed one by one here.

#include "posfixture.h" // a till on TestFixture (testfixture.h), so this also runs as <name>_postgres

#include "ops/integritycheck.h"
#include "sales/returnservice.h"
#include "sales/saleservice.h"
#include "sales/shiftservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::ServiceError;
using kassa::TenderKind;

namespace
{

// The shift's figures, added up document by document as the test makes them.
struct Expected {
    qint64 sales = 0, salesCount = 0;
    qint64 returns = 0, returnsCount = 0;
    qint64 voids = 0, voidsCount = 0;
    qint64 discount = 0, tax = 0, rounding = 0;
    QHash<TenderKind, qint64> net; // tendered − change, per kind
    qint64 cashIn = 0, cashOut = 0;

    void add(const kassa::SaleRecord &document)
    {
        switch (document.kind) {
        case kassa::SaleKind::Sale:
            sales += document.total;
            ++salesCount;
            break;
        case kassa::SaleKind::Return:
            returns += document.total;
            ++returnsCount;
            break;
        case kassa::SaleKind::Void:
            voids += document.total;
            ++voidsCount;
            break;
        }
        discount += document.discountTotal;
        tax += document.taxTotal;
        rounding += document.cashRounding;
        for (const kassa::SaleTenderRecord &tender : document.tenders) {
            net[tender.kind] += tender.amount - tender.changeGiven;
        }
    }
};

} // namespace

class TestShiftService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void oneOpenShiftPerTerminal();
    void cashMovementsNeedReasonAndCash();
    void zReportMatchesTheDocuments();
    void anotherPersonsShiftNeedsReview();

private:
    std::unique_ptr<PosFixture> m_fixture;
};

void TestShiftService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestShiftService::init()
{
    m_fixture = std::make_unique<PosFixture>();
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->problem()));
}

void TestShiftService::cleanup()
{
    m_fixture.reset();
}

void TestShiftService::oneOpenShiftPerTerminal()
{
    PosFixture &f = *m_fixture;
    kassa::ShiftService shifts(f.context());
    kassa::ShiftRecord shift;
    ServiceError error;
    QVERIFY(!shifts.open(f.cashier, {}, -1, &shift, &error));
    QCOMPARE(error.field, u"opening_float"_s);
    QVERIFY(!shifts.open(f.clerk, f.shopId, 10000, &shift, &error));
    QCOMPARE(error.kind, ServiceError::Kind::Forbidden);
    QVERIFY(!shifts.current(f.cashier, &shift, &error));
    QCOMPARE(error.kind, ServiceError::Kind::NotFound);

    QVERIFY2(shifts.open(f.cashier, {}, 15000, &shift, &error), qPrintable(error.message));
    QVERIFY(shift.open);
    QCOMPARE(shift.openingFloat, 15000);
    QCOMPARE(shift.shopId, f.shopId);
    // A second one on the same terminal is refused, whoever tries.
    kassa::ShiftRecord second;
    QVERIFY(!shifts.open(f.manager, {}, 0, &second, &error));
    QCOMPARE(error.code, u"shift_open"_s);
    // Also when the check is bypassed: the database itself refuses a second open shift.
    QSqlQuery query(f.database().connection());
    query.prepare(u"INSERT INTO shifts (id, company_id, shop_id, device_id, opened_by, opened_at, opening_float) VALUES (?, ?, ?, ?, 'x', 0, 0)"_s);
    query.addBindValue(kassa::newId());
    query.addBindValue(f.companyId);
    query.addBindValue(f.shopId);
    query.addBindValue(f.context().deviceId);
    QVERIFY(!query.exec());

    kassa::ShiftRecord current;
    QVERIFY(shifts.current(f.cashier, &current, &error));
    QCOMPARE(current.id, shift.id);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM outbox WHERE type = 'shift.opened'"_s), 1);
}

void TestShiftService::cashMovementsNeedReasonAndCash()
{
    PosFixture &f = *m_fixture;
    kassa::ShiftService shifts(f.context());
    ServiceError error;
    QVERIFY(!shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashIn, 1000, u"coins"_s, &error));
    QCOMPARE(error.kind, ServiceError::Kind::NotFound); // no open shift to move cash in
    QVERIFY(f.openShift(5000));
    QVERIFY(!shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashIn, 1000, u" "_s, &error));
    QCOMPARE(error.field, u"reason"_s);
    QVERIFY(!shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashOut, 0, u"safe drop"_s, &error));
    QCOMPARE(error.field, u"amount"_s);
    // The drawer holds the 50.00 float: 60.00 cannot come out of it.
    QVERIFY(!shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashOut, 6000, u"safe drop"_s, &error));
    QCOMPARE(error.code, u"not_enough_cash"_s);
    QVERIFY2(error.message.contains(u"50.00"_s), qPrintable(error.message));
    QVERIFY(shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashIn, 2000, u"coins from the bank"_s, &error));
    QVERIFY(shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashOut, 6000, u"safe drop"_s, &error));
    QCOMPARE(f.rowCount(u"cash_movements"_s), 2);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('shift.cash_in', 'shift.cash_out')"_s), 2);
    kassa::ShiftReport x;
    QVERIFY(shifts.report(f.cashier, {}, &x, &error));
    QCOMPARE(x.expectedCash, 1000);
    QCOMPARE(x.cashIn, 2000);
    QCOMPARE(x.cashOut, 6000);
    QVERIFY(!x.final);
}

void TestShiftService::zReportMatchesTheDocuments()
{
    PosFixture &f = *m_fixture;
    QSqlQuery query(f.database().connection());
    // Swiss francs, so cash rounding shows up in the report too.
    QVERIFY(query.exec(u"UPDATE companies SET currency = 'CHF'"_s));
    QVERIFY(f.openShift(20000));
    const QStringList items = { f.item(u"A"_s, 1995), f.item(u"B"_s, 503, 700), f.item(u"C"_s, 1249), f.item(u"D"_s, 99, 700) };
    kassa::SaleService sales(f.context());
    kassa::ReturnService returns(f.context());
    kassa::ShiftService shifts(f.context());
    Expected expected;
    QRandomGenerator random(20240611);
    QList<kassa::SaleRecord> made;
    ServiceError error;
    for (int i = 0; i < 60; ++i) {
        QList<kassa::DraftLine> lines;
        for (int k = 0, n = int(random.bounded(1, 4)); k < n; ++k) {
            lines << PosFixture::line(items[random.bounded(int(items.size()))], random.bounded(1, 4));
        }
        kassa::SaleDraft draft = PosFixture::cart(lines);
        kassa::SaleQuote quote;
        QVERIFY2(sales.quote(f.cashier, draft, &quote, &error), qPrintable(error.message));
        if (random.bounded(4) == 0) {
            // 5 % off now and then, within the cashier's limit.
            draft.cartDiscount = quote.cart.subtotal / 20;
            QVERIFY2(sales.quote(f.cashier, draft, &quote, &error), qPrintable(error.message));
        }
        const qint64 total = quote.cart.total;
        switch (random.bounded(3)) {
        case 0: // cash, mostly with a note and change
            draft.tenders = { PosFixture::cash((total / 1000 + 1) * 1000) };
            break;
        case 1:
            draft.tenders = { PosFixture::card(total) };
            break;
        default:
            draft.tenders = { PosFixture::card(total / 2), PosFixture::cash(total - total / 2 + 5) };
            break;
        }
        kassa::SaleRecord sale;
        QVERIFY2(sales.commit(f.cashier, draft, &sale, &error), qPrintable(error.field + u": "_s + error.message));
        expected.add(sale);
        made << sale;
    }
    // A return to the original tenders and one written off, and a void.
    for (int i = 0; i < 2; ++i) {
        kassa::ReturnDraft back = kassa::ReturnDraft::create(made[i].id);
        back.lines = { { made[i].lines[0].id, 1, u"wrong colour"_s, i == 0 } };
        kassa::SaleRecord document;
        QVERIFY2(returns.commit(f.cashier, back, &document, &error), qPrintable(error.message));
        expected.add(document);
    }
    kassa::VoidRequest voidRequest = kassa::VoidRequest::create(made[10].id);
    voidRequest.reason = u"scanned twice"_s;
    kassa::SaleRecord voided;
    QVERIFY2(returns.voidSale(f.manager, voidRequest, &voided, &error), qPrintable(error.message));
    expected.add(voided);
    QVERIFY(shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashIn, 5000, u"coins"_s, &error));
    QVERIFY(shifts.cashMovement(f.cashier, kassa::CashMovementKind::CashOut, 12000, u"safe drop"_s, &error));
    expected.cashIn = 5000;
    expected.cashOut = 12000;
    const qint64 expectedCash = 20000 + expected.net.value(TenderKind::Cash) + expected.cashIn - expected.cashOut;

    kassa::ShiftReport x;
    QVERIFY2(shifts.report(f.cashier, {}, &x, &error), qPrintable(error.message));
    QVERIFY(!x.final);
    QCOMPARE(x.currency, u"CHF"_s);
    QCOMPARE(x.sales.count, expected.salesCount);
    QCOMPARE(x.sales.total, expected.sales);
    QCOMPARE(x.returns.count, expected.returnsCount);
    QCOMPARE(x.returns.total, expected.returns);
    QCOMPARE(x.voids.count, expected.voidsCount);
    QCOMPARE(x.voids.total, expected.voids);
    QCOMPARE(x.netTotal, expected.sales + expected.returns + expected.voids);
    QCOMPARE(x.discountTotal, expected.discount);
    QCOMPARE(x.taxTotal, expected.tax);
    QCOMPARE(x.cashRoundingTotal, expected.rounding);
    QVERIFY(expected.rounding != 0);
    qint64 taxByRate = 0;
    for (const kassa::TaxTotals &row : x.taxes) {
        taxByRate += row.tax;
        QCOMPARE(row.gross, row.net + row.tax);
    }
    QCOMPARE(taxByRate, expected.tax);
    QCOMPARE(x.expectedCash, expectedCash);
    QCOMPARE(x.tender(TenderKind::Cash)->expected, expectedCash);
    QCOMPARE(x.tender(TenderKind::Card)->expected, expected.net.value(TenderKind::Card));
    // Everything paid in is the net total plus what cash rounding added.
    QCOMPARE(expected.net.value(TenderKind::Cash) + expected.net.value(TenderKind::Card), x.netTotal + x.cashRoundingTotal);

    // The close: a blind count 1.00 short in cash, the card batch as expected.
    kassa::ShiftCount count;
    count.cash = expectedCash - 100;
    count.others.insert(TenderKind::Card, expected.net.value(TenderKind::Card));
    kassa::ShiftReport z;
    QVERIFY2(shifts.close(f.cashier, count, &z, &error), qPrintable(error.message));
    QVERIFY(z.final);
    QCOMPARE(z.netTotal, x.netTotal);
    QCOMPARE(z.expectedCash, expectedCash);
    QCOMPARE(z.countedCash, expectedCash - 100);
    QCOMPARE(z.cashVariance(), -100);
    QCOMPARE(z.tender(TenderKind::Card)->variance(), 0);
    QCOMPARE(z.tender(TenderKind::Cash)->variance(), -100);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM shifts WHERE status = 'closed' AND counted_cash = ? AND expected_cash = ?"_s, { count.cash, expectedCash }), 1);
    QCOMPARE(f.scalar(u"SELECT counted - expected FROM shift_counts WHERE tender_kind = 'cash'"_s), -100);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM outbox WHERE type = 'shift.closed'"_s), 1);
    QVERIFY(query.exec(u"SELECT z_report FROM shifts WHERE id = '%1'"_s.arg(f.shiftId)) && query.next());
    QCOMPARE(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), z.toJson());
    query.finish();

    // The closed shift's report is its Z report again; the till sells no more until a new shift.
    kassa::ShiftReport reprint;
    QVERIFY(shifts.report(f.cashier, f.shiftId, &reprint, &error));
    QVERIFY(reprint.final);
    QCOMPARE(reprint.countedCash, z.countedCash);
    QCOMPARE(reprint.tender(TenderKind::Card)->counted, count.others.value(TenderKind::Card));
    QCOMPARE(reprint.netTotal, z.netTotal);
    kassa::SaleRecord late;
    QVERIFY(!sales.commit(f.cashier, PosFixture::cart({ PosFixture::line(items[0]) }, { PosFixture::card(1995) }), &late, &error));
    QCOMPARE(error.code, u"no_open_shift"_s);
    QVERIFY(!shifts.close(f.cashier, count, &z, &error, f.shiftId));
    QCOMPARE(error.code, u"shift_closed"_s);
    const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestShiftService::anotherPersonsShiftNeedsReview()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    kassa::ShiftService shifts(f.context());
    kassa::ShiftReport report;
    ServiceError error;
    QVERIFY(!shifts.report(f.colleague, f.shiftId, &report, &error));
    QCOMPARE(error.kind, ServiceError::Kind::Forbidden);
    QVERIFY2(shifts.report(f.manager, f.shiftId, &report, &error), qPrintable(error.message));
    kassa::ShiftCount count;
    count.cash = 10000;
    QVERIFY(!shifts.close(f.colleague, count, &report, &error));
    QCOMPARE(error.kind, ServiceError::Kind::Forbidden);
    QVERIFY2(shifts.close(f.manager, count, &report, &error), qPrintable(error.message));
    QCOMPARE(report.cashVariance(), 0);
}

QTEST_GUILESS_MAIN(TestShiftService)
#include "tst_shiftservice.moc"
