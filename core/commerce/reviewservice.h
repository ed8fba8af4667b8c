#pragma once

#include "shopinfo.h"

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QJsonObject>

namespace kassa {

// Product reviews: one per customer and product, marked as a verified purchase when she bought it
// (in a shop or online), shown once a moderator approved it.
class ReviewService
{
public:
    explicit ReviewService(CoreContext &context)
        : m_context(context)
    {
    }

    // Approved reviews, newest first: {"data": [...], "next_cursor": ..., "summary": {average, count}}
    QJsonObject list(const ShopInfo &shop, const QString &productId, int limit, const QString &cursor, ServiceError *error);
    // Creates the actor's review (pending moderation); returns it.
    QJsonObject create(const ShopInfo &shop, const Actor &customer, const QString &productId, int rating, const QString &title, const QString &body,
                       ServiceError *error);
    bool moderate(const Actor &staff, const QString &reviewId, const QString &decision, ServiceError *error);

private:
    CoreContext &m_context;
};

} // namespace kassa
