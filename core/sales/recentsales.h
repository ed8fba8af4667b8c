#pragma once

#include <QList>
#include <QString>

namespace kassa
{

class Database;

// A till document in a list: enough to recognise it ("the lady at ten with the blue scarf").
struct RecentSale {
    QString id;
    QString receiptNumber;
    QString kind; // sale, return, void
    qint64 total = 0;
    qint64 occurredAt = 0;
    QString cashierName;
};

// The shop's latest till documents, newest first; `receiptPrefix` narrows to numbers starting
// with it (what the cashier has typed so far). False with `error` when the database failed.
bool listRecentSales(Database &database, const QString &companyId, const QString &shopId, const QString &receiptPrefix, int limit, QList<RecentSale> *sales,
                     QString *error);

} // namespace kassa
