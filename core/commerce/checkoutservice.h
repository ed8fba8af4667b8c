#pragma once

#include "cartservice.h"
#include "customeraccountservice.h"
#include "paymentprovider.h"

namespace kassa {

struct CheckoutRequest {
    QString email;
    QJsonObject shippingAddress;
    QString shippingOptionId;
    QString paymentMethod;
    qint64 expectedTotal = -1; // what the shopper saw; -1 when not given
};

// Turns a cart into an order in one transaction: prices it again, refuses when the total is not the
// one the shopper saw, reserves the stock with conditional updates (variants in id order, so
// concurrent checkouts never deadlock and never take the same last unit), records the coupon use,
// writes the order, its lines, its first timeline entry, audit and outbox. The payment provider is
// started after the commit.
class CheckoutService
{
public:
    CheckoutService(CoreContext &context, const PaymentProviders &providers)
        : m_context(context)
        , m_providers(providers)
    {
    }

    // Returns the new order's id; `paymentData` is what the provider hands back to the shopper.
    QString checkout(const ShopInfo &shop, const QString &cartId, const Actor *customer, const CheckoutRequest &request, QJsonObject *paymentData,
                     ServiceError *error);

private:
    CoreContext &m_context;
    const PaymentProviders &m_providers;
};

} // namespace kassa
