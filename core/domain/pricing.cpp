#include "pricing.h"

#include <QMap>

#include <algorithm>
#include <cstdlib>
#include <numeric>

using namespace Qt::StringLiterals;

namespace kassa {

bool priceCart(const QList<PriceLineInput> &lines, qint64 cartDiscount, const PricingPolicy &policy, PricedCart *result, QString *error)
{
    PricedCart cart;
    cart.lines.resize(lines.size());
    QList<qint64> remainingAfterLineDiscount(lines.size(), 0);
    qint64 discountable = 0;

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PriceLineInput &in = lines[i];
        const QString where = u"line %1: "_s.arg(i + 1);
        if (in.pricingUnit <= 0) {
            *error = where + u"pricing unit must be positive"_s;
            return false;
        }
        if (in.unitPrice < 0) {
            *error = where + u"unit price must not be negative"_s;
            return false;
        }
        if (in.taxRateBasisPoints < 0 || in.taxRateBasisPoints > kBasisPointsPerWhole) {
            *error = where + u"tax rate must be between 0 and 10000 basis points"_s;
            return false;
        }
        PricedLine &out = cart.lines[i];
        out.extended = divideRounded(WideInt(in.unitPrice) * in.quantity, in.pricingUnit, policy.rounding);
        // A discount reduces the amount's magnitude, on a sale and on a return alike.
        if (in.lineDiscount < 0 || in.lineDiscount > std::llabs(out.extended)) {
            *error = where + u"line discount must be between 0 and the line amount"_s;
            return false;
        }
        out.lineDiscount = out.extended < 0 ? -in.lineDiscount : in.lineDiscount;
        remainingAfterLineDiscount[i] = std::llabs(out.extended - out.lineDiscount);
        discountable += remainingAfterLineDiscount[i];
        cart.subtotal += out.extended;
    }
    if (cartDiscount < 0 || cartDiscount > discountable) {
        *error = u"cart discount must be between 0 and the amount left after line discounts"_s;
        return false;
    }
    const QList<qint64> shares = allocateProportionally(cartDiscount, remainingAfterLineDiscount);

    // Amount per line in price terms after all discounts; tax is then taken out of it or added.
    QMap<int, QList<qsizetype>> linesByRate;
    QList<qint64> discounted(lines.size(), 0);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        PricedLine &out = cart.lines[i];
        out.cartDiscountShare = out.extended < 0 ? -shares[i] : shares[i];
        discounted[i] = out.extended - out.lineDiscount - out.cartDiscountShare;
        cart.discountTotal += out.lineDiscount + out.cartDiscountShare;
        linesByRate[lines[i].taxRateBasisPoints].append(i);
    }

    const auto taxOf = [&policy](qint64 amount, int rate) {
        return policy.pricesIncludeTax ? taxInGross(amount, rate, policy.rounding) : taxOnNet(amount, rate, policy.rounding);
    };

    for (auto it = linesByRate.cbegin(); it != linesByRate.cend(); ++it) {
        const int rate = it.key();
        const QList<qsizetype> &members = it.value();
        if (policy.taxRounding == TaxRounding::PerLine) {
            for (qsizetype i : members) {
                cart.lines[i].tax = taxOf(discounted[i], rate);
            }
        } else {
            // Tax computed once on the rate's sum, then spread over its lines so lines still add up:
            // each line first gets its own exact tax cut towards zero, and the units the rate's total
            // still needs go to the lines with the largest cut-off fraction in that direction. A line
            // thus stays within one minor unit of its exact tax and keeps its sign, also when a return
            // and a sale share a rate (an exchange).
            const qint64 divisor = policy.pricesIncludeTax ? kBasisPointsPerWhole + rate : kBasisPointsPerWhole;
            qint64 rateAmount = 0;
            qint64 assigned = 0;
            QList<qint64> leftovers;
            for (qsizetype i : members) {
                rateAmount += discounted[i];
                const WideInt exact = WideInt(discounted[i]) * rate;
                cart.lines[i].tax = static_cast<qint64>(exact / divisor);
                leftovers.append(static_cast<qint64>(exact % divisor));
                assigned += cart.lines[i].tax;
            }
            qint64 missing = taxOf(rateAmount, rate) - assigned;
            const qint64 step = missing > 0 ? 1 : -1;
            QList<qsizetype> order(members.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&leftovers, step](qsizetype a, qsizetype b) { return leftovers[a] * step > leftovers[b] * step; });
            for (qsizetype k = 0; missing != 0 && k < order.size(); ++k) {
                cart.lines[members[order[k]]].tax += step;
                missing -= step;
            }
            Q_ASSERT(missing == 0);
        }
        TaxBreakdownRow row;
        row.rateBasisPoints = rate;
        for (qsizetype i : members) {
            PricedLine &out = cart.lines[i];
            out.net = policy.pricesIncludeTax ? discounted[i] - out.tax : discounted[i];
            out.total = out.net + out.tax;
            row.net += out.net;
            row.tax += out.tax;
            row.gross += out.total;
        }
        cart.taxes.append(row);
        cart.netTotal += row.net;
        cart.taxTotal += row.tax;
        cart.total += row.gross;
    }
    *result = cart;
    return true;
}

} // namespace kassa
