// Selling at the till: the cart arithmetic as a receipt shows it (taxes included or added,
// discounts, rounding, split tenders, change, Swiss cash rounding), the cashier's discount limit
// and the manager's PIN above it, typed prices, scale labels, receipt numbers that never repeat
// or skip, and a sale that fails half-way leaving nothing behind.

#include "posfixture.h" // a till on TestFixture (testfixture.h), so this also runs as <name>_postgres

#include "domain/barcode.h"
#include "ops/integritycheck.h"
#include "sales/salerepository.h"
#include "sales/saleservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::ServiceError;
using kassa::TenderKind;

namespace
{

struct LineSpec {
    qint64 price = 0;
    qint64 quantity = 1;
    int rate = 1900;
    qint64 pricingUnit = 1;
    qint64 discount = 0;
};

// What the rows of a committed document must satisfy whatever it holds: lines add up to the
// header, tenders (net of change) to the total plus cash rounding, and each stock line left the
// shop floor.
QString storedProblem(PosFixture &f, const kassa::SaleRecord &sale)
{
    const QVariantList id { sale.id };
    const qint64 total = f.scalar(u"SELECT total FROM sales WHERE id = ?"_s, id);
    if (total != sale.total) {
        return u"stored total %1, returned %2"_s.arg(total).arg(sale.total);
    }
    if (f.scalar(u"SELECT SUM(line_total) FROM sale_lines WHERE sale_id = ?"_s, id) != total) {
        return u"lines do not add up to the total"_s;
    }
    if (f.scalar(u"SELECT SUM(tax_amount) FROM sale_lines WHERE sale_id = ?"_s, id) != f.scalar(u"SELECT tax_total FROM sales WHERE id = ?"_s, id)) {
        return u"line taxes do not add up to the tax total"_s;
    }
    if (!sale.tenders.isEmpty()
        && f.scalar(u"SELECT SUM(amount - change_given) FROM sale_tenders WHERE sale_id = ?"_s, id)
            != total + f.scalar(u"SELECT cash_rounding FROM sales WHERE id = ?"_s, id)) {
        return u"tenders do not pay the total"_s;
    }
    const qint64 moved = f.scalar(u"SELECT COALESCE(SUM(quantity_delta), 0) FROM stock_movements WHERE ref_type = 'sale' AND ref_id = ?"_s, id);
    const qint64 sold = f.scalar(u"SELECT COALESCE(SUM(quantity), 0) FROM sale_lines WHERE sale_id = ? AND gift_card_code IS NULL"_s, id);
    if (sale.kind == kassa::SaleKind::Sale && moved != -sold) {
        return u"stock moved %1 for %2 sold"_s.arg(moved).arg(sold);
    }
    const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
    return report.problems.join(u'\n');
}

} // namespace

Q_DECLARE_METATYPE(QList<LineSpec>)
Q_DECLARE_METATYPE(QList<kassa::TenderInput>)

class TestSaleService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cartArithmetic_data();
    void cartArithmetic();
    void discountAboveLimitNeedsManager();
    void managerDiscountsAboveLimitHerself();
    void priceOverrideNeedsPermission();
    void tendersMustCover_data();
    void tendersMustCover();
    void refusalsNameTheField_data();
    void refusalsNameTheField();
    void scanBarcodesAndScaleLabels();
    void receiptNumbersGaplessAcrossRestarts();
    void failureAfterLinesLeavesNoTrace();
    void repeatedCommitSellsOnce();
    void outboxCarriesTheWholeSale();

private:
    std::unique_ptr<PosFixture> m_fixture;
};

void TestSaleService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSaleService::init()
{
    m_fixture = std::make_unique<PosFixture>();
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->problem()));
}

void TestSaleService::cleanup()
{
    m_fixture.reset();
}

