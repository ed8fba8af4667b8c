#include "syncappliers.h"

#include "stockledger.h"

#include "domain/uuid7.h"
#include "sales/giftcardledger.h"
#include "sales/salerecord.h"
#include "sales/salerepository.h"
#include "sales/storecreditledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

const QString kSaleCommitted = u"sale.committed"_s;
const QString kShiftOpened = u"shift.opened"_s;
const QString kShiftCashMovement = u"shift.cash_movement"_s;
const QString kShiftClosed = u"shift.closed"_s;
const QString kCustomerUpserted = u"customer.upserted"_s;
const QString kStockMovements = u"stock.movements"_s;

const QString kInsertShift = u"INSERT INTO shifts (id, company_id, shop_id, device_id, opened_by, opened_at, opening_float, status) "
                             "VALUES (:id, :company_id, :shop_id, :device_id, :opened_by, :opened_at, :opening_float, 'open') ON CONFLICT (id) DO NOTHING"_s;
const QString kInsertCashMovement = u"INSERT INTO cash_movements (id, company_id, shift_id, kind, amount, reason, actor_id, occurred_at) "
                                    "VALUES (:id, :company_id, :shift_id, :kind, :amount, :reason, :actor_id, :occurred_at) ON CONFLICT (id) DO NOTHING"_s;
const QString kCloseShift = u"UPDATE shifts SET status = 'closed', closed_by = :closed_by, closed_at = :closed_at, counted_cash = :counted_cash, "
                            "expected_cash = :expected_cash, z_report = :z_report WHERE company_id = :company_id AND id = :id AND status = 'open'"_s;
const QString kShiftStatus = u"SELECT status FROM shifts WHERE company_id = :company_id AND id = :id"_s;
const QString kInsertCount = u"INSERT INTO shift_counts (company_id, shift_id, tender_kind, expected, counted) "
                             "VALUES (:company_id, :shift_id, :tender_kind, :expected, :counted) ON CONFLICT (shift_id, tender_kind) DO NOTHING"_s;
const QString kUpsertCustomer =
    u"INSERT INTO customers (id, company_id, name, email, phone, consent_marketing, consent_marketing_at, consent_email_receipts, note, created_at, updated_at) "
    "VALUES (:id, :company_id, :name, :email, :phone, :consent, :consent_at, :receipts, :note, :now, :now) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, phone = excluded.phone, note = excluded.note, "
    "consent_marketing_at = CASE WHEN customers.consent_marketing <> excluded.consent_marketing THEN excluded.consent_marketing_at "
    "ELSE customers.consent_marketing_at END, consent_marketing = excluded.consent_marketing, "
    "consent_email_receipts = excluded.consent_email_receipts, updated_at = excluded.updated_at WHERE customers.company_id = excluded.company_id"_s;
const QString kMovementExists = u"SELECT 1 FROM stock_movements WHERE company_id = :company_id AND id = :id"_s;
const QString kLevel = u"SELECT on_hand FROM stock_levels WHERE company_id = :company_id AND location_id = :location_id AND variant_id = :variant_id"_s;
const QString kServerPrice = u"SELECT COALESCE(l.price_override, v.price) FROM variants v LEFT JOIN shop_listings l ON l.variant_id = v.id AND l.shop_id = :shop_id "
                             "WHERE v.company_id = :company_id AND v.id = :id"_s;
const QString kSaleExists = u"SELECT 1 FROM sales WHERE company_id = :company_id AND id = :id"_s;
const QString kInsertException = u"INSERT INTO sync_exceptions (id, company_id, device_id, kind, ref_type, ref_id, detail, created_at) "
                                 "VALUES (:id, :company_id, :device_id, :kind, :ref_type, :ref_id, :detail, :created_at)"_s;

bool isConstraintFailure(const QString &text)
{
    return text.contains(u"constraint failed"_s, Qt::CaseInsensitive);
}

// A failed statement: a refused constraint is the op's fault (a reference the server does not
// have, a value out of range), anything else the server's.
ApplyOutcome fromStatement(BusinessWrite &write, TenantQuery &query, const QString &what)
{
    const QString text = query.errorString();
    write.fail(what + u": "_s + text);
    if (isConstraintFailure(text)) {
        return ApplyOutcome::rejected(text.contains(u"FOREIGN KEY"_s) ? u"unresolved_reference"_s : u"constraint_failed"_s, what + u": "_s + text);
    }
    return ApplyOutcome::failed(what + u": "_s + text);
}

