#include "salerepository.h"

#include "preparedread.h"

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
const QString kInsertSale = u"INSERT INTO sales (id, company_id, shop_id, device_id, shift_id, receipt_number, kind, original_sale_id, channel, customer_id, "
                            "cashier_id, currency, prices_include_tax, subtotal, discount_total, tax_total, total, cash_rounding, approved_by, note, flags, "
                            "occurred_at, recorded_at) VALUES (:id, :company_id, :shop_id, :device_id, :shift_id, :receipt_number, :kind, :original_sale_id, "
                            "'pos', :customer_id, :cashier_id, :currency, :prices_include_tax, :subtotal, :discount_total, :tax_total, :total, :cash_rounding, "
                            ":approved_by, :note, :flags, :occurred_at, :recorded_at)"_s;
const QString kInsertLine = u"INSERT INTO sale_lines (id, company_id, sale_id, line_number, variant_id, description, quantity, unit_price, pricing_unit, "
                            "line_discount, cart_discount_share, tax_rate_bp, tax_amount, line_total, unit_cost, original_line_id, return_reason, restock, "
                            "gift_card_code) VALUES (:id, :company_id, :sale_id, :line_number, :variant_id, :description, :quantity, :unit_price, "
                            ":pricing_unit, :line_discount, :cart_discount_share, :tax_rate_bp, :tax_amount, :line_total, :unit_cost, :original_line_id, "
                            ":return_reason, :restock, :gift_card_code)"_s;
const QString kInsertTender = u"INSERT INTO sale_tenders (id, company_id, sale_id, kind, amount, change_given, reference) "
                              "VALUES (:id, :company_id, :sale_id, :kind, :amount, :change_given, :reference)"_s;

const QString kSelectSale = u"SELECT id, kind, receipt_number, COALESCE(original_sale_id, ''), shop_id, device_id, COALESCE(shift_id, ''), "
                            "COALESCE(customer_id, ''), COALESCE(cashier_id, ''), COALESCE(approved_by, ''), currency, prices_include_tax, subtotal, "
                            "discount_total, tax_total, total, cash_rounding, note, flags, occurred_at, recorded_at FROM sales "
                            "WHERE company_id = :company_id AND id = :id"_s;
const QString kSelectLines = u"SELECT l.id, l.line_number, l.variant_id, COALESCE(v.sku, ''), l.description, l.quantity, l.unit_price, l.pricing_unit, "
                             "l.line_discount, l.cart_discount_share, l.tax_rate_bp, l.tax_amount, l.line_total, COALESCE(l.unit_cost, -1), "
                             "COALESCE(l.original_line_id, ''), COALESCE(l.return_reason, ''), COALESCE(l.restock, -1), COALESCE(l.gift_card_code, '') "
                             "FROM sale_lines l LEFT JOIN variants v ON v.id = l.variant_id WHERE l.company_id = :company_id AND l.sale_id = :sale_id "
                             "ORDER BY l.line_number"_s;
const QString kSelectTenders = u"SELECT id, kind, amount, change_given, reference FROM sale_tenders WHERE company_id = :company_id AND sale_id = :sale_id "
                               "ORDER BY id"_s;
// Later documents of a sale: returns take back lines, a void takes back everything.
const QString kSelectTakenBack = u"SELECT l.original_line_id, SUM(-l.quantity) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
                                 "WHERE s.company_id = :company_id AND s.original_sale_id = :sale_id GROUP BY l.original_line_id"_s;
const QString kSelectVoided = u"SELECT COUNT(*) FROM sales WHERE company_id = :company_id AND original_sale_id = :sale_id AND kind = 'void'"_s;

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
} // namespace

