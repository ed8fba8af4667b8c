#include "wishlistservice.h"

#include "customeraccountservice.h"
#include "shopinfo.h"

#include "services/businesswrite.h"

using namespace Qt::StringLiterals;

namespace kassa {

QString WishlistService::customerId(const Actor &customer, ServiceError *error)
{
    const QString id = CustomerAccountService(m_context).customerIdOf(customer);
    if (id.isEmpty()) {
        *error = ServiceError::forbidden(u"only a customer account has a wishlist"_s);
    }
    return id;
}

QJsonArray WishlistService::list(const Actor &customer, ServiceError *error)
{
    QJsonArray result;
    const QString id = customerId(customer, error);
    if (id.isEmpty()) {
        return result;
    }
    TenantQuery query(m_context.database->connection(), customer.companyId);
    query.prepare(u"SELECT w.variant_id, v.sku, p.id, p.name, v.name, v.price, c.currency, w.added_at FROM wishlist_items w "
                  "JOIN variants v ON v.id = w.variant_id JOIN products p ON p.id = v.product_id JOIN companies c ON c.id = w.company_id "
                  "WHERE w.company_id = :company_id AND w.customer_id = :customer_id ORDER BY w.added_at DESC, w.variant_id"_s);
    query.bind(u":customer_id"_s, id);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return result;
    }
    while (query.next()) {
        result.append(QJsonObject{{u"variant_id"_s, query.value(0).toString()},
                                  {u"sku"_s, query.value(1).toString()},
                                  {u"product_id"_s, query.value(2).toString()},
                                  {u"product_name"_s, query.value(3).toString()},
                                  {u"variant_name"_s, query.value(4).toString()},
                                  {u"price"_s, moneyJson(query.value(5).toLongLong(), query.value(6).toString())},
                                  {u"added_at"_s, isoTimestamp(query.value(7).toLongLong())}});
    }
    return result;
}

bool WishlistService::contains(const Actor &customer, const QString &variantId, ServiceError *error)
{
    const QString id = customerId(customer, error);
    if (id.isEmpty()) {
        return false;
    }
    TenantQuery query(m_context.database->connection(), customer.companyId);
    query.prepare(u"SELECT 1 FROM wishlist_items WHERE company_id = :company_id AND customer_id = :customer_id AND variant_id = :variant_id"_s);
    query.bind(u":customer_id"_s, id);
    query.bind(u":variant_id"_s, variantId);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return false;
    }
    if (!query.next()) {
        *error = ServiceError::notFound(u"variant %1 is not on the wishlist"_s.arg(variantId));
        return false;
    }
    return true;
}

bool WishlistService::add(const Actor &customer, const QString &variantId, bool *created, ServiceError *error)
{
    const QString id = customerId(customer, error);
    if (id.isEmpty()) {
        return false;
    }
    BusinessWrite write(m_context, customer);
    TenantQuery variant = write.query(u"SELECT 1 FROM variants WHERE company_id = :company_id AND id = :id AND active = 1"_s);
    variant.bind(u":id"_s, variantId);
    if (!variant.exec() || !variant.next()) {
        *error = ServiceError::notFound(u"no variant %1"_s.arg(variantId));
        return false;
    }
    variant.finish();
    TenantQuery insert = write.query(u"INSERT INTO wishlist_items (company_id, customer_id, variant_id, added_at) VALUES (:company_id, :customer_id, "
                                     ":variant_id, :now) ON CONFLICT (customer_id, variant_id) DO NOTHING"_s);
    insert.bind(u":customer_id"_s, id);
    insert.bind(u":variant_id"_s, variantId);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        write.fail(insert.errorString());
    }
    *created = insert.numRowsAffected() == 1;
    if (*created) {
        const QJsonObject after{{u"customer_id"_s, id}, {u"variant_id"_s, variantId}};
        write.audit(u"wishlist.add"_s, u"wishlist_item"_s, variantId, {}, after);
        write.outbox(u"wishlist.added"_s, after);
    }
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

bool WishlistService::remove(const Actor &customer, const QString &variantId, ServiceError *error)
{
    const QString id = customerId(customer, error);
    if (id.isEmpty()) {
        return false;
    }
    BusinessWrite write(m_context, customer);
    TenantQuery remove = write.query(u"DELETE FROM wishlist_items WHERE company_id = :company_id AND customer_id = :customer_id AND variant_id = :variant_id"_s);
    remove.bind(u":customer_id"_s, id);
    remove.bind(u":variant_id"_s, variantId);
    if (!remove.exec()) {
        write.fail(remove.errorString());
    } else if (remove.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"variant %1 is not on the wishlist"_s.arg(variantId));
        return false;
    }
    const QJsonObject before{{u"customer_id"_s, id}, {u"variant_id"_s, variantId}};
    write.audit(u"wishlist.remove"_s, u"wishlist_item"_s, variantId, before, {});
    write.outbox(u"wishlist.removed"_s, before);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

} // namespace kassa