void TestSaleService::cartArithmetic_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QString>("taxRounding");
    QTest::addColumn<QList<LineSpec>>("lines");
    QTest::addColumn<qint64>("cartDiscount");
    QTest::addColumn<QList<kassa::TenderInput>>("tenders");
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("cashRounding");
    QTest::addColumn<qint64>("change");

    using F = PosFixture;
    const QString eur = u"EUR"_s, chf = u"CHF"_s, perLine = u"per_line"_s, perTotal = u"per_total"_s;
    // Expected figures worked out by hand. 19 % in 20.00 gross: 20.00 × 19/119 = 3.193 → 3.19.
    QTest::newRow("inclusive-cash-exact") << eur << true << perLine << QList<LineSpec> { { 1000, 2 } } << qint64(0) << QList { F::cash(2000) } << qint64(2000)
                                          << qint64(0) << qint64(319) << qint64(2000) << qint64(0) << qint64(0);
    QTest::newRow("exclusive-cash-change") << eur << false << perLine << QList<LineSpec> { { 1000, 2 } } << qint64(0) << QList { F::cash(5000) } << qint64(2000)
                                           << qint64(0) << qint64(380) << qint64(2380) << qint64(0) << qint64(2620);
    // 10 % off 50.00 is the cashier's limit exactly: 45.00 × 19/119 = 7.184 → 7.18.
    QTest::newRow("line-discount-within-limit") << eur << true << perLine << QList<LineSpec> { { 5000, 1, 1900, 1, 500 } } << qint64(0)
                                                << QList { F::card(4500) } << qint64(5000) << qint64(500) << qint64(718) << qint64(4500) << qint64(0)
                                                << qint64(0);
    // 3.00 off 30.00 split 1:2 → 9.00 at 19 % (1.437 → 1.44) and 18.00 at 7 % (1.177 → 1.18).
    QTest::newRow("cart-discount-two-rates") << eur << true << perLine << QList<LineSpec> { { 1000, 1 }, { 2000, 1, 700 } } << qint64(300)
                                             << QList { F::card(2700) } << qint64(3000) << qint64(300) << qint64(262) << qint64(2700) << qint64(0) << qint64(0);
    // 333 g at 12.99/kg = 4.3257 → 4.33; 7 % in it: 0.283 → 0.28.
    QTest::newRow("weighed-half-up") << eur << true << perLine << QList<LineSpec> { { 1299, 333, 700, 1000 } } << qint64(0) << QList { F::cash(500) }
                                     << qint64(433) << qint64(0) << qint64(28) << qint64(433) << qint64(0) << qint64(67);
    // 3 × 7.99 = 23.97 (tax 3.827 → 3.83); 10.00 on the card, 20.00 cash → 6.03 change.
    QTest::newRow("split-card-and-cash") << eur << true << perLine << QList<LineSpec> { { 799, 3 } } << qint64(0) << QList { F::card(1000), F::cash(2000) }
                                         << qint64(2397) << qint64(0) << qint64(383) << qint64(2397) << qint64(0) << qint64(603);
    // Three lines of 0.10: per line 0.016 → 0.02 each; per rate 0.30 × 19/119 = 0.0479 → 0.05.
    QTest::newRow("tax-per-line") << eur << true << perLine << QList<LineSpec> { { 10 }, { 10 }, { 10 } } << qint64(0) << QList { F::cash(30) } << qint64(30)
                                  << qint64(0) << qint64(6) << qint64(30) << qint64(0) << qint64(0);
    QTest::newRow("tax-per-total") << eur << true << perTotal << QList<LineSpec> { { 10 }, { 10 }, { 10 } } << qint64(0) << QList { F::cash(30) } << qint64(30)
                                   << qint64(0) << qint64(5) << qint64(30) << qint64(0) << qint64(0);
    // 1.00 off 10.00 net spread 33/33/34 (largest remainder): nets 3.00 each, 0.57 tax each.
    QTest::newRow("exclusive-cart-discount-spread") << eur << false << perLine << QList<LineSpec> { { 333 }, { 333 }, { 334 } } << qint64(100)
                                                    << QList { F::cash(1100) } << qint64(1000) << qint64(100) << qint64(171) << qint64(1071) << qint64(0)
                                                    << qint64(29);
    // Swiss francs: cash is rounded to 5 Rappen, cards are not.
    QTest::newRow("chf-cash-rounds-down") << chf << true << perLine << QList<LineSpec> { { 1002 } } << qint64(0) << QList { F::cash(2000) } << qint64(1002)
                                          << qint64(0) << qint64(160) << qint64(1002) << qint64(-2) << qint64(1000);
    QTest::newRow("chf-cash-rounds-up") << chf << true << perLine << QList<LineSpec> { { 1003 } } << qint64(0) << QList { F::cash(1005) } << qint64(1003)
                                        << qint64(0) << qint64(160) << qint64(1003) << qint64(2) << qint64(0);
    QTest::newRow("chf-card-exact") << chf << true << perLine << QList<LineSpec> { { 1003 } } << qint64(0) << QList { F::card(1003) } << qint64(1003)
                                    << qint64(0) << qint64(160) << qint64(1003) << qint64(0) << qint64(0);
    // 5.00 on the card leaves 5.03, paid in cash as 5.05.
    QTest::newRow("chf-split-rounds-cash-part") << chf << true << perLine << QList<LineSpec> { { 1003 } } << qint64(0) << QList { F::card(500), F::cash(1000) }
                                                << qint64(1003) << qint64(0) << qint64(160) << qint64(1003) << qint64(2) << qint64(495);
}

