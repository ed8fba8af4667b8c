// /api/v1/shops: the public catalog of each shop, and product reviews.
#include "jsonbody.h"
#include "routes.h"
#include "serviceproblem.h"

#include "commerce/reviewservice.h"
#include "commerce/storefrontcatalog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa::server {

namespace {

bool findShop(ApiServices &services, const HttpRequest &request, ShopInfo *shop, HttpResponse *problem)
{
    const QString slug = request.pathParameter(u"shop_slug"_s);
    if (!ShopInfo::bySlug(*services.core.database, slug, shop) || !shop->active || shop->kind != "store"_L1) {
        *problem = HttpResponse::problem(404, u"not_found"_s, u"Not found"_s, u"there is no shop %1"_s.arg(slug));
        return false;
    }
    return true;
}

// A storefront endpoint of one shop: the shop must exist, be active and sell online.
Router::Handler inShop(ApiServices &services, std::function<HttpResponse(HttpRequest &, const ShopInfo &)> handler)
{
    return [&services, handler = std::move(handler)](HttpRequest &request) {
        ShopInfo shop;
        HttpResponse problem;
        return findShop(services, request, &shop, &problem) ? handler(request, shop) : problem;
    };
}

// Reads an optional whole-number query parameter; an unreadable one is a 422 naming it.
bool queryInteger(const HttpRequest &request, const QString &name, qint64 minimum, qint64 maximum, qint64 *value, JsonBody *errors)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty()) {
        return true;
    }
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        errors->addError(name, u"must be a whole number from %1 to %2"_s.arg(minimum).arg(maximum));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

void registerStorefrontRoutes(Router &router, ApiServices &services)
{
    // Every GET here answers the same to everyone until the data changes: served from the cache.
    ResponseCache &cache = services.responseCache;
    router.add("GET", u"/api/v1/shops"_s, cache.cached([&services](HttpRequest &request) {
        QSqlQuery query(services.core.database->connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT s.slug, s.name, s.city, s.country, s.timezone, c.currency, c.slug, s.address_line1, s.postal_code, s.latitude, s.longitude, "
                        "s.opening_hours FROM shops s JOIN companies c ON c.id = s.company_id WHERE s.kind = 'store' AND s.active = 1 ORDER BY s.slug"_s)) {
            return problemFrom(ServiceError::internal(query.lastError().text()), request);
        }
        QJsonArray shops;
        while (query.next()) {
            shops.append(QJsonObject{{u"slug"_s, query.value(0).toString()},
                                     {u"name"_s, query.value(1).toString()},
                                     {u"city"_s, query.value(2).toString()},
                                     {u"country"_s, query.value(3).toString()},
                                     {u"timezone"_s, query.value(4).toString()},
                                     {u"currency"_s, query.value(5).toString()},
                                     {u"company"_s, query.value(6).toString()},
                                     {u"address"_s, query.value(7).toString()},
                                     {u"postal_code"_s, query.value(8).toString()},
                                     {u"latitude"_s, query.value(9).isNull() ? QJsonValue() : QJsonValue(query.value(9).toDouble())},
                                     {u"longitude"_s, query.value(10).isNull() ? QJsonValue() : QJsonValue(query.value(10).toDouble())},
                                     {u"opening_hours"_s, query.value(11).toString()}});
        }
        return HttpResponse::json(200, QJsonObject{{u"data"_s, shops}});
    }));

    router.add("GET", u"/api/v1/shops/{shop_slug}/categories"_s, cache.cached(inShop(services, [&services](HttpRequest &request, const ShopInfo &shop) {
        ServiceError error;
        const QJsonArray categories = StorefrontCatalog(services.core).categories(shop, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"data"_s, categories}});
    })));

    router.add("GET", u"/api/v1/shops/{shop_slug}/products"_s, cache.cached(inShop(services, [&services](HttpRequest &request, const ShopInfo &shop) {
        ProductQuery query;
        JsonBody errors;
        query.text = request.queryValue(u"q"_s).trimmed().left(200);
        query.categoryId = request.queryValue(u"category"_s);
        query.sort = request.queryValue(u"sort"_s).isEmpty() ? u"name"_s : request.queryValue(u"sort"_s);
        query.cursor = request.queryValue(u"cursor"_s);
        qint64 limit = 20;
        queryInteger(request, u"limit"_s, 1, 100, &limit, &errors);
        query.limit = int(limit);
        queryInteger(request, u"min_price"_s, 0, std::numeric_limits<qint32>::max() * qint64(1000), &query.minPrice, &errors);
        queryInteger(request, u"max_price"_s, 0, std::numeric_limits<qint32>::max() * qint64(1000), &query.maxPrice, &errors);
        const QString inStock = request.queryValue(u"in_stock"_s);
        if (!inStock.isEmpty() && inStock != "true"_L1 && inStock != "false"_L1) {
            errors.addError(u"in_stock"_s, u"must be true or false"_s);
        }
        query.inStockOnly = inStock == "true"_L1;
        if (query.minPrice >= 0 && query.maxPrice >= 0 && query.minPrice > query.maxPrice) {
            errors.addError(u"min_price"_s, u"must not be above max_price"_s);
        }
        if (!errors.ok()) {
            return errors.problem();
        }
        ServiceError error;
        const QJsonObject page = StorefrontCatalog(services.core).products(shop, query, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, page);
    })));

    router.add("GET", u"/api/v1/shops/{shop_slug}/products/{product_id}"_s, cache.cached(inShop(services, [&services](HttpRequest &request, const ShopInfo &shop) {
        ServiceError error;
        const QJsonObject product = StorefrontCatalog(services.core).product(shop, request.pathParameter(u"product_id"_s), &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, product);
    })));

    router.add("GET", u"/api/v1/shops/{shop_slug}/products/{product_id}/recommendations"_s, cache.cached(inShop(services, [&services](HttpRequest &request, const ShopInfo &shop) {
        ServiceError error;
        StorefrontCatalog catalog(services.core);
        // 404 for an unknown product, like the product itself.
        catalog.product(shop, request.pathParameter(u"product_id"_s), &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        const QJsonArray together = catalog.boughtTogether(shop, request.pathParameter(u"product_id"_s), 10, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"data"_s, together}});
    })));

    router.add("GET", u"/api/v1/shops/{shop_slug}/products/{product_id}/reviews"_s, cache.cached(inShop(services, [&services](HttpRequest &request, const ShopInfo &shop) {
        JsonBody errors;
        qint64 limit = 20;
        if (!queryInteger(request, u"limit"_s, 1, 100, &limit, &errors)) {
            return errors.problem();
        }
        ServiceError error;
        const QJsonObject page = ReviewService(services.core).list(shop, request.pathParameter(u"product_id"_s), int(limit), request.queryValue(u"cursor"_s), &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, page);
    })));

    router.add("POST", u"/api/v1/shops/{shop_slug}/products/{product_id}/reviews"_s, inShop(services, [&services](HttpRequest &request, const ShopInfo &shop) {
        if (!request.authenticated) {
            return notSignedIn();
        }
        JsonBody body;
        HttpResponse problem;
        if (!JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        body.allowOnly({u"rating"_s, u"title"_s, u"body"_s});
        const qint64 rating = body.integer(u"rating"_s, true, 1, 5);
        const QString title = body.string(u"title"_s, false, 200);
        const QString text = body.string(u"body"_s, false, 5000);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QJsonObject review = ReviewService(services.core).create(shop, request.actor, request.pathParameter(u"product_id"_s), int(rating), title, text, &error);
        if (error.isSet()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, review);
    }));
}

} // namespace kassa::server
