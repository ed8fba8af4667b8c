#include "shiftreport.h"

#include "preparedread.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
// Every figure comes from a GROUP BY over the shift's rows: sales through sales_shift, their
// tenders and lines through their sale_id indexes.
const QString kDocuments = u"SELECT kind, COUNT(*), SUM(subtotal), SUM(discount_total), SUM(tax_total), SUM(total), SUM(cash_rounding) FROM sales "
                           "WHERE company_id = :company_id AND shift_id = :shift_id GROUP BY kind"_s;
const QString kTenders = u"SELECT t.kind, COUNT(*), SUM(t.amount), SUM(t.change_given) FROM sales s JOIN sale_tenders t ON t.sale_id = s.id "
                         "WHERE s.company_id = :company_id AND s.shift_id = :shift_id GROUP BY t.kind"_s;
const QString kTaxes = u"SELECT l.tax_rate_bp, SUM(l.line_total - l.tax_amount), SUM(l.tax_amount), SUM(l.line_total) FROM sales s "
                       "JOIN sale_lines l ON l.sale_id = s.id WHERE s.company_id = :company_id AND s.shift_id = :shift_id GROUP BY l.tax_rate_bp "
                       "ORDER BY l.tax_rate_bp"_s;
const QString kCashMovements
    = u"SELECT kind, COUNT(*), SUM(amount) FROM cash_movements WHERE company_id = :company_id AND shift_id = :shift_id GROUP BY kind"_s;
const QString kCounts = u"SELECT tender_kind, counted FROM shift_counts WHERE company_id = :company_id AND shift_id = :shift_id"_s;
const QString kCurrency = u"SELECT c.currency FROM shops s JOIN companies c ON c.id = s.company_id WHERE s.company_id = :company_id AND s.id = :shop_id"_s;
} // namespace

QJsonObject DocumentTotals::toJson() const
{
    return { { u"count"_s, count }, { u"subtotal"_s, subtotal }, { u"discount_total"_s, discountTotal }, { u"tax_total"_s, taxTotal }, { u"total"_s, total },
        { u"cash_rounding"_s, cashRounding } };
}

QJsonObject TenderTotals::toJson() const
{
    QJsonObject json { { u"kind"_s, tenderKindName(kind) }, { u"count"_s, count }, { u"tendered"_s, tendered }, { u"change"_s, change },
        { u"expected"_s, expected } };
    if (counted >= 0) {
        json.insert(u"counted"_s, counted);
        json.insert(u"variance"_s, variance());
    }
    return json;
}

const TenderTotals *ShiftReport::tender(TenderKind kind) const
{
    for (const TenderTotals &totals : tenders) {
        if (totals.kind == kind) {
            return &totals;
        }
    }
    return nullptr;
}

QJsonObject ShiftReport::toJson() const
{
    QJsonArray taxesJson;
    for (const TaxTotals &row : taxes) {
        taxesJson.append(QJsonObject { { u"rate_bp"_s, row.rateBasisPoints }, { u"net"_s, row.net }, { u"tax"_s, row.tax }, { u"gross"_s, row.gross } });
    }
    QJsonArray tendersJson;
    for (const TenderTotals &row : tenders) {
        tendersJson.append(row.toJson());
    }
    QJsonObject json { { u"kind"_s, final ? u"z"_s : u"x"_s }, { u"shift"_s, shift.toJson() }, { u"currency"_s, currency }, { u"generated_at"_s, generatedAt },
        { u"sales"_s, sales.toJson() }, { u"returns"_s, returns.toJson() }, { u"voids"_s, voids.toJson() }, { u"net_total"_s, netTotal },
        { u"discount_total"_s, discountTotal }, { u"tax_total"_s, taxTotal }, { u"cash_rounding_total"_s, cashRoundingTotal }, { u"taxes"_s, taxesJson },
        { u"tenders"_s, tendersJson }, { u"cash_in"_s, cashIn }, { u"cash_out"_s, cashOut }, { u"cash_movement_count"_s, cashMovementCount },
        { u"opening_float"_s, shift.openingFloat }, { u"expected_cash"_s, expectedCash } };
    if (countedCash >= 0) {
        json.insert(u"counted_cash"_s, countedCash);
        json.insert(u"cash_variance"_s, cashVariance());
    }
    return json;
}

