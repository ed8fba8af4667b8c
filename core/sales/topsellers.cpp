#include "topsellers.h"

#include "catalogrow.h"

#include "storage/database.h"
#include "storage/tenantquery.h"

using namespace Qt::StringLiterals;

namespace kassa
{

bool listTopSellers(Database &database, const QString &companyId, const QString &shopId, qint64 sinceMilliseconds, int limit, QList<TopSeller> *sellers,
                    QString *error)
{
    sellers->clear();
    TenantQuery query(database.connection(), companyId);
    // sales_shop_time narrows to the shop's recent documents; returns count against what was sold.
    if (!query.prepare(u"SELECT l.variant_id, SUM(l.quantity) AS sold FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                       "WHERE s.company_id = :company_id AND s.shop_id = :shop AND s.occurred_at >= :since AND s.channel = 'pos' "
                       "GROUP BY l.variant_id HAVING SUM(l.quantity) > 0 ORDER BY sold DESC, l.variant_id LIMIT :window"_s)) {
        *error = query.errorString();
        return false;
    }
    query.bind(u":shop"_s, shopId);
    query.bind(u":since"_s, sinceMilliseconds);
    // Some of the most sold may no longer be sold (archived): look at a few more than asked for.
    query.bind(u":window"_s, qBound(1, limit, 100) * 2);
    if (!query.exec()) {
        *error = query.errorString();
        return false;
    }
    QList<std::pair<QString, qint64>> candidates;
    while (query.next()) {
        candidates.append({query.value(0).toString(), query.value(1).toLongLong()});
    }
    for (const auto &[variantId, sold] : std::as_const(candidates)) {
        CatalogRow row;
        QString problem;
        if (!loadCatalogRow(database, companyId, shopId, variantId, &row, &problem)) {
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            continue;
        }
        if (!row.active) {
            continue;
        }
        sellers->append({variantId, row.description, row.price, sold, row.unit});
        if (sellers->size() >= limit) {
            break;
        }
    }
    return true;
}

} // namespace kassa
