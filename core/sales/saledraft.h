#pragma once

#include "tender.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kassa
{

// One line of the cart being rung up, as the till holds it. Prices are minor units in the shop's
// price terms (gross when the shop shows prices with tax).
struct DraftLine {
    QString variantId;
    qint64 quantity = 1; // in the variant's unit (grams for goods sold by weight)
    qint64 unitPrice = -1; // as looked up when the line was added, for display; the sale reads the catalog again
    qint64 priceOverride = -1; // a unit price the cashier typed: needs price_override (or a manager)
    // What a scale's price-embedded label says the line costs: the line is charged exactly this.
    qint64 labelPrice = -1;
    qint64 lineDiscount = 0; // minor units off the line
    // Loads (issues or tops up) this gift card with the line's amount, given in priceOverride. A
    // gift card line moves no stock and takes no discount.
    QString giftCardCode;
    QString description; // for display; the sale takes the catalog's
    QString scannedCode; // what was scanned or typed, for the audit trail
    QString locationId; // where the goods leave from; the shop's sellable floor when empty

    [[nodiscard]] QJsonObject toJson() const;
    static DraftLine fromJson(const QJsonObject &json);
};

// A manager's approval, given by her PIN at the till. It is checked when the sale commits and is
// never stored with a parked cart.
struct Approval {
    QString approverId;
    QString pin;
    [[nodiscard]] bool isSet() const { return !approverId.isEmpty(); }
};

// The cart at a till until it becomes a sale. Its id is made when the cart starts and becomes the
// sale's id, so a commit that is repeated (a double tap, a retry after a crash) is recognised and
// never records the sale twice.
struct SaleDraft {
    QString id;
    QString shopId; // empty: the shop of the terminal's open shift
    QString customerId;
    QList<DraftLine> lines;
    qint64 cartDiscount = 0; // minor units off the whole cart, spread over its lines
    QList<TenderInput> tenders;
    QString note;
    Approval approval;

    // A new, empty cart with a fresh id.
    static SaleDraft create(const QString &shopId = {});

    // The cart as a parked sale stores it: everything but the approval.
    [[nodiscard]] QJsonObject toJson() const;
    static SaleDraft fromJson(const QJsonObject &json);
};

} // namespace kassa
