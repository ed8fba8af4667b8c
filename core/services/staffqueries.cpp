#include "staffqueries.h"

#include "keysetpage.h"

#include "commerce/shopinfo.h"
#include "storage/tenantquery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

bool needs(const Actor &actor, Action action, ServiceError *error)
{
    if (!actor.can(action)) {
        *error = ServiceError::forbidden(u"%1 may not do this (needs %2)"_s.arg(roleName(actor.role), actionName(action)));
        return false;
    }
    return true;
}

// A shop-bound role sees only her shop: another shop is "not found", no shop means hers.
bool effectiveShop(const Actor &actor, const QString &requested, QString *shopId, ServiceError *error)
{
    if (reachOf(actor.role) == RoleReach::Shop) {
        if (!requested.isEmpty() && requested != actor.shopId) {
            *error = ServiceError::notFound(u"no shop %1"_s.arg(requested));
            return false;
        }
        *shopId = actor.shopId;
        return true;
    }
    *shopId = requested;
    return true;
}

} // namespace

QJsonObject StaffQueries::products(const Actor &actor, const QString &text, const QString &categoryId, const QString &status, const PageRequest &page,
                                   ServiceError *error)
{
    QJsonObject position;
    if (!needs(actor, Action::CatalogRead, error) || !readPageRequest(page.limit, page.cursor, &position, error)) {
        return {};
    }
    QStringList where = {u"p.company_id = :company_id"_s};
    if (!text.isEmpty()) {
        where << u"(lower(p.name) LIKE :like ESCAPE '\\' OR EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND (v.sku = :exact OR EXISTS "
                 "(SELECT 1 FROM barcodes b WHERE b.company_id = :company_id AND b.variant_id = v.id AND b.code = :exact))))"_s;
    }
    if (!categoryId.isEmpty()) {
        where << u"p.category_id = :category_id"_s;
    }
    if (!status.isEmpty()) {
        where << u"p.status = :status"_s;
    }
    if (!position.isEmpty()) {
        where << u"(p.name > :key OR (p.name = :key AND p.id > :after_id))"_s;
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT p.id, p.name, p.brand, p.status, p.category_id, p.tax_category_id, (SELECT COUNT(*) FROM variants v WHERE v.product_id = p.id), "
                  "(SELECT MIN(price) FROM variants v WHERE v.product_id = p.id), p.updated_at FROM products p WHERE "_s
                  + where.join(u" AND "_s) + u" ORDER BY p.name, p.id LIMIT :limit"_s);
    query.bind(u":like"_s, likePattern(text));
    query.bind(u":exact"_s, text);
    query.bind(u":category_id"_s, categoryId);
    query.bind(u":status"_s, status);
    query.bind(u":key"_s, position.value(u"key"_s).toString());
    query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    return runKeysetPage(
        query, page.limit,
        [](TenantQuery &row) {
            return QJsonObject{{u"id"_s, row.value(0).toString()},
                               {u"name"_s, row.value(1).toString()},
                               {u"brand"_s, row.value(2).toString()},
                               {u"status"_s, row.value(3).toString()},
                               {u"category_id"_s, textOrNull(row.value(4))},
                               {u"tax_category_id"_s, row.value(5).toString()},
                               {u"variant_count"_s, row.value(6).toLongLong()},
                               {u"min_price"_s, row.value(7).toLongLong()},
                               {u"updated_at"_s, isoTimestamp(row.value(8).toLongLong())}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(1).toString()); }, error);
}