void TestSaleService::cartArithmetic()
{
    QFETCH(QString, currency);
    QFETCH(bool, inclusive);
    QFETCH(QString, taxRounding);
    QFETCH(QList<LineSpec>, lines);
    QFETCH(qint64, cartDiscount);
    QFETCH(QList<kassa::TenderInput>, tenders);
    QFETCH(qint64, subtotal);
    QFETCH(qint64, discount);
    QFETCH(qint64, tax);
    QFETCH(qint64, total);
    QFETCH(qint64, cashRounding);
    QFETCH(qint64, change);

    PosFixture &f = *m_fixture;
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"UPDATE companies SET currency = '%1', tax_rounding = '%2'"_s.arg(currency, taxRounding)));
    QVERIFY(query.exec(u"UPDATE shops SET prices_include_tax = %1"_s.arg(inclusive ? 1 : 0)));
    QVERIFY(f.openShift());

    QList<kassa::DraftLine> draftLines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineSpec &spec = lines[i];
        const QString variant = f.item(u"SKU-%1"_s.arg(i), spec.price, spec.rate, spec.pricingUnit, spec.pricingUnit > 1 ? u"g"_s : u"piece"_s);
        draftLines << PosFixture::line(variant, spec.quantity, spec.discount);
    }
    const kassa::SaleDraft draft = PosFixture::cart(draftLines, tenders, cartDiscount);

    // The quote the till shows and the sale it commits are the same arithmetic.
    kassa::SaleService sales(f.context());
    kassa::SaleQuote quote;
    ServiceError error;
    QVERIFY2(sales.quote(f.cashier, draft, &quote, &error), qPrintable(error.message));
    QCOMPARE(quote.cart.total, total);
    QVERIFY(!quote.needsApproval());
    QVERIFY(quote.settlement.isComplete());

    kassa::SaleRecord sale;
    QVERIFY2(sales.commit(f.cashier, draft, &sale, &error), qPrintable(error.field + u": "_s + error.message));
    QCOMPARE(sale.subtotal, subtotal);
    QCOMPARE(sale.discountTotal, discount);
    QCOMPARE(sale.taxTotal, tax);
    QCOMPARE(sale.total, total);
    QCOMPARE(sale.cashRounding, cashRounding);
    QCOMPARE(sale.currency, currency);
    qint64 givenChange = 0;
    for (const kassa::SaleTenderRecord &tender : sale.tenders) {
        givenChange += tender.changeGiven;
    }
    QCOMPARE(givenChange, change);
    const QString problem = storedProblem(f, sale);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Read back, the sale is the one returned.
    kassa::SaleRecord stored;
    QVERIFY(kassa::SaleRepository::load(f.database(), f.companyId, sale.id, &stored, &error));
    QCOMPARE(stored.total, total);
    QCOMPARE(stored.lines.size(), lines.size());
    QCOMPARE(stored.tenders.size(), tenders.size());
    QCOMPARE(stored.shiftId, f.shiftId);
    QCOMPARE(stored.cashierId, f.cashier.userId);
}

