#include "tendersettlement.h"

#include "domain/money.h"

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
// Far beyond any till, far below where sums of a few tenders could overflow.
constexpr qint64 kMaxTenderAmount = 10'000'000'000'000LL;
constexpr qsizetype kMaxReferenceLength = 200;

bool needsReference(TenderKind kind)
{
    return kind == TenderKind::Card || kind == TenderKind::GiftCard || kind == TenderKind::Voucher;
}
} // namespace

bool settleTenders(qint64 total, const QString &currency, const QList<TenderInput> &tenders, Settlement *settlement, ServiceError *error)
{
    Settlement result;
    result.total = total;
    const bool refund = total < 0;
    const auto field = [](qsizetype i, const char *name) { return u"tenders[%1].%2"_s.arg(i).arg(QLatin1StringView(name)); };

    if (total == 0 && !tenders.isEmpty()) {
        *error = ServiceError::validation(field(0, "amount"), u"nothing is to be paid; remove the tenders"_s);
        return false;
    }
    for (qsizetype i = 0; i < tenders.size(); ++i) {
        const TenderInput &tender = tenders[i];
        if (tender.amount == 0 || (tender.amount < 0) != refund || qAbs(tender.amount) > kMaxTenderAmount) {
            *error = ServiceError::validation(field(i, "amount"), refund ? u"a refund is a negative amount"_s : u"a payment is a positive amount"_s);
            return false;
        }
        const QString reference = tender.reference.trimmed();
        if (needsReference(tender.kind) && reference.isEmpty()) {
            *error = ServiceError::validation(field(i, "reference"),
                tender.kind == TenderKind::GiftCard ? u"enter the gift card's code"_s : u"enter the %1 reference"_s.arg(tenderKindName(tender.kind)));
            return false;
        }
        if (reference.size() > kMaxReferenceLength) {
            *error = ServiceError::validation(field(i, "reference"), u"a reference has at most %1 characters"_s.arg(kMaxReferenceLength));
            return false;
        }
        if (tender.kind == TenderKind::Cash) {
            result.cashTendered += tender.amount;
        } else {
            result.nonCash += tender.amount;
            // Only cash gives change: a card, a gift card or a voucher never pays more than is due
            // (nor pays back more than is refunded).
            if (refund ? result.nonCash < total : result.nonCash > total) {
                *error = ServiceError::validation(
                    field(i, "amount"), refund ? u"this pays back more than the refund"_s : u"only cash may exceed what is due"_s, u"tender_exceeds_total"_s);
                return false;
            }
        }
        result.tenders.append({ tender.kind, tender.amount, 0, reference });
    }

    const qint64 remaining = total - result.nonCash;
    result.cashDue = Money(remaining, currency).roundedForCash().minorUnits();
    if (result.cashTendered == 0) {
        result.amountDue = remaining;
        *settlement = result;
        return true;
    }
    result.cashRounding = result.cashDue - remaining;
    if (refund) {
        if (result.cashTendered < result.cashDue) {
            *error = ServiceError::validation(field(tenders.size() - 1, "amount"),
                u"this pays back %1 in cash; only %2 is due"_s.arg(
                    Money(-result.cashTendered, currency).toDecimalString(), Money(-result.cashDue, currency).toDecimalString()),
                u"tender_exceeds_total"_s);
            return false;
        }
        result.amountDue = result.cashDue - result.cashTendered;
    } else if (result.cashTendered < result.cashDue) {
        result.amountDue = result.cashDue - result.cashTendered;
    } else {
        result.change = result.cashTendered - result.cashDue;
        for (qsizetype i = result.tenders.size() - 1; i >= 0; --i) {
            if (result.tenders[i].kind == TenderKind::Cash) {
                result.tenders[i].change = result.change;
                break;
            }
        }
    }
    *settlement = result;
    return true;
}

} // namespace kassa
