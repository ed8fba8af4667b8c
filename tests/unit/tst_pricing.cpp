// priceCart: what a receipt shows. Tax-inclusive and -exclusive prices, several rates with their
// breakdown, per-line and per-total tax rounding, discounts, weighed goods, returns and refusals.

#include "domain/pricing.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdlib>

using namespace Qt::StringLiterals;
using kassa::PricedCart;
using kassa::PriceLineInput;
using kassa::PricingPolicy;
using kassa::RoundingMode;
using kassa::TaxRounding;

Q_DECLARE_METATYPE(kassa::PriceLineInput)
Q_DECLARE_METATYPE(kassa::TaxRounding)
Q_DECLARE_METATYPE(kassa::RoundingMode)

namespace
{

PriceLineInput line(qint64 unitPrice, qint64 quantity, int rate, qint64 lineDiscount = 0, qint64 pricingUnit = 1)
{
    PriceLineInput in;
    in.unitPrice = unitPrice;
    in.quantity = quantity;
    in.taxRateBasisPoints = rate;
    in.lineDiscount = lineDiscount;
    in.pricingUnit = pricingUnit;
    return in;
}

PricingPolicy policy(bool pricesIncludeTax, TaxRounding taxRounding = TaxRounding::PerLine, RoundingMode rounding = RoundingMode::HalfUp)
{
    PricingPolicy p;
    p.pricesIncludeTax = pricesIncludeTax;
    p.taxRounding = taxRounding;
    p.rounding = rounding;
    return p;
}

// What must hold for every priced cart, whatever its lines: the receipt adds up across lines, rates
// and totals. Returns an empty string when it does, else the first thing that does not.
QString receiptProblem(const QList<PriceLineInput> &inputs, qint64 cartDiscount, const PricingPolicy &p, const PricedCart &cart)
{
    if (cart.lines.size() != inputs.size()) {
        return u"%1 priced lines for %2 inputs"_s.arg(cart.lines.size()).arg(inputs.size());
    }
    qint64 subtotal = 0, discounts = 0, cartShares = 0, net = 0, tax = 0, total = 0;
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const kassa::PricedLine &l = cart.lines[i];
        const QString where = u"line %1: "_s.arg(i + 1);
        if (l.total != l.net + l.tax) {
            return where + u"total %1 is not net %2 + tax %3"_s.arg(l.total).arg(l.net).arg(l.tax);
        }
        const qint64 afterDiscounts = l.extended - l.lineDiscount - l.cartDiscountShare;
        if ((p.pricesIncludeTax ? l.total : l.net) != afterDiscounts) {
            return where + u"amount after discounts %1 does not match the line"_s.arg(afterDiscounts);
        }
        // The line's tax is its exact tax, give or take the one unit rounding may move.
        const int rate = inputs[i].taxRateBasisPoints;
        const kassa::WideInt divisor = p.pricesIncludeTax ? kassa::kBasisPointsPerWhole + rate : kassa::kBasisPointsPerWhole;
        kassa::WideInt deviation = kassa::WideInt(l.tax) * divisor - kassa::WideInt(afterDiscounts) * rate;
        if (deviation < 0) {
            deviation = -deviation;
        }
        if (deviation >= divisor) {
            return where + u"tax %1 is more than a unit away from the exact tax of %2"_s.arg(l.tax).arg(afterDiscounts);
        }
        if ((afterDiscounts > 0 && l.tax < 0) || (afterDiscounts < 0 && l.tax > 0)) {
            return where + u"tax %1 has the opposite sign of the amount %2"_s.arg(l.tax).arg(afterDiscounts);
        }
        subtotal += l.extended;
        discounts += l.lineDiscount + l.cartDiscountShare;
        cartShares += inputs[i].quantity < 0 ? -l.cartDiscountShare : l.cartDiscountShare;
        net += l.net;
        tax += l.tax;
        total += l.total;
    }
    if (cartShares != cartDiscount) {
        return u"cart discount shares add up to %1, not %2"_s.arg(cartShares).arg(cartDiscount);
    }
    if (subtotal != cart.subtotal || discounts != cart.discountTotal || net != cart.netTotal || tax != cart.taxTotal || total != cart.total) {
        return u"the cart totals are not the sums of its lines"_s;
    }
    qint64 rowsNet = 0, rowsTax = 0, rowsGross = 0;
    int previousRate = -1;
    for (const kassa::TaxBreakdownRow &row : cart.taxes) {
        if (row.rateBasisPoints <= previousRate) {
            return u"tax rows are not one per rate in ascending order"_s;
        }
        previousRate = row.rateBasisPoints;
        if (row.gross != row.net + row.tax) {
            return u"tax row %1: gross is not net + tax"_s.arg(row.rateBasisPoints);
        }
        rowsNet += row.net;
        rowsTax += row.tax;
        rowsGross += row.gross;
    }
    if (rowsNet != cart.netTotal || rowsTax != cart.taxTotal || rowsGross != cart.total) {
        return u"the tax breakdown does not add up to the totals"_s;
    }
    return {};
}

