#include "storefrontcatalog.h"


#include "services/keysetpage.h"
#include "storage/tenantquery.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// The shop's price of a variant: its listing override, else the variant's own price.
const QString kVisibleVariant = u"FROM variants v LEFT JOIN shop_listings l ON l.shop_id = :shop_id AND l.variant_id = v.id "
                                "WHERE v.product_id = p.id AND v.active = 1 AND COALESCE(l.visible, 1) = 1"_s;
// What the shop's sellable locations have of the product. Written as two IN lists so the planner
// looks up each (location, variant) pair by the stock_levels primary key; a join from the shop's
// locations instead walked every stock level of the location for every product listed (EXPLAIN
// QUERY PLAN: "SEARCH s USING INDEX ... (location_id=?)"), tens of thousands of rows per page.
const QString kAvailable = u"(SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s WHERE s.variant_id IN (SELECT v.id FROM variants v WHERE v.product_id = p.id) "
                           "AND s.location_id IN (SELECT loc.id FROM locations loc WHERE loc.shop_id = :shop_id AND loc.sellable = 1))"_s;

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

} // namespace

QStringList StorefrontCatalog::sortNames()
{
    return {u"name"_s, u"price_asc"_s, u"price_desc"_s, u"newest"_s};
}

QJsonArray StorefrontCatalog::categories(const ShopInfo &shop, ServiceError *error)
{
    TenantQuery query(m_context.database->connection(), shop.companyId);
    query.prepare(u"SELECT c.id, c.parent_id, c.name, c.position, (SELECT COUNT(*) FROM products p WHERE p.category_id = c.id AND p.status = 'active') "
                  "FROM categories c WHERE c.company_id = :company_id ORDER BY c.position, c.name, c.id"_s);
    QJsonArray result;
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return result;
    }
    while (query.next()) {
        result.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                  {u"parent_id"_s, query.value(1).isNull() ? QJsonValue() : QJsonValue(query.value(1).toString())},
                                  {u"name"_s, query.value(2).toString()},
                                  {u"position"_s, query.value(3).toInt()},
                                  {u"product_count"_s, query.value(4).toLongLong()}});
    }
    return result;
}

