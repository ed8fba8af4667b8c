#include "returnservice.h"

#include "approvals.h"
#include "giftcardledger.h"
#include "preparedread.h"
#include "saledocument.h"
#include "salerepository.h"
#include "tillcontext.h"

#include "domain/money.h"
#include "domain/uuid7.h"
#include "services/businesswrite.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
const QString kCustomerExists = u"SELECT 1 FROM customers WHERE company_id = :company_id AND id = :id"_s;

// The part of `amount` that belongs to units prev+1 … prev+taken of `sold`: the difference of two
// rounded cumulative shares, so the parts of a line returned bit by bit add up to exactly the line.
qint64 shareOf(qint64 amount, qint64 sold, qint64 previously, qint64 taken)
{
    return divideRounded(WideInt(amount) * (previously + taken), sold, RoundingMode::HalfUp)
        - divideRounded(WideInt(amount) * previously, sold, RoundingMode::HalfUp);
}

bool customerExists(Database &database, const QString &companyId, const QString &customerId)
{
    TenantQuery query = preparedRead(database, kCustomerExists, companyId);
    query.bind(u":id"_s, customerId);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

// Pays back `refund` (positive) the way the sale was paid: every non-cash tender up to what it
// paid less what earlier returns gave back to it, then cash for the rest.
QList<TenderInput> refundToOriginal(const SaleRecord &original, qint64 refund, QHash<QString, qint64> refunded)
{
    QList<TenderInput> tenders;
    qint64 remaining = refund;
    for (const SaleTenderRecord &tender : original.tenders) {
        if (tender.kind == TenderKind::Cash || remaining <= 0) {
            continue;
        }
        const QString key = SaleRepository::tenderKey(tender.kind, tender.reference);
        const qint64 available = tender.amount - tender.changeGiven + refunded.value(key);
        const qint64 take = qMin(available, remaining);
        if (take > 0) {
            tenders.append({ tender.kind, -take, tender.reference });
            refunded[key] -= take;
            remaining -= take;
        }
    }
    if (remaining > 0) {
        const qint64 cash = Money(-remaining, original.currency).roundedForCash().minorUnits();
        if (cash != 0) {
            tenders.append({ TenderKind::Cash, cash, QString() });
        }
    }
    return tenders;
}

// Builds the return document from the original, inside or outside the write.
bool buildReturn(CoreContext &context, const Actor &actor, const ReturnDraft &draft, const TillContext &till, ReturnQuote *quote, ServiceError *error)
{
    Database &database = *context.database;
    ReturnQuote result;
    if (draft.originalSaleId.isEmpty()) {
        *error = ServiceError::validation(u"original_sale_id"_s, u"find the sale by its receipt number first"_s);
        return false;
    }
    if (!SaleRepository::load(database, actor.companyId, draft.originalSaleId, &result.original, error)) {
        if (error->kind == ServiceError::Kind::NotFound) {
            error->field = u"original_sale_id"_s;
        }
        return false;
    }
    const SaleRecord &original = result.original;
    if (original.kind != SaleKind::Sale) {
        *error = ServiceError::validation(
            u"original_sale_id"_s, u"receipt %1 is a %2; only a sale can be returned"_s.arg(original.receiptNumber, saleKindName(original.kind)));
        return false;
    }
    if (original.voided) {
        *error = ServiceError::conflict(u"sale_voided"_s, u"receipt %1 was voided; nothing is left to return"_s.arg(original.receiptNumber));
        error->field = u"original_sale_id"_s;
        return false;
    }
    if (original.currency != till.shop.currency) {
        *error = ServiceError::validation(
            u"original_sale_id"_s, u"receipt %1 was paid in %2; this shop sells in %3"_s.arg(original.receiptNumber, original.currency, till.shop.currency));
        return false;
    }
    if (draft.lines.isEmpty()) {
        *error = ServiceError::validation(u"lines"_s, u"choose what comes back"_s);
        return false;
    }
    if (till.floorLocationId.isEmpty()) {
        *error = ServiceError::validation(u"lines"_s, u"the shop has no sellable shop floor to take goods back to"_s);
        return false;
    }

    SaleRecord &document = result.document;
    document.id = draft.id;
    document.kind = SaleKind::Return;
    document.originalSaleId = original.id;
    document.shopId = till.shop.id;
    document.deviceId = context.deviceId;
    document.shiftId = till.shift.id;
    document.customerId = original.customerId;
    document.cashierId = actor.userId;
    document.currency = original.currency;
    document.pricesIncludeTax = original.pricesIncludeTax;
    document.note = draft.note.isEmpty() ? u"Return of receipt %1"_s.arg(original.receiptNumber) : draft.note;

    QSet<QString> seen;
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        const ReturnLineRequest &request = draft.lines[i];
        const QString at = u"lines[%1]."_s.arg(i);
        const auto found
            = std::find_if(original.lines.cbegin(), original.lines.cend(), [&](const SaleLineRecord &l) { return l.id == request.originalLineId; });
        if (found == original.lines.cend()) {
            *error = ServiceError::validation(at + u"original_line_id"_s, u"that is not a line of receipt %1"_s.arg(original.receiptNumber));
            return false;
        }
        if (seen.contains(request.originalLineId)) {
            *error = ServiceError::validation(at + u"original_line_id"_s, u"this line is listed twice"_s);
            return false;
        }
        seen.insert(request.originalLineId);
        const SaleLineRecord &line = *found;
        if (!line.giftCardCode.isEmpty()) {
            *error = ServiceError::validation(at + u"original_line_id"_s, u"a loaded gift card is not taken back"_s);
            return false;
        }
        const qint64 returnable = line.quantity - line.returnedQuantity;
        if (request.quantity <= 0) {
            *error = ServiceError::validation(at + u"quantity"_s, u"say how much comes back"_s);
            return false;
        }
        if (request.quantity > returnable) {
            *error = ServiceError::validation(at + u"quantity"_s,
                returnable == 0 ? u"line %1 was returned already"_s.arg(line.lineNumber)
                                : u"only %1 of line %2 can still be returned"_s.arg(returnable).arg(line.lineNumber),
                u"return_exceeds_sold"_s);
            return false;
        }
        if (request.reason.trimmed().isEmpty()) {
            *error = ServiceError::validation(at + u"reason"_s, u"give a reason for the return"_s);
            return false;
        }
        const qint64 previously = line.returnedQuantity;
        const qint64 taken = request.quantity;
        SaleLineRecord back;
        back.lineNumber = int(i + 1);
        back.variantId = line.variantId;
        back.sku = line.sku;
        back.description = line.description;
        back.quantity = -taken;
        back.unitPrice = line.unitPrice;
        back.pricingUnit = line.pricingUnit;
        back.lineDiscount = -shareOf(line.lineDiscount, line.quantity, previously, taken);
        back.cartDiscountShare = -shareOf(line.cartDiscountShare, line.quantity, previously, taken);
        back.taxRateBasisPoints = line.taxRateBasisPoints;
        back.taxAmount = -shareOf(line.taxAmount, line.quantity, previously, taken);
        back.lineTotal = -shareOf(line.lineTotal, line.quantity, previously, taken);
        back.unitCost = line.unitCost;
        back.originalLineId = line.id;
        back.returnReason = request.reason.trimmed();
        back.restock = request.restock ? 1 : 0;
        document.lines.append(back);
        document.subtotal -= shareOf(line.extended(original.pricesIncludeTax), line.quantity, previously, taken);
        document.discountTotal += back.lineDiscount + back.cartDiscountShare;
        document.taxTotal += back.taxAmount;
        document.total += back.lineTotal;
    }

    QList<TenderInput> tenders;
    switch (draft.refund) {
    case RefundMethod::StoreCredit: {
        const QString customer = draft.customerId.isEmpty() ? original.customerId : draft.customerId;
        if (customer.isEmpty()) {
            *error = ServiceError::validation(u"customer_id"_s, u"choose the customer who gets the store credit"_s);
            return false;
        }
        if (!customerExists(database, actor.companyId, customer)) {
            *error = ServiceError::validation(u"customer_id"_s, u"there is no such customer"_s);
            return false;
        }
        document.customerId = customer;
        if (document.total != 0) {
            tenders.append({ TenderKind::StoreCredit, document.total, QString() });
        }
        break;
    }
    case RefundMethod::OriginalTenders:
        if (document.total != 0) {
            tenders = refundToOriginal(original, -document.total, SaleRepository::refundedByTender(database, actor.companyId, original.id));
        }
        break;
    case RefundMethod::Tenders: {
        // Back to a card, a gift card or a voucher only as much as it paid (less earlier refunds);
        // cash and store credit as the shop decides.
        QHash<TenderKind, qint64> paidBy;
        for (const SaleTenderRecord &tender : original.tenders) {
            paidBy[tender.kind] += tender.amount - tender.changeGiven;
        }
        const QHash<QString, qint64> refunded = SaleRepository::refundedByTender(database, actor.companyId, original.id);
        for (auto it = refunded.cbegin(); it != refunded.cend(); ++it) {
            TenderKind kind = TenderKind::Other;
            parseTenderKind(it.key().section(u'|', 0, 0), &kind);
            paidBy[kind] += it.value();
        }
        QHash<TenderKind, qint64> asked;
        for (qsizetype i = 0; i < draft.tenders.size(); ++i) {
            const TenderInput &tender = draft.tenders[i];
            asked[tender.kind] -= tender.amount;
            const bool capped = tender.kind != TenderKind::Cash && tender.kind != TenderKind::StoreCredit;
            if (capped && asked[tender.kind] > paidBy.value(tender.kind)) {
                *error = ServiceError::validation(u"tenders[%1].amount"_s.arg(i),
                    u"the sale paid only %1 by %2"_s.arg(
                        Money(qMax<qint64>(0, paidBy.value(tender.kind)), original.currency).toDecimalString(), tenderKindName(tender.kind)),
                    u"tender_exceeds_total"_s);
                return false;
            }
            if (tender.kind == TenderKind::StoreCredit) {
                const QString customer = draft.customerId.isEmpty() ? original.customerId : draft.customerId;
                if (customer.isEmpty() || !customerExists(database, actor.companyId, customer)) {
                    *error = ServiceError::validation(u"customer_id"_s, u"choose the customer who gets the store credit"_s);
                    return false;
                }
                document.customerId = customer;
            }
        }
        tenders = draft.tenders;
        break;
    }
    }
    if (!settleTenders(document.total, document.currency, tenders, &result.settlement, error)) {
        return false;
    }
    if (!result.settlement.isComplete()) {
        *error = ServiceError::validation(u"tenders"_s,
            u"%1 is still to be paid back"_s.arg(Money(-result.settlement.amountDue, document.currency).toDecimalString()), u"tenders_incomplete"_s);
        return false;
    }
    document.cashRounding = result.settlement.cashRounding;
    for (const SettledTender &settled : result.settlement.tenders) {
        SaleTenderRecord tender;
        tender.kind = settled.kind;
        tender.amount = settled.amount;
        tender.changeGiven = settled.change;
        tender.reference = settled.kind == TenderKind::GiftCard ? GiftCardLedger::normalizeCode(settled.reference) : settled.reference;
        document.tenders.append(tender);
    }
    *quote = result;
    return true;
}

