#pragma once

#include <QList>
#include <QString>

namespace kassa
{

class Database;

// What a shop sold most of lately: the till's quick keys, so the usual articles are one tap away
// (and a touch-only till can sell without typing).
struct TopSeller {
    QString variantId;
    QString description;
    qint64 price = 0; // the shop's price now
    qint64 quantitySold = 0;
    QString unit;
};

// The `limit` variants with the most units sold in `shopId` since `sinceMilliseconds` that the shop
// still sells, most sold first. False with `error` when the database failed.
bool listTopSellers(Database &database, const QString &companyId, const QString &shopId, qint64 sinceMilliseconds, int limit, QList<TopSeller> *sellers,
                    QString *error);

} // namespace kassa
