// /api/v1/staff administration: customers, users, shops and locations (created and changed), the
// audit trail, coupons and shipping options.
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

// A PATCH field that is present; null is refused ("must not be null") unless `nullable`.
bool patches(JsonBody &body, const QString &field, bool nullable = false)
{
    if (!body.has(field)) {
        return false;
    }
    if (!nullable && body.object().value(field).isNull()) {
        body.addError(field, u"must not be null"_s);
        return false;
    }
    return true;
}

// A PATCH text field: set when present, "" allowed unless `required`.
void patchText(JsonBody &body, const QString &field, int maxLength, bool required, std::optional<QString> *target)
{
    if (patches(body, field)) {
        *target = body.string(field, required, maxLength);
    }
}

// The element of a {"data": [...]} answer with this id, or a 404 problem.
HttpResponse elementOf(const QJsonObject &list, const ServiceError &error, const QString &id, const HttpRequest &request)
{
    if (error.isSet()) {
        return problemFrom(error, request);
    }
    for (const QJsonValue &element : list.value(u"data"_s).toArray()) {
        if (element.toObject().value(u"id"_s).toString() == id) {
            return HttpResponse::json(200, element.toObject());
        }
    }
    return problemFrom(ServiceError::notFound(u"no such object %1"_s.arg(id)), request);
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

    router.add("GET", u"/api/v1/staff/users/{user_id}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(UserService(services.core).staffUser(request.actor, request.pathParameter(u"user_id"_s), &error), error, request);
    }));

    router.add("PATCH", u"/api/v1/staff/users/{user_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"name"_s, u"role"_s, u"shop_id"_s, u"active"_s});
        UserPatch patch;
        patchText(body, u"name"_s, 200, true, &patch.name);
        if (patches(body, u"role"_s)) {
            const QString role = body.string(u"role"_s, true, 30);
            Role parsed = Role::Customer;
            if (!role.isEmpty() && (!parseRole(role, &parsed) || parsed == Role::Customer || parsed == Role::SuperAdmin)) {
                body.addError(u"role"_s, u"use company_admin, shop_manager, shop_staff or warehouse_staff"_s);
            }
            patch.role = parsed;
        }
        // null: no home shop (company admins and warehouse staff need none).
        if (patches(body, u"shop_id"_s, true)) {
            patch.shopId = body.string(u"shop_id"_s, false, 64);
        }
        if (patches(body, u"active"_s)) {
            patch.active = body.boolean(u"active"_s, true);
        }
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QString id = request.pathParameter(u"user_id"_s);
        UserService users(services.core);
        if (!users.updateUser(request.actor, id, patch, &error)) {
            return problemFrom(error, request);
        }
        return answer(users.staffUser(request.actor, id, &error), error, request);
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

    router.add("PATCH", u"/api/v1/staff/shops/{shop_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"name"_s, u"address_line1"_s, u"postal_code"_s, u"city"_s, u"country"_s, u"phone"_s, u"email"_s, u"timezone"_s, u"active"_s});
        ShopPatch patch;
        patchText(body, u"name"_s, 200, true, &patch.name);
        patchText(body, u"address_line1"_s, 200, false, &patch.addressLine1);
        patchText(body, u"postal_code"_s, 20, false, &patch.postalCode);
        patchText(body, u"city"_s, 100, false, &patch.city);
        patchText(body, u"country"_s, 2, false, &patch.country);
        patchText(body, u"phone"_s, 50, false, &patch.phone);
        patchText(body, u"email"_s, 254, false, &patch.email);
        patchText(body, u"timezone"_s, 64, true, &patch.timezone);
        if (patches(body, u"active"_s)) {
            patch.active = body.boolean(u"active"_s, true);
        }
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QString id = request.pathParameter(u"shop_id"_s);
        if (!CompanyService(services.core).updateShop(request.actor, id, patch, &error)) {
            return problemFrom(error, request);
        }
        const QJsonObject shops = StaffQueries(services.core).shops(request.actor, &error);
        return elementOf(shops, error, id, request);
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

    router.add("PATCH", u"/api/v1/staff/locations/{location_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"name"_s, u"sellable"_s});
        LocationPatch patch;
        patchText(body, u"name"_s, 100, true, &patch.name);
        if (patches(body, u"sellable"_s)) {
            patch.sellable = body.boolean(u"sellable"_s, true);
        }
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QString id = request.pathParameter(u"location_id"_s);
        if (!CompanyService(services.core).updateLocation(request.actor, id, patch, &error)) {
            return problemFrom(error, request);
        }
        const QJsonObject locations = StaffQueries(services.core).locations(request.actor, {}, &error);
        return elementOf(locations, error, id, request);
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