QJsonObject StaffQueries::product(const Actor &actor, const QString &productId, ServiceError *error)
{
    if (!needs(actor, Action::CatalogRead, error)) {
        return {};
    }
    const QSqlDatabase db = m_context.database->connection();
    TenantQuery head(db, actor.companyId);
    head.prepare(u"SELECT p.id, p.name, p.description, p.brand, p.status, p.category_id, p.tax_category_id, t.rate_bp, c.currency, p.created_at, p.updated_at "
                 "FROM products p JOIN tax_categories t ON t.id = p.tax_category_id JOIN companies c ON c.id = p.company_id "
                 "WHERE p.company_id = :company_id AND p.id = :id"_s);
    head.bind(u":id"_s, productId);
    if (!head.exec()) {
        *error = ServiceError::internal(head.errorString());
        return {};
    }
    if (!head.next()) {
        *error = ServiceError::notFound(u"no product %1"_s.arg(productId));
        return {};
    }
    const QString currency = head.value(8).toString();
    QJsonObject product{{u"id"_s, head.value(0).toString()},
                        {u"name"_s, head.value(1).toString()},
                        {u"description"_s, head.value(2).toString()},
                        {u"brand"_s, head.value(3).toString()},
                        {u"status"_s, head.value(4).toString()},
                        {u"category_id"_s, textOrNull(head.value(5))},
                        {u"tax_category_id"_s, head.value(6).toString()},
                        {u"tax_rate_bp"_s, head.value(7).toInt()},
                        {u"currency"_s, currency},
                        {u"created_at"_s, isoTimestamp(head.value(9).toLongLong())},
                        {u"updated_at"_s, isoTimestamp(head.value(10).toLongLong())}};
    TenantQuery variants(db, actor.companyId);
    variants.prepare(u"SELECT v.id, v.sku, v.name, v.attributes, v.price, v.cost, v.unit, v.pricing_unit, v.weight_grams, v.active, "
                     "(SELECT COALESCE(SUM(s.on_hand), 0) FROM stock_levels s WHERE s.variant_id = v.id), "
                     "(SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s WHERE s.variant_id = v.id) "
                     "FROM variants v WHERE v.company_id = :company_id AND v.product_id = :id ORDER BY v.sku"_s);
    variants.bind(u":id"_s, productId);
    QJsonArray list;
    if (variants.exec()) {
        while (variants.next()) {
            TenantQuery codes(db, actor.companyId);
            codes.prepare(u"SELECT code FROM barcodes WHERE company_id = :company_id AND variant_id = :variant_id ORDER BY code"_s);
            codes.bind(u":variant_id"_s, variants.value(0).toString());
            QJsonArray barcodes;
            if (codes.exec()) {
                while (codes.next()) {
                    barcodes.append(codes.value(0).toString());
                }
            }
            list.append(QJsonObject{{u"id"_s, variants.value(0).toString()},
                                    {u"sku"_s, variants.value(1).toString()},
                                    {u"name"_s, variants.value(2).toString()},
                                    {u"attributes"_s, QJsonDocument::fromJson(variants.value(3).toString().toUtf8()).object()},
                                    {u"price"_s, moneyJson(variants.value(4).toLongLong(), currency)},
                                    {u"cost"_s, variants.value(5).isNull() ? QJsonValue() : QJsonValue(moneyJson(variants.value(5).toLongLong(), currency))},
                                    {u"unit"_s, variants.value(6).toString()},
                                    {u"pricing_unit"_s, variants.value(7).toLongLong()},
                                    {u"weight_grams"_s, variants.value(8).isNull() ? QJsonValue() : QJsonValue(variants.value(8).toLongLong())},
                                    {u"active"_s, variants.value(9).toInt() == 1},
                                    {u"on_hand"_s, variants.value(10).toLongLong()},
                                    {u"available"_s, variants.value(11).toLongLong()},
                                    {u"barcodes"_s, barcodes}});
        }
    }
    product.insert(u"variants"_s, list);
    return product;
}