bool SaleRepository::insert(BusinessWrite &write, const SaleRecord &document)
{
    TenantQuery sale = write.query(kInsertSale);
    sale.bind(u":id"_s, document.id);
    sale.bind(u":shop_id"_s, document.shopId);
    sale.bind(u":device_id"_s, document.deviceId);
    sale.bind(u":shift_id"_s, optionalText(document.shiftId));
    sale.bind(u":receipt_number"_s, document.receiptNumber);
    sale.bind(u":kind"_s, saleKindName(document.kind));
    sale.bind(u":original_sale_id"_s, optionalText(document.originalSaleId));
    sale.bind(u":customer_id"_s, optionalText(document.customerId));
    sale.bind(u":cashier_id"_s, optionalText(document.cashierId));
    sale.bind(u":currency"_s, document.currency);
    sale.bind(u":prices_include_tax"_s, document.pricesIncludeTax ? 1 : 0);
    sale.bind(u":subtotal"_s, document.subtotal);
    sale.bind(u":discount_total"_s, document.discountTotal);
    sale.bind(u":tax_total"_s, document.taxTotal);
    sale.bind(u":total"_s, document.total);
    sale.bind(u":cash_rounding"_s, document.cashRounding);
    sale.bind(u":approved_by"_s, optionalText(document.approvedBy));
    sale.bind(u":note"_s, document.note);
    sale.bind(u":flags"_s, document.flags.join(u','));
    sale.bind(u":occurred_at"_s, document.occurredAt);
    sale.bind(u":recorded_at"_s, document.recordedAt);
    if (!sale.exec()) {
        return write.fail(u"cannot record the %1: %2"_s.arg(saleKindName(document.kind), sale.errorString()));
    }
    for (const SaleLineRecord &line : document.lines) {
        TenantQuery insert = write.query(kInsertLine);
        insert.bind(u":id"_s, line.id);
        insert.bind(u":sale_id"_s, document.id);
        insert.bind(u":line_number"_s, line.lineNumber);
        insert.bind(u":variant_id"_s, line.variantId);
        insert.bind(u":description"_s, line.description);
        insert.bind(u":quantity"_s, line.quantity);
        insert.bind(u":unit_price"_s, line.unitPrice);
        insert.bind(u":pricing_unit"_s, line.pricingUnit);
        insert.bind(u":line_discount"_s, line.lineDiscount);
        insert.bind(u":cart_discount_share"_s, line.cartDiscountShare);
        insert.bind(u":tax_rate_bp"_s, line.taxRateBasisPoints);
        insert.bind(u":tax_amount"_s, line.taxAmount);
        insert.bind(u":line_total"_s, line.lineTotal);
        insert.bind(u":unit_cost"_s, line.unitCost >= 0 ? QVariant(line.unitCost) : QVariant());
        insert.bind(u":original_line_id"_s, optionalText(line.originalLineId));
        insert.bind(u":return_reason"_s, line.restock >= 0 ? QVariant(line.returnReason) : QVariant());
        insert.bind(u":restock"_s, line.restock >= 0 ? QVariant(line.restock) : QVariant());
        insert.bind(u":gift_card_code"_s, optionalText(line.giftCardCode));
        if (!insert.exec()) {
            return write.fail(u"cannot record line %1: %2"_s.arg(line.lineNumber).arg(insert.errorString()));
        }
    }
    for (const SaleTenderRecord &tender : document.tenders) {
        TenantQuery insert = write.query(kInsertTender);
        insert.bind(u":id"_s, tender.id);
        insert.bind(u":sale_id"_s, document.id);
        insert.bind(u":kind"_s, tenderKindName(tender.kind));
        insert.bind(u":amount"_s, tender.amount);
        insert.bind(u":change_given"_s, tender.changeGiven);
        insert.bind(u":reference"_s, tender.reference);
        if (!insert.exec()) {
            return write.fail(u"cannot record a %1 tender: %2"_s.arg(tenderKindName(tender.kind), insert.errorString()));
        }
    }
    return write.isOpen();
}

