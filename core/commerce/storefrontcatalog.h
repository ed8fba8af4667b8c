#pragma once

#include "shopinfo.h"

#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kassa {

struct ProductQuery {
    QString text; // matches name, brand, SKU or barcode
    QString categoryId; // the category and everything below it
    qint64 minPrice = -1;
    qint64 maxPrice = -1;
    bool inStockOnly = false;
    QString sort = QStringLiteral("name"); // name, price_asc, price_desc, newest
    int limit = 20;
    QString cursor;
};

// What a storefront shows: categories, products with their price and availability in one shop,
// product details with variants, what is bought together. Read-only; prices are the shop's
// (listing override, else the variant's price) and availability is the shop's sellable locations.
class StorefrontCatalog
{
public:
    explicit StorefrontCatalog(CoreContext &context)
        : m_context(context)
    {
    }

    QJsonArray categories(const ShopInfo &shop, ServiceError *error);
    // {"data": [...], "next_cursor": "..." | null}
    QJsonObject products(const ShopInfo &shop, const ProductQuery &query, ServiceError *error);
    QJsonObject product(const ShopInfo &shop, const QString &productId, ServiceError *error);
    QJsonArray boughtTogether(const ShopInfo &shop, const QString &productId, int limit, ServiceError *error);

    static QStringList sortNames();

private:
    CoreContext &m_context;
};

} // namespace kassa