QJsonObject StorefrontCatalog::products(const ShopInfo &shop, const ProductQuery &request, ServiceError *error)
{
    if (!sortNames().contains(request.sort)) {
        *error = ServiceError::validation(u"sort"_s, u"use one of %1"_s.arg(sortNames().join(u", "_s)));
        return {};
    }
    QJsonObject position;
    if (!readPageRequest(request.limit, request.cursor, &position, error)) {
        return {};
    }
    if (!position.isEmpty() && position.value(u"sort"_s).toString() != request.sort) {
        *error = ServiceError::validation(u"cursor"_s, u"belongs to another sort order; start again without it"_s, u"invalid_cursor"_s);
        return {};
    }
    const bool byPrice = request.sort.startsWith("price"_L1);

    // Filters are EXISTS clauses on the product, so name and newest listings can walk their index
    // and stop after one page; only price sorting has to price every matching product.
    QStringList where = {u"p.company_id = :company_id"_s, u"p.status = 'active'"_s, u"EXISTS (SELECT 1 "_s + kVisibleVariant + u")"_s};
    if (!request.text.isEmpty()) {
        where << u"(lower(p.name) LIKE :like ESCAPE '\\' OR lower(p.brand) LIKE :like ESCAPE '\\' "
                 "OR EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.sku = :exact) "
                 "OR EXISTS (SELECT 1 FROM barcodes b JOIN variants v ON v.id = b.variant_id WHERE b.company_id = :company_id AND b.code = :exact "
                 "AND v.product_id = p.id))"_s;
    }
    if (!request.categoryId.isEmpty()) {
        where << u"p.category_id IN (WITH RECURSIVE tree(id) AS (SELECT id FROM categories WHERE company_id = :company_id AND id = :category "
                 "UNION ALL SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree)"_s;
    }
    if (request.minPrice >= 0 || request.maxPrice >= 0) {
        where << u"EXISTS (SELECT 1 "_s + kVisibleVariant + u" AND COALESCE(l.price_override, v.price) BETWEEN :min_price AND :max_price)"_s;
    }
    if (request.inStockOnly) {
        where << kAvailable + u" > 0"_s;
    }
    QString order;
    QString keyset;
    if (request.sort == "name"_L1) {
        order = u"p.name, p.id"_s;
        keyset = u"(p.name > :key OR (p.name = :key AND p.id > :after_id))"_s;
    } else if (request.sort == "newest"_L1) {
        order = u"p.created_at DESC, p.id DESC"_s;
        keyset = u"(p.created_at < :key OR (p.created_at = :key AND p.id < :after_id))"_s;
    } else if (request.sort == "price_asc"_L1) {
        order = u"price, id"_s;
        keyset = u"(price > :key OR (price = :key AND id > :after_id))"_s;
    } else {
        order = u"price DESC, id"_s;
        keyset = u"(price < :key OR (price = :key AND id > :after_id))"_s;
    }
    const QString columns = u"p.id AS id, p.name AS name, p.brand AS brand, p.category_id AS category_id, p.created_at AS created_at, "
                            "(SELECT MIN(COALESCE(l.price_override, v.price)) "_s
        + kVisibleVariant + u") AS price, "_s + kAvailable + u" AS available, (SELECT COUNT(*) FROM variants v WHERE v.product_id = p.id AND v.active = 1) AS variant_count"_s;
    QString sql;
    if (byPrice) {
        sql = u"SELECT * FROM (SELECT "_s + columns + u" FROM products p WHERE "_s + where.join(u" AND "_s) + u") x"_s
            + (position.isEmpty() ? QString() : u" WHERE "_s + keyset) + u" ORDER BY "_s + order + u" LIMIT :limit"_s;
    } else {
        if (!position.isEmpty()) {
            where << keyset;
        }
        sql = u"SELECT "_s + columns + u" FROM products p WHERE "_s + where.join(u" AND "_s) + u" ORDER BY "_s + order + u" LIMIT :limit"_s;
    }

    // The storefront's hottest query: prepared once per distinct SQL text (sort, filters, first page
    // or not) and reused, which saves SQLite's parse and plan on every request.
    QString prepareError;
    QSqlQuery *prepared = m_context.database->prepared(sql, &prepareError);
    if (!prepareError.isEmpty()) {
        *error = ServiceError::internal(prepareError);
        return {};
    }
    TenantQuery query(prepared, sql, shop.companyId);
    query.bind(u":shop_id"_s, shop.id);
    if (!request.text.isEmpty()) {
        query.bind(u":like"_s, likePattern(request.text));
        query.bind(u":exact"_s, request.text);
    }
    if (!request.categoryId.isEmpty()) {
        query.bind(u":category"_s, request.categoryId);
    }
    if (request.minPrice >= 0 || request.maxPrice >= 0) {
        query.bind(u":min_price"_s, std::max<qint64>(request.minPrice, 0));
        query.bind(u":max_price"_s, request.maxPrice >= 0 ? request.maxPrice : std::numeric_limits<qint64>::max());
    }
    if (!position.isEmpty()) {
        query.bind(u":key"_s, position.value(u"key"_s).toVariant());
        query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    }
    const QString currency = shop.currency;
    const QString sort = request.sort;
    // Columns by position (see `columns`): looking them up by name rebuilds the record every time.
    enum Column { Id, Name, Brand, CategoryId, CreatedAt, Price, Available, VariantCount };
    QJsonObject page = runKeysetPage(
        query, request.limit,
        [&currency](TenantQuery &row) {
            const qint64 available = row.value(Available).toLongLong();
            const QVariant category = row.value(CategoryId);
            return QJsonObject{{u"id"_s, row.value(Id).toString()},
                               {u"name"_s, row.value(Name).toString()},
                               {u"brand"_s, row.value(Brand).toString()},
                               {u"category_id"_s, category.isNull() ? QJsonValue() : QJsonValue(category.toString())},
                               {u"price_from"_s, moneyJson(row.value(Price).toLongLong(), currency)},
                               {u"variant_count"_s, row.value(VariantCount).toLongLong()},
                               {u"available_quantity"_s, std::max<qint64>(available, 0)},
                               {u"in_stock"_s, available > 0}};
        },
        [&sort](TenantQuery &row) {
            return QJsonValue::fromVariant(sort == "name"_L1 ? row.value(Name) : sort == "newest"_L1 ? row.value(CreatedAt) : row.value(Price));
        },
        error, QJsonObject{{u"sort"_s, sort}});
    // A reused statement left open would hold this connection's read snapshot until its next use.
    query.finish();
    return page;
}

