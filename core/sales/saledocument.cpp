#include "saledocument.h"

#include "giftcardledger.h"
#include "receiptnumbers.h"
#include "salerepository.h"
#include "storecreditledger.h"

#include "domain/uuid7.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
const QString kDeleteParked = u"DELETE FROM parked_sales WHERE company_id = :company_id AND id = :id"_s;

QString auditAction(SaleKind kind)
{
    switch (kind) {
    case SaleKind::Sale:
        return u"sale.commit"_s;
    case SaleKind::Return:
        return u"sale.return"_s;
    case SaleKind::Void:
        return u"sale.void"_s;
    }
    return {};
}
} // namespace

QString saleCommittedOutboxType()
{
    return u"sale.committed"_s;
}

bool writeSaleDocument(
    BusinessWrite &write, CoreContext &context, const QString &shopSlug, SaleRecord &document, QList<StockMovement> &movements, ServiceError *error)
{
    const auto internal = [&write, error]() {
        *error = ServiceError::internal(write.errorString());
        return false;
    };
    if (!ReceiptNumbers::next(write, context, shopSlug, &document.receiptNumber)) {
        return internal();
    }
    for (SaleLineRecord &line : document.lines) {
        if (line.id.isEmpty()) {
            line.id = newId();
        }
    }
    for (SaleTenderRecord &tender : document.tenders) {
        if (tender.id.isEmpty()) {
            tender.id = newId();
        }
    }
    if (!SaleRepository::insert(write, document)) {
        return internal();
    }
    for (StockMovement &movement : movements) {
        movement.refType = u"sale"_s;
        movement.refId = document.id;
        movement.occurredAt = document.occurredAt;
    }
    if (!movements.isEmpty() && !StockLedger::post(write, movements)) {
        return internal();
    }

    // Gift cards and store credit move with the document: redeemed by a tender, paid back by a
    // refund tender, loaded by a gift card line; a void reverses each.
    QJsonArray giftCardEntries;
    QJsonArray storeCreditEntries;
    const ValueReason giveBack = document.kind == SaleKind::Void ? ValueReason::Reversal : ValueReason::Refund;
    for (qsizetype i = 0; i < document.tenders.size(); ++i) {
        const SaleTenderRecord &tender = document.tenders[i];
        ValueEntry entry;
        QString problem;
        if (tender.kind == TenderKind::GiftCard) {
            const ValueReason reason = tender.amount > 0 ? ValueReason::Redeem : giveBack;
            if (!GiftCardLedger::post(write, tender.reference, -tender.amount, reason, document.currency, u"sale"_s, document.id, false, &entry, &problem)) {
                *error = ServiceError::validation(u"tenders[%1].reference"_s.arg(i), problem, u"gift_card_refused"_s);
                return false;
            }
            giftCardEntries.append(entry.toJson());
        } else if (tender.kind == TenderKind::StoreCredit) {
            const ValueReason reason = tender.amount > 0 ? ValueReason::Redeem : giveBack;
            if (!StoreCreditLedger::post(write, document.customerId, -tender.amount, reason, document.currency, u"sale"_s, document.id, &entry, &problem)) {
                *error = ServiceError::validation(u"tenders[%1].amount"_s.arg(i), problem, u"store_credit_refused"_s);
                return false;
            }
            storeCreditEntries.append(entry.toJson());
        }
    }
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const SaleLineRecord &line = document.lines[i];
        if (line.giftCardCode.isEmpty()) {
            continue;
        }
        ValueEntry entry;
        QString problem;
        const ValueReason reason = line.lineTotal > 0 ? ValueReason::Issue : ValueReason::Reversal;
        if (!GiftCardLedger::post(
                write, line.giftCardCode, line.lineTotal, reason, document.currency, u"sale"_s, document.id, line.lineTotal > 0, &entry, &problem)) {
            *error = ServiceError::validation(u"lines[%1].gift_card_code"_s.arg(i), problem, u"gift_card_refused"_s);
            return false;
        }
        giftCardEntries.append(entry.toJson());
    }

    TenantQuery parked = write.query(kDeleteParked);
    parked.bind(u":id"_s, document.id);
    if (!parked.exec()) {
        write.fail(u"cannot clear the parked cart: %1"_s.arg(parked.errorString()));
        return internal();
    }

    QJsonArray movementsJson;
    for (const StockMovement &movement : std::as_const(movements)) {
        movementsJson.append(QJsonObject { { u"id"_s, movement.id }, { u"location_id"_s, movement.locationId }, { u"variant_id"_s, movement.variantId },
            { u"quantity_delta"_s, movement.quantityDelta }, { u"reason"_s, stockReasonName(movement.reason) }, { u"occurred_at"_s, movement.occurredAt } });
    }
    QJsonObject payload = document.toJson();
    payload.remove(u"voided"_s);
    payload.insert(u"schema_version"_s, kSaleDocumentSchemaVersion);
    payload.insert(u"stock_movements"_s, movementsJson);
    payload.insert(u"gift_card_entries"_s, giftCardEntries);
    payload.insert(u"store_credit_entries"_s, storeCreditEntries);
    if (!write.outbox(saleCommittedOutboxType(), payload, kSaleDocumentSchemaVersion)) {
        return internal();
    }

    QJsonArray tendersSummary;
    for (const SaleTenderRecord &tender : std::as_const(document.tenders)) {
        tendersSummary.append(
            QJsonObject { { u"kind"_s, tenderKindName(tender.kind) }, { u"amount"_s, tender.amount }, { u"change_given"_s, tender.changeGiven } });
    }
    QJsonObject summary { { u"receipt_number"_s, document.receiptNumber }, { u"kind"_s, saleKindName(document.kind) }, { u"shift_id"_s, document.shiftId },
        { u"total"_s, document.total }, { u"discount_total"_s, document.discountTotal }, { u"lines"_s, document.lines.size() },
        { u"tenders"_s, tendersSummary } };
    if (!document.originalSaleId.isEmpty()) {
        summary.insert(u"original_sale_id"_s, document.originalSaleId);
    }
    if (!document.approvedBy.isEmpty()) {
        summary.insert(u"approved_by"_s, document.approvedBy);
    }
    if (!document.flags.isEmpty()) {
        summary.insert(u"flags"_s, QJsonArray::fromStringList(document.flags));
    }
    if (!write.audit(auditAction(document.kind), u"sale"_s, document.id, {}, summary)) {
        return internal();
    }
    return true;
}

} // namespace kassa
