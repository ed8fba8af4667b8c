// /api/v1/auth: register, login (with guest-cart merge), logout.
#include "jsonbody.h"
#include "routes.h"
#include "serviceproblem.h"

#include "commerce/cartservice.h"
#include "commerce/customeraccountservice.h"
#include "commerce/sessionservice.h"
#include "commerce/shopinfo.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::server {

namespace {

QJsonObject userJson(const UserRecord &user)
{
    return {{u"id"_s, user.id},
            {u"email"_s, user.email},
            {u"name"_s, user.name},
            {u"role"_s, roleName(user.role)},
            {u"company_id"_s, user.companyId.isEmpty() ? QJsonValue() : QJsonValue(user.companyId)},
            {u"shop_id"_s, user.shopId.isEmpty() ? QJsonValue() : QJsonValue(user.shopId)}};
}

// The company a customer registers or signs in with: named by a shop slug (body `shop` or the
// X-Kassa-Shop header), or the only company there is.
bool companyForStorefront(ApiServices &services, const HttpRequest &request, const QString &shopField, QString *companyId, HttpResponse *problem)
{
    const QString slug = shopField.isEmpty() ? QString::fromUtf8(request.header("X-Kassa-Shop")) : shopField;
    const QSqlDatabase db = services.core.database->connection();
    if (!slug.isEmpty()) {
        ShopInfo shop;
        if (!ShopInfo::bySlug(db, slug, &shop)) {
            *problem = problemFrom(ServiceError::validation(u"shop"_s, u"there is no shop %1"_s.arg(slug)), request);
            return false;
        }
        *companyId = shop.companyId;
        return true;
    }
    QSqlQuery query(db);
    query.exec(u"SELECT id FROM companies ORDER BY id LIMIT 2"_s);
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    if (ids.size() != 1) {
        *problem = problemFrom(ServiceError::validation(u"shop"_s, u"name the shop you are signing up with (field shop or header X-Kassa-Shop)"_s), request);
        return false;
    }
    *companyId = ids.first();
    return true;
}

} // namespace

void registerAuthRoutes(Router &router, ApiServices &services)
{
    router.add("POST", u"/api/v1/auth/register"_s, [&services](HttpRequest &request) {
        JsonBody body;
        HttpResponse problem;
        if (!JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        body.allowOnly({u"email"_s, u"password"_s, u"name"_s, u"shop"_s});
        const QString email = body.string(u"email"_s, true, 254);
        const QString password = body.string(u"password"_s, true, 512);
        const QString name = body.string(u"name"_s, true, 200);
        const QString shop = body.string(u"shop"_s, false, 63);
        if (!body.ok()) {
            return body.problem();
        }
        QString companyId;
        if (!companyForStorefront(services, request, shop, &companyId, &problem)) {
            return problem;
        }
        int retryAfter = 0;
        if (!services.loginPerClient.take(u"register:"_s + request.remoteAddress, &retryAfter)) {
            HttpResponse limited = HttpResponse::problem(429, u"rate_limited"_s, u"Too many requests"_s, u"too many sign-ups from this address; wait a little"_s);
            limited.addHeader("Retry-After", QByteArray::number(retryAfter));
            return limited;
        }
        CustomerAccountService accounts(services.core);
        UserRecord user;
        CustomerProfile profile;
        ServiceError error;
        if (!accounts.registerCustomer(companyId, email, password, name, &user, &profile, &error)) {
            return problemFrom(error, request);
        }
        SessionService sessions(services.core);
        const QString token = sessions.issue(user, request.remoteAddress, &error);
        if (token.isEmpty()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, QJsonObject{{u"token"_s, token}, {u"user"_s, userJson(user)}, {u"customer"_s, profile.toJson()}});
    });

    router.add("POST", u"/api/v1/auth/login"_s, [&services](HttpRequest &request) {
        JsonBody body;
        HttpResponse problem;
        if (!JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        body.allowOnly({u"email"_s, u"password"_s, u"shop"_s, u"cart_id"_s});
        const QString email = body.string(u"email"_s, true, 254);
        const QString password = body.string(u"password"_s, true, 512);
        const QString shop = body.string(u"shop"_s, false, 63);
        const QString cartId = body.string(u"cart_id"_s, false, 64);
        if (!body.ok()) {
            return body.problem();
        }
        // Both buckets are charged before the password is checked: guessing costs the same
        // whether a guess is right or wrong.
        int retryAfter = 0;
        if (!services.loginPerClient.take(u"login:"_s + request.remoteAddress, &retryAfter)
            || !services.loginPerAccount.take(UserService::normalizeEmail(email), &retryAfter)) {
            HttpResponse limited = HttpResponse::problem(429, u"rate_limited"_s, u"Too many sign-in attempts"_s, u"wait %1 seconds and try again"_s.arg(retryAfter));
            limited.addHeader("Retry-After", QByteArray::number(retryAfter));
            return limited;
        }
        QString companyId;
        if (!shop.isEmpty() || !request.header("X-Kassa-Shop").isEmpty()) {
            if (!companyForStorefront(services, request, shop, &companyId, &problem)) {
                return problem;
            }
        }
        UserService users(services.core);
        UserRecord user;
        QString message;
        const UserService::SignInResult result = users.signInWithPassword(email, password, companyId, &user, &message);
        if (result == UserService::SignInResult::Failed) {
            return problemFrom(ServiceError::internal(message), request);
        }
        if (result != UserService::SignInResult::Ok) {
            HttpResponse denied = HttpResponse::problem(401, result == UserService::SignInResult::Locked ? u"account_locked"_s : u"invalid_credentials"_s,
                                                        u"Sign-in failed"_s, message);
            denied.addHeader("WWW-Authenticate", "Bearer");
            return denied;
        }
        SessionService sessions(services.core);
        ServiceError error;
        const QString token = sessions.issue(user, request.remoteAddress, &error);
        if (token.isEmpty()) {
            return problemFrom(error, request);
        }
        QJsonObject answer{{u"token"_s, token}, {u"user"_s, userJson(user)}};
        const QString cartToken = QString::fromUtf8(request.header("X-Cart-Token"));
        if (!cartId.isEmpty() && user.role == Role::Customer) {
            CartService carts(services.core);
            const QString merged = carts.mergeGuestCart(cartId, cartToken, user.asActor(services.core.deviceId), &error);
            if (merged.isEmpty()) {
                answer.insert(u"cart_merge_problem"_s, error.message);
            } else {
                answer.insert(u"cart_id"_s, merged);
            }
        }
        return HttpResponse::json(200, answer);
    });

    router.add("POST", u"/api/v1/auth/logout"_s, [&services](HttpRequest &request) {
        if (!request.authenticated) {
            return notSignedIn();
        }
        QString token = QString::fromLatin1(request.header("Authorization")).mid(7).trimmed();
        SessionService sessions(services.core);
        ServiceError error;
        if (!sessions.revoke(token, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse{204, {}, {}, {}};
    });
}

} // namespace kassa::server
