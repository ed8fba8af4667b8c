#pragma once

#include "shiftrecord.h"
#include "tender.h"

#include "services/serviceerror.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>

namespace kassa
{

// One kind of document of a shift (sales, returns or voids) summed up.
struct DocumentTotals {
    qint64 count = 0;
    qint64 subtotal = 0;
    qint64 discountTotal = 0;
    qint64 taxTotal = 0;
    qint64 total = 0;
    qint64 cashRounding = 0;
    [[nodiscard]] QJsonObject toJson() const;
};

struct TenderTotals {
    TenderKind kind = TenderKind::Cash;
    qint64 count = 0;
    qint64 tendered = 0; // as tendered: cash handed over, refunds negative
    qint64 change = 0;
    qint64 expected = 0; // what should be there at close: for cash the drawer, float and cash in/out included
    qint64 counted = -1; // -1 when not counted
    [[nodiscard]] qint64 variance() const { return counted < 0 ? 0 : counted - expected; }
    [[nodiscard]] QJsonObject toJson() const;
};

struct TaxTotals {
    int rateBasisPoints = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

// The X report (any time, read only) and the Z report (at close, with the count): a shift's
// documents summed with aggregate SQL over the shift's rows (index-backed), so closing a shift of
// thousands of sales stays well under a second.
struct ShiftReport {
    bool final = false; // a Z report
    ShiftRecord shift;
    QString currency;
    qint64 generatedAt = 0;
    DocumentTotals sales;
    DocumentTotals returns;
    DocumentTotals voids;
    qint64 netTotal = 0; // sales + returns + voids
    qint64 discountTotal = 0; // net of returns and voids
    qint64 taxTotal = 0;
    qint64 cashRoundingTotal = 0;
    QList<TaxTotals> taxes; // per rate, net of returns and voids
    QList<TenderTotals> tenders; // every kind that was used or counted, cash first
    qint64 cashIn = 0;
    qint64 cashOut = 0;
    qint64 cashMovementCount = 0;
    qint64 expectedCash = 0; // float + cash tendered − change + cash in − cash out
    qint64 countedCash = -1;
    [[nodiscard]] qint64 cashVariance() const { return countedCash < 0 ? 0 : countedCash - expectedCash; }

    [[nodiscard]] const TenderTotals *tender(TenderKind kind) const;
    [[nodiscard]] QJsonObject toJson() const;
};

// Computes the report of `shiftId` (an X report; ShiftService::close makes it final).
bool computeShiftReport(Database &database, const QString &companyId, const QString &shiftId, qint64 now, ShiftReport *report, ServiceError *error);

} // namespace kassa
