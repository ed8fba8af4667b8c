// /api/v1/staff administration: customers, users, shops and locations, the audit trail, coupons
// and shipping options.
#include "routes.h"
#include "staffaccess.h"

#include "commerce/commercesettingsservice.h"
#include "services/companyservice.h"
#include "services/customerservice.h"
#include "services/userservice.h"

using namespace Qt::StringLiterals;

namespace kassa::server {

namespace {
// The services of the Foundation report errors as text that starts with the field's name; this
// turns such a message into a problem with the right status.
ServiceError fromMessage(const QString &message)
{
    if (message.contains(u" may "_s) && (message.contains(u"not"_s) || message.contains(u"only"_s))) {
        return ServiceError::forbidden(message);
    }
    if (message.contains(u"exists already"_s) || message.contains(u"has an account already"_s)) {
        return ServiceError::conflict(u"already_exists"_s, message);
    }
    const qsizetype colon = message.indexOf(u':');
    const QString field = colon > 0 && !message.left(colon).contains(u' ') ? message.left(colon) : QString();
    return ServiceError::validation(field, field.isEmpty() ? message : message.mid(colon + 1).trimmed());
}
} // namespace

void registerStaffAdminRoutes(Router &router, ApiServices &services)
{
    router.add("GET", u"/api/v1/staff/customers"_s, staffPaged([&services](HttpRequest &request, const PageRequest &page) {
        ServiceError error;
        return answer(StaffQueries(services.core).customers(request.actor, request.queryValue(u"q"_s).trimmed(), page, &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/customers"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        ServiceError error;
        const QString id = CustomerService(services.core).create(request.actor, body.object(), &error);
        if (id.isEmpty()) {
            return problemFrom(error, request);
        }
        return answer(StaffQueries(services.core).customer(request.actor, id, &error), error, request, 201);
    }));

    router.add("GET", u"/api/v1/staff/customers/{customer_id}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(StaffQueries(services.core).customer(request.actor, request.pathParameter(u"customer_id"_s), &error), error, request);
    }));

    router.add("PATCH", u"/api/v1/staff/customers/{customer_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        ServiceError error;
        const QString id = request.pathParameter(u"customer_id"_s);
        if (!CustomerService(services.core).update(request.actor, id, body.object(), &error)) {
            return problemFrom(error, request);
        }
        return answer(StaffQueries(services.core).customer(request.actor, id, &error), error, request);
    }));

    router.add("GET", u"/api/v1/staff/users"_s, staffPaged([&services](HttpRequest &request, const PageRequest &page) {
        ServiceError error;
        return answer(StaffQueries(services.core).users(request.actor, page, &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/users"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"email"_s, u"name"_s, u"role"_s, u"password"_s, u"shop_id"_s, u"pin"_s, u"discount_limit_bp"_s});
        UserDraft draft;
        draft.companyId = request.actor.companyId;
        draft.email = body.string(u"email"_s, true, 254);
        draft.name = body.string(u"name"_s, false, 200);
        draft.password = body.string(u"password"_s, true, 512);
        draft.shopId = body.string(u"shop_id"_s, false, 64);
        draft.pin = body.string(u"pin"_s, false, 8);
        draft.discountLimitBasisPoints = int(body.integer(u"discount_limit_bp"_s, false, 0, 10000));
        const QString role = body.string(u"role"_s, true, 30);
        if (body.ok() && (!parseRole(role, &draft.role) || draft.role == Role::Customer)) {
            body.addError(u"role"_s, u"use company_admin, shop_manager, shop_staff or warehouse_staff"_s);
        }
        if (!body.ok()) {
            return body.problem();
        }
        QString message;
        const QString id = UserService(services.core).createUser(request.actor, draft, &message);
        if (id.isEmpty()) {
            return problemFrom(fromMessage(message), request);
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, id}, {u"email"_s, UserService::normalizeEmail(draft.email)}, {u"role"_s, role},
                                                   {u"shop_id"_s, draft.shopId.isEmpty() ? QJsonValue() : QJsonValue(draft.shopId)}});
    }));

    router.add("GET", u"/api/v1/staff/shops"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(StaffQueries(services.core).shops(request.actor, &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/shops"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"slug"_s, u"name"_s, u"kind"_s, u"prices_include_tax"_s, u"timezone"_s, u"address_line1"_s, u"postal_code"_s, u"city"_s, u"country"_s,
                        u"phone"_s, u"email"_s});
        ShopDraft draft;
        draft.slug = body.string(u"slug"_s, true, 63);
        draft.name = body.string(u"name"_s, true, 200);
        draft.kind = body.has(u"kind"_s) ? body.string(u"kind"_s, true, 20) : u"store"_s;
        draft.pricesIncludeTax = body.boolean(u"prices_include_tax"_s, false, true);
        draft.timezone = body.has(u"timezone"_s) ? body.string(u"timezone"_s, true, 64) : u"UTC"_s;
        draft.addressLine1 = body.string(u"address_line1"_s, false, 200);
        draft.postalCode = body.string(u"postal_code"_s, false, 20);
        draft.city = body.string(u"city"_s, false, 100);
        draft.country = body.string(u"country"_s, false, 2);
        draft.phone = body.string(u"phone"_s, false, 50);
        draft.email = body.string(u"email"_s, false, 254);
        if (!body.ok()) {
            return body.problem();
        }
        QString message;
        const QString id = CompanyService(services.core).createShop(request.actor, draft, &message);
        if (id.isEmpty()) {
            return problemFrom(fromMessage(message), request);
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, id}, {u"slug"_s, draft.slug}, {u"name"_s, draft.name.trimmed()}, {u"kind"_s, draft.kind}});
    }));

    router.add("GET", u"/api/v1/staff/locations"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(StaffQueries(services.core).locations(request.actor, request.queryValue(u"shop"_s), &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/locations"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"shop_id"_s, u"code"_s, u"name"_s, u"kind"_s, u"sellable"_s});
        LocationDraft draft;
        draft.shopId = body.string(u"shop_id"_s, true, 64);
        draft.code = body.string(u"code"_s, true, 30);
        draft.name = body.string(u"name"_s, true, 100);
        draft.kind = body.string(u"kind"_s, true, 20);
        draft.sellable = body.boolean(u"sellable"_s, false, true);
        if (!body.ok()) {
            return body.problem();
        }
        QString message;
        const QString id = CompanyService(services.core).createLocation(request.actor, draft, &message);
        if (id.isEmpty()) {
            return problemFrom(fromMessage(message), request);
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, id}, {u"shop_id"_s, draft.shopId}, {u"code"_s, draft.code}, {u"kind"_s, draft.kind}});
    }));

    router.add("GET", u"/api/v1/staff/audit"_s, staff([&services](HttpRequest &request) {
        JsonBody errors;
        const PageRequest page = pageFrom(request, &errors);
        const qint64 from = timeFrom(request, u"from"_s, &errors);
        const qint64 to = timeFrom(request, u"to"_s, &errors);
        if (!errors.ok()) {
            return errors.problem();
        }
        ServiceError error;
        return answer(StaffQueries(services.core).audit(request.actor, request.queryValue(u"entity_type"_s), request.queryValue(u"entity_id"_s), from, to, page, &error),
                      error, request);
    }));

    router.add("GET", u"/api/v1/staff/coupons"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(CommerceSettingsService(services.core).coupons(request.actor, &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/coupons"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        ServiceError error;
        const QString id = CommerceSettingsService(services.core).createCoupon(request.actor, body.object(), &error);
        if (id.isEmpty()) {
            return problemFrom(error, request);
        }
        QJsonObject created = body.object();
        created.insert(u"id"_s, id);
        return HttpResponse::json(201, created);
    }));

    router.add("PATCH", u"/api/v1/staff/coupons/{coupon_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"active"_s});
        const bool active = body.boolean(u"active"_s, true);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        if (!CommerceSettingsService(services.core).setCouponActive(request.actor, request.pathParameter(u"coupon_id"_s), active, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"id"_s, request.pathParameter(u"coupon_id"_s)}, {u"active"_s, active}});
    }));

    router.add("GET", u"/api/v1/staff/shipping-options"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(CommerceSettingsService(services.core).shippingOptions(request.actor, &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/shipping-options"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        ServiceError error;
        const QString id = CommerceSettingsService(services.core).createShippingOption(request.actor, body.object(), &error);
        if (id.isEmpty()) {
            return problemFrom(error, request);
        }
        QJsonObject created = body.object();
        created.insert(u"id"_s, id);
        return HttpResponse::json(201, created);
    }));
}

} // namespace kassa::server
