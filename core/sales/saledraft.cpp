#include "saledraft.h"

#include "domain/uuid7.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
qint64 integer(const QJsonObject &json, const QString &key, qint64 fallback)
{
    const QJsonValue value = json.value(key);
    return value.isDouble() ? value.toInteger(fallback) : fallback;
}
} // namespace

QJsonObject DraftLine::toJson() const
{
    QJsonObject json { { u"variant_id"_s, variantId }, { u"quantity"_s, quantity }, { u"unit_price"_s, unitPrice }, { u"description"_s, description } };
    // Only what differs from a plain line, so parked carts stay small and readable.
    if (priceOverride >= 0) {
        json.insert(u"price_override"_s, priceOverride);
    }
    if (labelPrice >= 0) {
        json.insert(u"label_price"_s, labelPrice);
    }
    if (lineDiscount != 0) {
        json.insert(u"line_discount"_s, lineDiscount);
    }
    if (!giftCardCode.isEmpty()) {
        json.insert(u"gift_card_code"_s, giftCardCode);
    }
    if (!scannedCode.isEmpty()) {
        json.insert(u"scanned_code"_s, scannedCode);
    }
    if (!locationId.isEmpty()) {
        json.insert(u"location_id"_s, locationId);
    }
    return json;
}

DraftLine DraftLine::fromJson(const QJsonObject &json)
{
    DraftLine line;
    line.variantId = json.value(u"variant_id"_s).toString();
    line.quantity = integer(json, u"quantity"_s, 1);
    line.unitPrice = integer(json, u"unit_price"_s, -1);
    line.priceOverride = integer(json, u"price_override"_s, -1);
    line.labelPrice = integer(json, u"label_price"_s, -1);
    line.lineDiscount = integer(json, u"line_discount"_s, 0);
    line.giftCardCode = json.value(u"gift_card_code"_s).toString();
    line.description = json.value(u"description"_s).toString();
    line.scannedCode = json.value(u"scanned_code"_s).toString();
    line.locationId = json.value(u"location_id"_s).toString();
    return line;
}

SaleDraft SaleDraft::create(const QString &shopId)
{
    SaleDraft draft;
    draft.id = newId();
    draft.shopId = shopId;
    return draft;
}

QJsonObject SaleDraft::toJson() const
{
    QJsonArray linesJson;
    for (const DraftLine &line : lines) {
        linesJson.append(line.toJson());
    }
    QJsonArray tendersJson;
    for (const TenderInput &tender : tenders) {
        tendersJson.append(QJsonObject { { u"kind"_s, tenderKindName(tender.kind) }, { u"amount"_s, tender.amount }, { u"reference"_s, tender.reference } });
    }
    return { { u"id"_s, id }, { u"shop_id"_s, shopId }, { u"customer_id"_s, customerId }, { u"lines"_s, linesJson }, { u"cart_discount"_s, cartDiscount },
        { u"tenders"_s, tendersJson }, { u"note"_s, note } };
}

SaleDraft SaleDraft::fromJson(const QJsonObject &json)
{
    SaleDraft draft;
    draft.id = json.value(u"id"_s).toString();
    draft.shopId = json.value(u"shop_id"_s).toString();
    draft.customerId = json.value(u"customer_id"_s).toString();
    draft.cartDiscount = integer(json, u"cart_discount"_s, 0);
    draft.note = json.value(u"note"_s).toString();
    for (const QJsonValue &value : json.value(u"lines"_s).toArray()) {
        draft.lines.append(DraftLine::fromJson(value.toObject()));
    }
    for (const QJsonValue &value : json.value(u"tenders"_s).toArray()) {
        const QJsonObject tenderJson = value.toObject();
        TenderInput tender;
        if (!parseTenderKind(tenderJson.value(u"kind"_s).toString(), &tender.kind)) {
            continue; // a kind this build does not know: the cashier takes the payment again
        }
        tender.amount = integer(tenderJson, u"amount"_s, 0);
        tender.reference = tenderJson.value(u"reference"_s).toString();
        draft.tenders.append(tender);
    }
    return draft;
}

} // namespace kassa