QJsonObject StaffQueries::categories(const Actor &actor, ServiceError *error)
{
    if (!needs(actor, Action::CatalogRead, error)) {
        return {};
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id, parent_id, name, position FROM categories WHERE company_id = :company_id ORDER BY position, name, id"_s);
    QJsonArray data;
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    while (query.next()) {
        data.append(QJsonObject{{u"id"_s, query.value(0).toString()}, {u"parent_id"_s, textOrNull(query.value(1))}, {u"name"_s, query.value(2).toString()},
                                {u"position"_s, query.value(3).toInt()}});
    }
    return {{u"data"_s, data}};
}

QJsonObject StaffQueries::taxCategories(const Actor &actor, ServiceError *error)
{
    if (!needs(actor, Action::CatalogRead, error)) {
        return {};
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id, name, rate_bp FROM tax_categories WHERE company_id = :company_id ORDER BY rate_bp DESC, name"_s);
    QJsonArray data;
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    while (query.next()) {
        data.append(QJsonObject{{u"id"_s, query.value(0).toString()}, {u"name"_s, query.value(1).toString()}, {u"rate_bp"_s, query.value(2).toInt()}});
    }
    return {{u"data"_s, data}};
}

QJsonObject StaffQueries::stock(const Actor &actor, const QString &shopId, const QString &locationId, const QString &text, const PageRequest &page,
                                ServiceError *error)
{
    QJsonObject position;
    QString shop;
    if (!needs(actor, Action::StockRead, error) || !readPageRequest(page.limit, page.cursor, &position, error) || !effectiveShop(actor, shopId, &shop, error)) {
        return {};
    }
    QStringList where = {u"s.company_id = :company_id"_s};
    if (!shop.isEmpty()) {
        where << u"l.shop_id = :shop_id"_s;
    }
    if (!locationId.isEmpty()) {
        where << u"s.location_id = :location_id"_s;
    }
    if (!text.isEmpty()) {
        where << u"(v.sku = :exact OR lower(p.name) LIKE :like ESCAPE '\\')"_s;
    }
    if (!position.isEmpty()) {
        where << u"(v.sku > :key OR (v.sku = :key AND s.location_id > :after_id))"_s;
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT s.location_id, l.code, l.shop_id, v.id, v.sku, p.name, v.name, s.on_hand, s.reserved, s.available, v.cost, s.updated_at "
                  "FROM stock_levels s JOIN locations l ON l.id = s.location_id JOIN variants v ON v.id = s.variant_id JOIN products p ON p.id = v.product_id "
                  "WHERE "_s
                  + where.join(u" AND "_s) + u" ORDER BY v.sku, s.location_id LIMIT :limit"_s);
    query.bind(u":shop_id"_s, shop);
    query.bind(u":location_id"_s, locationId);
    query.bind(u":exact"_s, text);
    query.bind(u":like"_s, likePattern(text));
    query.bind(u":key"_s, position.value(u"key"_s).toString());
    query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    return runKeysetPage(
        query, page.limit,
        [](TenantQuery &row) {
            const qint64 onHand = row.value(7).toLongLong();
            return QJsonObject{{u"id"_s, row.value(0).toString()},
                               {u"location_id"_s, row.value(0).toString()},
                               {u"location_code"_s, row.value(1).toString()},
                               {u"shop_id"_s, row.value(2).toString()},
                               {u"variant_id"_s, row.value(3).toString()},
                               {u"sku"_s, row.value(4).toString()},
                               {u"product_name"_s, row.value(5).toString()},
                               {u"variant_name"_s, row.value(6).toString()},
                               {u"on_hand"_s, onHand},
                               {u"reserved"_s, row.value(8).toLongLong()},
                               {u"available"_s, row.value(9).toLongLong()},
                               {u"value_at_cost"_s, row.value(10).isNull() ? QJsonValue() : QJsonValue(row.value(10).toLongLong() * onHand)},
                               {u"updated_at"_s, isoTimestamp(row.value(11).toLongLong())}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(4).toString()); }, error);
}

QJsonObject StaffQueries::movements(const Actor &actor, const QString &variantId, const QString &locationId, qint64 from, qint64 to, const PageRequest &page,
                                    ServiceError *error)
{
    QJsonObject position;
    QString shop;
    if (!needs(actor, Action::StockRead, error) || !readPageRequest(page.limit, page.cursor, &position, error) || !effectiveShop(actor, {}, &shop, error)) {
        return {};
    }
    QStringList where = {u"m.company_id = :company_id"_s};
    if (!shop.isEmpty()) {
        where << u"l.shop_id = :shop_id"_s;
    }
    if (!variantId.isEmpty()) {
        where << u"m.variant_id = :variant_id"_s;
    }
    if (!locationId.isEmpty()) {
        where << u"m.location_id = :location_id"_s;
    }
    if (from > 0) {
        where << u"m.occurred_at >= :from"_s;
    }
    if (to > 0) {
        where << u"m.occurred_at < :to"_s;
    }
    if (!position.isEmpty()) {
        where << u"(m.occurred_at < :key OR (m.occurred_at = :key AND m.id < :after_id))"_s;
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT m.id, m.location_id, l.code, m.variant_id, v.sku, m.quantity_delta, m.reason, m.ref_type, m.ref_id, m.occurred_at, m.device_id, m.actor_id "
                  "FROM stock_movements m JOIN locations l ON l.id = m.location_id JOIN variants v ON v.id = m.variant_id WHERE "_s
                  + where.join(u" AND "_s) + u" ORDER BY m.occurred_at DESC, m.id DESC LIMIT :limit"_s);
    query.bind(u":shop_id"_s, shop);
    query.bind(u":variant_id"_s, variantId);
    query.bind(u":location_id"_s, locationId);
    query.bind(u":from"_s, from);
    query.bind(u":to"_s, to);
    query.bind(u":key"_s, position.value(u"key"_s).toInteger());
    query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    return runKeysetPage(
        query, page.limit,
        [](TenantQuery &row) {
            return QJsonObject{{u"id"_s, row.value(0).toString()},          {u"location_id"_s, row.value(1).toString()},
                               {u"location_code"_s, row.value(2).toString()}, {u"variant_id"_s, row.value(3).toString()},
                               {u"sku"_s, row.value(4).toString()},          {u"quantity_delta"_s, row.value(5).toLongLong()},
                               {u"reason"_s, row.value(6).toString()},       {u"ref_type"_s, row.value(7).toString()},
                               {u"ref_id"_s, row.value(8).toString()},       {u"occurred_at"_s, isoTimestamp(row.value(9).toLongLong())},
                               {u"device_id"_s, row.value(10).toString()},   {u"actor_id"_s, row.value(11).toString()}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(9).toLongLong()); }, error);
}

QJsonObject StaffQueries::customers(const Actor &actor, const QString &text, const PageRequest &page, ServiceError *error)
{
    QJsonObject position;
    if (!needs(actor, Action::CustomerRead, error) || !readPageRequest(page.limit, page.cursor, &position, error)) {
        return {};
    }
    QStringList where = {u"c.company_id = :company_id"_s};
    if (!text.isEmpty()) {
        where << u"(lower(c.name) LIKE :like ESCAPE '\\' OR lower(c.email) = :lower OR c.phone = :exact)"_s;
    }
    if (!position.isEmpty()) {
        where << u"(c.name > :key OR (c.name = :key AND c.id > :after_id))"_s;
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT c.id, c.name, c.email, c.phone, c.consent_marketing, c.created_at, (c.user_id IS NOT NULL) FROM customers c WHERE "_s
                  + where.join(u" AND "_s) + u" ORDER BY c.name, c.id LIMIT :limit"_s);
    query.bind(u":like"_s, likePattern(text));
    query.bind(u":lower"_s, text.toLower());
    query.bind(u":exact"_s, text);
    query.bind(u":key"_s, position.value(u"key"_s).toString());
    query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    return runKeysetPage(
        query, page.limit,
        [](TenantQuery &row) {
            return QJsonObject{{u"id"_s, row.value(0).toString()},          {u"name"_s, row.value(1).toString()},
                               {u"email"_s, textOrNull(row.value(2))},       {u"phone"_s, textOrNull(row.value(3))},
                               {u"consent_marketing"_s, row.value(4).toInt() == 1}, {u"created_at"_s, isoTimestamp(row.value(5).toLongLong())},
                               {u"has_account"_s, row.value(6).toInt() == 1}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(1).toString()); }, error);
}

QJsonObject StaffQueries::customer(const Actor &actor, const QString &customerId, ServiceError *error)
{
    if (!needs(actor, Action::CustomerRead, error)) {
        return {};
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT c.id, c.name, c.email, c.phone, c.consent_marketing, c.consent_email_receipts, c.note, c.created_at, "
                  "(SELECT COUNT(*) FROM sales s WHERE s.customer_id = c.id AND s.kind = 'sale'), (SELECT COALESCE(SUM(s.total), 0) FROM sales s WHERE s.customer_id = c.id), "
                  "(SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id), co.currency FROM customers c JOIN companies co ON co.id = c.company_id "
                  "WHERE c.company_id = :company_id AND c.id = :id"_s);
    query.bind(u":id"_s, customerId);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    if (!query.next()) {
        *error = ServiceError::notFound(u"no customer %1"_s.arg(customerId));
        return {};
    }
    return {{u"id"_s, query.value(0).toString()},
            {u"name"_s, query.value(1).toString()},
            {u"email"_s, textOrNull(query.value(2))},
            {u"phone"_s, textOrNull(query.value(3))},
            {u"consent_marketing"_s, query.value(4).toInt() == 1},
            {u"consent_email_receipts"_s, query.value(5).toInt() == 1},
            {u"note"_s, query.value(6).toString()},
            {u"created_at"_s, isoTimestamp(query.value(7).toLongLong())},
            {u"store_purchases"_s, query.value(8).toLongLong()},
            {u"store_spend"_s, moneyJson(query.value(9).toLongLong(), query.value(11).toString())},
            {u"online_orders"_s, query.value(10).toLongLong()}};
}

QJsonObject StaffQueries::users(const Actor &actor, const PageRequest &page, ServiceError *error)
{
    QJsonObject position;
    if (!needs(actor, Action::UserManage, error) || !readPageRequest(page.limit, page.cursor, &position, error)) {
        return {};
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id, email, name, role, shop_id, active, (pin_hash IS NOT NULL), created_at FROM users WHERE company_id = :company_id AND role <> 'customer' "_s
                  + (position.isEmpty() ? QString() : u"AND (email > :key OR (email = :key AND id > :after_id)) "_s) + u"ORDER BY email, id LIMIT :limit"_s);
    query.bind(u":key"_s, position.value(u"key"_s).toString());
    query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    return runKeysetPage(
        query, page.limit,
        [](TenantQuery &row) {
            return QJsonObject{{u"id"_s, row.value(0).toString()},    {u"email"_s, row.value(1).toString()},   {u"name"_s, row.value(2).toString()},
                               {u"role"_s, row.value(3).toString()},  {u"shop_id"_s, textOrNull(row.value(4))}, {u"active"_s, row.value(5).toInt() == 1},
                               {u"has_pin"_s, row.value(6).toInt() == 1}, {u"created_at"_s, isoTimestamp(row.value(7).toLongLong())}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(1).toString()); }, error);
}

QJsonObject StaffQueries::shops(const Actor &actor, ServiceError *error)
{
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id, slug, name, kind, prices_include_tax, timezone, city, country, active FROM shops WHERE company_id = :company_id ORDER BY kind, slug"_s);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    QJsonArray data;
    while (query.next()) {
        if (reachOf(actor.role) == RoleReach::Shop && query.value(0).toString() != actor.shopId) {
            continue;
        }
        data.append(QJsonObject{{u"id"_s, query.value(0).toString()},  {u"slug"_s, query.value(1).toString()},
                                {u"name"_s, query.value(2).toString()}, {u"kind"_s, query.value(3).toString()},
                                {u"prices_include_tax"_s, query.value(4).toInt() == 1}, {u"timezone"_s, query.value(5).toString()},
                                {u"city"_s, query.value(6).toString()}, {u"country"_s, query.value(7).toString()},
                                {u"active"_s, query.value(8).toInt() == 1}});
    }
    return {{u"data"_s, data}};
}

QJsonObject StaffQueries::locations(const Actor &actor, const QString &shopId, ServiceError *error)
{
    QString shop;
    if (!effectiveShop(actor, shopId, &shop, error)) {
        return {};
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT l.id, l.shop_id, s.slug, l.code, l.name, l.kind, l.sellable, (SELECT COUNT(*) FROM bins b WHERE b.location_id = l.id) "
                  "FROM locations l JOIN shops s ON s.id = l.shop_id WHERE l.company_id = :company_id "_s
                  + (shop.isEmpty() ? QString() : u"AND l.shop_id = :shop_id "_s) + u"ORDER BY s.slug, l.code"_s);
    query.bind(u":shop_id"_s, shop);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    QJsonArray data;
    while (query.next()) {
        data.append(QJsonObject{{u"id"_s, query.value(0).toString()},   {u"shop_id"_s, query.value(1).toString()}, {u"shop_slug"_s, query.value(2).toString()},
                                {u"code"_s, query.value(3).toString()}, {u"name"_s, query.value(4).toString()},    {u"kind"_s, query.value(5).toString()},
                                {u"sellable"_s, query.value(6).toInt() == 1}, {u"bin_count"_s, query.value(7).toLongLong()}});
    }
    return {{u"data"_s, data}};
}

QJsonObject StaffQueries::audit(const Actor &actor, const QString &entityType, const QString &entityId, qint64 from, qint64 to, const PageRequest &page,
                                ServiceError *error)
{
    QJsonObject position;
    if (!needs(actor, Action::AuditRead, error) || !readPageRequest(page.limit, page.cursor, &position, error)) {
        return {};
    }
    QStringList where = {u"a.company_id = :company_id"_s};
    if (!entityType.isEmpty()) {
        where << u"a.entity_type = :entity_type"_s;
    }
    if (!entityId.isEmpty()) {
        where << u"a.entity_id = :entity_id"_s;
    }
    if (from > 0) {
        where << u"a.at >= :from"_s;
    }
    if (to > 0) {
        where << u"a.at < :to"_s;
    }
    if (!position.isEmpty()) {
        where << u"(a.at < :key OR (a.at = :key AND a.id < :after_id))"_s;
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT a.id, a.actor_id, a.actor_label, a.device_id, a.action, a.entity_type, a.entity_id, a.before_state, a.after_state, a.at FROM audit_log a WHERE "_s
                  + where.join(u" AND "_s) + u" ORDER BY a.at DESC, a.id DESC LIMIT :limit"_s);
    query.bind(u":entity_type"_s, entityType);
    query.bind(u":entity_id"_s, entityId);
    query.bind(u":from"_s, from);
    query.bind(u":to"_s, to);
    query.bind(u":key"_s, position.value(u"key"_s).toInteger());
    query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    const auto state = [](const QVariant &value) {
        return value.isNull() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(value.toString().toUtf8()).object());
    };
    return runKeysetPage(
        query, page.limit,
        [&state](TenantQuery &row) {
            return QJsonObject{{u"id"_s, row.value(0).toString()},          {u"actor_id"_s, row.value(1).toString()},
                               {u"actor_label"_s, row.value(2).toString()}, {u"device_id"_s, row.value(3).toString()},
                               {u"action"_s, row.value(4).toString()},      {u"entity_type"_s, row.value(5).toString()},
                               {u"entity_id"_s, row.value(6).toString()},   {u"before"_s, state(row.value(7))},
                               {u"after"_s, state(row.value(8))},           {u"at"_s, isoTimestamp(row.value(9).toLongLong())}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(9).toLongLong()); }, error);
}

} // namespace kassa
