#include "receiptdocument.h"

#include "domain/money.h"
#include "sales/salerepository.h"
#include "storage/tenantquery.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
int exponentOf(const QString &currency)
{
    CurrencyInfo info;
    return currencyInfo(currency, &info) ? info.exponent : 2;
}

// A non-negative-or-negative fixed-point number with `decimals` decimals, trailing zeros kept.
QString fixedPoint(qint64 value, int decimals)
{
    if (decimals <= 0) {
        return QString::number(value);
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / quint64(scale)) + u'.'
        + QString::number(magnitude % quint64(scale)).rightJustified(decimals, u'0');
}

QString tenderLabel(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash:
        return ReceiptText::tr("Cash");
    case TenderKind::Card:
        return ReceiptText::tr("Card");
    case TenderKind::GiftCard:
        return ReceiptText::tr("Gift card");
    case TenderKind::StoreCredit:
        return ReceiptText::tr("Store credit");
    case TenderKind::Voucher:
        return ReceiptText::tr("Voucher");
    case TenderKind::Other:
        return ReceiptText::tr("Other");
    }
    return {};
}

// How a quantity sold by weight, volume or length reads: 333 g at a price per 1000 g is
// "0.333 kg × 12.99/kg". Other combinations keep their own unit: "250 g × 3.99/100 g".
QString quantityText(const SaleLineRecord &line, const QString &unit, const ReceiptDocument &document)
{
    const QString price = document.money(line.unitPrice);
    const bool piece = unit.isEmpty() || unit == "piece"_L1;
    if (piece && line.pricingUnit == 1) {
        return line.quantity == 1 ? QString() : u"%1 × %2"_s.arg(line.quantity).arg(price);
    }
    struct Larger {
        const char *unit;
        qint64 pricingUnit;
        const char *larger;
        int decimals;
    };
    static constexpr Larger kLarger[] = { { "g", 1000, "kg", 3 }, { "ml", 1000, "l", 3 }, { "cm", 100, "m", 2 } };
    for (const Larger &scale : kLarger) {
        if (unit == QLatin1StringView(scale.unit) && line.pricingUnit == scale.pricingUnit) {
            const QString larger = QString::fromLatin1(scale.larger);
            return u"%1 %2 × %3/%2"_s.arg(fixedPoint(line.quantity, scale.decimals), larger, price);
        }
    }
    const QString unitName = piece ? ReceiptText::tr("pcs") : unit;
    return u"%1 %2 × %3/%4 %2"_s.arg(line.quantity).arg(unitName, price).arg(line.pricingUnit);
}

