#pragma once

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QJsonArray>

namespace kassa {

// A customer's wishlist: variants she wants to remember, with their current price in a shop.
class WishlistService
{
public:
    explicit WishlistService(CoreContext &context)
        : m_context(context)
    {
    }

    QJsonArray list(const Actor &customer, ServiceError *error);
    bool contains(const Actor &customer, const QString &variantId, ServiceError *error);
    // Adding twice is fine (idempotent); returns whether it was new.
    bool add(const Actor &customer, const QString &variantId, bool *created, ServiceError *error);
    bool remove(const Actor &customer, const QString &variantId, ServiceError *error);

private:
    QString customerId(const Actor &customer, ServiceError *error);
    CoreContext &m_context;
};

} // namespace kassa