quint32 testSeed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("KASSA_TEST_SEED").toUInt(&ok);
    return ok ? fromEnvironment : QRandomGenerator::system()->generate();
}

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taxInclusive();
    void taxExclusive();
    void severalRates_data();
    void severalRates();
    void taxRounding_data();
    void taxRounding();
    void lineDiscount();
    void cartDiscountSpread_data();
    void cartDiscountSpread();
    void weighedGoods_data();
    void weighedGoods();
    void returnLine_data();
    void returnLine();
    void returnLineWithDiscount();
    void refusals_data();
    void refusals();
    void receiptsAlwaysAddUp();
};

void TestPricing::taxInclusive()
{
    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart({ line(1190, 1, 1900) }, 0, policy(true), &cart, &error), qPrintable(error));
    QCOMPARE(cart.lines.size(), 1);
    QCOMPARE(cart.lines[0].extended, qint64(1190));
    QCOMPARE(cart.lines[0].tax, qint64(190));
    QCOMPARE(cart.lines[0].net, qint64(1000));
    QCOMPARE(cart.lines[0].total, qint64(1190));
    QCOMPARE(cart.subtotal, qint64(1190));
    QCOMPARE(cart.total, qint64(1190));
    QCOMPARE(cart.taxTotal, qint64(190));
    QCOMPARE(cart.netTotal, qint64(1000));
    QCOMPARE(cart.discountTotal, qint64(0));
}

void TestPricing::taxExclusive()
{
    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart({ line(1000, 2, 1900) }, 0, policy(false), &cart, &error), qPrintable(error));
    QCOMPARE(cart.lines[0].extended, qint64(2000));
    QCOMPARE(cart.lines[0].net, qint64(2000));
    QCOMPARE(cart.lines[0].tax, qint64(380));
    QCOMPARE(cart.lines[0].total, qint64(2380));
    QCOMPARE(cart.subtotal, qint64(2000));
    QCOMPARE(cart.netTotal, qint64(2000));
    QCOMPARE(cart.taxTotal, qint64(380));
    QCOMPARE(cart.total, qint64(2380));
}

void TestPricing::severalRates_data()
{
    QTest::addColumn<bool>("pricesIncludeTax");
    QTest::addColumn<TaxRounding>("taxRounding");
    QTest::addColumn<QList<PriceLineInput>>("lines");

    // The same goods priced both ways: 19 %, 7 % (two pieces) and a tax-free line, given out of
    // rate order so the breakdown has to sort them.
    const QList<PriceLineInput> inclusive = { line(1190, 1, 1900), line(535, 2, 700), line(500, 1, 0) };
    const QList<PriceLineInput> exclusive = { line(1000, 1, 1900), line(500, 2, 700), line(500, 1, 0) };
    QTest::newRow("inclusive-per-line") << true << TaxRounding::PerLine << inclusive;
    QTest::newRow("inclusive-per-total") << true << TaxRounding::PerTotal << inclusive;
    QTest::newRow("exclusive-per-line") << false << TaxRounding::PerLine << exclusive;
    QTest::newRow("exclusive-per-total") << false << TaxRounding::PerTotal << exclusive;
}