QString taxCode(int index)
{
    // A, B, … Z, then AA, AB, …: more than 26 rates on one receipt does not happen, but stays readable.
    QString code;
    int n = index;
    do {
        code.prepend(QChar(u'A' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return code;
}

QList<ReceiptTaxRow> taxBreakdown(const QList<ReceiptItem> &items)
{
    // Highest rate first, as German and Austrian receipts print them (A = standard rate).
    std::map<int, ReceiptTaxRow, std::greater<int>> byRate;
    for (const ReceiptItem &item : items) {
        ReceiptTaxRow &row = byRate[item.taxRateBasisPoints];
        row.rateBasisPoints = item.taxRateBasisPoints;
        row.gross += item.lineTotal;
        row.tax += item.taxAmount;
        row.net += item.lineTotal - item.taxAmount;
    }
    QList<ReceiptTaxRow> rows;
    for (auto &[rate, row] : byRate) {
        row.code = taxCode(int(rows.size()));
        rows.append(row);
    }
    return rows;
}

bool readShop(Database &database, const QString &companyId, const QString &shopId, ReceiptShop *shop, QString *error)
{
    TenantQuery query(database.connection(), companyId);
    query.prepare(u"SELECT c.name, s.name, s.address_line1, s.postal_code, s.city, s.country, s.phone, s.email, s.tax_number, c.currency, s.timezone "
                  "FROM shops s JOIN companies c ON c.id = s.company_id WHERE s.company_id = :company_id AND s.id = :shop_id"_s);
    query.bind(u":shop_id"_s, shopId);
    if (!query.exec()) {
        *error = query.errorString();
        return false;
    }
    if (!query.next()) {
        *error = u"the shop %1 is not in this company"_s.arg(shopId);
        return false;
    }
    shop->companyName = query.value(0).toString();
    shop->name = query.value(1).toString();
    shop->addressLine = query.value(2).toString();
    shop->postalCode = query.value(3).toString();
    shop->city = query.value(4).toString();
    shop->country = query.value(5).toString();
    shop->phone = query.value(6).toString();
    shop->email = query.value(7).toString();
    shop->taxNumber = query.value(8).toString();
    shop->currency = query.value(9).toString();
    shop->timezone = query.value(10).toString();
    return true;
}

// A single text column of one company row, or empty.
QString readText(Database &database, const QString &companyId, const QString &sql, const QString &id, QString *error)
{
    if (id.isEmpty()) {
        return {};
    }
    TenantQuery query(database.connection(), companyId);
    query.prepare(sql);
    query.bind(u":id"_s, id);
    if (!query.exec()) {
        *error = query.errorString();
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

QString userName(Database &database, const QString &companyId, const QString &userId, QString *error)
{
    return readText(database, companyId, u"SELECT name FROM users WHERE company_id = :company_id AND id = :id"_s, userId, error);
}
} // namespace

QStringList ReceiptShop::addressLines() const
{
    QStringList lines;
    if (!addressLine.isEmpty()) {
        lines << addressLine;
    }
    const QString place = QStringList { postalCode, city }.join(u' ').trimmed();
    if (!place.isEmpty()) {
        lines << place;
    }
    return lines;
}

QString taxRateText(int rateBasisPoints)
{
    QString text = fixedPoint(rateBasisPoints, 2);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0')) {
            text.chop(1);
        }
        if (text.endsWith(u'.')) {
            text.chop(1);
        }
    }
    return text + u'%';
}

QString currencySign(const QString &currency)
{
    if (currency == "EUR"_L1) {
        return u"€"_s;
    }
    if (currency == "GBP"_L1) {
        return u"£"_s;
    }
    if (currency == "JPY"_L1) {
        return u"¥"_s;
    }
    if (currency == "USD"_L1) {
        return u"$"_s;
    }
    return currency;
}

QString receiptDateTime(qint64 milliseconds, const QString &timezone)
{
    QTimeZone zone(timezone.toUtf8());
    const QDateTime at = zone.isValid() ? QDateTime::fromMSecsSinceEpoch(milliseconds, zone) : QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

ReceiptDocument ReceiptDocument::fromSale(const SaleRecord &sale, const ReceiptShop &shop, const QString &cashierName, const ReceiptExtras &extras)
{
    ReceiptDocument document;
    document.kind = sale.kind;
    document.saleId = sale.id;
    document.receiptNumber = sale.receiptNumber;
    document.originalReceiptNumber = extras.originalReceiptNumber;
    document.reprint = extras.reprint;
    document.shop = shop;
    document.cashierName = cashierName;
    document.customerName = extras.customerName;
    document.customerAddress = extras.customerAddress;
    document.currency = sale.currency.isEmpty() ? shop.currency : sale.currency;
    document.currencyExponent = exponentOf(document.currency);
    document.pricesIncludeTax = sale.pricesIncludeTax;
    document.occurredAt = sale.occurredAt;
    const QString when = receiptDateTime(sale.occurredAt, shop.timezone);
    document.dateText = when.left(10);
    document.timeText = when.mid(11);
    document.subtotal = sale.subtotal;
    document.discountTotal = sale.discountTotal;
    document.taxTotal = sale.taxTotal;
    document.total = sale.total;
    document.cashRounding = sale.cashRounding;
    document.note = sale.note;

    for (const SaleLineRecord &line : sale.lines) {
        ReceiptItem item;
        item.lineNumber = line.lineNumber;
        item.sku = line.sku;
        item.description = line.description.isEmpty() ? line.sku : line.description;
        item.quantity = line.quantity;
        item.unitPrice = line.unitPrice;
        item.pricingUnit = line.pricingUnit;
        item.unit = extras.units.value(line.variantId, u"piece"_s);
        item.quantityText = quantityText(line, item.unit, document);
        item.amount = line.extended(sale.pricesIncludeTax);
        item.lineDiscount = line.lineDiscount;
        item.cartDiscountShare = line.cartDiscountShare;
        item.taxAmount = line.taxAmount;
        item.lineTotal = line.lineTotal;
        item.taxRateBasisPoints = line.taxRateBasisPoints;
        item.returnReason = line.returnReason;
        item.giftCardCode = line.giftCardCode;
        document.items.append(item);
    }
    document.taxes = taxBreakdown(document.items);
    for (ReceiptItem &item : document.items) {
        const auto row = std::find_if(
            document.taxes.cbegin(), document.taxes.cend(), [&item](const ReceiptTaxRow &tax) { return tax.rateBasisPoints == item.taxRateBasisPoints; });
        item.taxCode = row == document.taxes.cend() ? QString() : row->code;
    }

    for (const SaleTenderRecord &record : sale.tenders) {
        ReceiptTender tender;
        tender.kind = record.kind;
        tender.label = tenderLabel(record.kind);
        tender.amount = record.amount;
        tender.change = record.changeGiven;
        tender.reference = record.reference;
        document.changeTotal += record.changeGiven;
        document.tenders.append(tender);
    }

    document.footerLines = extras.footerLines;
    if (document.footerLines.isEmpty()) {
        document.footerLines << (sale.kind == SaleKind::Sale ? ReceiptText::tr("Thank you for your visit!") : ReceiptText::tr("Please keep this receipt."));
    }
    return document;
}

QString ReceiptDocument::money(qint64 amount) const
{
    return fixedPoint(amount, currencyExponent);
}

QString ReceiptDocument::moneyWithCurrency(qint64 amount) const
{
    return currencySign(currency) + u' ' + money(amount);
}

QString ReceiptDocument::title() const
{
    switch (kind) {
    case SaleKind::Sale:
        return ReceiptText::tr("Receipt");
    case SaleKind::Return:
        return ReceiptText::tr("Return");
    case SaleKind::Void:
        return ReceiptText::tr("Void");
    }
    return {};
}

bool ReceiptDocument::movesCash() const
{
    return std::any_of(tenders.cbegin(), tenders.cend(),
        [](const ReceiptTender &tender) { return tender.kind == TenderKind::Cash && (tender.amount != 0 || tender.change != 0); });
}

bool loadReceiptDocument(Database &database, const QString &companyId, const QString &saleId, ReceiptDocument *document, QString *error)
{
    SaleRecord sale;
    ServiceError serviceError;
    if (!SaleRepository::load(database, companyId, saleId, &sale, &serviceError)) {
        *error = serviceError.message.isEmpty() ? u"no sale %1"_s.arg(saleId) : serviceError.message;
        return false;
    }
    ReceiptShop shop;
    if (!readShop(database, companyId, sale.shopId, &shop, error)) {
        return false;
    }
    QString readError;
    const QString cashier = userName(database, companyId, sale.cashierId, &readError);
    ReceiptExtras extras;
    extras.customerName
        = readText(database, companyId, u"SELECT name FROM customers WHERE company_id = :company_id AND id = :id"_s, sale.customerId, &readError);
    extras.originalReceiptNumber
        = readText(database, companyId, u"SELECT receipt_number FROM sales WHERE company_id = :company_id AND id = :id"_s, sale.originalSaleId, &readError);
    if (!sale.customerId.isEmpty()) {
        TenantQuery address(database.connection(), companyId);
        address.prepare(u"SELECT recipient, line1, line2, postal_code, city, country FROM customer_addresses "
                        "WHERE company_id = :company_id AND customer_id = :customer_id ORDER BY is_default_billing DESC, created_at, id"_s);
        address.bind(u":customer_id"_s, sale.customerId);
        if (!address.exec()) {
            readError = address.errorString();
        } else if (address.next()) {
            for (const QString &part : { address.value(0).toString(), address.value(1).toString(), address.value(2).toString(),
                     QString(address.value(3).toString() + u' ' + address.value(4).toString()).trimmed(), address.value(5).toString() }) {
                if (!part.isEmpty() && part != extras.customerName) {
                    extras.customerAddress << part;
                }
            }
        }
    }
    TenantQuery units(database.connection(), companyId);
    units.prepare(u"SELECT l.variant_id, v.unit FROM sale_lines l JOIN variants v ON v.id = l.variant_id "
                  "WHERE l.company_id = :company_id AND l.sale_id = :sale_id"_s);
    units.bind(u":sale_id"_s, saleId);
    if (!units.exec()) {
        readError = units.errorString();
    }
    while (units.next()) {
        extras.units.insert(units.value(0).toString(), units.value(1).toString());
    }
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    *document = ReceiptDocument::fromSale(sale, shop, cashier, extras);
    return true;
}

ShiftReportDocument ShiftReportDocument::fromReport(
    const ShiftReport &report, const ReceiptShop &shop, const QString &openedByName, const QString &closedByName)
{
    ShiftReportDocument document;
    document.final = report.final;
    document.shop = shop;
    document.shiftId = report.shift.id;
    document.openedBy = openedByName;
    document.closedBy = closedByName;
    document.openedText = receiptDateTime(report.shift.openedAt, shop.timezone);
    document.closedText = report.shift.closedAt > 0 ? receiptDateTime(report.shift.closedAt, shop.timezone) : QString();
    document.generatedText = receiptDateTime(report.generatedAt, shop.timezone);
    document.currency = report.currency.isEmpty() ? shop.currency : report.currency;
    document.currencyExponent = exponentOf(document.currency);

    const auto count = [&document](const DocumentTotals &totals) { return u"%1 × %2"_s.arg(totals.count).arg(document.money(totals.total)); };
    ReportSection documents { ReceiptText::tr("Documents"), {} };
    documents.rows << ReportRow { ReceiptText::tr("Sales"), count(report.sales) } << ReportRow { ReceiptText::tr("Returns"), count(report.returns) }
                   << ReportRow { ReceiptText::tr("Voids"), count(report.voids) }
                   << ReportRow { ReceiptText::tr("Net total"), document.money(report.netTotal), true }
                   << ReportRow { ReceiptText::tr("Discounts"), document.money(report.discountTotal) }
                   << ReportRow { ReceiptText::tr("Tax"), document.money(report.taxTotal) };
    if (report.cashRoundingTotal != 0) {
        documents.rows << ReportRow { ReceiptText::tr("Cash rounding"), document.money(report.cashRoundingTotal) };
    }
    document.sections << documents;

    ReportSection tenders { ReceiptText::tr("Tenders"), {} };
    for (const TenderTotals &totals : report.tenders) {
        const QString label = tenderLabel(totals.kind);
        tenders.rows << ReportRow { label + u' ' + ReceiptText::tr("expected"), document.money(totals.expected) };
        if (totals.counted >= 0) {
            tenders.rows << ReportRow { label + u' ' + ReceiptText::tr("counted"), document.money(totals.counted) };
            tenders.rows << ReportRow { label + u' ' + ReceiptText::tr("difference"), document.money(totals.variance()), totals.variance() != 0 };
        }
    }
    document.sections << tenders;

    ReportSection drawer { ReceiptText::tr("Cash drawer"), {} };
    const TenderTotals *cash = report.tender(TenderKind::Cash);
    drawer.rows << ReportRow { ReceiptText::tr("Opening float"), document.money(report.shift.openingFloat) }
                << ReportRow { ReceiptText::tr("Cash taken"), document.money(cash ? cash->tendered - cash->change : 0) }
                << ReportRow { ReceiptText::tr("Cash in"), document.money(report.cashIn) }
                << ReportRow { ReceiptText::tr("Cash out"), document.money(report.cashOut) }
                << ReportRow { ReceiptText::tr("Expected in drawer"), document.money(report.expectedCash), true };
    if (report.countedCash >= 0) {
        drawer.rows << ReportRow { ReceiptText::tr("Counted"), document.money(report.countedCash) }
                    << ReportRow { ReceiptText::tr("Difference"), document.money(report.cashVariance()), true };
    }
    document.sections << drawer;

    QList<ReceiptItem> perRate;
    for (const TaxTotals &totals : report.taxes) {
        ReceiptItem item;
        item.taxRateBasisPoints = totals.rateBasisPoints;
        item.lineTotal = totals.gross;
        item.taxAmount = totals.tax;
        perRate << item;
    }
    document.taxes = taxBreakdown(perRate);
    return document;
}

QString ShiftReportDocument::money(qint64 amount) const
{
    return fixedPoint(amount, currencyExponent);
}

QString ShiftReportDocument::title() const
{
    return final ? ReceiptText::tr("Z report") : ReceiptText::tr("X report");
}

bool loadShiftReportDocument(Database &database, const QString &companyId, const QString &shiftId, qint64 now, ShiftReportDocument *document, QString *error)
{
    ShiftReport report;
    ServiceError serviceError;
    if (!computeShiftReport(database, companyId, shiftId, now, &report, &serviceError)) {
        *error = serviceError.message;
        return false;
    }
    ReceiptShop shop;
    if (!readShop(database, companyId, report.shift.shopId, &shop, error)) {
        return false;
    }
    QString readError;
    const QString openedBy = userName(database, companyId, report.shift.openedBy, &readError);
    const QString closedBy = userName(database, companyId, report.shift.closedBy, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    *document = ShiftReportDocument::fromReport(report, shop, openedBy, closedBy);
    return true;
}

} // namespace kassa