QJsonObject StorefrontCatalog::product(const ShopInfo &shop, const QString &productId, ServiceError *error)
{
    TenantQuery head(m_context.database->connection(), shop.companyId);
    head.prepare(u"SELECT p.id, p.name, p.description, p.brand, p.category_id, t.rate_bp, "
                 "(SELECT AVG(rating) FROM reviews r WHERE r.product_id = p.id AND r.moderation = 'approved'), "
                 "(SELECT COUNT(*) FROM reviews r WHERE r.product_id = p.id AND r.moderation = 'approved') "
                 "FROM products p JOIN tax_categories t ON t.id = p.tax_category_id "
                 "WHERE p.company_id = :company_id AND p.id = :id AND p.status = 'active'"_s);
    head.bind(u":id"_s, productId);
    if (!head.exec()) {
        *error = ServiceError::internal(head.errorString());
        return {};
    }
    if (!head.next()) {
        *error = ServiceError::notFound(u"no product %1 in this shop"_s.arg(productId));
        return {};
    }
    QJsonObject product{{u"id"_s, head.value(0).toString()},
                        {u"name"_s, head.value(1).toString()},
                        {u"description"_s, head.value(2).toString()},
                        {u"brand"_s, head.value(3).toString()},
                        {u"category_id"_s, head.value(4).isNull() ? QJsonValue() : QJsonValue(head.value(4).toString())},
                        {u"tax_rate_bp"_s, head.value(5).toInt()},
                        {u"prices_include_tax"_s, shop.pricing.pricesIncludeTax},
                        {u"rating"_s, QJsonObject{{u"average"_s, head.value(6).isNull() ? QJsonValue() : QJsonValue(head.value(6).toDouble())},
                                                  {u"count"_s, head.value(7).toLongLong()}}}};

    TenantQuery variants(m_context.database->connection(), shop.companyId);
    variants.prepare(u"SELECT v.id, v.sku, v.name, v.attributes, COALESCE(l.price_override, v.price), v.unit, v.pricing_unit, "
                     "(SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s JOIN locations loc ON loc.id = s.location_id "
                     " WHERE s.variant_id = v.id AND loc.shop_id = :shop_id AND loc.sellable = 1) "
                     "FROM variants v LEFT JOIN shop_listings l ON l.shop_id = :shop_id AND l.variant_id = v.id "
                     "WHERE v.company_id = :company_id AND v.product_id = :product_id AND v.active = 1 AND COALESCE(l.visible, 1) = 1 ORDER BY v.sku"_s);
    variants.bind(u":shop_id"_s, shop.id);
    variants.bind(u":product_id"_s, productId);
    if (!variants.exec()) {
        *error = ServiceError::internal(variants.errorString());
        return {};
    }
    QJsonArray list;
    while (variants.next()) {
        const qint64 available = variants.value(7).toLongLong();
        list.append(QJsonObject{{u"id"_s, variants.value(0).toString()},
                                {u"sku"_s, variants.value(1).toString()},
                                {u"name"_s, variants.value(2).toString()},
                                {u"attributes"_s, QJsonDocument::fromJson(variants.value(3).toString().toUtf8()).object()},
                                {u"price"_s, moneyJson(variants.value(4).toLongLong(), shop.currency)},
                                {u"unit"_s, variants.value(5).toString()},
                                {u"pricing_unit"_s, variants.value(6).toLongLong()},
                                {u"available_quantity"_s, std::max<qint64>(available, 0)},
                                {u"in_stock"_s, available > 0}});
    }
    product.insert(u"variants"_s, list);
    return product;
}

QJsonArray StorefrontCatalog::boughtTogether(const ShopInfo &shop, const QString &productId, int limit, ServiceError *error)
{
    // Products that share a receipt with this one, most often first: in-store sales and online
    // orders both count.
    TenantQuery query(m_context.database->connection(), shop.companyId);
    query.prepare(u"SELECT other.product_id, p.name, COUNT(*) AS together FROM ("
                  "  SELECT DISTINCT b.sale_id AS doc, vb.product_id FROM sale_lines a JOIN variants va ON va.id = a.variant_id "
                  "  JOIN sale_lines b ON b.sale_id = a.sale_id JOIN variants vb ON vb.id = b.variant_id "
                  "  WHERE a.company_id = :company_id AND va.product_id = :product_id AND vb.product_id <> :product_id"
                  "  UNION ALL "
                  "  SELECT DISTINCT b.order_id AS doc, vb.product_id FROM order_lines a JOIN variants va ON va.id = a.variant_id "
                  "  JOIN order_lines b ON b.order_id = a.order_id JOIN variants vb ON vb.id = b.variant_id "
                  "  WHERE a.company_id = :company_id AND va.product_id = :product_id AND vb.product_id <> :product_id"
                  ") other JOIN products p ON p.id = other.product_id AND p.status = 'active' "
                  "GROUP BY other.product_id, p.name ORDER BY together DESC, other.product_id LIMIT :limit"_s);
    query.bind(u":product_id"_s, productId);
    query.bind(u":limit"_s, limit);
    QJsonArray result;
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return result;
    }
    while (query.next()) {
        result.append(QJsonObject{{u"product_id"_s, query.value(0).toString()}, {u"name"_s, query.value(1).toString()}, {u"bought_together"_s, query.value(2).toLongLong()}});
    }
    return result;
}

} // namespace kassa
