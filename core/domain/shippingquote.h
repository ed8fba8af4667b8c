#pragma once

#include <QString>
#include <QtGlobal>

namespace kassa {

// A shipping option and what it costs for a given cart.
struct ShippingOption {
    QString id;
    QString name;
    enum class Kind { Flat, ByWeight, FreeAbove, Pickup } kind = Kind::Flat;
    qint64 amount = 0; // base price, minor units, in the shop's price terms
    qint64 amountPerKilogram = 0; // ByWeight: per started kilogram on top of amount
    qint64 freeAbove = -1; // FreeAbove: free when the goods cost at least this much; -1: never
    int taxRateBasisPoints = 0;
};

bool parseShippingKind(const QString &name, ShippingOption::Kind *kind);
QString shippingKindName(ShippingOption::Kind kind);

// The shipping price for goods worth `goodsTotal` weighing `weightGrams`; 0 when free shipping is
// granted by a coupon.
qint64 shippingPrice(const ShippingOption &option, qint64 goodsTotal, qint64 weightGrams, bool freeShippingCoupon);

} // namespace kassa