// Goods coming back: onto the shop floor, and straight out again as waste when written off, so
// the ledger shows both what came back and what was thrown away.
QList<StockMovement> returnMovements(const SaleRecord &document, const QString &floorLocationId)
{
    QList<StockMovement> movements;
    for (const SaleLineRecord &line : document.lines) {
        StockMovement back;
        back.locationId = floorLocationId;
        back.variantId = line.variantId;
        back.quantityDelta = -line.quantity;
        back.reason = StockReason::Return;
        movements.append(back);
        if (line.restock == 0) {
            StockMovement waste = back;
            waste.quantityDelta = line.quantity;
            waste.reason = StockReason::Waste;
            movements.append(waste);
        }
    }
    return movements;
}
} // namespace

ReturnDraft ReturnDraft::create(const QString &originalSaleId)
{
    ReturnDraft draft;
    draft.id = newId();
    draft.originalSaleId = originalSaleId;
    return draft;
}

VoidRequest VoidRequest::create(const QString &saleId)
{
    VoidRequest request;
    request.id = newId();
    request.saleId = saleId;
    return request;
}

bool ReturnService::findByReceipt(const Actor &actor, const QString &receiptNumber, SaleRecord *sale, ServiceError *error)
{
    if (!actor.can(Action::SaleReturn) && !actor.can(Action::SaleVoid)) {
        *error = ServiceError::forbidden(u"%1 may not take goods back"_s.arg(roleName(actor.role)));
        return false;
    }
    const QString id = SaleRepository::idByReceipt(*m_context.database, actor.companyId, receiptNumber);
    if (id.isEmpty()) {
        *error = ServiceError::notFound(u"no receipt %1"_s.arg(receiptNumber.trimmed()));
        error->field = u"receipt_number"_s;
        return false;
    }
    return SaleRepository::load(*m_context.database, actor.companyId, id, sale, error);
}