bool computeShiftReport(Database &database, const QString &companyId, const QString &shiftId, qint64 now, ShiftReport *report, ServiceError *error)
{
    ShiftReport result;
    result.generatedAt = now;
    if (!loadShift(database, companyId, shiftId, &result.shift, error)) {
        return false;
    }
    const auto failed = [error](TenantQuery &query) {
        *error = ServiceError::internal(query.errorString());
        return false;
    };

    TenantQuery currency = preparedRead(database, kCurrency, companyId);
    currency.bind(u":shop_id"_s, result.shift.shopId);
    if (!currency.exec()) {
        return failed(currency);
    }
    if (currency.next()) {
        result.currency = currency.value(0).toString();
        currency.finish();
    }

    TenantQuery documents = preparedRead(database, kDocuments, companyId);
    documents.bind(u":shift_id"_s, shiftId);
    if (!documents.exec()) {
        return failed(documents);
    }
    while (documents.next()) {
        const QString kind = documents.value(0).toString();
        DocumentTotals &totals = kind == "sale"_L1 ? result.sales : (kind == "return"_L1 ? result.returns : result.voids);
        totals.count = documents.value(1).toLongLong();
        totals.subtotal = documents.value(2).toLongLong();
        totals.discountTotal = documents.value(3).toLongLong();
        totals.taxTotal = documents.value(4).toLongLong();
        totals.total = documents.value(5).toLongLong();
        totals.cashRounding = documents.value(6).toLongLong();
    }
    for (const DocumentTotals *totals : { &result.sales, &result.returns, &result.voids }) {
        result.netTotal += totals->total;
        result.discountTotal += totals->discountTotal;
        result.taxTotal += totals->taxTotal;
        result.cashRoundingTotal += totals->cashRounding;
    }

    TenantQuery taxes = preparedRead(database, kTaxes, companyId);
    taxes.bind(u":shift_id"_s, shiftId);
    if (!taxes.exec()) {
        return failed(taxes);
    }
    while (taxes.next()) {
        result.taxes.append({ taxes.value(0).toInt(), taxes.value(1).toLongLong(), taxes.value(2).toLongLong(), taxes.value(3).toLongLong() });
    }

    // Cash is always reported (the drawer holds the float even without a cash sale).
    result.tenders.append(TenderTotals {});
    TenantQuery tenders = preparedRead(database, kTenders, companyId);
    tenders.bind(u":shift_id"_s, shiftId);
    if (!tenders.exec()) {
        return failed(tenders);
    }
    while (tenders.next()) {
        TenderKind kind = TenderKind::Other;
        parseTenderKind(tenders.value(0).toString(), &kind);
        TenderTotals totals;
        totals.kind = kind;
        totals.count = tenders.value(1).toLongLong();
        totals.tendered = tenders.value(2).toLongLong();
        totals.change = tenders.value(3).toLongLong();
        totals.expected = totals.tendered - totals.change;
        if (kind == TenderKind::Cash) {
            result.tenders[0] = totals;
        } else {
            result.tenders.append(totals);
        }
    }

    TenantQuery cash = preparedRead(database, kCashMovements, companyId);
    cash.bind(u":shift_id"_s, shiftId);
    if (!cash.exec()) {
        return failed(cash);
    }
    while (cash.next()) {
        result.cashMovementCount += cash.value(1).toLongLong();
        (cash.value(0).toString() == "cash_in"_L1 ? result.cashIn : result.cashOut) = cash.value(2).toLongLong();
    }
    TenderTotals &cashTotals = result.tenders[0];
    result.expectedCash = result.shift.openingFloat + cashTotals.tendered - cashTotals.change + result.cashIn - result.cashOut;
    cashTotals.expected = result.expectedCash;
    if (!result.shift.open) {
        // A closed shift's report is its Z report again, with what was counted at the close.
        result.final = true;
        result.countedCash = result.shift.countedCash;
        cashTotals.counted = result.countedCash;
        TenantQuery counts = preparedRead(database, kCounts, companyId);
        counts.bind(u":shift_id"_s, shiftId);
        if (!counts.exec()) {
            return failed(counts);
        }
        while (counts.next()) {
            TenderKind kind = TenderKind::Other;
            parseTenderKind(counts.value(0).toString(), &kind);
            const auto it = std::find_if(result.tenders.begin(), result.tenders.end(), [kind](const TenderTotals &t) { return t.kind == kind; });
            if (it != result.tenders.end()) {
                it->counted = counts.value(1).toLongLong();
            } else {
                TenderTotals counted;
                counted.kind = kind;
                counted.counted = counts.value(1).toLongLong();
                result.tenders.append(counted);
            }
        }
    }
    *report = result;
    return true;
}

} // namespace kassa