bool SaleRepository::load(Database &database, const QString &companyId, const QString &saleId, SaleRecord *document, ServiceError *error)
{
    SaleRecord doc;
    TenantQuery sale = preparedRead(database, kSelectSale, companyId);
    sale.bind(u":id"_s, saleId);
    if (!sale.exec()) {
        *error = ServiceError::internal(sale.errorString());
        return false;
    }
    if (!sale.next()) {
        *error = ServiceError::notFound(u"no receipt %1"_s.arg(saleId));
        return false;
    }
    doc.id = sale.value(0).toString();
    parseSaleKind(sale.value(1).toString(), &doc.kind);
    doc.receiptNumber = sale.value(2).toString();
    doc.originalSaleId = sale.value(3).toString();
    doc.shopId = sale.value(4).toString();
    doc.deviceId = sale.value(5).toString();
    doc.shiftId = sale.value(6).toString();
    doc.customerId = sale.value(7).toString();
    doc.cashierId = sale.value(8).toString();
    doc.approvedBy = sale.value(9).toString();
    doc.currency = sale.value(10).toString();
    doc.pricesIncludeTax = sale.value(11).toInt() == 1;
    doc.subtotal = sale.value(12).toLongLong();
    doc.discountTotal = sale.value(13).toLongLong();
    doc.taxTotal = sale.value(14).toLongLong();
    doc.total = sale.value(15).toLongLong();
    doc.cashRounding = sale.value(16).toLongLong();
    doc.note = sale.value(17).toString();
    const QString flags = sale.value(18).toString();
    doc.flags = flags.isEmpty() ? QStringList() : flags.split(u',');
    doc.occurredAt = sale.value(19).toLongLong();
    doc.recordedAt = sale.value(20).toLongLong();
    sale.finish();

    TenantQuery lines = preparedRead(database, kSelectLines, companyId);
    lines.bind(u":sale_id"_s, saleId);
    if (!lines.exec()) {
        *error = ServiceError::internal(lines.errorString());
        return false;
    }
    while (lines.next()) {
        SaleLineRecord line;
        line.id = lines.value(0).toString();
        line.lineNumber = lines.value(1).toInt();
        line.variantId = lines.value(2).toString();
        line.sku = lines.value(3).toString();
        line.description = lines.value(4).toString();
        line.quantity = lines.value(5).toLongLong();
        line.unitPrice = lines.value(6).toLongLong();
        line.pricingUnit = lines.value(7).toLongLong();
        line.lineDiscount = lines.value(8).toLongLong();
        line.cartDiscountShare = lines.value(9).toLongLong();
        line.taxRateBasisPoints = lines.value(10).toInt();
        line.taxAmount = lines.value(11).toLongLong();
        line.lineTotal = lines.value(12).toLongLong();
        line.unitCost = lines.value(13).toLongLong();
        line.originalLineId = lines.value(14).toString();
        line.returnReason = lines.value(15).toString();
        line.restock = lines.value(16).toInt();
        line.giftCardCode = lines.value(17).toString();
        doc.lines.append(line);
    }

    TenantQuery tenders = preparedRead(database, kSelectTenders, companyId);
    tenders.bind(u":sale_id"_s, saleId);
    if (!tenders.exec()) {
        *error = ServiceError::internal(tenders.errorString());
        return false;
    }
    while (tenders.next()) {
        SaleTenderRecord tender;
        tender.id = tenders.value(0).toString();
        parseTenderKind(tenders.value(1).toString(), &tender.kind);
        tender.amount = tenders.value(2).toLongLong();
        tender.changeGiven = tenders.value(3).toLongLong();
        tender.reference = tenders.value(4).toString();
        doc.tenders.append(tender);
    }

    if (doc.kind == SaleKind::Sale) {
        TenantQuery takenBack = preparedRead(database, kSelectTakenBack, companyId);
        takenBack.bind(u":sale_id"_s, saleId);
        if (!takenBack.exec()) {
            *error = ServiceError::internal(takenBack.errorString());
            return false;
        }
        QHash<QString, qint64> returned;
        while (takenBack.next()) {
            returned.insert(takenBack.value(0).toString(), takenBack.value(1).toLongLong());
        }
        for (SaleLineRecord &line : doc.lines) {
            line.returnedQuantity = returned.value(line.id);
        }
        TenantQuery voided = preparedRead(database, kSelectVoided, companyId);
        voided.bind(u":sale_id"_s, saleId);
        if (!voided.exec() || !voided.next()) {
            *error = ServiceError::internal(voided.errorString());
            return false;
        }
        doc.voided = voided.value(0).toLongLong() > 0;
        voided.finish();
    }
    *document = doc;
    return true;
}

QString SaleRepository::idByReceipt(Database &database, const QString &companyId, const QString &receiptNumber)
{
    TenantQuery query = preparedRead(database, u"SELECT id FROM sales WHERE company_id = :company_id AND receipt_number = :receipt_number"_s, companyId);
    query.bind(u":receipt_number"_s, receiptNumber.trimmed());
    if (!query.exec() || !query.next()) {
        return {};
    }
    const QString id = query.value(0).toString();
    query.finish();
    return id;
}

bool SaleRepository::exists(Database &database, const QString &companyId, const QString &saleId)
{
    TenantQuery query = preparedRead(database, u"SELECT 1 FROM sales WHERE company_id = :company_id AND id = :id"_s, companyId);
    query.bind(u":id"_s, saleId);
    const bool found = query.exec() && query.next();
    query.finish();
    return found;
}

QHash<QString, qint64> SaleRepository::refundedByTender(Database &database, const QString &companyId, const QString &saleId)
{
    QHash<QString, qint64> refunded;
    TenantQuery query = preparedRead(database,
        u"SELECT t.kind, t.reference, SUM(t.amount - t.change_given) FROM sales s JOIN sale_tenders t ON t.sale_id = s.id "
        "WHERE s.company_id = :company_id AND s.original_sale_id = :sale_id GROUP BY t.kind, t.reference"_s,
        companyId);
    query.bind(u":sale_id"_s, saleId);
    if (!query.exec()) {
        return refunded;
    }
    while (query.next()) {
        TenderKind kind = TenderKind::Other;
        parseTenderKind(query.value(0).toString(), &kind);
        refunded[tenderKey(kind, query.value(1).toString())] += query.value(2).toLongLong();
    }
    return refunded;
}

QHash<QString, QStringList> SaleRepository::saleLocations(Database &database, const QString &companyId, const QString &saleId)
{
    QHash<QString, QStringList> locations;
    TenantQuery query = preparedRead(database,
        u"SELECT variant_id, location_id FROM stock_movements WHERE company_id = :company_id AND ref_type = 'sale' "
        "AND ref_id = :sale_id AND reason = 'sale' ORDER BY id"_s,
        companyId);
    query.bind(u":sale_id"_s, saleId);
    if (!query.exec()) {
        return locations;
    }
    while (query.next()) {
        locations[query.value(0).toString()].append(query.value(1).toString());
    }
    return locations;
}

} // namespace kassa