bool ReturnService::replay(const Actor &actor, const QString &id, SaleRecord *document, ServiceError *error, bool *replayed, bool *found)
{
    if (replayed) {
        *replayed = false;
    }
    *found = false;
    if (!UuidV7Generator::isValid(id)) {
        *error = ServiceError::validation(u"id"_s, u"a return or void needs its own id (create())"_s);
        return false;
    }
    if (!SaleRepository::exists(*m_context.database, actor.companyId, id)) {
        return true;
    }
    if (!SaleRepository::load(*m_context.database, actor.companyId, id, document, error)) {
        return false;
    }
    *found = true;
    if (replayed) {
        *replayed = true;
    }
    return true;
}

bool ReturnService::quote(const Actor &actor, const ReturnDraft &draft, ReturnQuote *quote, ServiceError *error)
{
    TillContext till;
    return loadTillContext(m_context, actor, {}, Action::SaleReturn, &till, error) && buildReturn(m_context, actor, draft, till, quote, error);
}

bool ReturnService::commit(const Actor &actor, const ReturnDraft &draft, SaleRecord *document, ServiceError *error, bool *replayed)
{
    bool found = false;
    if (!replay(actor, draft.id, document, error, replayed, &found) || found) {
        return found;
    }
    TillContext till;
    if (!loadTillContext(m_context, actor, {}, Action::SaleReturn, &till, error)) {
        return false;
    }
    // Priced inside the write: what earlier returns took back is read under the write lock, so
    // two returns of the same line cannot both pass the check.
    BusinessWrite write(m_context, actor);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    ReturnQuote built;
    if (!buildReturn(m_context, actor, draft, till, &built, error)) {
        return false;
    }
    SaleRecord &doc = built.document;
    doc.occurredAt = write.now();
    doc.recordedAt = write.now();
    QList<StockMovement> movements = returnMovements(doc, till.floorLocationId);
    if (!writeSaleDocument(write, m_context, till.shop.slug, doc, movements, error)) {
        return false;
    }
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    *document = doc;
    return true;
}

