// /api/v1/shops/{slug}/carts and /api/v1/carts: guest and customer carts, coupons, shipping
// options and checkout. A guest proves she owns a cart with its token (X-Cart-Token).
#include "jsonbody.h"
#include "routes.h"
#include "serviceproblem.h"

#include "commerce/cartservice.h"
#include "commerce/checkoutservice.h"
#include "commerce/orderservice.h"

using namespace Qt::StringLiterals;

namespace kassa::server {

namespace {

struct CartAccess {
    QString cartId;
    ShopInfo shop;
};

bool openCart(ApiServices &services, const HttpRequest &request, CartAccess *access, HttpResponse *problem)
{
    access->cartId = request.pathParameter(u"cart_id"_s);
    ServiceError error;
    CartService carts(services.core);
    if (!carts.authorize(access->cartId, QString::fromUtf8(request.header("X-Cart-Token")), request.authenticated ? &request.actor : nullptr, &access->shop,
                         &error)) {
        *problem = problemFrom(error, request);
        return false;
    }
    return true;
}

// A cart endpoint: the caller must hold the cart (its token or her account) before the handler runs.
Router::Handler withCart(ApiServices &services, std::function<HttpResponse(HttpRequest &, const CartAccess &)> handler)
{
    return [&services, handler = std::move(handler)](HttpRequest &request) {
        CartAccess access;
        HttpResponse problem;
        return openCart(services, request, &access, &problem) ? handler(request, access) : problem;
    };
}

// The same with a JSON body, parsed after the access check.
Router::Handler withCartAndBody(ApiServices &services, std::function<HttpResponse(HttpRequest &, const CartAccess &, JsonBody &)> handler)
{
    return withCart(services, [handler = std::move(handler)](HttpRequest &request, const CartAccess &access) {
        HttpResponse problem;
        JsonBody body;
        return JsonBody::parse(request, &body, &problem) ? handler(request, access, body) : problem;
    });
}

HttpResponse cartResponse(ApiServices &services, const HttpRequest &request, const CartAccess &access, int status)
{
    CartQuote quote;
    ServiceError error;
    if (!CartService(services.core).quote(access.shop, access.cartId, QString(), &quote, &error)) {
        return problemFrom(error, request);
    }
    return HttpResponse::json(status, quote.toJson(access.shop.pricing.pricesIncludeTax));
}

} // namespace

void registerCartRoutes(Router &router, ApiServices &services)
{
    router.add("POST", u"/api/v1/shops/{shop_slug}/carts"_s, [&services](HttpRequest &request) {
        ShopInfo shop;
        if (!ShopInfo::bySlug(services.core.database->connection(), request.pathParameter(u"shop_slug"_s), &shop)) {
            return HttpResponse::problem(404, u"not_found"_s, u"Not found"_s, u"there is no shop %1"_s.arg(request.pathParameter(u"shop_slug"_s)));
        }
        JsonBody body;
        HttpResponse problem;
        if (!JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        body.allowOnly({});
        if (!body.ok()) {
            return body.problem();
        }
        CartService carts(services.core);
        QString cartId, token;
        ServiceError error;
        if (!carts.create(shop, request.authenticated && request.actor.role == Role::Customer ? &request.actor : nullptr, &cartId, &token, &error)) {
            return problemFrom(error, request);
        }
        CartQuote quote;
        if (!carts.quote(shop, cartId, QString(), &quote, &error)) {
            return problemFrom(error, request);
        }
        QJsonObject json = quote.toJson(shop.pricing.pricesIncludeTax);
        json.insert(u"token"_s, token);
        HttpResponse response = HttpResponse::json(201, json);
        response.addHeader("Location", "/api/v1/carts/" + cartId.toLatin1());
        return response;
    });

    router.add("GET", u"/api/v1/carts/{cart_id}"_s, withCart(services, [&services](HttpRequest &request, const CartAccess &access) {
        return cartResponse(services, request, access, 200);
    }));

    router.add("POST", u"/api/v1/carts/{cart_id}/items"_s, withCartAndBody(services, [&services](HttpRequest &request, const CartAccess &access, JsonBody &body) {
        body.allowOnly({u"variant_id"_s, u"quantity"_s});
        const QString variantId = body.string(u"variant_id"_s, true, 64);
        const qint64 quantity = body.integer(u"quantity"_s, false, 1, 1000, 1);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        if (!CartService(services.core).addItem(access.shop, access.cartId, variantId, quantity, &error)) {
            return problemFrom(error, request);
        }
        return cartResponse(services, request, access, 201);
    }));

    router.add("PATCH", u"/api/v1/carts/{cart_id}/items/{item_id}"_s, withCartAndBody(services, [&services](HttpRequest &request, const CartAccess &access, JsonBody &body) {
        body.allowOnly({u"quantity"_s});
        const qint64 quantity = body.integer(u"quantity"_s, true, 0, 1000);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        if (!CartService(services.core).setItemQuantity(access.shop, access.cartId, request.pathParameter(u"item_id"_s), quantity, &error)) {
            return problemFrom(error, request);
        }
        return cartResponse(services, request, access, 200);
    }));

    router.add("DELETE", u"/api/v1/carts/{cart_id}/items/{item_id}"_s, withCart(services, [&services](HttpRequest &request, const CartAccess &access) {
        ServiceError error;
        if (!CartService(services.core).removeItem(access.shop, access.cartId, request.pathParameter(u"item_id"_s), &error)) {
            return problemFrom(error, request);
        }
        return cartResponse(services, request, access, 200);
    }));

    router.add("POST", u"/api/v1/carts/{cart_id}/coupons"_s, withCartAndBody(services, [&services](HttpRequest &request, const CartAccess &access, JsonBody &body) {
        body.allowOnly({u"code"_s});
        const QString code = body.string(u"code"_s, true, 64);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        if (!CartService(services.core).applyCoupon(access.shop, access.cartId, code, &error)) {
            return problemFrom(error, request);
        }
        return cartResponse(services, request, access, 200);
    }));

    router.add("DELETE", u"/api/v1/carts/{cart_id}/coupons"_s, withCart(services, [&services](HttpRequest &request, const CartAccess &access) {
        ServiceError error;
        if (!CartService(services.core).removeCoupon(access.shop, access.cartId, &error)) {
            return problemFrom(error, request);
        }
        return cartResponse(services, request, access, 200);
    }));

    router.add("GET", u"/api/v1/carts/{cart_id}/shipping-options"_s, withCart(services, [&services](HttpRequest &request, const CartAccess &access) {
        ServiceError error;
        const auto options = CartService(services.core).shippingOptions(access.shop, access.cartId, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        QJsonArray data;
        for (const auto &[option, price] : options) {
            data.append(QJsonObject{{u"id"_s, option.id},
                                    {u"name"_s, option.name},
                                    {u"kind"_s, shippingKindName(option.kind)},
                                    {u"price"_s, moneyJson(price, access.shop.currency)},
                                    {u"tax_rate_bp"_s, option.taxRateBasisPoints}});
        }
        return HttpResponse::json(200, QJsonObject{{u"data"_s, data}});
    }));

    router.add("POST", u"/api/v1/carts/{cart_id}/checkout"_s, withCartAndBody(services, [&services](HttpRequest &request, const CartAccess &access, JsonBody &body) {
        body.allowOnly({u"email"_s, u"shipping_address"_s, u"shipping_option_id"_s, u"payment"_s, u"expected_total"_s});
        CheckoutRequest checkout;
        checkout.email = body.string(u"email"_s, !request.authenticated, 254);
        checkout.shippingAddress = body.nested(u"shipping_address"_s, false);
        checkout.shippingOptionId = body.string(u"shipping_option_id"_s, true, 64);
        JsonBody payment(body.nested(u"payment"_s, true), u"payment"_s);
        payment.allowOnly({u"method"_s});
        checkout.paymentMethod = payment.string(u"method"_s, true, 64);
        body.merge(payment);
        // The total may come as minor units or as a money object; either way it must match.
        const QJsonValue expected = body.object().value(u"expected_total"_s);
        if (expected.isObject()) {
            JsonBody money(expected.toObject(), u"expected_total"_s);
            money.allowOnly({u"amount"_s, u"currency"_s});
            checkout.expectedTotal = money.integer(u"amount"_s, true, 0, std::numeric_limits<qint64>::max() / 2);
            if (money.string(u"currency"_s, true, 3) != access.shop.currency && money.ok()) {
                money.addError(u"expected_total.currency"_s, u"the shop sells in %1"_s.arg(access.shop.currency));
            }
            body.merge(money);
        } else {
            checkout.expectedTotal = body.integer(u"expected_total"_s, true, 0, std::numeric_limits<qint64>::max() / 2, -1);
        }
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        QJsonObject paymentData;
        CheckoutService service(services.core, services.payments);
        const QString orderId = service.checkout(access.shop, access.cartId, request.authenticated ? &request.actor : nullptr, checkout, &paymentData, &error);
        if (orderId.isEmpty()) {
            return problemFrom(error, request);
        }
        // The new order as its owner sees it; a guest's order is shown through the checkout answer only.
        Actor viewer = request.authenticated ? request.actor : Actor::operatorConsole(access.shop.companyId, services.core.deviceId);
        if (!request.authenticated) {
            viewer.role = Role::CompanyAdmin;
        }
        QJsonObject order = OrderService(services.core).get(viewer, orderId, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        order.insert(u"payment"_s, paymentData);
        HttpResponse response = HttpResponse::json(201, order);
        response.addHeader("Location", "/api/v1/orders/" + orderId.toLatin1());
        return response;
    }));
}

} // namespace kassa::server
