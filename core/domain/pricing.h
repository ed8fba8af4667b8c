#pragma once

#include "money.h"
#include "tax.h"

#include <QList>
#include <QString>

namespace kassa {

// One cart line as the shop prices it. Amounts are minor units in the shop's price terms: gross
// when the shop shows prices with tax, net when it shows them without.
struct PriceLineInput {
    qint64 unitPrice = 0;
    qint64 quantity = 1; // in the variant's unit; negative on a return
    qint64 pricingUnit = 1; // unitPrice is per this many units (1000 for a price per kg sold by gram)
    qint64 lineDiscount = 0; // minor units off this line, in price terms
    int taxRateBasisPoints = 0;
};

struct PricingPolicy {
    bool pricesIncludeTax = true;
    RoundingMode rounding = RoundingMode::HalfUp;
    TaxRounding taxRounding = TaxRounding::PerLine;
};

struct PricedLine {
    qint64 extended = 0; // unit price × quantity, rounded once
    qint64 lineDiscount = 0;
    qint64 cartDiscountShare = 0;
    qint64 net = 0; // without tax, after discounts
    qint64 tax = 0;
    qint64 total = 0; // with tax, after discounts: what the customer pays for the line
};

struct TaxBreakdownRow {
    int rateBasisPoints = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

struct PricedCart {
    QList<PricedLine> lines;
    qint64 subtotal = 0; // sum of extended amounts, before discounts, in price terms
    qint64 discountTotal = 0; // line and cart discounts
    qint64 netTotal = 0;
    qint64 taxTotal = 0;
    qint64 total = 0;
    QList<TaxBreakdownRow> taxes; // one row per rate, ascending
};

// Prices a cart: extends each line, applies line discounts, spreads the cart discount across the
// lines in proportion to what is left of them (so it sums exactly), then computes tax per line or
// per rate as the policy says. Returns false with `error` naming the problem on bad input
// (a discount larger than what it discounts, a non-positive pricing unit, a rate out of range).
bool priceCart(const QList<PriceLineInput> &lines, qint64 cartDiscount, const PricingPolicy &policy, PricedCart *result, QString *error);

} // namespace kassa
