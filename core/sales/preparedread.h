#pragma once

#include "storage/database.h"
#include "storage/tenantquery.h"

namespace kassa
{

// A read of company data through the database's per-connection statement cache, so the till's
// hot reads (catalog rows while a cart is priced, the open shift) skip re-parsing their SQL. A
// statement that does not prepare makes every exec() fail with the reason. Call finish() when
// leaving a result before its end: the statement is shared with the next caller of the same SQL.
TenantQuery preparedRead(Database &database, const QString &sql, const QString &companyId);

} // namespace kassa
