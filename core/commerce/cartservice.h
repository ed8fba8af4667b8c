#pragma once

#include "shopinfo.h"

#include "domain/actor.h"
#include "domain/couponrules.h"
#include "domain/shippingquote.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QJsonObject>
#include <QList>

namespace kassa {

struct CartLine {
    QString itemId;
    QString variantId;
    QString productId;
    QString sku;
    QString description;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 pricingUnit = 1;
    int taxRateBasisPoints = 0;
    qint64 weightGrams = 0;
    qint64 available = 0; // in the cart's shop, for the shopper's information
};

// A cart priced the way checkout will charge it.
struct CartQuote {
    QString cartId;
    QString shopId;
    QString companyId;
    QString currency;
    QString email;
    QString userId;
    QString customerId;
    QString status;
    QList<CartLine> lines;
    PricedCart goods; // lines with the coupon's discount spread over them
    bool hasCoupon = false;
    Coupon coupon;
    QString couponProblem; // the coupon no longer applies (and is not counted), in words
    bool hasShipping = false;
    ShippingOption shipping;
    qint64 shippingPrice = 0;
    qint64 shippingTax = 0;
    qint64 total = 0; // goods + shipping
    qint64 weightGrams = 0;

    [[nodiscard]] QJsonObject toJson(bool pricesIncludeTax) const;
};

// Carts for the online shop. A guest cart is reached with its token (shown once, stored as a
// digest); a signed-in customer's cart also by her account. Signing in merges the guest cart into
// the customer's open cart.
class CartService
{
public:
    explicit CartService(CoreContext &context)
        : m_context(context)
    {
    }

    // Creates a cart in `shop` for the actor (a customer) or a guest; returns its id and token.
    bool create(const ShopInfo &shop, const Actor *customer, QString *cartId, QString *token, ServiceError *error);
    // Checks who may touch the cart: the holder of its token or the customer it belongs to.
    // Anyone else gets "not found", so cart ids reveal nothing.
    bool authorize(const QString &cartId, const QString &token, const Actor *customer, ShopInfo *shop, ServiceError *error);

    bool addItem(const ShopInfo &shop, const QString &cartId, const QString &variantId, qint64 quantity, ServiceError *error);
    bool setItemQuantity(const ShopInfo &shop, const QString &cartId, const QString &itemId, qint64 quantity, ServiceError *error);
    bool removeItem(const ShopInfo &shop, const QString &cartId, const QString &itemId, ServiceError *error);
    bool applyCoupon(const ShopInfo &shop, const QString &cartId, const QString &code, ServiceError *error);
    bool removeCoupon(const ShopInfo &shop, const QString &cartId, ServiceError *error);

    // Prices the cart; with a shipping option id also the shipping.
    bool quote(const ShopInfo &shop, const QString &cartId, const QString &shippingOptionId, CartQuote *quote, ServiceError *error);
    // The shipping options of the shop with their price for this cart.
    QList<std::pair<ShippingOption, qint64>> shippingOptions(const ShopInfo &shop, const QString &cartId, ServiceError *error);

    // On sign-in: moves the guest cart's items into the customer's open cart in that shop (adding
    // quantities), or hands the guest cart to the customer when she has none. Returns the cart id.
    QString mergeGuestCart(const QString &guestCartId, const QString &guestToken, const Actor &customer, ServiceError *error);

    // How often a customer (by customer id, else e-mail) has used a coupon.
    int couponUses(const QString &companyId, const QString &couponId, const QString &customerKey);

private:
    bool loadCoupon(const QString &companyId, const QString &whereColumn, const QString &value, Coupon *coupon);
    bool touch(const ShopInfo &shop, const QString &cartId, const QString &action, const QJsonObject &details, ServiceError *error);
    CoreContext &m_context;
};

} // namespace kassa