bool ReturnService::voidSale(const Actor &actor, const VoidRequest &request, SaleRecord *document, ServiceError *error, bool *replayed)
{
    bool found = false;
    if (!replay(actor, request.id, document, error, replayed, &found) || found) {
        return found;
    }
    TillContext till;
    if (!loadTillContext(m_context, actor, {}, Action::SaleCreate, &till, error)) {
        return false;
    }
    Database &database = *m_context.database;
    SaleRecord original;
    if (!SaleRepository::load(database, actor.companyId, request.saleId, &original, error)) {
        if (error->kind == ServiceError::Kind::NotFound) {
            error->field = u"sale_id"_s;
        }
        return false;
    }
    if (request.reason.trimmed().isEmpty()) {
        *error = ServiceError::validation(u"reason"_s, u"give a reason for the void"_s);
        return false;
    }
    UserRecord approver;
    if (!actor.can(Action::SaleVoid)) {
        if (!request.approval.isSet()) {
            *error = approvalRequired({ u"voiding receipt %1"_s.arg(original.receiptNumber) });
            return false;
        }
        if (!verifyApproval(m_context, actor, till.shop.id, request.approval, { Action::SaleVoid }, &approver, error)) {
            return false;
        }
    }

    BusinessWrite write(m_context, actor);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    // Read again under the write lock: a return or void committed meanwhile must be seen.
    if (!SaleRepository::load(database, actor.companyId, request.saleId, &original, error)) {
        return false;
    }
    const auto refuse = [error](const QString &code, const QString &message) {
        *error = ServiceError::conflict(code, message);
        error->field = u"sale_id"_s;
        return false;
    };
    if (original.kind != SaleKind::Sale) {
        return refuse(u"not_a_sale"_s, u"receipt %1 is a %2; only a sale can be voided"_s.arg(original.receiptNumber, saleKindName(original.kind)));
    }
    if (original.voided) {
        return refuse(u"sale_voided"_s, u"receipt %1 was voided already"_s.arg(original.receiptNumber));
    }
    if (std::any_of(original.lines.cbegin(), original.lines.cend(), [](const SaleLineRecord &l) { return l.returnedQuantity != 0; })) {
        return refuse(u"sale_has_returns"_s, u"goods of receipt %1 were returned; return the rest instead"_s.arg(original.receiptNumber));
    }
    // A void cancels a sale of the drawer still open; an earlier shift's sale is returned, so
    // that closed Z reports never change.
    if (original.shiftId != till.shift.id) {
        return refuse(u"void_outside_shift"_s, u"receipt %1 belongs to an earlier shift; return it instead"_s.arg(original.receiptNumber));
    }

    SaleRecord doc;
    doc.id = request.id;
    doc.kind = SaleKind::Void;
    doc.originalSaleId = original.id;
    doc.shopId = till.shop.id;
    doc.deviceId = m_context.deviceId;
    doc.shiftId = till.shift.id;
    doc.customerId = original.customerId;
    doc.cashierId = actor.userId;
    doc.approvedBy = approver.id;
    doc.currency = original.currency;
    doc.pricesIncludeTax = original.pricesIncludeTax;
    doc.subtotal = -original.subtotal;
    doc.discountTotal = -original.discountTotal;
    doc.taxTotal = -original.taxTotal;
    doc.total = -original.total;
    doc.cashRounding = -original.cashRounding;
    doc.note = u"Void of receipt %1: %2"_s.arg(original.receiptNumber, request.reason.trimmed());
    doc.occurredAt = write.now();
    doc.recordedAt = write.now();
    QHash<QString, QStringList> locations = SaleRepository::saleLocations(database, actor.companyId, original.id);
    QList<StockMovement> movements;
    for (const SaleLineRecord &line : std::as_const(original.lines)) {
        SaleLineRecord back = line;
        back.id.clear();
        back.quantity = -line.quantity;
        back.lineDiscount = -line.lineDiscount;
        back.cartDiscountShare = -line.cartDiscountShare;
        back.taxAmount = -line.taxAmount;
        back.lineTotal = -line.lineTotal;
        back.originalLineId = line.id;
        back.returnedQuantity = 0;
        doc.lines.append(back);
        if (line.giftCardCode.isEmpty()) {
            QStringList &from = locations[line.variantId];
            StockMovement movement;
            movement.locationId = from.isEmpty() ? till.floorLocationId : from.takeFirst();
            movement.variantId = line.variantId;
            movement.quantityDelta = line.quantity;
            movement.reason = StockReason::Return;
            movements.append(movement);
        }
    }
    for (const SaleTenderRecord &tender : std::as_const(original.tenders)) {
        // Cash goes back as what stayed in the drawer; every other tender as it was charged.
        SaleTenderRecord back;
        back.kind = tender.kind;
        back.amount = -(tender.amount - tender.changeGiven);
        back.reference = tender.reference;
        if (back.amount != 0) {
            doc.tenders.append(back);
        }
    }
    if (!writeSaleDocument(write, m_context, till.shop.slug, doc, movements, error)) {
        return false;
    }
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    *document = doc;
    return true;
}

} // namespace kassa
