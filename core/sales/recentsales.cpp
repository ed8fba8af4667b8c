#include "recentsales.h"

#include "storage/database.h"
#include "storage/tenantquery.h"

using namespace Qt::StringLiterals;

namespace kassa
{

bool listRecentSales(Database &database, const QString &companyId, const QString &shopId, const QString &receiptPrefix, int limit, QList<RecentSale> *sales,
                     QString *error)
{
    sales->clear();
    TenantQuery query(database.connection(), companyId);
    // sales_shop_time serves the order; the prefix is a range on the receipt number, so a LIKE's
    // wildcards typed by the cashier mean nothing.
    QString sql = u"SELECT s.id, s.receipt_number, s.kind, s.total, s.occurred_at, COALESCE(u.name, '') FROM sales s "
                  "LEFT JOIN users u ON u.company_id = s.company_id AND u.id = s.cashier_id "
                  "WHERE s.company_id = :company_id AND s.shop_id = :shop AND s.channel = 'pos'"_s;
    const QString prefix = receiptPrefix.trimmed().toUpper();
    if (!prefix.isEmpty()) {
        sql += u" AND s.receipt_number >= :from AND s.receipt_number < :to"_s;
    }
    sql += u" ORDER BY s.occurred_at DESC LIMIT :limit"_s;
    if (!query.prepare(sql)) {
        *error = query.errorString();
        return false;
    }
    query.bind(u":shop"_s, shopId);
    if (!prefix.isEmpty()) {
        query.bind(u":from"_s, prefix);
        query.bind(u":to"_s, QString(prefix + QChar(0xffff)));
    }
    query.bind(u":limit"_s, qBound(1, limit, 500));
    if (!query.exec()) {
        *error = query.errorString();
        return false;
    }
    while (query.next()) {
        sales->append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toLongLong(),
                       query.value(5).toString()});
    }
    return true;
}

} // namespace kassa
