#include "saleservice.h"

#include "approvals.h"
#include "catalogrow.h"
#include "giftcardledger.h"
#include "preparedread.h"
#include "saledocument.h"
#include "salerepository.h"
#include "tillcontext.h"

#include "domain/barcode.h"
#include "domain/money.h"
#include "domain/uuid7.h"
#include "services/businesswrite.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
// Far beyond a till's needs, and far from where price × quantity could overflow.
constexpr qint64 kMaxQuantity = 1'000'000'000;
constexpr qint64 kMaxAmount = 1'000'000'000'000;
constexpr qsizetype kMaxLines = 1000;
// Counter scales: prefixes 20–24 carry the price in minor units, 25–29 the weight in grams.
constexpr int kLastPricePrefix = 24;

const QString kDiscountLimit = u"SELECT discount_limit_bp FROM users WHERE company_id = :company_id AND id = :id"_s;
const QString kCustomerExists = u"SELECT 1 FROM customers WHERE company_id = :company_id AND id = :id"_s;
const QString kLocationShop = u"SELECT shop_id FROM locations WHERE company_id = :company_id AND id = :id"_s;
const QString kShiftStatus = u"SELECT status FROM shifts WHERE company_id = :company_id AND id = :id"_s;

QString percent(qint64 basisPoints)
{
    return QString::number(double(basisPoints) / 100.0, 'f', basisPoints % 100 == 0 ? 0 : 2) + u" %"_s;
}

// priceCart names the line at fault as "line N: ..."; the till wants the field.
ServiceError pricingError(const QString &message)
{
    static const QString linePrefix = u"line "_s;
    if (message.startsWith(linePrefix)) {
        const qsizetype colon = message.indexOf(u':');
        bool ok = false;
        const int number = message.mid(linePrefix.size(), colon - linePrefix.size()).toInt(&ok);
        if (ok && number > 0) {
            return ServiceError::validation(u"lines[%1].line_discount"_s.arg(number - 1), message.mid(colon + 2));
        }
    }
    return ServiceError::validation(u"cart_discount"_s, message);
}

bool rowExists(Database &database, const QString &sql, const QString &companyId, const QString &id, QString *value = nullptr)
{
    TenantQuery query = preparedRead(database, sql, companyId);
    query.bind(u":id"_s, id);
    if (!query.exec() || !query.next()) {
        return false;
    }
    if (value) {
        *value = query.value(0).toString();
    }
    query.finish();
    return true;
}
} // namespace

bool SaleService::scan(const Actor &actor, const QString &code, DraftLine *line, ServiceError *error)
{
    TillContext till;
    if (!loadTillContext(m_context, actor, {}, Action::SaleCreate, &till, error)) {
        return false;
    }
    Database &database = *m_context.database;
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64) {
        *error = ServiceError::validation(u"code"_s, u"scan or type a barcode or SKU"_s);
        return false;
    }
    QString variantId = findVariantByBarcode(database, actor.companyId, trimmed);
    qint64 embedded = -1;
    bool embeddedIsPrice = false;
    if (variantId.isEmpty()) {
        const VariableMeasureCode label = parseVariableMeasureCode(trimmed);
        if (label.valid) {
            variantId = findVariantByBarcode(database, actor.companyId, label.itemCode);
            embedded = label.value;
            embeddedIsPrice = label.prefix <= kLastPricePrefix;
        }
    }
    if (variantId.isEmpty()) {
        variantId = findVariantBySku(database, actor.companyId, trimmed);
    }
    if (variantId.isEmpty()) {
        *error = ServiceError::notFound(u"nothing has the code %1"_s.arg(trimmed));
        error->field = u"code"_s;
        return false;
    }
    CatalogRow row;
    QString problem;
    if (!loadCatalogRow(database, actor.companyId, till.shop.id, variantId, &row, &problem)) {
        *error = problem.isEmpty() ? ServiceError::notFound(u"nothing has the code %1"_s.arg(trimmed)) : ServiceError::internal(problem);
        return false;
    }
    if (!row.active) {
        *error = ServiceError::validation(u"code"_s, u"%1 (%2) is no longer sold"_s.arg(row.description, row.sku), u"not_sold"_s);
        return false;
    }
    DraftLine result;
    result.variantId = row.variantId;
    result.unitPrice = row.price;
    result.description = row.description;
    result.scannedCode = trimmed;
    if (embedded >= 0 && embeddedIsPrice) {
        // The label's price is what the customer pays; the weight behind it moves the stock.
        result.labelPrice = embedded;
        if (row.unit == "g"_L1 && row.price > 0) {
            result.quantity = qMax<qint64>(1, divideRounded(WideInt(embedded) * row.pricingUnit, row.price, RoundingMode::HalfUp));
        }
    } else if (embedded >= 0) {
        if (row.unit != "g"_L1 || embedded <= 0) {
            *error = ServiceError::validation(u"code"_s, u"this label carries a weight, but %1 is not sold by weight"_s.arg(row.description));
            return false;
        }
        result.quantity = embedded;
    }
    *line = result;
    return true;
}

