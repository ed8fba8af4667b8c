#include "preparedread.h"

using namespace Qt::StringLiterals;

namespace kassa
{

TenantQuery preparedRead(Database &database, const QString &sql, const QString &companyId)
{
    QString error;
    QSqlQuery *prepared = database.prepared(sql, &error);
    TenantQuery query(prepared, sql, companyId);
    if (!error.isEmpty()) {
        query.refuse(u"cannot prepare a statement: %1"_s.arg(error));
    }
    return query;
}

} // namespace kassa
