#pragma once

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QJsonObject>

namespace kassa {

// The online shop's settings a company admin keeps: coupons and shipping options.
class CommerceSettingsService
{
public:
    explicit CommerceSettingsService(CoreContext &context)
        : m_context(context)
    {
    }

    QJsonObject coupons(const Actor &actor, ServiceError *error);
    // code, kind (percentage|fixed|free_shipping), value, minimum_subtotal, starts_at, ends_at (ms),
    // usage_limit, usage_limit_per_customer.
    QString createCoupon(const Actor &actor, const QJsonObject &fields, ServiceError *error);
    bool setCouponActive(const Actor &actor, const QString &couponId, bool active, ServiceError *error);

    QJsonObject shippingOptions(const Actor &actor, ServiceError *error);
    // name, kind (flat|by_weight|free_above|pickup), amount, amount_per_kg, free_above, tax_rate_bp, shop_id.
    QString createShippingOption(const Actor &actor, const QJsonObject &fields, ServiceError *error);

private:
    CoreContext &m_context;
};

} // namespace kassa
