// /api/v1/staff catalog: products, variants, barcodes, categories, tax categories, shop listings,
// review moderation.
#include "routes.h"
#include "staffaccess.h"

#include "commerce/reviewservice.h"
#include "services/catalogservice.h"

using namespace Qt::StringLiterals;

namespace kassa::server {

void registerStaffCatalogRoutes(Router &router, ApiServices &services)
{
    router.add("GET", u"/api/v1/staff/products"_s, staffPaged([&services](HttpRequest &request, const PageRequest &page) {
        ServiceError error;
        const QJsonObject list = StaffQueries(services.core).products(request.actor, request.queryValue(u"q"_s).trimmed(), request.queryValue(u"category"_s),
                                                                      request.queryValue(u"status"_s), page, &error);
        return answer(list, error, request);
    }));

    router.add("POST", u"/api/v1/staff/products"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"name"_s, u"description"_s, u"brand"_s, u"category_id"_s, u"tax_category_id"_s, u"status"_s, u"variants"_s});
        ProductDraft draft;
        draft.name = body.string(u"name"_s, true, 300);
        draft.description = body.string(u"description"_s, false, 20000);
        draft.brand = body.string(u"brand"_s, false, 200);
        draft.categoryId = body.string(u"category_id"_s, false, 64);
        draft.taxCategoryId = body.string(u"tax_category_id"_s, true, 64);
        draft.status = body.has(u"status"_s) ? body.string(u"status"_s, true, 20) : u"active"_s;
        const QJsonArray variants = body.array(u"variants"_s, true, 500);
        for (qsizetype i = 0; i < variants.size(); ++i) {
            QList<ServiceError> problems;
            draft.variants.append(VariantDraft::fromJson(variants.at(i).toObject(), u"variants[%1]"_s.arg(i), &problems));
            for (const ServiceError &e : problems) {
                body.addError(e.field, e.message);
            }
        }
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QString id = CatalogService(services.core).createProduct(request.actor, draft, &error);
        if (id.isEmpty()) {
            return problemFrom(error, request);
        }
        return answer(StaffQueries(services.core).product(request.actor, id, &error), error, request, 201);
    }));

    router.add("GET", u"/api/v1/staff/products/{product_id}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(StaffQueries(services.core).product(request.actor, request.pathParameter(u"product_id"_s), &error), error, request);
    }));

    router.add("PATCH", u"/api/v1/staff/products/{product_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        ServiceError error;
        const QString id = request.pathParameter(u"product_id"_s);
        if (!CatalogService(services.core).updateProduct(request.actor, id, body.object(), &error)) {
            return problemFrom(error, request);
        }
        return answer(StaffQueries(services.core).product(request.actor, id, &error), error, request);
    }));

    // Products stay on old receipts: deleting archives them (hidden everywhere, history kept).
    router.add("DELETE", u"/api/v1/staff/products/{product_id}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        if (!CatalogService(services.core).updateProduct(request.actor, request.pathParameter(u"product_id"_s), QJsonObject{{u"status"_s, u"archived"_s}}, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse{204, {}, {}, {}};
    }));

    router.add("POST", u"/api/v1/staff/products/{product_id}/variants"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        QList<ServiceError> problems;
        const VariantDraft draft = VariantDraft::fromJson(body.object(), {}, &problems);
        if (!problems.isEmpty()) {
            return problemFrom(problems.first(), request);
        }
        ServiceError error;
        const QString productId = request.pathParameter(u"product_id"_s);
        if (CatalogService(services.core).addVariant(request.actor, productId, draft, &error).isEmpty()) {
            return problemFrom(error, request);
        }
        return answer(StaffQueries(services.core).product(request.actor, productId, &error), error, request, 201);
    }));

    router.add("PATCH", u"/api/v1/staff/variants/{variant_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        ServiceError error;
        if (!CatalogService(services.core).updateVariant(request.actor, request.pathParameter(u"variant_id"_s), body.object(), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"id"_s, request.pathParameter(u"variant_id"_s)}, {u"updated"_s, true}});
    }));

    router.add("POST", u"/api/v1/staff/variants/{variant_id}/barcodes"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"code"_s});
        const QString code = body.string(u"code"_s, true, 64);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        if (!CatalogService(services.core).addBarcode(request.actor, request.pathParameter(u"variant_id"_s), code, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, QJsonObject{{u"variant_id"_s, request.pathParameter(u"variant_id"_s)}, {u"code"_s, code}});
    }));

    router.add("DELETE", u"/api/v1/staff/variants/{variant_id}/barcodes/{code}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        if (!CatalogService(services.core).removeBarcode(request.actor, request.pathParameter(u"variant_id"_s), request.pathParameter(u"code"_s), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse{204, {}, {}, {}};
    }));

    router.add("GET", u"/api/v1/staff/categories"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(StaffQueries(services.core).categories(request.actor, &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/categories"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"name"_s, u"parent_id"_s, u"position"_s});
        const QString name = body.string(u"name"_s, true, 200);
        const QString parent = body.string(u"parent_id"_s, false, 64);
        const qint64 position = body.integer(u"position"_s, false, 0, 1000000);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QString id = CatalogService(services.core).createCategory(request.actor, name, parent, int(position), &error);
        if (id.isEmpty()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, id}, {u"name"_s, name.trimmed()}, {u"parent_id"_s, parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
                                                   {u"position"_s, position}});
    }));

    router.add("PATCH", u"/api/v1/staff/categories/{category_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        ServiceError error;
        if (!CatalogService(services.core).updateCategory(request.actor, request.pathParameter(u"category_id"_s), body.object(), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"id"_s, request.pathParameter(u"category_id"_s)}, {u"updated"_s, true}});
    }));

    router.add("DELETE", u"/api/v1/staff/categories/{category_id}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        if (!CatalogService(services.core).deleteCategory(request.actor, request.pathParameter(u"category_id"_s), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse{204, {}, {}, {}};
    }));

    router.add("GET", u"/api/v1/staff/tax-categories"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        return answer(StaffQueries(services.core).taxCategories(request.actor, &error), error, request);
    }));

    router.add("POST", u"/api/v1/staff/tax-categories"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"name"_s, u"rate_bp"_s});
        const QString name = body.string(u"name"_s, true, 100);
        const qint64 rate = body.integer(u"rate_bp"_s, true, 0, 10000);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        const QString id = CatalogService(services.core).createTaxCategory(request.actor, name, int(rate), &error);
        if (id.isEmpty()) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, id}, {u"name"_s, name.trimmed()}, {u"rate_bp"_s, rate}});
    }));

    router.add("PUT", u"/api/v1/staff/shops/{shop_id}/listings/{variant_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"price_override"_s, u"visible"_s});
        const qint64 price = body.integer(u"price_override"_s, false, 0, std::numeric_limits<qint64>::max() / 4, -1);
        const bool visible = body.boolean(u"visible"_s, false, true);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        if (!CatalogService(services.core).setListing(request.actor, request.pathParameter(u"shop_id"_s), request.pathParameter(u"variant_id"_s), price, visible, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"shop_id"_s, request.pathParameter(u"shop_id"_s)},
                                                   {u"variant_id"_s, request.pathParameter(u"variant_id"_s)},
                                                   {u"price_override"_s, price >= 0 ? QJsonValue(price) : QJsonValue()},
                                                   {u"visible"_s, visible}});
    }));

    router.add("DELETE", u"/api/v1/staff/shops/{shop_id}/listings/{variant_id}"_s, staff([&services](HttpRequest &request) {
        ServiceError error;
        if (!CatalogService(services.core).removeListing(request.actor, request.pathParameter(u"shop_id"_s), request.pathParameter(u"variant_id"_s), &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse{204, {}, {}, {}};
    }));

    router.add("PATCH", u"/api/v1/staff/reviews/{review_id}"_s, staffWithBody([&services](HttpRequest &request, JsonBody &body) {
        body.allowOnly({u"moderation"_s});
        const QString decision = body.string(u"moderation"_s, true, 20);
        if (!body.ok()) {
            return body.problem();
        }
        ServiceError error;
        if (!ReviewService(services.core).moderate(request.actor, request.pathParameter(u"review_id"_s), decision, &error)) {
            return problemFrom(error, request);
        }
        return HttpResponse::json(200, QJsonObject{{u"id"_s, request.pathParameter(u"review_id"_s)}, {u"moderation"_s, decision}});
    }));
}

} // namespace kassa::server
