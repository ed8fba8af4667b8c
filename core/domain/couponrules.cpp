#include "couponrules.h"

#include "money.h"
#include "tax.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

bool parseCouponKind(const QString &name, Coupon::Kind *kind)
{
    if (name == "percentage"_L1) {
        *kind = Coupon::Kind::Percentage;
    } else if (name == "fixed"_L1) {
        *kind = Coupon::Kind::Fixed;
    } else if (name == "free_shipping"_L1) {
        *kind = Coupon::Kind::FreeShipping;
    } else {
        return false;
    }
    return true;
}

QString couponKindName(Coupon::Kind kind)
{
    switch (kind) {
    case Coupon::Kind::Percentage:
        return u"percentage"_s;
    case Coupon::Kind::Fixed:
        return u"fixed"_s;
    case Coupon::Kind::FreeShipping:
        return u"free_shipping"_s;
    }
    return {};
}

QString couponProblem(const Coupon &coupon, qint64 subtotal, qint64 now, int customerUses)
{
    if (!coupon.active) {
        return u"the code %1 is no longer valid"_s.arg(coupon.code);
    }
    if (coupon.startsAt > 0 && now < coupon.startsAt) {
        return u"the code %1 is not valid yet"_s.arg(coupon.code);
    }
    if (coupon.endsAt > 0 && now >= coupon.endsAt) {
        return u"the code %1 has expired"_s.arg(coupon.code);
    }
    if (coupon.usageLimit > 0 && coupon.timesUsed >= coupon.usageLimit) {
        return u"the code %1 has been used up"_s.arg(coupon.code);
    }
    if (coupon.usageLimitPerCustomer > 0 && customerUses >= coupon.usageLimitPerCustomer) {
        return u"you have already used the code %1"_s.arg(coupon.code);
    }
    if (subtotal < coupon.minimumSubtotal) {
        return u"the code %1 needs a minimum order of %2 (minor units)"_s.arg(coupon.code).arg(coupon.minimumSubtotal);
    }
    return {};
}

qint64 couponDiscount(const Coupon &coupon, qint64 subtotal)
{
    switch (coupon.kind) {
    case Coupon::Kind::Percentage:
        return divideRounded(WideInt(subtotal) * coupon.value, kBasisPointsPerWhole, RoundingMode::HalfUp);
    case Coupon::Kind::Fixed:
        return std::min(coupon.value, subtotal);
    case Coupon::Kind::FreeShipping:
        return 0;
    }
    return 0;
}

} // namespace kassa
