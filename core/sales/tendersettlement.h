#pragma once

#include "tender.h"

#include "services/serviceerror.h"

#include <QList>
#include <QString>

namespace kassa
{

struct SettledTender {
    TenderKind kind = TenderKind::Cash;
    qint64 amount = 0; // as tendered: cash handed over, card charged; negative when paid back
    qint64 change = 0; // cash given back on this tender (the last cash tender carries it)
    QString reference;
};

// How a document's total is paid. The amounts obey: sum(amount − change) = total + cashRounding,
// once the settlement is complete (amountDue == 0).
struct Settlement {
    QList<SettledTender> tenders;
    qint64 total = 0;
    qint64 nonCash = 0; // paid (or paid back) by tenders other than cash
    qint64 cashDue = 0; // what is left for cash, rounded to the currency's smallest coin
    qint64 cashRounding = 0; // cashDue − what is left, when cash pays it; 0 otherwise
    qint64 cashTendered = 0;
    qint64 change = 0;
    // Still to pay (positive on a sale) or still to pay back (negative on a refund); 0 when the
    // tenders cover the total. In cash terms once cash is among the tenders.
    qint64 amountDue = 0;

    [[nodiscard]] bool isComplete() const { return amountDue == 0; }
};

// Works out change and cash rounding for `total` (positive: a sale; negative: a refund) and checks
// the tenders: amounts with the document's sign, a reference where the kind needs one, other
// tenders never beyond the total (only cash gives change), and no change on a refund. Returns
// false with `error` naming the tender (tenders[i].amount, tenders[i].reference) when one is
// wrong; tenders that do not cover the total yet are not an error: amountDue says what is missing.
bool settleTenders(qint64 total, const QString &currency, const QList<TenderInput> &tenders, Settlement *settlement, ServiceError *error);

} // namespace kassa
