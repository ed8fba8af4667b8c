#include "cartservice.h"

#include "domain/uuid7.h"
#include "security/passwords.h"
#include "storage/tenantquery.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// Carts are a shopper's scratch pad, changed on every click: they are written in plain
// transactions without audit or outbox rows. The order placed from a cart is the business record,
// and that is audited and synchronised in full.

namespace kassa {

namespace {
constexpr qint64 kMaxQuantity = 1000;

bool execOrFail(TenantQuery &query, ServiceError *error)
{
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return false;
    }
    return true;
}
} // namespace

QJsonObject CartQuote::toJson(bool pricesIncludeTax) const
{
    QJsonArray items;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const CartLine &line = lines[i];
        const PricedLine &priced = goods.lines.value(i);
        items.append(QJsonObject{{u"id"_s, line.itemId},
                                 {u"variant_id"_s, line.variantId},
                                 {u"product_id"_s, line.productId},
                                 {u"sku"_s, line.sku},
                                 {u"description"_s, line.description},
                                 {u"quantity"_s, line.quantity},
                                 {u"unit_price"_s, moneyJson(line.unitPrice, currency)},
                                 {u"discount"_s, moneyJson(priced.lineDiscount + priced.cartDiscountShare, currency)},
                                 {u"tax_rate_bp"_s, line.taxRateBasisPoints},
                                 {u"tax"_s, moneyJson(priced.tax, currency)},
                                 {u"total"_s, moneyJson(priced.total, currency)},
                                 {u"available_quantity"_s, std::max<qint64>(line.available, 0)}});
    }
    QJsonObject json{{u"id"_s, cartId},
                     {u"shop_id"_s, shopId},
                     {u"status"_s, status},
                     {u"email"_s, email},
                     {u"currency"_s, currency},
                     {u"prices_include_tax"_s, pricesIncludeTax},
                     {u"items"_s, items},
                     {u"subtotal"_s, moneyJson(goods.subtotal, currency)},
                     {u"discount_total"_s, moneyJson(goods.discountTotal, currency)},
                     {u"shipping_total"_s, moneyJson(shippingPrice, currency)},
                     {u"tax_total"_s, moneyJson(goods.taxTotal + shippingTax, currency)},
                     {u"total"_s, moneyJson(total, currency)},
                     {u"weight_grams"_s, weightGrams}};
    if (hasCoupon) {
        QJsonObject couponJson{{u"code"_s, coupon.code}, {u"kind"_s, couponKindName(coupon.kind)}, {u"applies"_s, couponProblem.isEmpty()}};
        if (!couponProblem.isEmpty()) {
            couponJson.insert(u"problem"_s, couponProblem);
        }
        json.insert(u"coupon"_s, couponJson);
    }
    if (hasShipping) {
        json.insert(u"shipping_option"_s, QJsonObject{{u"id"_s, shipping.id}, {u"name"_s, shipping.name}});
    }
    return json;
}

bool CartService::create(const ShopInfo &shop, const Actor *customer, QString *cartId, QString *token, ServiceError *error)
{
    if (shop.kind != "store"_L1 || !shop.active) {
        *error = ServiceError::notFound(u"no shop %1 sells online"_s.arg(shop.slug));
        return false;
    }
    QString customerId;
    if (customer && customer->companyId != shop.companyId) {
        // A customer of another company shops here as a guest.
        customer = nullptr;
    }
    if (customer) {
        TenantQuery lookup(m_context.database->connection(), shop.companyId);
        lookup.prepare(u"SELECT id FROM customers WHERE company_id = :company_id AND user_id = :user_id"_s);
        lookup.bind(u":user_id"_s, customer->userId);
        if (lookup.exec() && lookup.next()) {
            customerId = lookup.value(0).toString();
        }
    }
    *cartId = newId();
    *token = randomToken();
    const qint64 now = m_context.wallClock();
    TenantQuery insert(m_context.database->connection(), shop.companyId);
    insert.prepare(u"INSERT INTO carts (id, company_id, shop_id, token_digest, user_id, customer_id, created_at, updated_at) "
                   "VALUES (:id, :company_id, :shop_id, :token, :user_id, :customer_id, :now, :now)"_s);
    insert.bind(u":id"_s, *cartId);
    insert.bind(u":shop_id"_s, shop.id);
    insert.bind(u":token"_s, tokenDigest(*token));
    insert.bind(u":user_id"_s, customer ? QVariant(customer->userId) : QVariant());
    insert.bind(u":customer_id"_s, nullIfEmpty(customerId));
    insert.bind(u":now"_s, now);
    return execOrFail(insert, error);
}

