#pragma once

#include "sales/salerecord.h"
#include "sales/shiftreport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kassa
{

// The words receipts print (ESC/POS, PDF) under one translation context, so the shop's language
// prints once a translator is installed; without one they are English.
class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptText)
};

// Who issued a receipt: what a receipt must show at its top (name, address, tax number) and
// what its figures need (the currency, the shop's time zone for the date).
struct ReceiptShop {
    QString companyName;
    QString name;
    QString addressLine;
    QString postalCode;
    QString city;
    QString country;
    QString phone;
    QString email;
    QString taxNumber; // shops.tax_number; empty when the shop has none
    QString currency;
    QString timezone; // IANA name; UTC when empty or unknown

    // "Hauptstraße 1", "50667 Köln": the address as it is printed, empty parts left out.
    [[nodiscard]] QStringList addressLines() const;
};

// One line of a receipt, with the words and figures every output (paper, PDF) prints.
struct ReceiptItem {
    int lineNumber = 0;
    QString sku;
    QString description;
    // "2 × 1.99", "0.333 kg × 12.99/kg"; empty for a single piece at its price.
    QString quantityText;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 pricingUnit = 1;
    QString unit; // piece, g, ml, cm
    // Before discounts, in the sale's price terms (with tax when prices include it, without when
    // they do not); negative on a return or void.
    qint64 amount = 0;
    qint64 lineDiscount = 0; // taken off this line (positive on a sale)
    qint64 cartDiscountShare = 0; // this line's part of the cart discount
    qint64 taxAmount = 0;
    qint64 lineTotal = 0; // with tax, after discounts
    int taxRateBasisPoints = 0;
    QString taxCode; // "A", "B": the letter of its rate in the tax breakdown
    QString returnReason;
    QString giftCardCode;
};

// The tax breakdown: per rate, what was charged without tax, the tax, and with tax.
struct ReceiptTaxRow {
    QString code;
    int rateBasisPoints = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

struct ReceiptTender {
    TenderKind kind = TenderKind::Cash;
    QString label; // "Cash", "Card", ...
    qint64 amount = 0; // as tendered (cash: what was handed over); negative when paid back
    qint64 change = 0;
    QString reference; // the card terminal's reference, the gift card's code, ...
};

// What goes with a SaleRecord onto its receipt beyond the shop and the cashier.
struct ReceiptExtras {
    QString customerName;
    QStringList customerAddress; // billing address lines, for the A4 invoice
    QString originalReceiptNumber; // a return or void: the receipt it takes back
    QHash<QString, QString> units; // variant id → unit (piece, g, ml, cm); piece when absent
    QStringList footerLines; // empty: a thank-you line
    bool reprint = false; // a copy: marked as one, and it never opens the cash drawer
};

// A receipt as every output prints it (ESC/POS paper, the 80 mm PDF, the A4 invoice): built once
// from a committed sale, return or void, so all of them show the same words and figures.
// Amounts are minor units of `currency`; money() writes them with the currency's decimals.
struct ReceiptDocument {
    SaleKind kind = SaleKind::Sale;
    QString saleId;
    QString receiptNumber;
    QString originalReceiptNumber;
    bool reprint = false;
    ReceiptShop shop;
    QString cashierName;
    QString customerName;
    QStringList customerAddress;
    QString currency;
    int currencyExponent = 2;
    bool pricesIncludeTax = true;
    qint64 occurredAt = 0; // Unix milliseconds
    QString dateText; // "2024-03-15", in the shop's time zone
    QString timeText; // "14:30"
    QList<ReceiptItem> items;
    qint64 subtotal = 0; // the items' amounts
    qint64 discountTotal = 0; // line and cart discounts (positive on a sale)
    qint64 taxTotal = 0;
    qint64 total = 0;
    qint64 cashRounding = 0; // total + cashRounding is what the tenders (net of change) paid
    qint64 changeTotal = 0;
    QList<ReceiptTaxRow> taxes; // highest rate first
    QList<ReceiptTender> tenders;
    QString note;
    QStringList footerLines;

    // Builds the receipt of `sale` as the shop `shop` issued it, rung up by `cashierName`.
    static ReceiptDocument fromSale(const SaleRecord &sale, const ReceiptShop &shop, const QString &cashierName, const ReceiptExtras &extras = {});

    // "12.34", "-0.50", "1500" (JPY): an amount with the currency's decimals.
    [[nodiscard]] QString money(qint64 amount) const;
    // "€ 12.34", "¥ 1500", "CHF 10.05": the same with the currency's sign.
    [[nodiscard]] QString moneyWithCurrency(qint64 amount) const;
    // "Receipt", "Return", "Void": what the document is, for its heading.
    [[nodiscard]] QString title() const;
    // Whether cash changed hands (a cash tender or change), so the drawer must open.
    [[nodiscard]] bool movesCash() const;
    // What the tenders had to pay: the total after cash rounding.
    [[nodiscard]] qint64 amountDue() const { return total + cashRounding; }
};

// Reads the sale, return or void `saleId` with what its receipt shows (shop, company, cashier,
// customer, original receipt, units). False with `error` set when it cannot.
bool loadReceiptDocument(Database &database, const QString &companyId, const QString &saleId, ReceiptDocument *document, QString *error);

// One line of a report: a label and its figure.
struct ReportRow {
    QString label;
    QString value;
    bool strong = false; // printed bold: the figures a manager looks for first
};

struct ReportSection {
    QString title;
    QList<ReportRow> rows;
};

// The X or Z report of a shift as it is printed: the shop's header, the shift's times and people,
// then sections of labelled figures and the tax breakdown.
struct ShiftReportDocument {
    bool final = false; // a Z report
    ReceiptShop shop;
    QString shiftId;
    QString openedBy;
    QString closedBy;
    QString openedText; // "2024-03-15 08:00" in the shop's time zone
    QString closedText; // empty while open
    QString generatedText;
    QString currency;
    int currencyExponent = 2;
    QList<ReportSection> sections;
    QList<ReceiptTaxRow> taxes;

    static ShiftReportDocument fromReport(const ShiftReport &report, const ReceiptShop &shop, const QString &openedByName, const QString &closedByName);

    [[nodiscard]] QString money(qint64 amount) const;
    // "Z report", "X report"
    [[nodiscard]] QString title() const;
};

// Computes the shift's report (its Z report once closed) and reads what its printout shows.
bool loadShiftReportDocument(Database &database, const QString &companyId, const QString &shiftId, qint64 now, ShiftReportDocument *document, QString *error);

// "19%", "5.5%", "0%": a rate in basis points as a receipt prints it.
QString taxRateText(int rateBasisPoints);
// "€", "£", "¥", "$" for the currencies whose sign is unambiguous; the ISO code otherwise.
QString currencySign(const QString &currency);
// A Unix-millisecond time as "yyyy-MM-dd HH:mm" in `timezone` (UTC when empty or unknown).
QString receiptDateTime(qint64 milliseconds, const QString &timezone);

} // namespace kassa