void TestPricing::severalRates()
{
    QFETCH(bool, pricesIncludeTax);
    QFETCH(TaxRounding, taxRounding);
    QFETCH(QList<PriceLineInput>, lines);

    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart(lines, 0, policy(pricesIncludeTax, taxRounding), &cart, &error), qPrintable(error));
    QCOMPARE(cart.taxes.size(), 3);
    QCOMPARE(cart.taxes[0].rateBasisPoints, 0);
    QCOMPARE(cart.taxes[0].net, qint64(500));
    QCOMPARE(cart.taxes[0].tax, qint64(0));
    QCOMPARE(cart.taxes[0].gross, qint64(500));
    QCOMPARE(cart.taxes[1].rateBasisPoints, 700);
    QCOMPARE(cart.taxes[1].net, qint64(1000));
    QCOMPARE(cart.taxes[1].tax, qint64(70));
    QCOMPARE(cart.taxes[1].gross, qint64(1070));
    QCOMPARE(cart.taxes[2].rateBasisPoints, 1900);
    QCOMPARE(cart.taxes[2].net, qint64(1000));
    QCOMPARE(cart.taxes[2].tax, qint64(190));
    QCOMPARE(cart.taxes[2].gross, qint64(1190));
    QCOMPARE(cart.netTotal, qint64(2500));
    QCOMPARE(cart.taxTotal, qint64(260));
    QCOMPARE(cart.total, qint64(2760));
    // Lines keep their own order and taxes.
    QCOMPARE(cart.lines[0].tax, qint64(190));
    QCOMPARE(cart.lines[1].tax, qint64(70));
    QCOMPARE(cart.lines[2].tax, qint64(0));
    QCOMPARE(receiptProblem(lines, 0, policy(pricesIncludeTax, taxRounding), cart), QString());
}

void TestPricing::taxRounding_data()
{
    QTest::addColumn<bool>("pricesIncludeTax");
    QTest::addColumn<TaxRounding>("taxRounding");
    QTest::addColumn<QList<qint64>>("lineTaxes");
    QTest::addColumn<qint64>("taxTotal");
    QTest::addColumn<qint64>("total");

    // Three lines of 0.10 gross at 19 %: each holds 1.597 cents of tax, rounded per line that is
    // 3 × 2 = 6 cents; on the total of 0.30 it is 4.79, so 5 cents.
    QTest::newRow("inclusive-per-line") << true << TaxRounding::PerLine << QList<qint64> { 2, 2, 2 } << qint64(6) << qint64(30);
    QTest::newRow("inclusive-per-total") << true << TaxRounding::PerTotal << QList<qint64> { 2, 2, 1 } << qint64(5) << qint64(30);
    // Three lines of 0.03 net at 19 %: 0.57 cents each, rounded per line 3 cents; on 0.09 it is
    // 1.71, so 2 cents — and the customer pays one cent less.
    QTest::newRow("exclusive-per-line") << false << TaxRounding::PerLine << QList<qint64> { 1, 1, 1 } << qint64(3) << qint64(12);
    QTest::newRow("exclusive-per-total") << false << TaxRounding::PerTotal << QList<qint64> { 1, 1, 0 } << qint64(2) << qint64(11);
}

void TestPricing::taxRounding()
{
    QFETCH(bool, pricesIncludeTax);
    QFETCH(TaxRounding, taxRounding);
    QFETCH(QList<qint64>, lineTaxes);
    QFETCH(qint64, taxTotal);
    QFETCH(qint64, total);

    const qint64 price = pricesIncludeTax ? 10 : 3;
    const QList<PriceLineInput> lines = { line(price, 1, 1900), line(price, 1, 1900), line(price, 1, 1900) };
    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart(lines, 0, policy(pricesIncludeTax, taxRounding), &cart, &error), qPrintable(error));
    QList<qint64> taxes;
    for (const kassa::PricedLine &l : std::as_const(cart.lines)) {
        taxes << l.tax;
    }
    QCOMPARE(taxes, lineTaxes);
    QCOMPARE(cart.taxTotal, taxTotal);
    QCOMPARE(cart.taxes.size(), 1);
    QCOMPARE(cart.taxes[0].tax, taxTotal);
    QCOMPARE(cart.total, total);
    QCOMPARE(cart.netTotal, total - taxTotal);
    QCOMPARE(receiptProblem(lines, 0, policy(pricesIncludeTax, taxRounding), cart), QString());
}

void TestPricing::lineDiscount()
{
    // Three pieces at 10.00 with 3.00 off the line, 19 % included.
    PricedCart cart;
    QString error;
    const QList<PriceLineInput> lines = { line(1000, 3, 1900, 300) };
    QVERIFY2(kassa::priceCart(lines, 0, policy(true), &cart, &error), qPrintable(error));
    QCOMPARE(cart.lines[0].extended, qint64(3000));
    QCOMPARE(cart.lines[0].lineDiscount, qint64(300));
    QCOMPARE(cart.lines[0].total, qint64(2700));
    QCOMPARE(cart.lines[0].tax, qint64(431)); // 27.00 × 19 / 119 = 4.3109
    QCOMPARE(cart.lines[0].net, qint64(2269));
    QCOMPARE(cart.subtotal, qint64(3000));
    QCOMPARE(cart.discountTotal, qint64(300));
    QCOMPARE(cart.total, qint64(2700));
    QCOMPARE(receiptProblem(lines, 0, policy(true), cart), QString());
}