void TestSaleService::discountAboveLimitNeedsManager()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    const QString shirt = f.item(u"SHIRT"_s, 4000);
    kassa::SaleService sales(f.context());
    const qint64 before = f.rowCount(u"sales"_s);

    // 15 % off is above the cashier's 10 %.
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(shirt, 1, 600) }, { PosFixture::cash(3400) });
    kassa::SaleQuote quote;
    ServiceError error;
    QVERIFY(sales.quote(f.cashier, draft, &quote, &error));
    QVERIFY(quote.needsApproval());
    QCOMPARE(quote.discountLimitBasisPoints, PosFixture::kCashierDiscountLimit);
    QVERIFY2(quote.approvalReasons.join(u' ').contains(u"15 % off is above your limit of 10 %"_s), qPrintable(quote.approvalReasons.join(u' ')));

    kassa::SaleRecord sale;
    QVERIFY(!sales.commit(f.cashier, draft, &sale, &error));
    QCOMPARE(error.kind, ServiceError::Kind::Forbidden);
    QCOMPARE(error.code, u"approval_required"_s);
    QCOMPARE(error.field, u"approval"_s);

    // A wrong PIN, and a colleague without the right to approve, are both refused.
    draft.approval = { f.manager.userId, u"0000"_s };
    QVERIFY(!sales.commit(f.cashier, draft, &sale, &error));
    QCOMPARE(error.kind, ServiceError::Kind::Unauthorized);
    QCOMPARE(error.field, u"approval"_s);
    draft.approval = { f.colleague.userId, PosFixture::kColleaguePin };
    QVERIFY(!sales.commit(f.cashier, draft, &sale, &error));
    QCOMPARE(error.code, u"approval_refused"_s);
    QCOMPARE(f.rowCount(u"sales"_s), before);

    draft.approval = { f.manager.userId, PosFixture::kManagerPin };
    QVERIFY2(sales.commit(f.cashier, draft, &sale, &error), qPrintable(error.message));
    QCOMPARE(sale.total, 3400);
    QCOMPARE(sale.approvedBy, f.manager.userId);
    QVERIFY(sale.flags.contains(u"discount_above_limit"_s));
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM sales WHERE approved_by = ?"_s, { f.manager.userId }), 1);

    // A cart discount is measured against the cart: 5.00 off 40.00 is 12.5 %.
    kassa::SaleDraft second = PosFixture::cart({ PosFixture::line(shirt) }, { PosFixture::cash(3500) }, 500);
    QVERIFY(!sales.commit(f.cashier, second, &sale, &error));
    QCOMPARE(error.code, u"approval_required"_s);
    QVERIFY2(error.message.contains(u"cart discount of 5.00"_s), qPrintable(error.message));
    // 4.00 off 40.00 is within the limit.
    second.cartDiscount = 400;
    second.tenders = { PosFixture::cash(3600) };
    QVERIFY2(sales.commit(f.cashier, second, &sale, &error), qPrintable(error.message));
    QVERIFY(sale.approvedBy.isEmpty());
    QVERIFY(sale.flags.isEmpty());
}

void TestSaleService::managerDiscountsAboveLimitHerself()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift(10000, &f.manager));
    const QString shirt = f.item(u"SHIRT"_s, 4000);
    kassa::SaleRecord sale;
    ServiceError error;
    QVERIFY2(
        kassa::SaleService(f.context()).commit(f.manager, PosFixture::cart({ PosFixture::line(shirt, 1, 2000) }, { PosFixture::cash(2000) }), &sale, &error),
        qPrintable(error.message));
    QCOMPARE(sale.total, 2000);
    QVERIFY(sale.approvedBy.isEmpty());
}

void TestSaleService::priceOverrideNeedsPermission()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    const QString mug = f.item(u"MUG"_s, 1200);
    kassa::SaleService sales(f.context());
    kassa::DraftLine typed = PosFixture::line(mug, 2);
    typed.priceOverride = 900;
    kassa::SaleDraft draft = PosFixture::cart({ typed }, { PosFixture::cash(1800) });
    kassa::SaleRecord sale;
    ServiceError error;
    QVERIFY(!sales.commit(f.cashier, draft, &sale, &error));
    QCOMPARE(error.code, u"approval_required"_s);
    QVERIFY2(error.message.contains(u"price changed from 12.00 to 9.00"_s), qPrintable(error.message));

    draft.approval = { f.manager.userId, PosFixture::kManagerPin };
    QVERIFY2(sales.commit(f.cashier, draft, &sale, &error), qPrintable(error.message));
    QCOMPARE(sale.total, 1800);
    QCOMPARE(sale.lines.first().unitPrice, 900);
    QVERIFY(sale.flags.contains(u"price_override"_s));
    QCOMPARE(sale.approvedBy, f.manager.userId);
    // The catalog's price is untouched.
    QCOMPARE(f.scalar(u"SELECT price FROM variants WHERE id = ?"_s, { mug }), 1200);
}