ApplyOutcome fromWrite(BusinessWrite &write)
{
    const QString text = write.errorString();
    if (isConstraintFailure(text)) {
        return ApplyOutcome::rejected(text.contains(u"FOREIGN KEY"_s) ? u"unresolved_reference"_s : u"constraint_failed"_s, text);
    }
    return ApplyOutcome::failed(text);
}

ApplyOutcome invalid(BusinessWrite &write, const QString &message)
{
    write.fail(message);
    return ApplyOutcome::rejected(u"invalid_payload"_s, message);
}

QString text(const QJsonObject &json, const QString &name)
{
    return json.value(name).toString();
}

qint64 integer(const QJsonObject &json, const QString &name, qint64 fallback = 0)
{
    const QJsonValue value = json.value(name);
    return value.isDouble() ? value.toInteger(fallback) : fallback;
}

bool exception(BusinessWrite &write, const SyncDevice &device, const QString &kind, const QString &refType, const QString &refId, const QJsonObject &detail)
{
    TenantQuery insert = write.query(kInsertException);
    insert.bind(u":id"_s, newId());
    insert.bind(u":device_id"_s, device.id);
    insert.bind(u":kind"_s, kind);
    insert.bind(u":ref_type"_s, refType);
    insert.bind(u":ref_id"_s, refId);
    insert.bind(u":detail"_s, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    insert.bind(u":created_at"_s, write.now());
    if (!insert.exec()) {
        return write.fail(u"cannot record a sync exception: %1"_s.arg(insert.errorString()));
    }
    return true;
}

bool saleFromJson(const QJsonObject &json, SaleRecord *doc, QString *problem)
{
    doc->id = text(json, u"id"_s);
    if (doc->id.isEmpty() || !parseSaleKind(text(json, u"kind"_s), &doc->kind)) {
        *problem = u"a sale document needs an id and a kind (sale, return, void)"_s;
        return false;
    }
    doc->receiptNumber = text(json, u"receipt_number"_s);
    doc->originalSaleId = text(json, u"original_sale_id"_s);
    doc->shopId = text(json, u"shop_id"_s);
    doc->shiftId = text(json, u"shift_id"_s);
    doc->customerId = text(json, u"customer_id"_s);
    doc->cashierId = text(json, u"cashier_id"_s);
    doc->approvedBy = text(json, u"approved_by"_s);
    doc->currency = text(json, u"currency"_s);
    doc->pricesIncludeTax = json.value(u"prices_include_tax"_s).toBool(true);
    doc->subtotal = integer(json, u"subtotal"_s);
    doc->discountTotal = integer(json, u"discount_total"_s);
    doc->taxTotal = integer(json, u"tax_total"_s);
    doc->total = integer(json, u"total"_s);
    doc->cashRounding = integer(json, u"cash_rounding"_s);
    doc->note = text(json, u"note"_s);
    for (const QJsonValue &flag : json.value(u"flags"_s).toArray()) {
        doc->flags.append(flag.toString());
    }
    doc->occurredAt = integer(json, u"occurred_at"_s);
    doc->recordedAt = integer(json, u"recorded_at"_s, doc->occurredAt);
    if (doc->receiptNumber.isEmpty() || doc->shopId.isEmpty() || doc->currency.size() != 3 || doc->occurredAt <= 0) {
        *problem = u"sale %1 lacks its receipt number, shop, currency or time"_s.arg(doc->id);
        return false;
    }
    for (const QJsonValue &value : json.value(u"lines"_s).toArray()) {
        const QJsonObject lineJson = value.toObject();
        SaleLineRecord line;
        line.id = text(lineJson, u"id"_s);
        line.lineNumber = int(integer(lineJson, u"line_number"_s));
        line.variantId = text(lineJson, u"variant_id"_s);
        line.sku = text(lineJson, u"sku"_s);
        line.description = text(lineJson, u"description"_s);
        line.quantity = integer(lineJson, u"quantity"_s);
        line.unitPrice = integer(lineJson, u"unit_price"_s);
        line.pricingUnit = integer(lineJson, u"pricing_unit"_s, 1);
        line.lineDiscount = integer(lineJson, u"line_discount"_s);
        line.cartDiscountShare = integer(lineJson, u"cart_discount_share"_s);
        line.taxRateBasisPoints = int(integer(lineJson, u"tax_rate_bp"_s));
        line.taxAmount = integer(lineJson, u"tax_amount"_s);
        line.lineTotal = integer(lineJson, u"line_total"_s);
        line.unitCost = integer(lineJson, u"unit_cost"_s, -1);
        line.originalLineId = text(lineJson, u"original_line_id"_s);
        if (lineJson.contains(u"restock"_s)) {
            line.restock = lineJson.value(u"restock"_s).toBool() ? 1 : 0;
            line.returnReason = text(lineJson, u"return_reason"_s);
        }
        line.giftCardCode = text(lineJson, u"gift_card_code"_s);
        line.priceOverridden = lineJson.value(u"price_overridden"_s).toBool();
        if (line.id.isEmpty() || line.variantId.isEmpty() || line.lineNumber <= 0) {
            *problem = u"a line of sale %1 lacks its id, variant or number"_s.arg(doc->id);
            return false;
        }
        doc->lines.append(line);
    }
    for (const QJsonValue &value : json.value(u"tenders"_s).toArray()) {
        const QJsonObject tenderJson = value.toObject();
        SaleTenderRecord tender;
        tender.id = text(tenderJson, u"id"_s);
        if (tender.id.isEmpty() || !parseTenderKind(text(tenderJson, u"kind"_s), &tender.kind)) {
            *problem = u"a tender of sale %1 lacks its id or kind"_s.arg(doc->id);
            return false;
        }
        tender.amount = integer(tenderJson, u"amount"_s);
        tender.changeGiven = integer(tenderJson, u"change_given"_s);
        tender.reference = text(tenderJson, u"reference"_s);
        doc->tenders.append(tender);
    }
    return true;
}

bool movementsFromJson(const QJsonArray &array, QList<StockMovement> *movements, QString *problem)
{
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        StockMovement movement;
        movement.id = text(json, u"id"_s);
        movement.locationId = text(json, u"location_id"_s);
        movement.variantId = text(json, u"variant_id"_s);
        movement.quantityDelta = integer(json, u"quantity_delta"_s);
        movement.refType = text(json, u"ref_type"_s);
        movement.refId = text(json, u"ref_id"_s);
        movement.occurredAt = integer(json, u"occurred_at"_s);
        if (movement.id.isEmpty() || movement.locationId.isEmpty() || movement.variantId.isEmpty() || movement.quantityDelta == 0
            || !parseStockReason(text(json, u"reason"_s), &movement.reason)) {
            *problem = u"a stock movement lacks its id, location, variant, quantity or reason"_s;
            return false;
        }
        movements->append(movement);
    }
    return true;
}

