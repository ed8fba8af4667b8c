// /api/v1/me: the signed-in person, a customer's profile, addresses and wishlist.
#include "jsonbody.h"
#include "customeraccess.h"
#include "routes.h"
#include "serviceproblem.h"

#include "commerce/customeraccountservice.h"
#include "commerce/wishlistservice.h"

using namespace Qt::StringLiterals;

namespace kassa::server {


void registerAccountRoutes(Router &router, ApiServices &services)
{
    router.add("GET", u"/api/v1/me"_s, signedIn([&services](HttpRequest &request) {
        UserService users(services.core);
        UserRecord user;
        if (!users.findUser(request.actor.userId, &user)) {
            return notSignedIn();
        }
        QJsonObject me{{u"id"_s, user.id},
                       {u"email"_s, user.email},
                       {u"name"_s, user.name},
                       {u"role"_s, roleName(user.role)},
                       {u"company_id"_s, user.companyId.isEmpty() ? QJsonValue() : QJsonValue(user.companyId)},
                       {u"shop_id"_s, user.shopId.isEmpty() ? QJsonValue() : QJsonValue(user.shopId)}};
        if (user.role == Role::Customer) {
            CustomerProfile profile;
            ServiceError error;
            if (CustomerAccountService(services.core).profile(request.actor, &profile, &error)) {
                me.insert(u"customer"_s, profile.toJson());
            }
        }
        return HttpResponse::json(200, me);
    }));

    router.add("PATCH", u"/api/v1/me"_s, customerWithBody([&services](HttpRequest &request, JsonBody &body) {
        CustomerProfile profile;
        ServiceError error;
        if (!CustomerAccountService(services.core).updateProfile(request.actor, body.object(), &profile, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, profile.toJson());
    }));

    router.add("GET", u"/api/v1/me/addresses"_s, customerOnly([&services](HttpRequest &request) {
        ServiceError error;
        const QList<Address> addresses = CustomerAccountService(services.core).addresses(request.actor, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        QJsonArray data;
        for (const Address &address : addresses) {
            data.append(address.toJson());
        }
        return HttpResponse::json(200, QJsonObject{{u"data"_s, data}});
    }));

    router.add("POST", u"/api/v1/me/addresses"_s, customerWithBody([&services](HttpRequest &request, JsonBody &body) {
        Address address;
        ServiceError error;
        if (!CustomerAccountService(services.core).addAddress(request.actor, body.object(), &address, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, address.toJson());
    }));

    router.add("PATCH", u"/api/v1/me/addresses/{address_id}"_s, customerWithBody([&services](HttpRequest &request, JsonBody &body) {
        Address address;
        ServiceError error;
        if (!CustomerAccountService(services.core).updateAddress(request.actor, request.pathParameter(u"address_id"_s), body.object(), &address, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, address.toJson());
    }));

    router.add("DELETE", u"/api/v1/me/addresses/{address_id}"_s, customerOnly([&services](HttpRequest &request) {
        ServiceError error;
        if (!CustomerAccountService(services.core).deleteAddress(request.actor, request.pathParameter(u"address_id"_s), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse{204, {}, {}, {}};
    }));

    router.add("GET", u"/api/v1/me/wishlist"_s, customerOnly([&services](HttpRequest &request) {
        ServiceError error;
        const QJsonArray items = WishlistService(services.core).list(request.actor, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"data"_s, items}});
    }));

    router.add("GET", u"/api/v1/me/wishlist/{variant_id}"_s, customerOnly([&services](HttpRequest &request) {
        ServiceError error;
        if (!WishlistService(services.core).contains(request.actor, request.pathParameter(u"variant_id"_s), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"variant_id"_s, request.pathParameter(u"variant_id"_s)}, {u"on_wishlist"_s, true}});
    }));

    router.add("PUT", u"/api/v1/me/wishlist/{variant_id}"_s, customerOnly([&services](HttpRequest &request) {
        ServiceError error;
        bool created = false;
        if (!WishlistService(services.core).add(request.actor, request.pathParameter(u"variant_id"_s), &created, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(created ? 201 : 200, QJsonObject{{u"variant_id"_s, request.pathParameter(u"variant_id"_s)}, {u"on_wishlist"_s, true}});
    }));

    router.add("DELETE", u"/api/v1/me/wishlist/{variant_id}"_s, customerOnly([&services](HttpRequest &request) {
        ServiceError error;
        if (!WishlistService(services.core).remove(request.actor, request.pathParameter(u"variant_id"_s), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse{204, {}, {}, {}};
    }));
}

} // namespace kassa::server