void TestSaleService::tendersMustCover_data()
{
    QTest::addColumn<QList<kassa::TenderInput>>("tenders");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    using F = PosFixture;
    QTest::newRow("nothing-paid") << QList<kassa::TenderInput> {} << QString() << u"tenders_incomplete"_s << u"tenders"_s;
    QTest::newRow("cash-short") << QList { F::cash(1999) } << QString() << u"tenders_incomplete"_s << u"tenders"_s;
    QTest::newRow("card-above-total") << QList { F::card(2001) } << QString() << u"tender_exceeds_total"_s << u"tenders[0].amount"_s;
    QTest::newRow("split-card-above-total") << QList { F::cash(500), F::card(1000), F::card(1500) } << QString() << u"tender_exceeds_total"_s
                                            << u"tenders[2].amount"_s;
    QTest::newRow("card-without-reference") << QList { F::card(2000, QString()) } << QString() << u"validation_failed"_s << u"tenders[0].reference"_s;
    QTest::newRow("negative-cash") << QList { F::cash(-2000) } << QString() << u"validation_failed"_s << u"tenders[0].amount"_s;
    QTest::newRow("store-credit-without-customer") << QList { kassa::TenderInput { TenderKind::StoreCredit, 2000, {} } } << QString() << u"validation_failed"_s
                                                   << u"tenders[0].kind"_s;
    QTest::newRow("store-credit-without-balance") << QList { kassa::TenderInput { TenderKind::StoreCredit, 2000, {} } } << u"customer"_s
                                                  << u"store_credit_refused"_s << u"tenders[0].amount"_s;
}

void TestSaleService::tendersMustCover()
{
    QFETCH(QList<kassa::TenderInput>, tenders);
    QFETCH(QString, customer);
    QFETCH(QString, code);
    QFETCH(QString, field);

    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(f.item(u"BOOK"_s, 2000)) }, tenders);
    if (!customer.isEmpty()) {
        draft.customerId = f.customer(u"Ada"_s);
    }
    kassa::SaleRecord sale;
    ServiceError error;
    QVERIFY(!kassa::SaleService(f.context()).commit(f.cashier, draft, &sale, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QCOMPARE(f.rowCount(u"sales"_s), 0);
    QCOMPARE(f.rowCount(u"sale_tenders"_s), 0);
}

void TestSaleService::refusalsNameTheField_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");

    QTest::newRow("zero-quantity") << u"zero-quantity"_s << int(ServiceError::Kind::Validation) << u"lines[1].quantity"_s;
    QTest::newRow("unknown-variant") << u"unknown-variant"_s << int(ServiceError::Kind::Validation) << u"lines[1].variant_id"_s;
    QTest::newRow("discount-above-line") << u"discount-above-line"_s << int(ServiceError::Kind::Validation) << u"lines[1].line_discount"_s;
    QTest::newRow("cart-discount-above-cart") << u"cart-discount-above-cart"_s << int(ServiceError::Kind::Validation) << u"cart_discount"_s;
    QTest::newRow("empty-cart") << u"empty-cart"_s << int(ServiceError::Kind::Validation) << u"lines"_s;
    QTest::newRow("unknown-customer") << u"unknown-customer"_s << int(ServiceError::Kind::Validation) << u"customer_id"_s;
    QTest::newRow("inactive-variant") << u"inactive-variant"_s << int(ServiceError::Kind::Validation) << u"lines[0].variant_id"_s;
    QTest::newRow("no-open-shift") << u"no-open-shift"_s << int(ServiceError::Kind::Conflict) << u"shift"_s;
    QTest::newRow("warehouse-clerk") << u"warehouse-clerk"_s << int(ServiceError::Kind::Forbidden) << QString();
    QTest::newRow("draft-without-id") << u"draft-without-id"_s << int(ServiceError::Kind::Validation) << u"id"_s;
}

void TestSaleService::refusalsNameTheField()
{
    QFETCH(QString, problem);
    QFETCH(int, kind);
    QFETCH(QString, field);

    PosFixture &f = *m_fixture;
    const QString pen = f.item(u"PEN"_s, 150);
    const QString ink = f.item(u"INK"_s, 350);
    if (problem != "no-open-shift"_L1) {
        QVERIFY(f.openShift());
    }
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(pen), PosFixture::line(ink) }, { PosFixture::cash(1000) });
    kassa::Actor actor = f.cashier;
    if (problem == "zero-quantity"_L1) {
        draft.lines[1].quantity = 0;
    } else if (problem == "unknown-variant"_L1) {
        draft.lines[1].variantId = kassa::newId();
    } else if (problem == "discount-above-line"_L1) {
        draft.lines[1].lineDiscount = 351;
    } else if (problem == "cart-discount-above-cart"_L1) {
        draft.cartDiscount = 501;
    } else if (problem == "empty-cart"_L1) {
        draft.lines.clear();
    } else if (problem == "unknown-customer"_L1) {
        draft.customerId = kassa::newId();
    } else if (problem == "inactive-variant"_L1) {
        QSqlQuery query(f.database().connection());
        QVERIFY(query.exec(u"UPDATE variants SET active = 0 WHERE id = '%1'"_s.arg(pen)));
    } else if (problem == "warehouse-clerk"_L1) {
        actor = f.clerk;
    } else if (problem == "draft-without-id"_L1) {
        draft.id.clear();
    }
    kassa::SaleRecord sale;
    ServiceError error;
    QVERIFY(!kassa::SaleService(f.context()).commit(actor, draft, &sale, &error));
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(f.rowCount(u"sales"_s), 0);
}