// Stock below zero after a movement the terminal made is kept and raised, never refused.
bool flagNegativeStock(BusinessWrite &write, const SyncDevice &device, const QList<StockMovement> &movements, const QString &refType, const QString &refId)
{
    QSet<QString> seen;
    for (const StockMovement &movement : movements) {
        const QString key = movement.locationId + u'|' + movement.variantId;
        if (movement.quantityDelta >= 0 || movesReserved(movement.reason) || seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        TenantQuery level = write.query(kLevel);
        level.bind(u":location_id"_s, movement.locationId);
        level.bind(u":variant_id"_s, movement.variantId);
        if (!level.exec()) {
            return write.fail(level.errorString());
        }
        if (level.next() && level.value(0).toLongLong() < 0) {
            const qint64 onHand = level.value(0).toLongLong();
            level.finish();
            if (!exception(write, device, u"negative_stock"_s, refType, refId,
                           {{u"location_id"_s, movement.locationId}, {u"variant_id"_s, movement.variantId}, {u"on_hand"_s, onHand}})) {
                return false;
            }
        }
    }
    return true;
}

ApplyOutcome applySale(BusinessWrite &write, const SyncDevice &device, const QJsonObject &payload, const ApplyOptions &options)
{
    SaleRecord doc;
    QString problem;
    if (!saleFromJson(payload, &doc, &problem)) {
        return invalid(write, problem);
    }
    // The sending device is the one that recorded it, whatever the payload says.
    doc.deviceId = device.id;
    QList<StockMovement> movements;
    if (!movementsFromJson(payload.value(u"stock_movements"_s).toArray(), &movements, &problem)) {
        return invalid(write, problem);
    }

    // Idempotent by the document's id: a sale that is here already (sent twice over another path,
    // or replayed into a server that kept it) changes nothing.
    TenantQuery exists = write.query(kSaleExists);
    exists.bind(u":id"_s, doc.id);
    if (!exists.exec()) {
        return fromStatement(write, exists, u"cannot look up sale %1"_s.arg(doc.id));
    }
    const bool present = exists.next();
    exists.finish();
    if (present) {
        return ApplyOutcome::applied();
    }

    if (!SaleRepository::insert(write, doc)) {
        return fromWrite(write);
    }
    for (StockMovement &movement : movements) {
        movement.refType = u"sale"_s;
        movement.refId = doc.id;
        if (movement.occurredAt == 0) {
            movement.occurredAt = doc.occurredAt;
        }
    }
    if (!movements.isEmpty() && !StockLedger::post(write, movements)) {
        return fromWrite(write);
    }

    // Gift cards and store credit move as on the till (saledocument.cpp): redeemed by a tender,
    // paid back by a refund tender, loaded by a gift card line, reversed by a void.
    QJsonArray notPosted;
    const ValueReason giveBack = doc.kind == SaleKind::Void ? ValueReason::Reversal : ValueReason::Refund;
    for (const SaleTenderRecord &tender : std::as_const(doc.tenders)) {
        if (tender.kind != TenderKind::GiftCard && tender.kind != TenderKind::StoreCredit) {
            continue;
        }
        if (!options.valueLedgers) {
            notPosted.append(tender.toJson());
            continue;
        }
        ValueEntry entry;
        const ValueReason reason = tender.amount > 0 ? ValueReason::Redeem : giveBack;
        const bool posted = tender.kind == TenderKind::GiftCard
            ? GiftCardLedger::post(write, tender.reference, -tender.amount, reason, doc.currency, u"sale"_s, doc.id, false, &entry, &problem)
            : StoreCreditLedger::post(write, doc.customerId, -tender.amount, reason, doc.currency, u"sale"_s, doc.id, &entry, &problem);
        if (!posted) {
            write.fail(problem);
            return ApplyOutcome::rejected(u"value_ledger_refused"_s, problem);
        }
    }
    for (const SaleLineRecord &line : std::as_const(doc.lines)) {
        if (line.giftCardCode.isEmpty()) {
            continue;
        }
        if (!options.valueLedgers) {
            notPosted.append(line.toJson());
            continue;
        }
        ValueEntry entry;
        const ValueReason reason = line.lineTotal > 0 ? ValueReason::Issue : ValueReason::Reversal;
        if (!GiftCardLedger::post(write, line.giftCardCode, line.lineTotal, reason, doc.currency, u"sale"_s, doc.id, line.lineTotal > 0, &entry, &problem)) {
            write.fail(problem);
            return ApplyOutcome::rejected(u"value_ledger_refused"_s, problem);
        }
    }
    if (!options.valueLedgers && !notPosted.isEmpty()
        && !exception(write, device, u"value_ledger_refused"_s, u"sale"_s, doc.id, {{u"problem"_s, options.ledgerProblem}, {u"not_posted"_s, notPosted}})) {
        return fromWrite(write);
    }

    // Flagged, never refused: stock below zero, a price the server does not have for the item.
    if (!flagNegativeStock(write, device, movements, u"sale"_s, doc.id)) {
        return fromWrite(write);
    }
    if (!device.shopId.isEmpty() && doc.shopId != device.shopId
        && !exception(write, device, u"shop_mismatch"_s, u"sale"_s, doc.id, {{u"sale_shop_id"_s, doc.shopId}, {u"device_shop_id"_s, device.shopId}})) {
        return fromWrite(write);
    }
    if (doc.kind == SaleKind::Sale) {
        for (const SaleLineRecord &line : std::as_const(doc.lines)) {
            if (!line.giftCardCode.isEmpty() || line.priceOverridden) {
                continue;
            }
            TenantQuery price = write.query(kServerPrice);
            price.bind(u":shop_id"_s, doc.shopId);
            price.bind(u":id"_s, line.variantId);
            if (!price.exec()) {
                return fromStatement(write, price, u"cannot read the price of %1"_s.arg(line.variantId));
            }
            const bool known = price.next();
            const qint64 serverPrice = known ? price.value(0).toLongLong() : -1;
            price.finish();
            if (serverPrice != line.unitPrice
                && !exception(write, device, u"price_deviation"_s, u"sale"_s, doc.id,
                              {{u"line_id"_s, line.id}, {u"variant_id"_s, line.variantId}, {u"charged"_s, line.unitPrice},
                               {u"server_price"_s, known ? QJsonValue(serverPrice) : QJsonValue()}})) {
                return fromWrite(write);
            }
        }
    }
    QJsonObject summary{{u"receipt_number"_s, doc.receiptNumber}, {u"kind"_s, saleKindName(doc.kind)}, {u"total"_s, doc.total},
                        {u"lines"_s, doc.lines.size()}, {u"from_device"_s, device.id}};
    if (!write.audit(u"sync.sale_received"_s, u"sale"_s, doc.id, {}, summary)) {
        return fromWrite(write);
    }
    return ApplyOutcome::applied();
}

ApplyOutcome applyShiftOpened(BusinessWrite &write, const SyncDevice &device, const QJsonObject &payload)
{
    const QString id = text(payload, u"id"_s);
    const QString shopId = text(payload, u"shop_id"_s);
    if (id.isEmpty() || shopId.isEmpty() || integer(payload, u"opening_float"_s, -1) < 0) {
        return invalid(write, u"a shift needs its id, shop and opening float"_s);
    }
    TenantQuery insert = write.query(kInsertShift);
    insert.bind(u":id"_s, id);
    insert.bind(u":shop_id"_s, shopId);
    insert.bind(u":device_id"_s, device.id);
    insert.bind(u":opened_by"_s, text(payload, u"opened_by"_s));
    insert.bind(u":opened_at"_s, integer(payload, u"opened_at"_s));
    insert.bind(u":opening_float"_s, integer(payload, u"opening_float"_s));
    if (!insert.exec()) {
        return fromStatement(write, insert, u"cannot record shift %1"_s.arg(id));
    }
    write.audit(u"sync.shift_opened"_s, u"shift"_s, id, {}, {{u"from_device"_s, device.id}, {u"opening_float"_s, integer(payload, u"opening_float"_s)}});
    return write.isOpen() ? ApplyOutcome::applied() : fromWrite(write);
}

ApplyOutcome applyCashMovement(BusinessWrite &write, const SyncDevice &device, const QJsonObject &payload)
{
    const QString id = text(payload, u"id"_s);
    const QString kind = text(payload, u"kind"_s);
    if (id.isEmpty() || text(payload, u"shift_id"_s).isEmpty() || (kind != "cash_in"_L1 && kind != "cash_out"_L1) || integer(payload, u"amount"_s) <= 0) {
        return invalid(write, u"a cash movement needs its id, shift, kind and a positive amount"_s);
    }
    TenantQuery insert = write.query(kInsertCashMovement);
    insert.bind(u":id"_s, id);
    insert.bind(u":shift_id"_s, text(payload, u"shift_id"_s));
    insert.bind(u":kind"_s, kind);
    insert.bind(u":amount"_s, integer(payload, u"amount"_s));
    insert.bind(u":reason"_s, text(payload, u"reason"_s));
    insert.bind(u":actor_id"_s, text(payload, u"actor_id"_s));
    insert.bind(u":occurred_at"_s, integer(payload, u"occurred_at"_s));
    if (!insert.exec()) {
        return fromStatement(write, insert, u"cannot record cash movement %1"_s.arg(id));
    }
    write.audit(u"sync.cash_movement"_s, u"shift"_s, text(payload, u"shift_id"_s), {},
                {{u"from_device"_s, device.id}, {u"kind"_s, kind}, {u"amount"_s, integer(payload, u"amount"_s)}});
    return write.isOpen() ? ApplyOutcome::applied() : fromWrite(write);
}

ApplyOutcome applyShiftClosed(BusinessWrite &write, const SyncDevice &device, const QJsonObject &payload)
{
    const QJsonObject shift = payload.value(u"shift"_s).toObject();
    const QString id = text(shift, u"id"_s);
    if (id.isEmpty()) {
        return invalid(write, u"a shift close names its shift"_s);
    }
    QJsonObject report = payload;
    report.remove(u"schema_version"_s);
    TenantQuery update = write.query(kCloseShift);
    update.bind(u":closed_by"_s, text(shift, u"closed_by"_s));
    update.bind(u":closed_at"_s, integer(shift, u"closed_at"_s));
    update.bind(u":counted_cash"_s, integer(shift, u"counted_cash"_s, integer(payload, u"counted_cash"_s)));
    update.bind(u":expected_cash"_s, integer(shift, u"expected_cash"_s, integer(payload, u"expected_cash"_s)));
    update.bind(u":z_report"_s, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    update.bind(u":id"_s, id);
    if (!update.exec()) {
        return fromStatement(write, update, u"cannot close shift %1"_s.arg(id));
    }
    if (update.numRowsAffected() != 1) {
        TenantQuery status = write.query(kShiftStatus);
        status.bind(u":id"_s, id);
        if (!status.exec()) {
            return fromStatement(write, status, u"cannot read shift %1"_s.arg(id));
        }
        const bool found = status.next();
        status.finish();
        if (!found) {
            write.fail(u"no shift %1"_s.arg(id));
            return ApplyOutcome::rejected(u"unresolved_reference"_s, u"the server has no shift %1 to close"_s.arg(id));
        }
        return ApplyOutcome::applied(); // closed already: the same close again
    }
    for (const QJsonValue &value : payload.value(u"tenders"_s).toArray()) {
        const QJsonObject tender = value.toObject();
        if (!tender.contains(u"counted"_s)) {
            continue;
        }
        TenantQuery insert = write.query(kInsertCount);
        insert.bind(u":shift_id"_s, id);
        insert.bind(u":tender_kind"_s, text(tender, u"kind"_s));
        insert.bind(u":expected"_s, integer(tender, u"expected"_s));
        insert.bind(u":counted"_s, integer(tender, u"counted"_s));
        if (!insert.exec()) {
            return fromStatement(write, insert, u"cannot record the count of shift %1"_s.arg(id));
        }
    }
    write.audit(u"sync.shift_closed"_s, u"shift"_s, id, {}, {{u"from_device"_s, device.id}, {u"counted_cash"_s, integer(shift, u"counted_cash"_s)}});
    return write.isOpen() ? ApplyOutcome::applied() : fromWrite(write);
}

ApplyOutcome applyCustomer(BusinessWrite &write, const SyncDevice &device, const QJsonObject &payload, qint64 occurredAt)
{
    const QString id = text(payload, u"id"_s);
    if (id.isEmpty()) {
        return invalid(write, u"a customer needs its id"_s);
    }
    const auto optional = [&payload](const QString &name) {
        const QString value = payload.value(name).toString().trimmed();
        return value.isEmpty() ? QVariant() : QVariant(value);
    };
    const bool consent = payload.value(u"consent_marketing"_s).toBool();
    TenantQuery upsert = write.query(kUpsertCustomer);
    upsert.bind(u":id"_s, id);
    upsert.bind(u":name"_s, text(payload, u"name"_s));
    upsert.bind(u":email"_s, optional(u"email"_s));
    upsert.bind(u":phone"_s, optional(u"phone"_s));
    upsert.bind(u":consent"_s, consent ? 1 : 0);
    upsert.bind(u":consent_at"_s, consent ? QVariant(HybridLogicalClock::millisecondsOf(occurredAt)) : QVariant());
    upsert.bind(u":receipts"_s, payload.value(u"consent_email_receipts"_s).toBool() ? 1 : 0);
    upsert.bind(u":note"_s, text(payload, u"note"_s));
    upsert.bind(u":now"_s, write.now());
    if (!upsert.exec()) {
        return fromStatement(write, upsert, u"cannot record customer %1"_s.arg(id));
    }
    if (upsert.numRowsAffected() != 1) {
        write.fail(u"customer %1 belongs to another company"_s.arg(id));
        return ApplyOutcome::rejected(u"foreign_object"_s, u"customer %1 is not a customer of this company"_s.arg(id));
    }
    write.audit(u"sync.customer_upserted"_s, u"customer"_s, id, {}, {{u"from_device"_s, device.id}});
    return write.isOpen() ? ApplyOutcome::applied() : fromWrite(write);
}

ApplyOutcome applyStockMovements(BusinessWrite &write, const SyncDevice &device, const QJsonObject &payload)
{
    QList<StockMovement> movements;
    QString problem;
    if (!movementsFromJson(payload.value(u"movements"_s).toArray(), &movements, &problem)) {
        return invalid(write, problem);
    }
    QList<StockMovement> fresh;
    for (const StockMovement &movement : std::as_const(movements)) {
        // Reservations belong to the server's online orders; a till never makes them.
        if (movesReserved(movement.reason)) {
            write.fail(u"a till does not reserve stock"_s);
            return ApplyOutcome::rejected(u"not_allowed"_s, u"stock %1 movements come from the server, not from a till"_s.arg(stockReasonName(movement.reason)));
        }
        TenantQuery exists = write.query(kMovementExists);
        exists.bind(u":id"_s, movement.id);
        if (!exists.exec()) {
            return fromStatement(write, exists, u"cannot look up movement %1"_s.arg(movement.id));
        }
        const bool present = exists.next();
        exists.finish();
        if (!present) {
            fresh.append(movement);
        }
    }
    if (!fresh.isEmpty() && !StockLedger::post(write, fresh)) {
        return fromWrite(write);
    }
    if (!fresh.isEmpty() && !flagNegativeStock(write, device, fresh, fresh.constFirst().refType, fresh.constFirst().refId)) {
        return fromWrite(write);
    }
    return ApplyOutcome::applied();
}

} // namespace

bool syncOpKnown(const QString &type, int schemaVersion)
{
    static const QSet<QString> kKnown = {kSaleCommitted, kShiftOpened, kShiftCashMovement, kShiftClosed, kCustomerUpserted, kStockMovements};
    return schemaVersion == 1 && kKnown.contains(type);
}

ApplyOutcome applySyncOp(BusinessWrite &write, const SyncDevice &device, const SyncOp &op, const QJsonObject &payload, const ApplyOptions &options)
{
    if (!write.isOpen()) {
        return ApplyOutcome::failed(write.errorString());
    }
    ApplyOutcome outcome;
    QString stockKey; // the payload's array of movements, for the feed's stock levels
    if (op.type == kSaleCommitted) {
        outcome = applySale(write, device, payload, options);
        stockKey = u"stock_movements"_s;
    } else if (op.type == kShiftOpened) {
        outcome = applyShiftOpened(write, device, payload);
    } else if (op.type == kShiftCashMovement) {
        outcome = applyCashMovement(write, device, payload);
    } else if (op.type == kShiftClosed) {
        outcome = applyShiftClosed(write, device, payload);
    } else if (op.type == kCustomerUpserted) {
        outcome = applyCustomer(write, device, payload, op.occurredAt);
    } else if (op.type == kStockMovements) {
        outcome = applyStockMovements(write, device, payload);
        stockKey = u"movements"_s;
    } else {
        write.fail(u"unknown op type %1"_s.arg(op.type));
        return ApplyOutcome::rejected(u"unknown_type"_s, u"this server does not know ops of type %1 version %2"_s.arg(op.type).arg(op.schemaVersion));
    }
    if (outcome.kind == ApplyOutcome::Kind::Applied) {
        // Other devices learn of it through the pull feed: the op itself (to the devices of its
        // shop, not back to its own) and the stock it leaves (to all of the company).
        write.feed(op.type, op.payload, op.schemaVersion, op.occurredAt, device.id);
        for (const QJsonValue &movement : payload.value(stockKey).toArray()) {
            write.stockChanged(movement[u"location_id"_s].toString(), movement[u"variant_id"_s].toString());
        }
    }
    return outcome;
}

} // namespace kassa