void TestPricing::cartDiscountSpread_data()
{
    QTest::addColumn<QList<PriceLineInput>>("lines");
    QTest::addColumn<qint64>("cartDiscount");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::addColumn<QList<qint64>>("lineTaxes");
    QTest::addColumn<qint64>("total");

    // 1.00 off 10 + 20 + 30: 16.67, 33.33 and 50 cents; the cent lost to truncation goes to the
    // largest remainder (the first line).
    QTest::newRow("proportional") << QList<PriceLineInput> { line(1000, 1, 1900), line(2000, 1, 1900), line(3000, 1, 700) } << qint64(100)
                                  << QList<qint64> { 17, 33, 50 } << QList<qint64> { 157, 314, 193 } << qint64(5900);
    // After 5.00 off the first line, the cart discount follows what is left of each line.
    QTest::newRow("after-line-discount") << QList<PriceLineInput> { line(1000, 1, 1900, 500), line(2000, 1, 1900), line(3000, 1, 700) } << qint64(100)
                                         << QList<qint64> { 9, 36, 55 } << QList<qint64> { 78, 314, 193 } << qint64(5400);
    QTest::newRow("whole-cart-free") << QList<PriceLineInput> { line(1000, 1, 1900), line(2000, 1, 700) } << qint64(3000) << QList<qint64> { 1000, 2000 }
                                     << QList<qint64> { 0, 0 } << qint64(0);
    QTest::newRow("one-cent-over-three-lines") << QList<PriceLineInput> { line(100, 1, 1900), line(100, 1, 1900), line(100, 1, 1900) } << qint64(1)
                                               << QList<qint64> { 1, 0, 0 } << QList<qint64> { 16, 16, 16 } << qint64(299);
}

void TestPricing::cartDiscountSpread()
{
    QFETCH(QList<PriceLineInput>, lines);
    QFETCH(qint64, cartDiscount);
    QFETCH(QList<qint64>, shares);
    QFETCH(QList<qint64>, lineTaxes);
    QFETCH(qint64, total);

    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart(lines, cartDiscount, policy(true), &cart, &error), qPrintable(error));
    QList<qint64> actualShares, actualTaxes;
    qint64 lineDiscounts = 0;
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        actualShares << cart.lines[i].cartDiscountShare;
        actualTaxes << cart.lines[i].tax;
        lineDiscounts += lines[i].lineDiscount;
    }
    QCOMPARE(actualShares, shares);
    QCOMPARE(actualTaxes, lineTaxes);
    QCOMPARE(cart.discountTotal, lineDiscounts + cartDiscount);
    QCOMPARE(cart.total, total);
    QCOMPARE(cart.subtotal - cart.discountTotal, total);
    QCOMPARE(receiptProblem(lines, cartDiscount, policy(true), cart), QString());
}

void TestPricing::weighedGoods_data()
{
    QTest::addColumn<qint64>("pricePerKilogram");
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<RoundingMode>("rounding");
    QTest::addColumn<qint64>("extended");
    QTest::addColumn<qint64>("tax");

    // 12.99 per kg × 1.234 kg = 16.02966 → 16.03; 7 % included: 1.0487 → 1.05.
    QTest::newRow("cheese-1234-grams") << qint64(1299) << qint64(1234) << RoundingMode::HalfUp << qint64(1603) << qint64(105);
    QTest::newRow("exactly-one-kilogram") << qint64(1299) << qint64(1000) << RoundingMode::HalfUp << qint64(1299) << qint64(85);
    // 25.00 per kg × 1 g = 2.5 cents: the company's rounding mode decides.
    QTest::newRow("half-cent-half-up") << qint64(2500) << qint64(1) << RoundingMode::HalfUp << qint64(3) << qint64(0);
    QTest::newRow("half-cent-half-even") << qint64(2500) << qint64(1) << RoundingMode::HalfEven << qint64(2) << qint64(0);
    QTest::newRow("returned-cheese") << qint64(1299) << qint64(-1234) << RoundingMode::HalfUp << qint64(-1603) << qint64(-105);
}

