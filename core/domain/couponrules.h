#pragma once

#include <QString>
#include <QtGlobal>

namespace kassa {

// A coupon as the rules need it (the database row, minus bookkeeping).
struct Coupon {
    QString id;
    QString code;
    enum class Kind { Percentage, Fixed, FreeShipping } kind = Kind::Fixed;
    qint64 value = 0; // basis points for Percentage, minor units for Fixed
    qint64 minimumSubtotal = 0;
    qint64 startsAt = 0; // 0: no start
    qint64 endsAt = 0; // 0: no end
    int usageLimit = 0; // 0: unlimited
    int usageLimitPerCustomer = 0;
    int timesUsed = 0;
    bool active = true;
};

bool parseCouponKind(const QString &name, Coupon::Kind *kind);
QString couponKindName(Coupon::Kind kind);

// Whether the coupon applies to a cart of this subtotal at this time for a customer who used it
// `customerUses` times. Empty when it does, otherwise why not (for the shopper).
QString couponProblem(const Coupon &coupon, qint64 subtotal, qint64 now, int customerUses);

// The cart discount in minor units: a percentage of the subtotal (rounded half-up), or the fixed
// amount capped at the subtotal; 0 for free shipping, which discounts shipping instead.
qint64 couponDiscount(const Coupon &coupon, qint64 subtotal);

} // namespace kassa
