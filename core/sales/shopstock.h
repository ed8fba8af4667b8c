#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kassa
{

class Database;

// What a till shows next to a cart line: the quantity available (on hand minus reserved) at the
// shop's sellable locations. Variants with no stock row there are 0. False with `error` when the
// database failed.
bool availableAtShop(Database &database, const QString &companyId, const QString &shopId, const QStringList &variantIds, QHash<QString, qint64> *available,
                     QString *error);

} // namespace kassa
