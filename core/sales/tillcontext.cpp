#include "tillcontext.h"

#include "preparedread.h"

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
const QString kShop = u"SELECT s.id, s.company_id, s.slug, s.name, s.kind, c.currency, s.timezone, c.slug, s.prices_include_tax, c.rounding_mode, "
                      "c.tax_rounding, s.active FROM shops s JOIN companies c ON c.id = s.company_id WHERE s.company_id = :company_id AND s.id = :id"_s;
// The shop's sellable floor: the standard FLOOR location first, else any sellable shop floor.
const QString kFloor = u"SELECT id FROM locations WHERE company_id = :company_id AND shop_id = :shop_id AND kind = 'shop_floor' AND sellable = 1 "
                       "ORDER BY CASE WHEN code = 'FLOOR' THEN 0 ELSE 1 END, code LIMIT 1"_s;
} // namespace

bool loadTillContext(CoreContext &context, const Actor &actor, const QString &requestedShopId, Action action, TillContext *till, ServiceError *error)
{
    if (!actor.can(action)) {
        *error = ServiceError::forbidden(u"%1 may not %2"_s.arg(roleName(actor.role), actionName(action)));
        return false;
    }
    Database &database = *context.database;
    if (!loadOpenShift(database, actor.companyId, context.deviceId, &till->shift, error)) {
        if (error->kind == ServiceError::Kind::NotFound) {
            *error = ServiceError::conflict(u"no_open_shift"_s, error->message);
            error->field = u"shift"_s;
        }
        return false;
    }
    if (!requestedShopId.isEmpty() && requestedShopId != till->shift.shopId) {
        *error = ServiceError::validation(u"shop_id"_s, u"this till's shift belongs to another shop"_s);
        return false;
    }
    if (!actor.shopId.isEmpty() && actor.shopId != till->shift.shopId) {
        *error = ServiceError::forbidden(u"this till belongs to another shop than yours"_s);
        return false;
    }
    TenantQuery shop = preparedRead(database, kShop, actor.companyId);
    shop.bind(u":id"_s, till->shift.shopId);
    if (!shop.exec()) {
        *error = ServiceError::internal(shop.errorString());
        return false;
    }
    if (!shop.next()) {
        *error = ServiceError::notFound(u"the shift's shop no longer exists"_s);
        return false;
    }
    ShopInfo &info = till->shop;
    info.id = shop.value(0).toString();
    info.companyId = shop.value(1).toString();
    info.slug = shop.value(2).toString();
    info.name = shop.value(3).toString();
    info.kind = shop.value(4).toString();
    info.currency = shop.value(5).toString();
    info.timezone = shop.value(6).toString();
    info.companySlug = shop.value(7).toString();
    info.pricing.pricesIncludeTax = shop.value(8).toInt() == 1;
    parseRoundingMode(shop.value(9).toString(), &info.pricing.rounding);
    parseTaxRounding(shop.value(10).toString(), &info.pricing.taxRounding);
    info.active = shop.value(11).toInt() == 1;
    shop.finish();

    TenantQuery floor = preparedRead(database, kFloor, actor.companyId);
    floor.bind(u":shop_id"_s, info.id);
    if (!floor.exec()) {
        *error = ServiceError::internal(floor.errorString());
        return false;
    }
    if (floor.next()) {
        till->floorLocationId = floor.value(0).toString();
        floor.finish();
    }
    return true;
}

} // namespace kassa