bool SaleService::quote(const Actor &actor, const SaleDraft &draft, SaleQuote *quote, ServiceError *error)
{
    SaleQuote result;
    TillContext till;
    if (!loadTillContext(m_context, actor, draft.shopId, Action::SaleCreate, &till, error)) {
        return false;
    }
    Database &database = *m_context.database;
    result.saleId = draft.id;
    result.shop = till.shop;
    result.shift = till.shift;
    const QString &currency = till.shop.currency;
    if (draft.lines.isEmpty()) {
        *error = ServiceError::validation(u"lines"_s, u"the cart is empty"_s, u"cart_empty"_s);
        return false;
    }
    if (draft.lines.size() > kMaxLines) {
        *error = ServiceError::validation(u"lines"_s, u"a sale has at most %1 lines"_s.arg(kMaxLines));
        return false;
    }
    if (!draft.customerId.isEmpty() && !rowExists(database, kCustomerExists, actor.companyId, draft.customerId)) {
        *error = ServiceError::validation(u"customer_id"_s, u"there is no such customer"_s);
        return false;
    }
    if (draft.cartDiscount < 0 || draft.cartDiscount > kMaxAmount) {
        *error = ServiceError::validation(u"cart_discount"_s, u"a discount is a positive amount"_s);
        return false;
    }

    QList<PriceLineInput> inputs;
    inputs.reserve(draft.lines.size());
    bool hasGiftCardLine = false;
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        const DraftLine &line = draft.lines[i];
        const QString at = u"lines[%1]."_s.arg(i);
        if (line.quantity <= 0 || line.quantity > kMaxQuantity) {
            *error = ServiceError::validation(at + u"quantity"_s, u"a quantity is at least 1 (a return goes through the return screen)"_s);
            return false;
        }
        if (line.lineDiscount < 0 || line.lineDiscount > kMaxAmount || line.priceOverride > kMaxAmount || line.labelPrice > kMaxAmount) {
            *error = ServiceError::validation(
                at + (line.lineDiscount < 0 || line.lineDiscount > kMaxAmount ? u"line_discount"_s : u"price_override"_s), u"the amount is out of range"_s);
            return false;
        }
        CatalogRow row;
        QString problem;
        if (!loadCatalogRow(database, actor.companyId, till.shop.id, line.variantId, &row, &problem)) {
            *error = problem.isEmpty() ? ServiceError::validation(at + u"variant_id"_s, u"there is no such item"_s) : ServiceError::internal(problem);
            return false;
        }
        if (!row.active) {
            *error = ServiceError::validation(at + u"variant_id"_s, u"%1 (%2) is no longer sold"_s.arg(row.description, row.sku), u"not_sold"_s);
            return false;
        }
        QuotedLine quoted;
        quoted.draft = line;
        quoted.sku = row.sku;
        quoted.description = row.description;
        quoted.unit = row.unit;
        quoted.catalogPrice = row.price;
        quoted.unitPrice = row.price;
        quoted.pricingUnit = row.pricingUnit;
        quoted.taxRateBasisPoints = row.taxRateBasisPoints;
        quoted.unitCost = row.unitCost;
        if (!line.giftCardCode.isEmpty()) {
            hasGiftCardLine = true;
            const QString code = GiftCardLedger::normalizeCode(line.giftCardCode);
            if (code.size() < 4 || code.size() > 64) {
                *error = ServiceError::validation(at + u"gift_card_code"_s, u"a gift card code has 4 to 64 characters"_s);
                return false;
            }
            if (line.quantity != 1) {
                *error = ServiceError::validation(at + u"quantity"_s, u"a gift card is loaded one at a time"_s);
                return false;
            }
            if (line.priceOverride <= 0) {
                *error = ServiceError::validation(at + u"price_override"_s, u"enter the amount to load on the gift card"_s);
                return false;
            }
            if (line.lineDiscount != 0) {
                *error = ServiceError::validation(at + u"line_discount"_s, u"a gift card takes no discount"_s);
                return false;
            }
            quoted.draft.giftCardCode = code;
            quoted.unitPrice = line.priceOverride;
            quoted.pricingUnit = 1;
        } else {
            if (line.locationId.isEmpty()) {
                quoted.locationId = till.floorLocationId;
            } else {
                QString locationShop;
                if (!rowExists(database, kLocationShop, actor.companyId, line.locationId, &locationShop) || locationShop != till.shop.id) {
                    *error = ServiceError::validation(at + u"location_id"_s, u"that location is not in this shop"_s);
                    return false;
                }
                quoted.locationId = line.locationId;
            }
            if (quoted.locationId.isEmpty()) {
                *error = ServiceError::validation(at + u"location_id"_s, u"the shop has no sellable shop floor; choose where the goods come from"_s);
                return false;
            }
            if (line.labelPrice >= 0) {
                // The line costs exactly what the scale's label says: the label's amount for the
                // label's quantity, however the per-kilogram price would round.
                quoted.unitPrice = line.labelPrice;
                quoted.pricingUnit = line.quantity;
            } else if (line.priceOverride >= 0) {
                quoted.unitPrice = line.priceOverride;
                quoted.priceOverridden = line.priceOverride != row.price;
            }
        }
        result.lines.append(quoted);
        inputs.append({ quoted.unitPrice, line.quantity, quoted.pricingUnit, line.lineDiscount, row.taxRateBasisPoints });
    }
    if (hasGiftCardLine && draft.cartDiscount > 0) {
        *error = ServiceError::validation(u"cart_discount"_s, u"a cart with a gift card takes no cart discount"_s);
        return false;
    }
    QString problem;
    if (!priceCart(inputs, draft.cartDiscount, till.shop.pricing, &result.cart, &problem)) {
        *error = pricingError(problem);
        return false;
    }
    for (qsizetype i = 0; i < result.lines.size(); ++i) {
        result.lines[i].priced = result.cart.lines[i];
    }

    // What the cashier may not do alone. Discounts are measured against what they reduce: a
    // line's discount against the line, the cart's against what is left after line discounts.
    const bool hasDiscount
        = draft.cartDiscount > 0 || std::any_of(draft.lines.cbegin(), draft.lines.cend(), [](const DraftLine &l) { return l.lineDiscount > 0; });
    if (hasDiscount && !actor.can(Action::DiscountAboveLimit)) {
        QString limitText;
        if (!actor.userId.isEmpty() && rowExists(database, kDiscountLimit, actor.companyId, actor.userId, &limitText)) {
            result.discountLimitBasisPoints = limitText.toInt();
        }
        const qint64 limit = result.discountLimitBasisPoints;
        QStringList reasons;
        qint64 afterLineDiscounts = 0;
        for (qsizetype i = 0; i < draft.lines.size(); ++i) {
            const qint64 extended = qAbs(result.cart.lines[i].extended);
            const qint64 discount = draft.lines[i].lineDiscount;
            afterLineDiscounts += extended - discount;
            if (discount > 0 && WideInt(discount) * kBasisPointsPerWhole > WideInt(limit) * extended) {
                reasons << u"line %1: %2 off is above your limit of %3"_s.arg(i + 1).arg(
                    percent(qint64(WideInt(discount) * kBasisPointsPerWhole / qMax<qint64>(extended, 1))), percent(limit));
            }
        }
        if (draft.cartDiscount > 0 && WideInt(draft.cartDiscount) * kBasisPointsPerWhole > WideInt(limit) * afterLineDiscounts) {
            reasons << u"the cart discount of %1 is above your limit of %2"_s.arg(Money(draft.cartDiscount, currency).toDecimalString(), percent(limit));
        }
        if (!reasons.isEmpty()) {
            result.approvalActions << Action::DiscountAboveLimit;
            result.approvalReasons << reasons;
        }
    }
    if (!actor.can(Action::PriceOverride)) {
        QStringList reasons;
        for (qsizetype i = 0; i < result.lines.size(); ++i) {
            const QuotedLine &line = result.lines[i];
            if (line.priceOverridden) {
                reasons << u"line %1: price changed from %2 to %3"_s.arg(i + 1).arg(
                    Money(line.catalogPrice, currency).toDecimalString(), Money(line.unitPrice, currency).toDecimalString());
            }
        }
        if (!reasons.isEmpty()) {
            result.approvalActions << Action::PriceOverride;
            result.approvalReasons << reasons;
        }
    }

    for (qsizetype i = 0; i < draft.tenders.size(); ++i) {
        if (draft.tenders[i].kind == TenderKind::StoreCredit && draft.customerId.isEmpty()) {
            *error = ServiceError::validation(u"tenders[%1].kind"_s.arg(i), u"store credit needs the customer on the sale"_s);
            return false;
        }
    }
    if (!settleTenders(result.cart.total, currency, draft.tenders, &result.settlement, error)) {
        return false;
    }
    *quote = result;
    return true;
}