bool CartService::authorize(const QString &cartId, const QString &token, const Actor *customer, ShopInfo *shop, ServiceError *error)
{
    // The cart's company is not known before the cart is found; the token or the owner decides
    // access, and the company filter applies from here on.
    QSqlQuery query(m_context.database->connection());
    query.prepare(u"SELECT shop_id, token_digest, COALESCE(user_id, ''), status FROM carts WHERE id = ?"_s);
    query.addBindValue(cartId);
    if (!query.exec()) {
        *error = ServiceError::internal(query.lastError().text());
        return false;
    }
    const bool found = query.next();
    const bool tokenMatches = found && !token.isEmpty() && constantTimeEquals(tokenDigest(token).toLatin1(), query.value(1).toString().toLatin1());
    const bool ownerMatches = found && customer && !customer->userId.isEmpty() && query.value(2).toString() == customer->userId;
    if (!tokenMatches && !ownerMatches) {
        *error = ServiceError::notFound(u"no cart %1 (a guest cart needs its X-Cart-Token)"_s.arg(cartId));
        return false;
    }
    if (query.value(3).toString() != "open"_L1) {
        *error = ServiceError::conflict(u"cart_closed"_s, u"this cart is %1; start a new one"_s.arg(query.value(3).toString()));
        return false;
    }
    if (!ShopInfo::byId(m_context.database->connection(), query.value(0).toString(), shop)) {
        *error = ServiceError::notFound(u"the cart's shop no longer exists"_s);
        return false;
    }
    return true;
}

