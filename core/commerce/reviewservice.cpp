#include "reviewservice.h"

#include "customeraccountservice.h"

#include "domain/uuid7.h"
#include "services/businesswrite.h"
#include "services/keysetpage.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

QJsonObject ReviewService::list(const ShopInfo &shop, const QString &productId, int limit, const QString &cursor, ServiceError *error)
{
    QJsonObject position;
    if (!readPageRequest(limit, cursor, &position, error)) {
        return {};
    }
    const QSqlDatabase db = m_context.database->connection();
    TenantQuery product(db, shop.companyId);
    product.prepare(u"SELECT (SELECT AVG(rating) FROM reviews WHERE product_id = p.id AND moderation = 'approved'), "
                    "(SELECT COUNT(*) FROM reviews WHERE product_id = p.id AND moderation = 'approved') FROM products p "
                    "WHERE p.company_id = :company_id AND p.id = :id AND p.status = 'active'"_s);
    product.bind(u":id"_s, productId);
    if (!product.exec() || !product.next()) {
        *error = ServiceError::notFound(u"no product %1 in this shop"_s.arg(productId));
        return {};
    }
    const QJsonObject summary{{u"average"_s, product.value(0).isNull() ? QJsonValue() : QJsonValue(product.value(0).toDouble())},
                              {u"count"_s, product.value(1).toLongLong()}};
    TenantQuery query(db, shop.companyId);
    query.prepare(u"SELECT r.id, r.rating, r.title, r.body, r.verified_purchase, r.created_at, c.name FROM reviews r JOIN customers c ON c.id = r.customer_id "
                  "WHERE r.company_id = :company_id AND r.product_id = :product_id AND r.moderation = 'approved' "_s
                  + (position.isEmpty() ? QString() : u"AND (r.created_at < :key OR (r.created_at = :key AND r.id < :after_id)) "_s)
                  + u"ORDER BY r.created_at DESC, r.id DESC LIMIT :limit"_s);
    query.bind(u":product_id"_s, productId);
    if (!position.isEmpty()) {
        query.bind(u":key"_s, position.value(u"key"_s).toInteger());
        query.bind(u":after_id"_s, position.value(u"id"_s).toString());
    }
    QJsonObject page = runKeysetPage(
        query, limit,
        [](TenantQuery &row) {
            // Only the first name is shown publicly.
            return QJsonObject{{u"id"_s, row.value(0).toString()},
                               {u"rating"_s, row.value(1).toInt()},
                               {u"title"_s, row.value(2).toString()},
                               {u"body"_s, row.value(3).toString()},
                               {u"verified_purchase"_s, row.value(4).toInt() == 1},
                               {u"created_at"_s, isoTimestamp(row.value(5).toLongLong())},
                               {u"author"_s, row.value(6).toString().section(u' ', 0, 0)}};
        },
        [](TenantQuery &row) { return QJsonValue(row.value(5).toLongLong()); }, error);
    page.insert(u"summary"_s, summary);
    return page;
}

QJsonObject ReviewService::create(const ShopInfo &shop, const Actor &customer, const QString &productId, int rating, const QString &title, const QString &body,
                                  ServiceError *error)
{
    if (customer.role != Role::Customer || customer.companyId != shop.companyId) {
        *error = ServiceError::forbidden(u"sign in with a customer account of this shop to write a review"_s);
        return {};
    }
    if (rating < 1 || rating > 5) {
        *error = ServiceError::validation(u"rating"_s, u"must be 1 to 5"_s);
        return {};
    }
    const QString customerId = CustomerAccountService(m_context).customerIdOf(customer);
    if (customerId.isEmpty()) {
        *error = ServiceError::forbidden(u"this account has no customer profile"_s);
        return {};
    }
    BusinessWrite write(m_context, customer);
    TenantQuery exists = write.query(u"SELECT 1 FROM products WHERE company_id = :company_id AND id = :id AND status = 'active'"_s);
    exists.bind(u":id"_s, productId);
    if (!exists.exec() || !exists.next()) {
        *error = ServiceError::notFound(u"no product %1 in this shop"_s.arg(productId));
        return {};
    }
    exists.finish();
    // Verified: she has a receipt or a delivered online order with a variant of this product.
    TenantQuery bought = write.query(
        u"SELECT (SELECT COUNT(*) FROM sales s JOIN sale_lines l ON l.sale_id = s.id JOIN variants v ON v.id = l.variant_id "
        "WHERE s.company_id = :company_id AND s.customer_id = :customer_id AND s.kind = 'sale' AND v.product_id = :product_id) + "
        "(SELECT COUNT(*) FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN variants v ON v.id = l.variant_id "
        "WHERE o.company_id = :company_id AND o.customer_id = :customer_id AND o.status IN ('shipped', 'delivered') AND v.product_id = :product_id)"_s);
    bought.bind(u":customer_id"_s, customerId);
    bought.bind(u":product_id"_s, productId);
    const bool verified = bought.exec() && bought.next() && bought.value(0).toLongLong() > 0;
    bought.finish();
    const QString id = newId();
    TenantQuery insert = write.query(u"INSERT INTO reviews (id, company_id, product_id, customer_id, rating, title, body, verified_purchase, created_at) "
                                     "VALUES (:id, :company_id, :product_id, :customer_id, :rating, :title, :body, :verified, :now)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":product_id"_s, productId);
    insert.bind(u":customer_id"_s, customerId);
    insert.bind(u":rating"_s, rating);
    insert.bind(u":title"_s, title.trimmed());
    insert.bind(u":body"_s, body.trimmed());
    insert.bind(u":verified"_s, verified ? 1 : 0);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        const QString text = insert.errorString();
        if (text.contains("UNIQUE"_L1, Qt::CaseInsensitive) || text.contains("duplicate"_L1)) {
            *error = ServiceError::conflict(u"review_exists"_s, u"you have reviewed this product already"_s);
            return {};
        }
        write.fail(text);
    }
    const QJsonObject review{{u"id"_s, id},
                             {u"product_id"_s, productId},
                             {u"rating"_s, rating},
                             {u"title"_s, title.trimmed()},
                             {u"body"_s, body.trimmed()},
                             {u"verified_purchase"_s, verified},
                             {u"moderation"_s, u"pending"_s},
                             {u"created_at"_s, isoTimestamp(write.now())}};
    write.audit(u"review.create"_s, u"review"_s, id, {}, review);
    write.outbox(u"review.created"_s, review);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return {};
    }
    return review;
}

bool ReviewService::moderate(const Actor &staff, const QString &reviewId, const QString &decision, ServiceError *error)
{
    if (!staff.can(Action::CatalogWrite) && !staff.can(Action::CustomerWrite)) {
        *error = ServiceError::forbidden(u"%1 may not moderate reviews"_s.arg(roleName(staff.role)));
        return false;
    }
    if (decision != "approved"_L1 && decision != "rejected"_L1 && decision != "pending"_L1) {
        *error = ServiceError::validation(u"moderation"_s, u"use approved, rejected or pending"_s);
        return false;
    }
    BusinessWrite write(m_context, staff);
    TenantQuery update = write.query(u"UPDATE reviews SET moderation = :decision WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":decision"_s, decision);
    update.bind(u":id"_s, reviewId);
    if (!update.exec()) {
        write.fail(update.errorString());
    } else if (update.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"no review %1"_s.arg(reviewId));
        return false;
    }
    const QJsonObject after{{u"id"_s, reviewId}, {u"moderation"_s, decision}};
    write.audit(u"review.moderate"_s, u"review"_s, reviewId, {}, after);
    write.outbox(u"review.moderated"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

} // namespace kassa
