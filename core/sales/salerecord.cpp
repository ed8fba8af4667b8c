#include "salerecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa
{

QString saleKindName(SaleKind kind)
{
    switch (kind) {
    case SaleKind::Sale:
        return u"sale"_s;
    case SaleKind::Return:
        return u"return"_s;
    case SaleKind::Void:
        return u"void"_s;
    }
    return {};
}

bool parseSaleKind(const QString &name, SaleKind *kind)
{
    for (SaleKind candidate : { SaleKind::Sale, SaleKind::Return, SaleKind::Void }) {
        if (saleKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject SaleLineRecord::toJson() const
{
    QJsonObject json { { u"id"_s, id }, { u"line_number"_s, lineNumber }, { u"variant_id"_s, variantId }, { u"sku"_s, sku }, { u"description"_s, description },
        { u"quantity"_s, quantity }, { u"unit_price"_s, unitPrice }, { u"pricing_unit"_s, pricingUnit }, { u"line_discount"_s, lineDiscount },
        { u"cart_discount_share"_s, cartDiscountShare }, { u"tax_rate_bp"_s, taxRateBasisPoints }, { u"tax_amount"_s, taxAmount },
        { u"line_total"_s, lineTotal }, { u"unit_cost"_s, unitCost >= 0 ? QJsonValue(unitCost) : QJsonValue() } };
    if (!originalLineId.isEmpty()) {
        json.insert(u"original_line_id"_s, originalLineId);
    }
    if (restock >= 0) {
        json.insert(u"return_reason"_s, returnReason);
        json.insert(u"restock"_s, restock == 1);
    }
    if (!giftCardCode.isEmpty()) {
        json.insert(u"gift_card_code"_s, giftCardCode);
    }
    if (priceOverridden) {
        json.insert(u"price_overridden"_s, true);
    }
    return json;
}

QJsonObject SaleTenderRecord::toJson() const
{
    return { { u"id"_s, id }, { u"kind"_s, tenderKindName(kind) }, { u"amount"_s, amount }, { u"change_given"_s, changeGiven }, { u"reference"_s, reference } };
}

qint64 SaleRecord::paid() const
{
    qint64 sum = 0;
    for (const SaleTenderRecord &tender : tenders) {
        sum += tender.amount - tender.changeGiven;
    }
    return sum;
}

QJsonObject SaleRecord::toJson() const
{
    QJsonArray linesJson;
    for (const SaleLineRecord &line : lines) {
        linesJson.append(line.toJson());
    }
    QJsonArray tendersJson;
    for (const SaleTenderRecord &tender : tenders) {
        tendersJson.append(tender.toJson());
    }
    const auto optional = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return { { u"id"_s, id }, { u"kind"_s, saleKindName(kind) }, { u"receipt_number"_s, receiptNumber }, { u"original_sale_id"_s, optional(originalSaleId) },
        { u"shop_id"_s, shopId }, { u"device_id"_s, deviceId }, { u"shift_id"_s, optional(shiftId) }, { u"customer_id"_s, optional(customerId) },
        { u"cashier_id"_s, cashierId }, { u"approved_by"_s, optional(approvedBy) }, { u"currency"_s, currency }, { u"prices_include_tax"_s, pricesIncludeTax },
        { u"subtotal"_s, subtotal }, { u"discount_total"_s, discountTotal }, { u"tax_total"_s, taxTotal }, { u"total"_s, total },
        { u"cash_rounding"_s, cashRounding }, { u"note"_s, note }, { u"flags"_s, QJsonArray::fromStringList(flags) }, { u"occurred_at"_s, occurredAt },
        { u"recorded_at"_s, recordedAt }, { u"voided"_s, voided }, { u"lines"_s, linesJson }, { u"tenders"_s, tendersJson } };
}

} // namespace kassa
