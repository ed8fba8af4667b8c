#include "shopstock.h"

#include "storage/database.h"
#include "storage/tenantquery.h"

using namespace Qt::StringLiterals;

namespace kassa
{

bool availableAtShop(Database &database, const QString &companyId, const QString &shopId, const QStringList &variantIds, QHash<QString, qint64> *available,
                     QString *error)
{
    available->clear();
    if (variantIds.isEmpty()) {
        return true;
    }
    // One statement, prepared once per connection: a cart's lines are few, so one lookup each.
    const QString sql = u"SELECT COALESCE(SUM(l.available), 0) FROM stock_levels l JOIN locations o ON o.company_id = l.company_id AND o.id = l.location_id "
                        "WHERE l.company_id = :company_id AND l.variant_id = :variant AND o.shop_id = :shop AND o.sellable = 1"_s;
    QSqlQuery *prepared = database.prepared(sql, error);
    if (!prepared) {
        return false;
    }
    TenantQuery query(prepared, sql, companyId);
    for (const QString &variantId : variantIds) {
        if (available->contains(variantId)) {
            continue;
        }
        query.bind(u":variant"_s, variantId);
        query.bind(u":shop"_s, shopId);
        if (!query.exec() || !query.next()) {
            *error = query.errorString();
            return false;
        }
        available->insert(variantId, query.value(0).toLongLong());
        query.finish();
    }
    return true;
}

} // namespace kassa