void TestSaleService::scanBarcodesAndScaleLabels()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    const QString soap = f.item(u"SOAP-1"_s, 295, 1900, 1, u"piece"_s, 100, u"4006381333931"_s);
    // Cheese at 12.99 per kg, sold by the gram; the counter scale prints labels with item 10001.
    const QString cheese = f.item(u"CHEESE"_s, 1299, 700, 1000, u"g"_s, 50000);
    QSqlQuery query(f.database().connection());
    query.prepare(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (?, '10001', ?, 'internal')"_s);
    query.addBindValue(f.companyId);
    query.addBindValue(cheese);
    QVERIFY(query.exec());
    const auto label = [](const QString &twelve) -> QString { return twelve + QString::number(kassa::gs1CheckDigit(twelve)); };

    kassa::SaleService sales(f.context());
    kassa::DraftLine line;
    ServiceError error;
    QVERIFY2(sales.scan(f.cashier, u"4006381333931"_s, &line, &error), qPrintable(error.message));
    QCOMPARE(line.variantId, soap);
    QCOMPARE(line.unitPrice, 295);
    QCOMPARE(line.quantity, 1);
    QVERIFY2(sales.scan(f.cashier, u" SOAP-1 "_s, &line, &error), qPrintable(error.message));
    QCOMPARE(line.variantId, soap);

    // A price label: 6.50 for the cheese, which is 500 g at 12.99/kg (500.38 g).
    kassa::DraftLine priced;
    QVERIFY2(sales.scan(f.cashier, label(u"201000100650"_s), &priced, &error), qPrintable(error.message));
    QCOMPARE(priced.variantId, cheese);
    QCOMPARE(priced.labelPrice, 650);
    QCOMPARE(priced.quantity, 500);
    // A weight label: 500 g, charged at 12.99/kg = 6.495 → 6.50.
    kassa::DraftLine weighed;
    QVERIFY2(sales.scan(f.cashier, label(u"291000100500"_s), &weighed, &error), qPrintable(error.message));
    QCOMPARE(weighed.variantId, cheese);
    QCOMPARE(weighed.labelPrice, -1);
    QCOMPARE(weighed.quantity, 500);
    // A price label of 1.00 is 76.98 g; the customer pays exactly the label's 1.00 all the same.
    kassa::DraftLine small;
    QVERIFY(sales.scan(f.cashier, label(u"201000100100"_s), &small, &error));
    QCOMPARE(small.quantity, 77);

    kassa::SaleRecord sale;
    QVERIFY2(sales.commit(f.cashier, PosFixture::cart({ line, priced, weighed, small }, { PosFixture::cash(2000) }), &sale, &error),
        qPrintable(error.field + u": "_s + error.message));
    QCOMPARE(sale.lines[0].lineTotal, 295);
    QCOMPARE(sale.lines[1].lineTotal, 650);
    QCOMPARE(sale.lines[2].lineTotal, 650);
    QCOMPARE(sale.lines[3].lineTotal, 100);
    QCOMPARE(sale.total, 295 + 650 + 650 + 100);
    QCOMPARE(f.onHand(cheese), 50000 - 500 - 500 - 77);
    const QString stored = storedProblem(f, sale);
    QVERIFY2(stored.isEmpty(), qPrintable(stored));

    QVERIFY(!sales.scan(f.cashier, u"0000000000000"_s, &line, &error));
    QCOMPARE(error.kind, ServiceError::Kind::NotFound);
    QCOMPARE(error.field, u"code"_s);
    // A weight label on goods sold by the piece is refused, not guessed.
    query.prepare(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (?, '10002', ?, 'internal')"_s);
    query.addBindValue(f.companyId);
    query.addBindValue(soap);
    QVERIFY(query.exec());
    QVERIFY(!sales.scan(f.cashier, label(u"291000200500"_s), &line, &error));
    QCOMPARE(error.field, u"code"_s);
}

void TestSaleService::receiptNumbersGaplessAcrossRestarts()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    const QString tea = f.item(u"TEA"_s, 450);
    QStringList numbers;
    ServiceError error;
    const auto sellOne = [&](kassa::CoreContext &context, bool spoil) {
        kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(tea) }, { PosFixture::cash(500) });
        if (spoil) {
            draft.tenders = { { TenderKind::GiftCard, 450, u"NO-SUCH-CARD"_s } };
        }
        kassa::SaleRecord sale;
        const bool ok = kassa::SaleService(context).commit(f.cashier, draft, &sale, &error);
        if (ok) {
            numbers << sale.receiptNumber;
        }
        return ok;
    };
    QVERIFY(sellOne(f.context(), false));
    QVERIFY(!sellOne(f.context(), true)); // refused after its number was taken: the number comes back
    QVERIFY(sellOne(f.context(), false));

    // The program restarts: a new Database object on the same file, the same device.
    f.database().closeAll();
    {
        QString openError;
        std::unique_ptr<kassa::Database> reopened = kassa::Database::open(f.path(), &openError);
        QVERIFY2(reopened, qPrintable(openError));
        kassa::HybridLogicalClock clock;
        kassa::CoreContext context;
        context.database = reopened.get();
        context.clock = &clock;
        QVERIFY(kassa::ensureLocalDevice(*reopened, u"terminal"_s, u"test terminal"_s, &context.deviceId, &clock, &openError));
        QCOMPARE(context.deviceId, f.context().deviceId);
        QVERIFY(sellOne(context, false));
        QVERIFY(!sellOne(context, true));
        QVERIFY(sellOne(context, false));
        reopened->closeAll();
    }
    QVERIFY(sellOne(f.context(), false));

    // TESTSHOP-xxxx-000001 … 000005: one prefix, consecutive counters, no repeats.
    QCOMPARE(numbers.size(), 5);
    const QString prefix = numbers.first().section(u'-', 0, 1);
    QVERIFY2(prefix.startsWith(u"TESTSHOP-"_s), qPrintable(prefix));
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        QCOMPARE(numbers[i], u"%1-%2"_s.arg(prefix).arg(i + 1, 6, 10, QChar(u'0')));
    }
    QCOMPARE(f.scalar(u"SELECT receipt_counter FROM local_device"_s), 5);
    QCOMPARE(f.scalar(u"SELECT COUNT(DISTINCT receipt_number) FROM sales"_s), 5);

    // Once the terminal is enrolled, its prefix is the shop and till number it was given.
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"UPDATE devices SET receipt_prefix = 'BER-2' WHERE id = '%1'"_s.arg(f.context().deviceId)));
    QVERIFY(sellOne(f.context(), false));
    QCOMPARE(numbers.last(), u"BER-2-000006"_s);
}

