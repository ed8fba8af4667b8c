#include "shippingquote.h"

using namespace Qt::StringLiterals;

namespace kassa {

bool parseShippingKind(const QString &name, ShippingOption::Kind *kind)
{
    if (name == "flat"_L1) {
        *kind = ShippingOption::Kind::Flat;
    } else if (name == "by_weight"_L1) {
        *kind = ShippingOption::Kind::ByWeight;
    } else if (name == "free_above"_L1) {
        *kind = ShippingOption::Kind::FreeAbove;
    } else if (name == "pickup"_L1) {
        *kind = ShippingOption::Kind::Pickup;
    } else {
        return false;
    }
    return true;
}

QString shippingKindName(ShippingOption::Kind kind)
{
    switch (kind) {
    case ShippingOption::Kind::Flat:
        return u"flat"_s;
    case ShippingOption::Kind::ByWeight:
        return u"by_weight"_s;
    case ShippingOption::Kind::FreeAbove:
        return u"free_above"_s;
    case ShippingOption::Kind::Pickup:
        return u"pickup"_s;
    }
    return {};
}

qint64 shippingPrice(const ShippingOption &option, qint64 goodsTotal, qint64 weightGrams, bool freeShippingCoupon)
{
    if (freeShippingCoupon || option.kind == ShippingOption::Kind::Pickup) {
        return 0;
    }
    switch (option.kind) {
    case ShippingOption::Kind::Flat:
        return option.amount;
    case ShippingOption::Kind::ByWeight: {
        const qint64 startedKilograms = weightGrams <= 0 ? 0 : (weightGrams + 999) / 1000;
        return option.amount + option.amountPerKilogram * startedKilograms;
    }
    case ShippingOption::Kind::FreeAbove:
        return option.freeAbove >= 0 && goodsTotal >= option.freeAbove ? 0 : option.amount;
    case ShippingOption::Kind::Pickup:
        return 0;
    }
    return option.amount;
}

} // namespace kassa