void TestPricing::weighedGoods()
{
    QFETCH(qint64, pricePerKilogram);
    QFETCH(qint64, grams);
    QFETCH(RoundingMode, rounding);
    QFETCH(qint64, extended);
    QFETCH(qint64, tax);

    const QList<PriceLineInput> lines = { line(pricePerKilogram, grams, 700, 0, 1000) };
    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart(lines, 0, policy(true, TaxRounding::PerLine, rounding), &cart, &error), qPrintable(error));
    QCOMPARE(cart.lines[0].extended, extended);
    QCOMPARE(cart.lines[0].tax, tax);
    QCOMPARE(cart.total, extended);
    QCOMPARE(receiptProblem(lines, 0, policy(true, TaxRounding::PerLine, rounding), cart), QString());
}

void TestPricing::returnLine_data()
{
    QTest::addColumn<TaxRounding>("taxRounding");
    QTest::addRow("per-line") << TaxRounding::PerLine;
    QTest::addRow("per-total") << TaxRounding::PerTotal;
}

void TestPricing::returnLine()
{
    // An exchange: two pieces bought, one of the same rate brought back. The returned line is a
    // refund with its own (negative) tax, whichever way the company rounds tax.
    QFETCH(TaxRounding, taxRounding);
    const QList<PriceLineInput> lines = { line(1190, 2, 1900), line(1190, -1, 1900) };
    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart(lines, 0, policy(true, taxRounding), &cart, &error), qPrintable(error));
    QCOMPARE(cart.lines[1].extended, qint64(-1190));
    QCOMPARE(cart.lines[1].tax, qint64(-190));
    QCOMPARE(cart.lines[1].net, qint64(-1000));
    QCOMPARE(cart.lines[1].total, qint64(-1190));
    QCOMPARE(cart.lines[0].tax, qint64(380));
    QCOMPARE(cart.total, qint64(1190));
    QCOMPARE(cart.taxTotal, qint64(190));
    QCOMPARE(cart.netTotal, qint64(1000));
    QCOMPARE(receiptProblem(lines, 0, policy(true, taxRounding), cart), QString());

    // A return on its own.
    QVERIFY2(kassa::priceCart({ line(1190, -1, 1900) }, 0, policy(true, taxRounding), &cart, &error), qPrintable(error));
    QCOMPARE(cart.total, qint64(-1190));
    QCOMPARE(cart.taxTotal, qint64(-190));
    QCOMPARE(cart.taxes.size(), 1);
    QCOMPARE(cart.taxes[0].net, qint64(-1000));
}

void TestPricing::returnLineWithDiscount()
{
    // Two pieces at 5.00 that were sold with 1.00 off: the refund is 9.00, not 10.00 or 11.00.
    const QList<PriceLineInput> lines = { line(500, -2, 1900, 100) };
    PricedCart cart;
    QString error;
    QVERIFY2(kassa::priceCart(lines, 0, policy(true), &cart, &error), qPrintable(error));
    QCOMPARE(cart.lines[0].extended, qint64(-1000));
    QCOMPARE(cart.lines[0].lineDiscount, qint64(-100));
    QCOMPARE(cart.lines[0].total, qint64(-900));
    QCOMPARE(cart.lines[0].tax, qint64(-144)); // 9.00 × 19 / 119 = 1.437
    QCOMPARE(cart.total, qint64(-900));
    QCOMPARE(receiptProblem(lines, 0, policy(true), cart), QString());
}

void TestPricing::refusals_data()
{
    QTest::addColumn<QList<PriceLineInput>>("lines");
    QTest::addColumn<qint64>("cartDiscount");
    QTest::addColumn<QString>("message");

    const QString lineDiscountMessage = u"line discount must be between 0 and the line amount"_s;
    const QString cartDiscountMessage = u"cart discount must be between 0 and the amount left after line discounts"_s;
    QTest::newRow("discount-larger-than-line") << QList<PriceLineInput> { line(500, 1, 1900, 501) } << qint64(0) << u"line 1: "_s + lineDiscountMessage;
    QTest::newRow("negative-line-discount") << QList<PriceLineInput> { line(500, 1, 1900, -1) } << qint64(0) << u"line 1: "_s + lineDiscountMessage;
    QTest::newRow("return-discount-larger-than-line") << QList<PriceLineInput> { line(500, 1, 1900), line(500, -1, 1900, 600) } << qint64(0)
                                                      << u"line 2: "_s + lineDiscountMessage;
    QTest::newRow("negative-price") << QList<PriceLineInput> { line(500, 1, 1900), line(-1, 1, 1900) } << qint64(0)
                                    << u"line 2: unit price must not be negative"_s;
    QTest::newRow("rate-above-100-percent") << QList<PriceLineInput> { line(500, 1, 10001) } << qint64(0)
                                            << u"line 1: tax rate must be between 0 and 10000 basis points"_s;
    QTest::newRow("negative-rate") << QList<PriceLineInput> { line(500, 1, -1) } << qint64(0) << u"line 1: tax rate must be between 0 and 10000 basis points"_s;
    QTest::newRow("pricing-unit-zero") << QList<PriceLineInput> { line(1299, 250, 700, 0, 0) } << qint64(0) << u"line 1: pricing unit must be positive"_s;
    QTest::newRow("pricing-unit-negative") << QList<PriceLineInput> { line(1299, 250, 700, 0, -1000) } << qint64(0)
                                           << u"line 1: pricing unit must be positive"_s;
    QTest::newRow("cart-discount-larger-than-cart") << QList<PriceLineInput> { line(1000, 1, 1900) } << qint64(1001) << cartDiscountMessage;
    QTest::newRow("cart-discount-after-line-discount") << QList<PriceLineInput> { line(1000, 1, 1900, 500) } << qint64(501) << cartDiscountMessage;
    QTest::newRow("negative-cart-discount") << QList<PriceLineInput> { line(1000, 1, 1900) } << qint64(-1) << cartDiscountMessage;
}