void TestSaleService::failureAfterLinesLeavesNoTrace()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    const QString bread = f.item(u"BREAD"_s, 349);
    const QString butter = f.item(u"BUTTER"_s, 229);
    const QStringList tables = { u"sales"_s, u"sale_lines"_s, u"sale_tenders"_s, u"stock_movements"_s, u"outbox"_s, u"audit_log"_s, u"gift_card_entries"_s };
    QHash<QString, qint64> before;
    for (const QString &table : tables) {
        before.insert(table, f.rowCount(table));
    }
    const qint64 counter = f.scalar(u"SELECT receipt_counter FROM local_device"_s);
    const qint64 breadStock = f.onHand(bread);

    // The gift card is checked only when its redemption is written, after the sale's lines and
    // stock movements: the failure comes in the middle of the transaction.
    kassa::SaleDraft draft = PosFixture::cart(
        { PosFixture::line(bread, 2), PosFixture::line(butter) }, { PosFixture::cash(500), { TenderKind::GiftCard, 427, u"GIFT-0000-0000"_s } });
    kassa::SaleRecord sale;
    ServiceError error;
    QVERIFY(!kassa::SaleService(f.context()).commit(f.cashier, draft, &sale, &error));
    QCOMPARE(error.code, u"gift_card_refused"_s);
    QCOMPARE(error.field, u"tenders[1].reference"_s);
    QVERIFY2(error.message.contains(u"no gift card GIFT00000000"_s), qPrintable(error.message));

    for (const QString &table : tables) {
        QCOMPARE(f.rowCount(table), before.value(table));
    }
    QCOMPARE(f.scalar(u"SELECT receipt_counter FROM local_device"_s), counter);
    QCOMPARE(f.onHand(bread), breadStock);
    QVERIFY(kassa::checkIntegrity(f.database()).ok());

    // The same cart paid properly goes through.
    draft.tenders = { PosFixture::cash(1000) };
    QVERIFY2(kassa::SaleService(f.context()).commit(f.cashier, draft, &sale, &error), qPrintable(error.message));
    QCOMPARE(f.onHand(bread), breadStock - 2);
}

