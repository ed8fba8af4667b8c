#pragma once

#include "salerecord.h"

#include "services/businesswrite.h"
#include "services/serviceerror.h"
#include "storage/database.h"

#include <QHash>

namespace kassa
{

// SQL for till documents: sales with their lines and tenders.
class SaleRepository
{
public:
    // Writes the document's rows (sale, lines, tenders) inside `write`.
    static bool insert(BusinessWrite &write, const SaleRecord &document);

    // Reads a document with its lines and tenders; for a sale also how much later returns took
    // back per line and whether it was voided.
    static bool load(Database &database, const QString &companyId, const QString &saleId, SaleRecord *document, ServiceError *error);
    // The id of the document with this receipt number, or empty.
    static QString idByReceipt(Database &database, const QString &companyId, const QString &receiptNumber);
    static bool exists(Database &database, const QString &companyId, const QString &saleId);

    // What earlier returns of `saleId` paid back per tender, keyed "kind|reference" (negative sums).
    static QHash<QString, qint64> refundedByTender(Database &database, const QString &companyId, const QString &saleId);
    // Where each line of a sale took its stock from: variant id → location ids, in line order.
    static QHash<QString, QStringList> saleLocations(Database &database, const QString &companyId, const QString &saleId);

    static QString tenderKey(TenderKind kind, const QString &reference) { return tenderKindName(kind) + u'|' + reference; }
};

} // namespace kassa