bool SaleService::commit(const Actor &actor, const SaleDraft &draft, SaleRecord *sale, ServiceError *error, bool *replayed)
{
    if (replayed) {
        *replayed = false;
    }
    if (!UuidV7Generator::isValid(draft.id)) {
        *error = ServiceError::validation(u"id"_s, u"a sale draft needs its own id (SaleDraft::create)"_s);
        return false;
    }
    Database &database = *m_context.database;
    // A repeated commit (a double tap, a retry after an uncertain outcome) returns the sale made
    // the first time instead of selling again.
    if (SaleRepository::exists(database, actor.companyId, draft.id)) {
        if (!SaleRepository::load(database, actor.companyId, draft.id, sale, error)) {
            return false;
        }
        if (replayed) {
            *replayed = true;
        }
        return true;
    }
    SaleQuote priced;
    if (!quote(actor, draft, &priced, error)) {
        return false;
    }
    const Settlement &settlement = priced.settlement;
    const QString &currency = priced.shop.currency;
    if (!settlement.isComplete()) {
        *error = ServiceError::validation(u"tenders"_s,
            u"the tenders cover %1 of %2; %3 is still due"_s.arg(Money(settlement.nonCash + settlement.cashTendered, currency).toDecimalString(),
                Money(priced.cart.total, currency).toDecimalString(), Money(settlement.amountDue, currency).toDecimalString()),
            u"tenders_incomplete"_s);
        return false;
    }
    UserRecord approver;
    if (priced.needsApproval()) {
        if (!draft.approval.isSet()) {
            *error = approvalRequired(priced.approvalReasons);
            return false;
        }
        if (!verifyApproval(m_context, actor, priced.shop.id, draft.approval, priced.approvalActions, &approver, error)) {
            return false;
        }
    }

    SaleRecord document;
    document.id = draft.id;
    document.kind = SaleKind::Sale;
    document.shopId = priced.shop.id;
    document.deviceId = m_context.deviceId;
    document.shiftId = priced.shift.id;
    document.customerId = draft.customerId;
    document.cashierId = actor.userId;
    document.approvedBy = approver.id;
    document.currency = currency;
    document.pricesIncludeTax = priced.shop.pricing.pricesIncludeTax;
    document.subtotal = priced.cart.subtotal;
    document.discountTotal = priced.cart.discountTotal;
    document.taxTotal = priced.cart.taxTotal;
    document.total = priced.cart.total;
    document.cashRounding = settlement.cashRounding;
    document.note = draft.note;
    if (priced.approvalActions.contains(Action::DiscountAboveLimit)) {
        document.flags << u"discount_above_limit"_s;
    }
    if (std::any_of(priced.lines.cbegin(), priced.lines.cend(), [](const QuotedLine &l) { return l.priceOverridden; })) {
        document.flags << u"price_override"_s;
    }
    QList<StockMovement> movements;
    for (qsizetype i = 0; i < priced.lines.size(); ++i) {
        const QuotedLine &quoted = priced.lines[i];
        SaleLineRecord line;
        line.lineNumber = int(i + 1);
        line.variantId = quoted.draft.variantId;
        line.sku = quoted.sku;
        line.description = quoted.description;
        line.quantity = quoted.draft.quantity;
        line.unitPrice = quoted.unitPrice;
        line.pricingUnit = quoted.pricingUnit;
        line.lineDiscount = quoted.priced.lineDiscount;
        line.cartDiscountShare = quoted.priced.cartDiscountShare;
        line.taxRateBasisPoints = quoted.taxRateBasisPoints;
        line.taxAmount = quoted.priced.tax;
        line.lineTotal = quoted.priced.total;
        line.unitCost = quoted.unitCost;
        line.giftCardCode = quoted.draft.giftCardCode;
        line.priceOverridden = quoted.priceOverridden;
        document.lines.append(line);
        if (line.giftCardCode.isEmpty()) {
            StockMovement movement;
            movement.locationId = quoted.locationId;
            movement.variantId = line.variantId;
            movement.quantityDelta = -line.quantity;
            movement.reason = StockReason::Sale;
            movements.append(movement);
        }
    }
    for (const SettledTender &settled : settlement.tenders) {
        SaleTenderRecord tender;
        tender.kind = settled.kind;
        tender.amount = settled.amount;
        tender.changeGiven = settled.change;
        tender.reference = settled.kind == TenderKind::GiftCard ? GiftCardLedger::normalizeCode(settled.reference) : settled.reference;
        document.tenders.append(tender);
    }

    BusinessWrite write(m_context, actor);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    document.occurredAt = write.now();
    document.recordedAt = write.now();
    // The shift may have been closed from another window since the cart was priced; a sale
    // belongs to an open shift so that the Z report holds every sale of the drawer.
    TenantQuery shift = write.query(kShiftStatus);
    shift.bind(u":id"_s, document.shiftId);
    if (!shift.exec() || !shift.next() || shift.value(0).toString() != "open"_L1) {
        shift.finish();
        *error = ServiceError::conflict(u"no_open_shift"_s, u"the shift was closed; open a new one and take the payment again"_s);
        error->field = u"shift"_s;
        return false;
    }
    shift.finish();
    if (!writeSaleDocument(write, m_context, priced.shop.slug, document, movements, error)) {
        return false;
    }
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    *sale = document;
    return true;
}

} // namespace kassa