void TestSaleService::repeatedCommitSellsOnce()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    const QString cola = f.item(u"COLA"_s, 199);
    const kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(cola, 3) }, { PosFixture::cash(1000) });
    kassa::SaleService sales(f.context());
    kassa::SaleRecord first, second;
    ServiceError error;
    bool replayed = true;
    QVERIFY(sales.commit(f.cashier, draft, &first, &error, &replayed));
    QVERIFY(!replayed);
    QVERIFY(sales.commit(f.cashier, draft, &second, &error, &replayed));
    QVERIFY(replayed);
    QCOMPARE(second.id, first.id);
    QCOMPARE(second.receiptNumber, first.receiptNumber);
    QCOMPARE(second.total, first.total);
    QCOMPARE(f.rowCount(u"sales"_s), 1);
    QCOMPARE(f.onHand(cola), 1000 - 3);
}

void TestSaleService::outboxCarriesTheWholeSale()
{
    PosFixture &f = *m_fixture;
    QVERIFY(f.openShift());
    const QString jam = f.item(u"JAM"_s, 399, 700);
    const QString cup = f.item(u"CUP"_s, 899);
    kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(jam, 2), PosFixture::line(cup, 1, 50) }, { PosFixture::card(1000), PosFixture::cash(1000) });
    draft.note = u"gift wrapped"_s;
    kassa::SaleRecord sale;
    ServiceError error;
    QVERIFY2(kassa::SaleService(f.context()).commit(f.cashier, draft, &sale, &error), qPrintable(error.message));

    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"SELECT type, schema_version, payload FROM outbox ORDER BY seq DESC LIMIT 1"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"sale.committed"_s);
    QCOMPARE(query.value(1).toInt(), 1);
    const QJsonObject payload = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    QCOMPARE(payload.value(u"schema_version"_s).toInt(), 1);
    QCOMPARE(payload.value(u"id"_s).toString(), sale.id);
    QCOMPARE(payload.value(u"kind"_s).toString(), u"sale"_s);
    QCOMPARE(payload.value(u"receipt_number"_s).toString(), sale.receiptNumber);
    QCOMPARE(payload.value(u"shift_id"_s).toString(), f.shiftId);
    QCOMPARE(payload.value(u"cashier_id"_s).toString(), f.cashier.userId);
    QCOMPARE(payload.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(payload.value(u"total"_s).toInteger(), sale.total);
    QCOMPARE(payload.value(u"note"_s).toString(), u"gift wrapped"_s);
    const QJsonArray lines = payload.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].toObject().value(u"unit_price"_s).toInteger(), 399);
    QCOMPARE(lines[0].toObject().value(u"sku"_s).toString(), u"JAM"_s);
    QCOMPARE(lines[0].toObject().value(u"tax_rate_bp"_s).toInt(), 700);
    QCOMPARE(lines[1].toObject().value(u"line_discount"_s).toInteger(), 50);
    const QJsonArray tenders = payload.value(u"tenders"_s).toArray();
    QCOMPARE(tenders.size(), 2);
    QCOMPARE(tenders[0].toObject().value(u"reference"_s).toString(), u"VISA 4242 auth 0815"_s);
    QCOMPARE(tenders[1].toObject().value(u"change_given"_s).toInteger(), 1000 + 1000 - sale.total);
    // The stock movements travel with their ids, so the server applies them exactly once.
    const QJsonArray movements = payload.value(u"stock_movements"_s).toArray();
    QCOMPARE(movements.size(), 2);
    for (const QJsonValue &movement : movements) {
        QCOMPARE(f.scalar(u"SELECT quantity_delta FROM stock_movements WHERE id = ?"_s, { movement.toObject().value(u"id"_s).toString() }),
            movement.toObject().value(u"quantity_delta"_s).toInteger());
    }
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'sale.commit' AND entity_id = ?"_s, { sale.id }), 1);
    // The open cart of this sale, had it been saved, is gone with the commit.
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM parked_sales WHERE id = ?"_s, { sale.id }), 0);
}

QTEST_GUILESS_MAIN(TestSaleService)
#include "tst_saleservice.moc"
