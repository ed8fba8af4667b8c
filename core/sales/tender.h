#pragma once

#include <QList>
#include <QString>

namespace kassa
{

// How a customer pays, or is paid back: the kinds sale_tenders knows. Cash is the only one that
// gives change and the only one rounded to the smallest coin.
enum class TenderKind { Cash, Card, GiftCard, StoreCredit, Voucher, Other };

QString tenderKindName(TenderKind kind);
bool parseTenderKind(const QString &name, TenderKind *kind);
QList<TenderKind> allTenderKinds();

// One payment as the cashier enters it. Amounts are positive on a sale (cash: what was handed
// over) and negative on a refund. `reference` is the card terminal's reference for a card, the
// card's code for a gift card, the voucher number for a voucher.
struct TenderInput {
    TenderKind kind = TenderKind::Cash;
    qint64 amount = 0;
    QString reference;
};

} // namespace kassa
