#pragma once

#include "saledraft.h"
#include "shiftrecord.h"
#include "tendersettlement.h"

#include "commerce/shopinfo.h"
#include "domain/permissions.h"
#include "domain/pricing.h"

#include <QList>
#include <QStringList>

namespace kassa
{

// A cart line priced as the sale will charge it.
struct QuotedLine {
    DraftLine draft;
    QString sku;
    QString description;
    QString unit; // piece, g, ml, cm
    qint64 catalogPrice = 0; // the shop's price: its listing's, else the variant's
    qint64 unitPrice = 0; // what is charged per pricing unit (catalog, override or label)
    qint64 pricingUnit = 1;
    int taxRateBasisPoints = 0;
    qint64 unitCost = -1;
    QString locationId;
    bool priceOverridden = false;
    PricedLine priced;
};

// The cart priced with the shop's policy (priceCart), its tenders settled, and what a manager
// would have to approve. The till shows this on every change; commit prices the same way.
struct SaleQuote {
    QString saleId;
    ShopInfo shop;
    ShiftRecord shift;
    QList<QuotedLine> lines;
    PricedCart cart;
    Settlement settlement;
    int discountLimitBasisPoints = 0; // the cashier's own limit
    QList<Action> approvalActions; // what needs a manager's PIN (discount_above_limit, price_override)
    QStringList approvalReasons; // the same in words, for the approval dialog

    [[nodiscard]] bool needsApproval() const { return !approvalActions.isEmpty(); }
};

} // namespace kassa
