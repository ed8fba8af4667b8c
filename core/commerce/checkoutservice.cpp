#include "checkoutservice.h"

#include "domain/orderstatus.h"
#include "domain/uuid7.h"
#include "services/businesswrite.h"
#include "services/stockledger.h"
#include "services/userservice.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <numeric>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct Allocation {
    QString locationId;
    qint64 quantity;
};

// Splits a line over the shop's sellable locations, most available first.
bool allocate(BusinessWrite &write, const QString &shopId, const QString &variantId, qint64 quantity, QList<Allocation> *allocations)
{
    TenantQuery query = write.query(u"SELECT s.location_id, s.available FROM stock_levels s JOIN locations loc ON loc.id = s.location_id "
                                    "WHERE s.company_id = :company_id AND s.variant_id = :variant_id AND loc.shop_id = :shop_id AND loc.sellable = 1 "
                                    "AND s.available > 0 ORDER BY s.available DESC, s.location_id"_s);
    query.bind(u":variant_id"_s, variantId);
    query.bind(u":shop_id"_s, shopId);
    if (!query.exec()) {
        return write.fail(query.errorString());
    }
    qint64 remaining = quantity;
    while (remaining > 0 && query.next()) {
        const qint64 take = std::min(remaining, query.value(1).toLongLong());
        allocations->append({query.value(0).toString(), take});
        remaining -= take;
    }
    query.finish();
    return remaining == 0;
}

} // namespace