bool CartService::touch(const ShopInfo &shop, const QString &cartId, const QString &, const QJsonObject &, ServiceError *error)
{
    TenantQuery update(m_context.database->connection(), shop.companyId);
    update.prepare(u"UPDATE carts SET updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":now"_s, m_context.wallClock());
    update.bind(u":id"_s, cartId);
    return execOrFail(update, error);
}

bool CartService::addItem(const ShopInfo &shop, const QString &cartId, const QString &variantId, qint64 quantity, ServiceError *error)
{
    if (quantity < 1 || quantity > kMaxQuantity) {
        *error = ServiceError::validation(u"quantity"_s, u"must be between 1 and %1"_s.arg(kMaxQuantity));
        return false;
    }
    QSqlDatabase db = m_context.database->connection();
    Transaction transaction(db, m_context.database->dialect());
    TenantQuery variant(db, shop.companyId);
    variant.prepare(u"SELECT v.id, (SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s JOIN locations loc ON loc.id = s.location_id "
                    " WHERE s.variant_id = v.id AND loc.shop_id = :shop_id AND loc.sellable = 1), "
                    "(SELECT quantity FROM cart_items WHERE cart_id = :cart_id AND variant_id = v.id) "
                    "FROM variants v JOIN products p ON p.id = v.product_id LEFT JOIN shop_listings l ON l.shop_id = :shop_id AND l.variant_id = v.id "
                    "WHERE v.company_id = :company_id AND v.id = :variant_id AND v.active = 1 AND p.status = 'active' AND COALESCE(l.visible, 1) = 1"_s);
    variant.bind(u":shop_id"_s, shop.id);
    variant.bind(u":cart_id"_s, cartId);
    variant.bind(u":variant_id"_s, variantId);
    if (!execOrFail(variant, error)) {
        return false;
    }
    if (!variant.next()) {
        *error = ServiceError::validation(u"variant_id"_s, u"no variant %1 is sold in this shop"_s.arg(variantId), u"unknown_variant"_s);
        return false;
    }
    const qint64 available = variant.value(1).toLongLong();
    const qint64 inCart = variant.value(2).toLongLong();
    variant.finish();
    if (inCart + quantity > kMaxQuantity) {
        *error = ServiceError::validation(u"quantity"_s, u"at most %1 of one item per cart"_s.arg(kMaxQuantity));
        return false;
    }
    if (inCart + quantity > available) {
        *error = ServiceError::conflict(u"insufficient_stock"_s, u"only %1 available; the cart has %2"_s.arg(std::max<qint64>(available, 0)).arg(inCart));
        return false;
    }
    TenantQuery upsert(db, shop.companyId);
    upsert.prepare(u"INSERT INTO cart_items (id, company_id, cart_id, variant_id, quantity, added_at) VALUES (:id, :company_id, :cart_id, :variant_id, "
                   ":quantity, :now) ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = cart_items.quantity + excluded.quantity"_s);
    upsert.bind(u":id"_s, newId());
    upsert.bind(u":cart_id"_s, cartId);
    upsert.bind(u":variant_id"_s, variantId);
    upsert.bind(u":quantity"_s, quantity);
    upsert.bind(u":now"_s, m_context.wallClock());
    if (!execOrFail(upsert, error) || !touch(shop, cartId, u"add"_s, {}, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::internal(transaction.errorString());
        return false;
    }
    return true;
}

bool CartService::setItemQuantity(const ShopInfo &shop, const QString &cartId, const QString &itemId, qint64 quantity, ServiceError *error)
{
    if (quantity == 0) {
        return removeItem(shop, cartId, itemId, error);
    }
    if (quantity < 0 || quantity > kMaxQuantity) {
        *error = ServiceError::validation(u"quantity"_s, u"must be between 0 (remove) and %1"_s.arg(kMaxQuantity));
        return false;
    }
    QSqlDatabase db = m_context.database->connection();
    Transaction transaction(db, m_context.database->dialect());
    TenantQuery check(db, shop.companyId);
    check.prepare(u"SELECT (SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s JOIN locations loc ON loc.id = s.location_id "
                  " WHERE s.variant_id = i.variant_id AND loc.shop_id = :shop_id AND loc.sellable = 1) FROM cart_items i "
                  "WHERE i.company_id = :company_id AND i.cart_id = :cart_id AND i.id = :item_id"_s);
    check.bind(u":shop_id"_s, shop.id);
    check.bind(u":cart_id"_s, cartId);
    check.bind(u":item_id"_s, itemId);
    if (!execOrFail(check, error)) {
        return false;
    }
    if (!check.next()) {
        *error = ServiceError::notFound(u"no item %1 in this cart"_s.arg(itemId));
        return false;
    }
    const qint64 available = check.value(0).toLongLong();
    check.finish();
    if (quantity > available) {
        *error = ServiceError::conflict(u"insufficient_stock"_s, u"only %1 available"_s.arg(std::max<qint64>(available, 0)));
        return false;
    }
    TenantQuery update(db, shop.companyId);
    update.prepare(u"UPDATE cart_items SET quantity = :quantity WHERE company_id = :company_id AND cart_id = :cart_id AND id = :item_id"_s);
    update.bind(u":quantity"_s, quantity);
    update.bind(u":cart_id"_s, cartId);
    update.bind(u":item_id"_s, itemId);
    if (!execOrFail(update, error) || !touch(shop, cartId, u"set"_s, {}, error)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = ServiceError::internal(transaction.errorString());
        return false;
    }
    return true;
}

bool CartService::removeItem(const ShopInfo &shop, const QString &cartId, const QString &itemId, ServiceError *error)
{
    TenantQuery remove(m_context.database->connection(), shop.companyId);
    remove.prepare(u"DELETE FROM cart_items WHERE company_id = :company_id AND cart_id = :cart_id AND id = :item_id"_s);
    remove.bind(u":cart_id"_s, cartId);
    remove.bind(u":item_id"_s, itemId);
    if (!execOrFail(remove, error)) {
        return false;
    }
    if (remove.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"no item %1 in this cart"_s.arg(itemId));
        return false;
    }
    return touch(shop, cartId, u"remove"_s, {}, error);
}

bool CartService::loadCoupon(const QString &companyId, const QString &whereColumn, const QString &value, Coupon *coupon)
{
    TenantQuery query(m_context.database->connection(), companyId);
    query.prepare(u"SELECT id, code, kind, value, minimum_subtotal, COALESCE(starts_at, 0), COALESCE(ends_at, 0), COALESCE(usage_limit, 0), "
                  "COALESCE(usage_limit_per_customer, 0), times_used, active FROM coupons WHERE company_id = :company_id AND %1 = :value"_s.arg(whereColumn));
    query.bind(u":value"_s, value);
    if (!query.exec() || !query.next()) {
        return false;
    }
    coupon->id = query.value(0).toString();
    coupon->code = query.value(1).toString();
    parseCouponKind(query.value(2).toString(), &coupon->kind);
    coupon->value = query.value(3).toLongLong();
    coupon->minimumSubtotal = query.value(4).toLongLong();
    coupon->startsAt = query.value(5).toLongLong();
    coupon->endsAt = query.value(6).toLongLong();
    coupon->usageLimit = query.value(7).toInt();
    coupon->usageLimitPerCustomer = query.value(8).toInt();
    coupon->timesUsed = query.value(9).toInt();
    coupon->active = query.value(10).toInt() == 1;
    return true;
}

int CartService::couponUses(const QString &companyId, const QString &couponId, const QString &customerKey)
{
    if (customerKey.isEmpty()) {
        return 0;
    }
    TenantQuery query(m_context.database->connection(), companyId);
    query.prepare(u"SELECT COUNT(*) FROM coupon_redemptions WHERE company_id = :company_id AND coupon_id = :coupon_id AND customer_key = :customer_key"_s);
    query.bind(u":coupon_id"_s, couponId);
    query.bind(u":customer_key"_s, customerKey);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool CartService::applyCoupon(const ShopInfo &shop, const QString &cartId, const QString &code, ServiceError *error)
{
    Coupon coupon;
    // Codes are matched case-insensitively: shoppers type them as they like.
    if (code.trimmed().isEmpty() || !loadCoupon(shop.companyId, u"upper(code)"_s, code.trimmed().toUpper(), &coupon)) {
        *error = ServiceError::validation(u"code"_s, u"there is no coupon %1"_s.arg(code.trimmed()), u"unknown_coupon"_s);
        return false;
    }
    CartQuote current;
    if (!quote(shop, cartId, {}, &current, error)) {
        return false;
    }
    const QString customerKey = current.customerId.isEmpty() ? current.email : current.customerId;
    const QString problem = couponProblem(coupon, current.goods.subtotal, m_context.wallClock(), couponUses(shop.companyId, coupon.id, customerKey));
    if (!problem.isEmpty()) {
        *error = ServiceError::validation(u"code"_s, problem, u"coupon_not_applicable"_s);
        return false;
    }
    TenantQuery update(m_context.database->connection(), shop.companyId);
    update.prepare(u"UPDATE carts SET coupon_id = :coupon_id, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":coupon_id"_s, coupon.id);
    update.bind(u":now"_s, m_context.wallClock());
    update.bind(u":id"_s, cartId);
    return execOrFail(update, error);
}

bool CartService::removeCoupon(const ShopInfo &shop, const QString &cartId, ServiceError *error)
{
    TenantQuery update(m_context.database->connection(), shop.companyId);
    update.prepare(u"UPDATE carts SET coupon_id = NULL, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":now"_s, m_context.wallClock());
    update.bind(u":id"_s, cartId);
    return execOrFail(update, error);
}

bool CartService::quote(const ShopInfo &shop, const QString &cartId, const QString &shippingOptionId, CartQuote *quote, ServiceError *error)
{
    CartQuote result;
    QSqlDatabase db = m_context.database->connection();
    TenantQuery head(db, shop.companyId);
    head.prepare(u"SELECT id, shop_id, email, COALESCE(user_id, ''), COALESCE(customer_id, ''), COALESCE(coupon_id, ''), status FROM carts "
                 "WHERE company_id = :company_id AND id = :id"_s);
    head.bind(u":id"_s, cartId);
    if (!execOrFail(head, error)) {
        return false;
    }
    if (!head.next()) {
        *error = ServiceError::notFound(u"no cart %1"_s.arg(cartId));
        return false;
    }
    result.cartId = cartId;
    result.shopId = head.value(1).toString();
    result.companyId = shop.companyId;
    result.currency = shop.currency;
    result.email = head.value(2).toString();
    result.userId = head.value(3).toString();
    result.customerId = head.value(4).toString();
    const QString couponId = head.value(5).toString();
    result.status = head.value(6).toString();
    head.finish();

    TenantQuery items(db, shop.companyId);
    items.prepare(u"SELECT i.id, v.id, v.product_id, v.sku, p.name || CASE WHEN v.name <> '' THEN ' – ' || v.name ELSE '' END, i.quantity, "
                  "COALESCE(l.price_override, v.price), v.pricing_unit, t.rate_bp, COALESCE(v.weight_grams, 0), "
                  "(SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s JOIN locations loc ON loc.id = s.location_id "
                  " WHERE s.variant_id = v.id AND loc.shop_id = :shop_id AND loc.sellable = 1) "
                  "FROM cart_items i JOIN variants v ON v.id = i.variant_id JOIN products p ON p.id = v.product_id "
                  "JOIN tax_categories t ON t.id = p.tax_category_id LEFT JOIN shop_listings l ON l.shop_id = :shop_id AND l.variant_id = v.id "
                  "WHERE i.company_id = :company_id AND i.cart_id = :cart_id ORDER BY i.added_at, i.id"_s);
    items.bind(u":shop_id"_s, shop.id);
    items.bind(u":cart_id"_s, cartId);
    if (!execOrFail(items, error)) {
        return false;
    }
    QList<PriceLineInput> inputs;
    while (items.next()) {
        CartLine line;
        line.itemId = items.value(0).toString();
        line.variantId = items.value(1).toString();
        line.productId = items.value(2).toString();
        line.sku = items.value(3).toString();
        line.description = items.value(4).toString();
        line.quantity = items.value(5).toLongLong();
        line.unitPrice = items.value(6).toLongLong();
        line.pricingUnit = items.value(7).toLongLong();
        line.taxRateBasisPoints = items.value(8).toInt();
        line.weightGrams = items.value(9).toLongLong() * line.quantity;
        line.available = items.value(10).toLongLong();
        result.weightGrams += line.weightGrams;
        result.lines.append(line);
        inputs.append(PriceLineInput{line.unitPrice, line.quantity, line.pricingUnit, 0, line.taxRateBasisPoints});
    }
    QString message;
    if (!priceCart(inputs, 0, shop.pricing, &result.goods, &message)) {
        *error = ServiceError::internal(message);
        return false;
    }
    bool freeShipping = false;
    if (!couponId.isEmpty() && loadCoupon(shop.companyId, u"id"_s, couponId, &result.coupon)) {
        result.hasCoupon = true;
        const QString customerKey = result.customerId.isEmpty() ? result.email : result.customerId;
        result.couponProblem = couponProblem(result.coupon, result.goods.subtotal, m_context.wallClock(), couponUses(shop.companyId, couponId, customerKey));
        if (result.couponProblem.isEmpty()) {
            freeShipping = result.coupon.kind == Coupon::Kind::FreeShipping;
            const qint64 discount = couponDiscount(result.coupon, result.goods.subtotal);
            if (discount > 0 && !priceCart(inputs, discount, shop.pricing, &result.goods, &message)) {
                *error = ServiceError::internal(message);
                return false;
            }
        }
    }
    result.total = result.goods.total;
    if (!shippingOptionId.isEmpty()) {
        const auto options = shippingOptions(shop, cartId, error);
        if (error->isSet()) {
            return false;
        }
        const auto it = std::find_if(options.begin(), options.end(), [&](const auto &pair) { return pair.first.id == shippingOptionId; });
        if (it == options.end()) {
            *error = ServiceError::validation(u"shipping_option_id"_s, u"is not a shipping option of this shop"_s);
            return false;
        }
        result.hasShipping = true;
        result.shipping = it->first;
        result.shippingPrice = freeShipping ? 0 : it->second;
        result.shippingTax = shop.pricing.pricesIncludeTax ? taxInGross(result.shippingPrice, result.shipping.taxRateBasisPoints, shop.pricing.rounding)
                                                           : taxOnNet(result.shippingPrice, result.shipping.taxRateBasisPoints, shop.pricing.rounding);
        result.total += shop.pricing.pricesIncludeTax ? result.shippingPrice : result.shippingPrice + result.shippingTax;
    }
    *quote = result;
    return true;
}

QList<std::pair<ShippingOption, qint64>> CartService::shippingOptions(const ShopInfo &shop, const QString &cartId, ServiceError *error)
{
    QList<std::pair<ShippingOption, qint64>> result;
    TenantQuery goods(m_context.database->connection(), shop.companyId);
    goods.prepare(u"SELECT COALESCE(SUM(COALESCE(l.price_override, v.price) * i.quantity / v.pricing_unit), 0), COALESCE(SUM(COALESCE(v.weight_grams, 0) * i.quantity), 0) "
                  "FROM cart_items i JOIN variants v ON v.id = i.variant_id LEFT JOIN shop_listings l ON l.shop_id = :shop_id AND l.variant_id = v.id "
                  "WHERE i.company_id = :company_id AND i.cart_id = :cart_id"_s);
    goods.bind(u":shop_id"_s, shop.id);
    goods.bind(u":cart_id"_s, cartId);
    if (!goods.exec() || !goods.next()) {
        *error = ServiceError::internal(goods.errorString());
        return result;
    }
    const qint64 goodsTotal = goods.value(0).toLongLong();
    const qint64 weight = goods.value(1).toLongLong();
    TenantQuery options(m_context.database->connection(), shop.companyId);
    options.prepare(u"SELECT id, name, kind, amount, amount_per_kg, COALESCE(free_above, -1), tax_rate_bp FROM shipping_options "
                    "WHERE company_id = :company_id AND active = 1 AND (shop_id IS NULL OR shop_id = :shop_id) ORDER BY position, name"_s);
    options.bind(u":shop_id"_s, shop.id);
    if (!options.exec()) {
        *error = ServiceError::internal(options.errorString());
        return result;
    }
    while (options.next()) {
        ShippingOption option;
        option.id = options.value(0).toString();
        option.name = options.value(1).toString();
        parseShippingKind(options.value(2).toString(), &option.kind);
        option.amount = options.value(3).toLongLong();
        option.amountPerKilogram = options.value(4).toLongLong();
        option.freeAbove = options.value(5).toLongLong();
        option.taxRateBasisPoints = options.value(6).toInt();
        result.append({option, shippingPrice(option, goodsTotal, weight, false)});
    }
    return result;
}

QString CartService::mergeGuestCart(const QString &guestCartId, const QString &guestToken, const Actor &customer, ServiceError *error)
{
    ShopInfo shop;
    if (!authorize(guestCartId, guestToken, nullptr, &shop, error)) {
        return {};
    }
    if (shop.companyId != customer.companyId) {
        *error = ServiceError::validation(u"cart"_s, u"the cart belongs to another company's shop"_s);
        return {};
    }
    QSqlDatabase db = m_context.database->connection();
    Transaction transaction(db, m_context.database->dialect());
    TenantQuery customerRow(db, shop.companyId);
    customerRow.prepare(u"SELECT id FROM customers WHERE company_id = :company_id AND user_id = :user_id"_s);
    customerRow.bind(u":user_id"_s, customer.userId);
    const QString customerId = customerRow.exec() && customerRow.next() ? customerRow.value(0).toString() : QString();
    customerRow.finish();
    TenantQuery existing(db, shop.companyId);
    existing.prepare(u"SELECT id FROM carts WHERE company_id = :company_id AND shop_id = :shop_id AND user_id = :user_id AND status = 'open' "
                     "AND id <> :guest ORDER BY updated_at DESC LIMIT 1"_s);
    existing.bind(u":shop_id"_s, shop.id);
    existing.bind(u":user_id"_s, customer.userId);
    existing.bind(u":guest"_s, guestCartId);
    const QString target = existing.exec() && existing.next() ? existing.value(0).toString() : QString();
    existing.finish();
    const qint64 now = m_context.wallClock();
    QString result = guestCartId;
    if (target.isEmpty()) {
        TenantQuery adopt(db, shop.companyId);
        adopt.prepare(u"UPDATE carts SET user_id = :user_id, customer_id = :customer_id, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
        adopt.bind(u":user_id"_s, customer.userId);
        adopt.bind(u":customer_id"_s, nullIfEmpty(customerId));
        adopt.bind(u":now"_s, now);
        adopt.bind(u":id"_s, guestCartId);
        if (!execOrFail(adopt, error)) {
            return {};
        }
    } else {
        // Move item by item with new ids: the same variant in both carts adds up (capped like any
        // cart line), then the guest cart is closed as merged.
        TenantQuery guestItems(db, shop.companyId);
        guestItems.prepare(u"SELECT variant_id, quantity, added_at FROM cart_items WHERE company_id = :company_id AND cart_id = :guest"_s);
        guestItems.bind(u":guest"_s, guestCartId);
        if (!execOrFail(guestItems, error)) {
            return {};
        }
        struct Item {
            QString variantId;
            qint64 quantity;
            qint64 addedAt;
        };
        QList<Item> moving;
        while (guestItems.next()) {
            moving.append({guestItems.value(0).toString(), guestItems.value(1).toLongLong(), guestItems.value(2).toLongLong()});
        }
        for (const Item &item : std::as_const(moving)) {
            TenantQuery upsert(db, shop.companyId);
            upsert.prepare(u"INSERT INTO cart_items (id, company_id, cart_id, variant_id, quantity, added_at) VALUES (:id, :company_id, :target, :variant_id, "
                           ":quantity, :added_at) ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = CASE WHEN cart_items.quantity + excluded.quantity > "
                           ":cap THEN :cap ELSE cart_items.quantity + excluded.quantity END"_s);
            upsert.bind(u":id"_s, newId());
            upsert.bind(u":target"_s, target);
            upsert.bind(u":variant_id"_s, item.variantId);
            upsert.bind(u":quantity"_s, item.quantity);
            upsert.bind(u":added_at"_s, item.addedAt);
            upsert.bind(u":cap"_s, kMaxQuantity);
            if (!execOrFail(upsert, error)) {
                return {};
            }
        }
        TenantQuery clear(db, shop.companyId);
        clear.prepare(u"DELETE FROM cart_items WHERE company_id = :company_id AND cart_id = :guest"_s);
        clear.bind(u":guest"_s, guestCartId);
        TenantQuery close(db, shop.companyId);
        close.prepare(u"UPDATE carts SET status = 'merged', updated_at = :now WHERE company_id = :company_id AND id = :guest"_s);
        close.bind(u":now"_s, now);
        close.bind(u":guest"_s, guestCartId);
        if (!execOrFail(clear, error) || !execOrFail(close, error)) {
            return {};
        }
        result = target;
    }
    if (!transaction.commit()) {
        *error = ServiceError::internal(transaction.errorString());
        return {};
    }
    return result;
}

} // namespace kassa