void TestPricing::refusals()
{
    QFETCH(QList<PriceLineInput>, lines);
    QFETCH(qint64, cartDiscount);
    QFETCH(QString, message);

    PricedCart cart;
    cart.total = 4242;
    QString error;
    QVERIFY(!kassa::priceCart(lines, cartDiscount, policy(true), &cart, &error));
    QCOMPARE(error, message);
    QCOMPARE(cart.total, qint64(4242)); // the caller's cart is left alone
    QVERIFY(cart.lines.isEmpty());
}

void TestPricing::receiptsAlwaysAddUp()
{
    // Random carts (sales, returns, weighed goods, discounts, every rate and policy): whatever the
    // mix, lines, rates and totals add up and each line's tax is within a unit of its exact tax.
    const quint32 seed = testSeed();
    qInfo("receiptsAlwaysAddUp seed %u (replay with KASSA_TEST_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);
    const int rates[] = { 0, 500, 700, 1900, 2000, 2500 };
    const RoundingMode modes[] = { RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::HalfDown, RoundingMode::Up, RoundingMode::Down };
    for (int round = 0; round < 5000; ++round) {
        const PricingPolicy p = policy(random.bounded(2) == 1, random.bounded(2) == 1 ? TaxRounding::PerTotal : TaxRounding::PerLine, modes[random.bounded(5)]);
        const bool salesOnly = random.bounded(2) == 1;
        QList<PriceLineInput> lines;
        const int lineCount = int(random.bounded(1, 9));
        for (int i = 0; i < lineCount; ++i) {
            const bool weighed = random.bounded(4) == 0;
            qint64 quantity = weighed ? random.bounded(qint64(1), qint64(5000)) : random.bounded(qint64(1), qint64(6));
            if (!salesOnly && random.bounded(3) == 0) {
                quantity = -quantity;
            }
            PriceLineInput in = line(random.bounded(qint64(0), qint64(100000)), quantity, rates[random.bounded(6)], 0, weighed ? 1000 : 1);
            const qint64 extended = kassa::divideRounded(kassa::WideInt(in.unitPrice) * in.quantity, in.pricingUnit, p.rounding);
            if (extended != 0 && random.bounded(3) == 0) {
                in.lineDiscount = random.bounded(qint64(0), std::llabs(extended) + 1);
            }
            lines << in;
        }
        PricedCart cart;
        QString error;
        // A cart discount only on carts that are all sales (it cannot be given on a refund).
        qint64 cartDiscount = 0;
        if (salesOnly) {
            QVERIFY2(kassa::priceCart(lines, 0, p, &cart, &error), qPrintable(error));
            const qint64 left = cart.subtotal - cart.discountTotal;
            cartDiscount = left > 0 && random.bounded(2) == 1 ? random.bounded(qint64(0), left + 1) : 0;
        }
        QVERIFY2(kassa::priceCart(lines, cartDiscount, p, &cart, &error), qPrintable(u"seed %1 round %2: %3"_s.arg(seed).arg(round).arg(error)));
        const QString problem = receiptProblem(lines, cartDiscount, p, cart);
        QVERIFY2(problem.isEmpty(), qPrintable(u"seed %1 round %2: %3"_s.arg(seed).arg(round).arg(problem)));
    }
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