QString CheckoutService::checkout(const ShopInfo &shop, const QString &cartId, const Actor *customer, const CheckoutRequest &request, QJsonObject *paymentData,
                                  ServiceError *error)
{
    PaymentProvider *provider = m_providers.find(request.paymentMethod);
    if (!provider) {
        *error = ServiceError::validation(u"payment.method"_s, u"use one of: %1"_s.arg(m_providers.methods().join(u", "_s)), u"unknown_payment_method"_s);
        return {};
    }
    if (request.shippingOptionId.isEmpty()) {
        *error = ServiceError::validation(u"shipping_option_id"_s, u"choose a shipping option (GET /carts/{id}/shipping-options)"_s);
        return {};
    }
    CartService carts(m_context);
    CartQuote quote;
    if (!carts.quote(shop, cartId, request.shippingOptionId, &quote, error)) {
        return {};
    }
    if (quote.lines.isEmpty()) {
        *error = ServiceError::conflict(u"cart_empty"_s, u"the cart is empty"_s);
        return {};
    }
    if (quote.hasCoupon && !quote.couponProblem.isEmpty()) {
        *error = ServiceError::conflict(u"coupon_not_applicable"_s, quote.couponProblem + u"; remove the code to go on"_s);
        return {};
    }
    QString email = UserService::normalizeEmail(request.email);
    QString customerId = quote.customerId;
    QString userId = quote.userId;
    if (customer && customer->companyId == shop.companyId) {
        CustomerAccountService accounts(m_context);
        CustomerProfile profile;
        ServiceError ignored;
        if (accounts.profile(*customer, &profile, &ignored)) {
            customerId = profile.customerId;
            userId = profile.userId;
            if (email.isEmpty()) {
                email = profile.email;
            }
        }
    }
    if (!UserService::emailProblem(email).isEmpty()) {
        *error = ServiceError::validation(u"email"_s, u"an e-mail address is needed for the order confirmation"_s);
        return {};
    }
    Address address;
    if (!address.applyJson(request.shippingAddress, error)) {
        error->field = u"shipping_address."_s + error->field;
        return {};
    }
    if (quote.shipping.kind != ShippingOption::Kind::Pickup) {
        if (const ServiceError problem = address.completenessProblem(); problem.isSet()) {
            *error = problem;
            error->field = u"shipping_address."_s + error->field;
            return {};
        }
    }
    // Sold out already: say so without a write transaction. Once the last units are gone, every
    // further checkout for them would otherwise queue for the order counter (a row lock held to
    // commit) only to be refused; on PostgreSQL with several servers that queue is what they wait
    // on. The conditional reservation below stays the guard against a race after this read.
    for (const CartLine &line : std::as_const(quote.lines)) {
        if (line.quantity > line.available) {
            *error = ServiceError::conflict(u"insufficient_stock"_s, u"%1 (%2): not enough in stock for %3"_s.arg(line.description, line.sku).arg(line.quantity));
            error->field = line.variantId;
            return {};
        }
    }
    if (request.expectedTotal >= 0 && request.expectedTotal != quote.total) {
        *error = ServiceError::conflict(u"total_changed"_s, u"the total is now %1 %2, not %3; review the cart and confirm again"_s.arg(Money(quote.total, shop.currency).toDecimalString(), shop.currency, Money(request.expectedTotal, shop.currency).toDecimalString()));
        return {};
    }

    Actor actor;
    if (customer && customer->companyId == shop.companyId) {
        actor = *customer;
    } else {
        actor.role = Role::Customer;
        actor.companyId = shop.companyId;
        actor.label = u"guest checkout"_s;
    }
    actor.deviceId = m_context.deviceId;

    const QString orderId = newId();
    const qint64 holdUntil = m_context.wallClock() + provider->holdMilliseconds();
    BusinessWrite write(m_context, actor, shop.companyId);

    TenantQuery counter = write.query(u"INSERT INTO document_counters (company_id, name, value) VALUES (:company_id, 'online_order', 1) "
                                      "ON CONFLICT (company_id, name) DO UPDATE SET value = document_counters.value + 1 RETURNING value"_s);
    QString number;
    if (counter.exec() && counter.next()) {
        number = u"W-%1"_s.arg(counter.value(0).toLongLong(), 6, 10, QChar(u'0'));
        counter.finish();
    } else {
        write.fail(counter.errorString());
    }

    const qint64 shippingTotal = quote.shippingPrice;
    const qint64 taxTotal = quote.goods.taxTotal + quote.shippingTax;
    TenantQuery order = write.query(
        u"INSERT INTO orders (id, company_id, shop_id, number, cart_id, user_id, customer_id, email, status, payment_status, fulfilment_status, payment_method, "
        "currency, prices_include_tax, subtotal, discount_total, shipping_total, tax_total, total, shipping_option_id, shipping_address, coupon_id, "
        "reservation_expires_at, placed_at, updated_at) VALUES (:id, :company_id, :shop_id, :number, :cart_id, :user_id, :customer_id, :email, 'placed', "
        "'pending', 'unfulfilled', :payment_method, :currency, :prices_include_tax, :subtotal, :discount_total, :shipping_total, :tax_total, :total, "
        ":shipping_option_id, :shipping_address, :coupon_id, :hold_until, :now, :now)"_s);
    order.bind(u":id"_s, orderId);
    order.bind(u":shop_id"_s, shop.id);
    order.bind(u":number"_s, number);
    order.bind(u":cart_id"_s, cartId);
    order.bind(u":user_id"_s, nullIfEmpty(userId));
    order.bind(u":customer_id"_s, nullIfEmpty(customerId));
    order.bind(u":email"_s, email);
    order.bind(u":payment_method"_s, provider->method());
    order.bind(u":currency"_s, shop.currency);
    order.bind(u":prices_include_tax"_s, shop.pricing.pricesIncludeTax ? 1 : 0);
    order.bind(u":subtotal"_s, quote.goods.subtotal);
    order.bind(u":discount_total"_s, quote.goods.discountTotal);
    order.bind(u":shipping_total"_s, shippingTotal);
    order.bind(u":tax_total"_s, taxTotal);
    order.bind(u":total"_s, quote.total);
    order.bind(u":shipping_option_id"_s, quote.shipping.id);
    order.bind(u":shipping_address"_s, QString::fromUtf8(QJsonDocument(address.toJson()).toJson(QJsonDocument::Compact)));
    order.bind(u":coupon_id"_s, quote.hasCoupon ? QVariant(quote.coupon.id) : QVariant());
    order.bind(u":hold_until"_s, holdUntil);
    order.bind(u":now"_s, write.now());
    if (!order.exec()) {
        const QString text = order.errorString();
        if (text.contains("cart_id"_L1) || text.contains("orders_cart_id"_L1)) {
            *error = ServiceError::conflict(u"cart_closed"_s, u"this cart has been checked out already"_s);
            return {};
        }
        write.fail(text);
    }

    // Lines in variant-id order, so that every checkout takes stock rows in the same order.
    QList<qsizetype> reservationOrder(quote.lines.size());
    std::iota(reservationOrder.begin(), reservationOrder.end(), 0);
    std::sort(reservationOrder.begin(), reservationOrder.end(), [&](qsizetype a, qsizetype b) { return quote.lines[a].variantId < quote.lines[b].variantId; });
    QJsonArray linesJson;
    for (qsizetype i = 0; i < quote.lines.size(); ++i) {
        const CartLine &line = quote.lines[i];
        const PricedLine &priced = quote.goods.lines[i];
        TenantQuery insert = write.query(u"INSERT INTO order_lines (id, company_id, order_id, line_number, variant_id, sku, description, quantity, unit_price, "
                                         "discount, tax_rate_bp, tax_amount, line_total) VALUES (:id, :company_id, :order_id, :line_number, :variant_id, :sku, "
                                         ":description, :quantity, :unit_price, :discount, :tax_rate_bp, :tax_amount, :line_total)"_s);
        insert.bind(u":id"_s, newId());
        insert.bind(u":order_id"_s, orderId);
        insert.bind(u":line_number"_s, int(i + 1));
        insert.bind(u":variant_id"_s, line.variantId);
        insert.bind(u":sku"_s, line.sku);
        insert.bind(u":description"_s, line.description);
        insert.bind(u":quantity"_s, line.quantity);
        insert.bind(u":unit_price"_s, line.unitPrice);
        insert.bind(u":discount"_s, priced.lineDiscount + priced.cartDiscountShare);
        insert.bind(u":tax_rate_bp"_s, line.taxRateBasisPoints);
        insert.bind(u":tax_amount"_s, priced.tax);
        insert.bind(u":line_total"_s, priced.total);
        if (write.isOpen() && !insert.exec()) {
            write.fail(insert.errorString());
        }
        linesJson.append(QJsonObject{{u"variant_id"_s, line.variantId}, {u"sku"_s, line.sku}, {u"quantity"_s, line.quantity}, {u"line_total"_s, priced.total}});
    }
    for (qsizetype index : std::as_const(reservationOrder)) {
        const CartLine &line = quote.lines[index];
        QList<Allocation> allocations;
        if (write.isOpen() && !allocate(write, shop.id, line.variantId, line.quantity, &allocations)) {
            if (write.isOpen()) {
                *error = ServiceError::conflict(u"insufficient_stock"_s, u"%1 (%2): not enough in stock for %3"_s.arg(line.description, line.sku).arg(line.quantity));
                error->field = line.variantId;
                return {};
            }
        }
        for (const Allocation &allocation : std::as_const(allocations)) {
            StockMovement hold;
            hold.locationId = allocation.locationId;
            hold.variantId = line.variantId;
            hold.quantityDelta = allocation.quantity;
            hold.refType = u"order"_s;
            hold.refId = orderId;
            bool insufficient = false;
            if (!StockLedger::reserve(write, hold, &insufficient)) {
                if (insufficient) {
                    // Another checkout took it between allocation and reservation.
                    *error = ServiceError::conflict(u"insufficient_stock"_s, u"%1 (%2) has just sold out"_s.arg(line.description, line.sku));
                    error->field = line.variantId;
                    return {};
                }
                break;
            }
            TenantQuery reservation = write.query(u"INSERT INTO stock_reservations (id, company_id, order_id, location_id, variant_id, quantity, expires_at) "
                                                  "VALUES (:id, :company_id, :order_id, :location_id, :variant_id, :quantity, :expires_at)"_s);
            reservation.bind(u":id"_s, newId());
            reservation.bind(u":order_id"_s, orderId);
            reservation.bind(u":location_id"_s, allocation.locationId);
            reservation.bind(u":variant_id"_s, line.variantId);
            reservation.bind(u":quantity"_s, allocation.quantity);
            reservation.bind(u":expires_at"_s, holdUntil);
            if (!reservation.exec()) {
                write.fail(reservation.errorString());
            }
        }
    }
    if (quote.hasCoupon) {
        TenantQuery use = write.query(u"UPDATE coupons SET times_used = times_used + 1 WHERE company_id = :company_id AND id = :id "
                                      "AND (usage_limit IS NULL OR times_used < usage_limit)"_s);
        use.bind(u":id"_s, quote.coupon.id);
        if (use.exec() && use.numRowsAffected() != 1) {
            *error = ServiceError::conflict(u"coupon_not_applicable"_s, u"the code %1 has just been used up"_s.arg(quote.coupon.code));
            return {};
        }
        TenantQuery redemption = write.query(u"INSERT INTO coupon_redemptions (id, company_id, coupon_id, order_id, customer_key, at) "
                                             "VALUES (:id, :company_id, :coupon_id, :order_id, :customer_key, :now)"_s);
        redemption.bind(u":id"_s, newId());
        redemption.bind(u":coupon_id"_s, quote.coupon.id);
        redemption.bind(u":order_id"_s, orderId);
        redemption.bind(u":customer_key"_s, customerId.isEmpty() ? email : customerId);
        redemption.bind(u":now"_s, write.now());
        if (!redemption.exec()) {
            write.fail(redemption.errorString());
        }
    }
    TenantQuery closeCart = write.query(u"UPDATE carts SET status = 'checked_out', email = :email, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    closeCart.bind(u":email"_s, email);
    closeCart.bind(u":now"_s, write.now());
    closeCart.bind(u":id"_s, cartId);
    if (!closeCart.exec()) {
        write.fail(closeCart.errorString());
    }
    TenantQuery event = write.query(u"INSERT INTO order_events (id, company_id, order_id, status, note, actor_id, at) VALUES (:id, :company_id, :order_id, "
                                    "'placed', :note, :actor_id, :now)"_s);
    event.bind(u":id"_s, newId());
    event.bind(u":order_id"_s, orderId);
    event.bind(u":note"_s, u"Order placed; payment: %1"_s.arg(provider->method()));
    event.bind(u":actor_id"_s, actor.userId);
    event.bind(u":now"_s, write.now());
    if (!event.exec()) {
        write.fail(event.errorString());
    }
    const QJsonObject summary{{u"id"_s, orderId},         {u"number"_s, number},       {u"shop_id"_s, shop.id},
                              {u"cart_id"_s, cartId},     {u"email"_s, email},         {u"customer_id"_s, customerId},
                              {u"total"_s, quote.total},  {u"currency"_s, shop.currency}, {u"payment_method"_s, provider->method()},
                              {u"lines"_s, linesJson},    {u"reservation_expires_at"_s, holdUntil}};
    write.audit(u"order.place"_s, u"order"_s, orderId, {}, summary);
    write.outbox(u"order.placed"_s, summary);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return {};
    }

    PaymentRequest payment{orderId, number, shop.companyId, shop.id, quote.total, shop.currency, email};
    ServiceError paymentError;
    if (!provider->start(payment, paymentData, &paymentError)) {
        // The order stands with payment pending; its reservation lapses if payment never comes.
        paymentData->insert(u"error"_s, paymentError.message);
    }
    return orderId;
}

} // namespace kassa
