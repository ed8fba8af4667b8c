#pragma once

#include "corecontext.h"
#include "serviceerror.h"

#include "domain/actor.h"

#include <QJsonObject>

namespace kassa {

struct PageRequest {
    int limit = 50;
    QString cursor;
};

// What the back office reads: catalog, stock, movements, customers, users, shops and locations, the
// audit trail. Every list is keyset-paged ({"data": [...], "next_cursor": ...}), filtered to the
// actor's company, and to her shop when her role is bound to one.
class StaffQueries
{
public:
    explicit StaffQueries(CoreContext &context)
        : m_context(context)
    {
    }

    QJsonObject products(const Actor &actor, const QString &text, const QString &categoryId, const QString &status, const PageRequest &page, ServiceError *error);
    QJsonObject product(const Actor &actor, const QString &productId, ServiceError *error);
    QJsonObject categories(const Actor &actor, ServiceError *error);
    QJsonObject taxCategories(const Actor &actor, ServiceError *error);

    QJsonObject stock(const Actor &actor, const QString &shopId, const QString &locationId, const QString &text, const PageRequest &page, ServiceError *error);
    QJsonObject movements(const Actor &actor, const QString &variantId, const QString &locationId, qint64 from, qint64 to, const PageRequest &page,
                          ServiceError *error);

    QJsonObject customers(const Actor &actor, const QString &text, const PageRequest &page, ServiceError *error);
    QJsonObject customer(const Actor &actor, const QString &customerId, ServiceError *error);
    QJsonObject users(const Actor &actor, const PageRequest &page, ServiceError *error);
    QJsonObject shops(const Actor &actor, ServiceError *error);
    QJsonObject locations(const Actor &actor, const QString &shopId, ServiceError *error);
    QJsonObject audit(const Actor &actor, const QString &entityType, const QString &entityId, qint64 from, qint64 to, const PageRequest &page, ServiceError *error);

private:
    CoreContext &m_context;
};

} // namespace kassa
