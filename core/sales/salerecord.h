#pragma once

#include "tender.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kassa
{

// The three documents a till writes. A return and a void reference their original; their
// quantities and amounts are negative, so sums over documents are net figures.
enum class SaleKind { Sale, Return, Void };

QString saleKindName(SaleKind kind);
bool parseSaleKind(const QString &name, SaleKind *kind);

struct SaleLineRecord {
    QString id;
    int lineNumber = 0;
    QString variantId;
    QString sku;
    QString description;
    qint64 quantity = 0;
    qint64 unitPrice = 0; // the price actually charged, per pricing unit
    qint64 pricingUnit = 1;
    qint64 lineDiscount = 0;
    qint64 cartDiscountShare = 0;
    int taxRateBasisPoints = 0;
    qint64 taxAmount = 0;
    qint64 lineTotal = 0; // with tax, after discounts
    qint64 unitCost = -1; // -1: unknown
    QString originalLineId; // on a return or void line: the line it takes back
    QString returnReason;
    int restock = -1; // on a return line: 1 back on the shelf, 0 written off; -1 otherwise
    QString giftCardCode; // a line that loads a gift card
    bool priceOverridden = false; // not stored per line (the sale's flags say it); for the payload

    // Read back: how much of this line later returns and voids took back (positive).
    qint64 returnedQuantity = 0;
    // The amount before discounts in price terms (net or gross as the sale priced), derived from
    // what is stored: line total (less tax when prices exclude it) plus the discounts.
    [[nodiscard]] qint64 extended(bool pricesIncludeTax) const
    {
        return (pricesIncludeTax ? lineTotal : lineTotal - taxAmount) + lineDiscount + cartDiscountShare;
    }
    [[nodiscard]] QJsonObject toJson() const;
};

struct SaleTenderRecord {
    QString id;
    TenderKind kind = TenderKind::Cash;
    qint64 amount = 0;
    qint64 changeGiven = 0;
    QString reference;
    [[nodiscard]] QJsonObject toJson() const;
};

// A till document as stored in sales, sale_lines and sale_tenders.
struct SaleRecord {
    QString id;
    SaleKind kind = SaleKind::Sale;
    QString receiptNumber;
    QString originalSaleId;
    QString shopId;
    QString deviceId;
    QString shiftId;
    QString customerId;
    QString cashierId;
    QString approvedBy;
    QString currency;
    bool pricesIncludeTax = true;
    qint64 subtotal = 0;
    qint64 discountTotal = 0;
    qint64 taxTotal = 0;
    qint64 total = 0;
    qint64 cashRounding = 0;
    QString note;
    QStringList flags; // price_override, discount_above_limit, ...
    qint64 occurredAt = 0;
    qint64 recordedAt = 0;
    QList<SaleLineRecord> lines;
    QList<SaleTenderRecord> tenders;

    // Read back for a sale: whether a void document reverses it.
    bool voided = false;

    [[nodiscard]] qint64 paid() const; // tenders net of change
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace kassa
