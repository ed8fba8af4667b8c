#include "receiptpdf.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
constexpr int kResolution = 300; // dots per inch of the PDF's coordinate system
constexpr double kReceiptWidthMm = 80.0;
constexpr double kReceiptMarginMm = 4.0;
constexpr double kInvoiceMarginMm = 20.0;

// CODE128 bar and space widths of the values 0–105 and the stop pattern (106).
// clang-format off
constexpr const char *kCode128Patterns[107] = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312", "231212", "112232", "122132", "122231",
    "113222", "123122", "123221", "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112", "142211",
    "241211", "221114", "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141", "114131", "311141", "411131", "211412", "211214",
    "211232", "2331112",
};
// clang-format on
constexpr int kCode128StartB = 104;
constexpr int kCode128Stop = 106;

struct Cell {
    QString text;
    double fraction; // of the content width
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Draws top to bottom within a column of the page, or only measures when it has no painter.
// Coordinates are device dots at kResolution; sizes are given in millimetres.
class Canvas
{
public:
    Canvas(QPdfWriter *writer, QPainter *painter, double leftMm, double widthMm, double topMm, double bottomMm)
        : m_writer(writer)
        , m_painter(painter)
        , m_left(mm(leftMm))
        , m_width(mm(widthMm))
        , m_top(mm(topMm))
        , m_bottom(bottomMm > 0 ? mm(bottomMm) : -1)
        , m_y(m_top)
    {
    }

    static double mm(double millimetres) { return millimetres * kResolution / 25.4; }
    [[nodiscard]] double y() const { return m_y; }
    [[nodiscard]] double width() const { return m_width; }
    void setY(double y) { m_y = y; }

    // Called when a new page starts, to repeat a table's header on it.
    std::function<void()> onNewPage;
    // Called when a page is full, before the next one starts (the caller calls it for the last).
    std::function<void(int page)> onPageEnd;
    [[nodiscard]] int page() const { return m_page; }

    // A line under the column, in the page's bottom margin.
    void footer(const QString &text, const QFont &font)
    {
        if (m_bottom > 0) {
            draw(QRectF(m_left, m_bottom + mm(6), m_width, QFontMetricsF(font, m_writer).height()), text, font, Qt::AlignHCenter);
        }
    }

    [[nodiscard]] double textHeight(const QString &text, const QFont &font, double width) const
    {
        const QFontMetricsF metrics(font, m_writer);
        if (text.isEmpty()) {
            return metrics.height();
        }
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), int(Qt::TextWordWrap), text).height();
    }

    // Starts a new page when `height` does not fit on this one (only on paged layouts).
    void ensureSpace(double height)
    {
        if (m_bottom < 0 || m_y + height <= m_bottom || m_y <= m_top) {
            return;
        }
        if (onPageEnd) {
            onPageEnd(m_page);
        }
        if (m_painter) {
            m_writer->newPage();
        }
        ++m_page;
        m_y = m_top;
        if (onNewPage) {
            onNewPage();
        }
    }

    void text(const QString &text, const QFont &font, Qt::Alignment alignment = Qt::AlignLeft, double indentMm = 0)
    {
        const double indent = mm(indentMm);
        const double height = textHeight(text, font, m_width - indent);
        ensureSpace(height);
        draw(QRectF(m_left + indent, m_y, m_width - indent, height), text, font, int(alignment) | Qt::TextWordWrap);
        m_y += height;
    }

    // A label left and a figure right on one line; the label wraps when long.
    void columns(const QString &left, const QString &right, const QFont &font, double indentMm = 0)
    {
        const QFontMetricsF metrics(font, m_writer);
        const double indent = mm(indentMm);
        const double rightWidth = metrics.horizontalAdvance(right) + mm(0.5);
        const double leftWidth = std::max(m_width - indent - rightWidth - mm(2), m_width / 3);
        const double height = std::max(textHeight(left, font, leftWidth), metrics.height());
        ensureSpace(height);
        draw(QRectF(m_left + indent, m_y, leftWidth, height), left, font, Qt::AlignLeft | Qt::TextWordWrap);
        draw(QRectF(m_left + m_width - rightWidth, m_y, rightWidth, metrics.height()), right, font, Qt::AlignRight);
        m_y += height;
    }

    // A table row: cells side by side, as high as the tallest (descriptions wrap).
    void row(const QList<Cell> &cells, const QFont &font)
    {
        const double gap = mm(1.5);
        double height = 0;
        for (const Cell &cell : cells) {
            height = std::max(height, textHeight(cell.text, font, cell.fraction * m_width - gap));
        }
        ensureSpace(height + mm(1));
        double x = m_left;
        for (const Cell &cell : cells) {
            const double cellWidth = cell.fraction * m_width;
            draw(QRectF(x, m_y, cellWidth - gap, height), cell.text, font, int(cell.alignment) | Qt::TextWordWrap);
            x += cellWidth;
        }
        m_y += height + mm(1);
    }

    void rule(double thicknessMm = 0.2)
    {
        const double height = mm(1.5);
        ensureSpace(height);
        if (m_painter) {
            m_painter->fillRect(QRectF(m_left, m_y + height / 2, m_width, mm(thicknessMm)), Qt::black);
        }
        m_y += height;
    }

    void space(double millimetres) { m_y += mm(millimetres); }

    // CODE128 bars with the number under them, centred.
    void barcode(const QString &text, const QFont &font)
    {
        const QList<int> modules = ReceiptPdf::code128Modules(text);
        if (modules.isEmpty()) {
            return;
        }
        int total = 0;
        for (int width : modules) {
            total += width;
        }
        // Quiet zones of 10 modules each side; modules at most 0.33 mm.
        const double module = std::min(mm(0.33), m_width / (total + 20));
        const double barHeight = mm(12);
        const double textHeight = QFontMetricsF(font, m_writer).height();
        ensureSpace(barHeight + textHeight);
        double x = m_left + (m_width - module * total) / 2;
        if (m_painter) {
            for (qsizetype i = 0; i < modules.size(); ++i) {
                if (i % 2 == 0) {
                    m_painter->fillRect(QRectF(x, m_y, module * modules[i], barHeight), Qt::black);
                }
                x += module * modules[i];
            }
        }
        m_y += barHeight;
        draw(QRectF(m_left, m_y, m_width, textHeight), text, font, Qt::AlignHCenter);
        m_y += textHeight;
    }

private:
    void draw(const QRectF &rect, const QString &text, const QFont &font, int flags)
    {
        if (!m_painter) {
            return;
        }
        m_painter->setFont(font);
        m_painter->drawText(rect, flags, text);
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    double m_left;
    double m_width;
    double m_top;
    double m_bottom;
    double m_y;
    int m_page = 1;
};

QFont font(double points, bool bold = false)
{
    QFont result(u"DejaVu Sans"_s);
    result.setStyleHint(QFont::SansSerif);
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

// What goes above the lines of both layouts.
void shopBlock(Canvas &canvas, const ReceiptShop &shop, Qt::Alignment alignment, double nameSize, double size)
{
    canvas.text(shop.name, font(nameSize, true), alignment);
    if (!shop.companyName.isEmpty() && shop.companyName != shop.name) {
        canvas.text(shop.companyName, font(size), alignment);
    }
    for (const QString &line : shop.addressLines()) {
        canvas.text(line, font(size), alignment);
    }
    QStringList contact;
    if (!shop.phone.isEmpty()) {
        contact << ReceiptText::tr("Tel. %1").arg(shop.phone);
    }
    if (!shop.email.isEmpty()) {
        contact << shop.email;
    }
    if (!contact.isEmpty()) {
        canvas.text(contact.join(u"  ·  "_s), font(size), alignment);
    }
    if (!shop.taxNumber.isEmpty()) {
        canvas.text(ReceiptText::tr("Tax no. %1").arg(shop.taxNumber), font(size), alignment);
    }
}

void totalsBlock(Canvas &canvas, const ReceiptDocument &document, double size)
{
    if (document.discountTotal != 0 || !document.pricesIncludeTax) {
        canvas.columns(ReceiptText::tr("Subtotal"), document.money(document.subtotal), font(size));
    }
    if (document.discountTotal != 0) {
        canvas.columns(ReceiptText::tr("Discounts"), document.money(-document.discountTotal), font(size));
    }
    if (!document.pricesIncludeTax) {
        canvas.columns(ReceiptText::tr("Tax"), document.money(document.taxTotal), font(size));
    }
    canvas.columns(ReceiptText::tr("TOTAL"), document.moneyWithCurrency(document.total), font(size + 3, true));
    if (document.cashRounding != 0) {
        canvas.columns(ReceiptText::tr("Cash rounding"), document.money(document.cashRounding), font(size));
        canvas.columns(ReceiptText::tr("To pay"), document.moneyWithCurrency(document.amountDue()), font(size, true));
    }
    for (const ReceiptTender &tender : document.tenders) {
        const QString label = tender.reference.isEmpty() ? tender.label : QString(tender.label + u" ("_s + tender.reference + u')');
        canvas.columns(label, document.money(tender.amount), font(size));
    }
    if (document.changeTotal != 0) {
        canvas.columns(ReceiptText::tr("Change"), document.money(document.changeTotal), font(size, true));
    }
}

void taxBlock(Canvas &canvas, const ReceiptDocument &document, double size)
{
    if (document.taxes.isEmpty()) {
        return;
    }
    canvas.row({ { ReceiptText::tr("Rate"), 0.25 }, { ReceiptText::tr("Net"), 0.25, Qt::AlignRight }, { ReceiptText::tr("Tax"), 0.25, Qt::AlignRight },
                   { ReceiptText::tr("Gross"), 0.25, Qt::AlignRight } },
        font(size, true));
    for (const ReceiptTaxRow &row : document.taxes) {
        canvas.row({ { row.code + u' ' + taxRateText(row.rateBasisPoints), 0.25 }, { document.money(row.net), 0.25, Qt::AlignRight },
                       { document.money(row.tax), 0.25, Qt::AlignRight }, { document.money(row.gross), 0.25, Qt::AlignRight } },
            font(size));
    }
    if (document.pricesIncludeTax) {
        canvas.text(ReceiptText::tr("Prices include tax."), font(size - 1));
    }
}

void footerBlock(Canvas &canvas, const ReceiptDocument &document)
{
    if (!document.note.isEmpty()) {
        canvas.space(2);
        canvas.text(document.note, font(8));
    }
    canvas.space(3);
    for (const QString &line : document.footerLines) {
        canvas.text(line, font(8), Qt::AlignHCenter);
    }
    canvas.space(3);
    canvas.barcode(document.receiptNumber, font(7));
    if (document.reprint) {
        canvas.space(2);
        canvas.text(u"*** "_s + ReceiptText::tr("COPY") + u" ***"_s, font(9, true), Qt::AlignHCenter);
    }
}

void drawReceipt(Canvas &canvas, const ReceiptDocument &document)
{
    if (document.reprint) {
        canvas.text(u"*** "_s + ReceiptText::tr("COPY") + u" ***"_s, font(9, true), Qt::AlignHCenter);
        canvas.space(2);
    }
    shopBlock(canvas, document.shop, Qt::AlignHCenter, 12, 8);
    canvas.space(3);
    if (document.kind != SaleKind::Sale) {
        canvas.text(document.title().toUpper(), font(12, true), Qt::AlignHCenter);
        if (!document.originalReceiptNumber.isEmpty()) {
            canvas.text(ReceiptText::tr("for receipt %1").arg(document.originalReceiptNumber), font(8), Qt::AlignHCenter);
        }
    }
    canvas.columns(document.title(), document.receiptNumber, font(8));
    canvas.columns(ReceiptText::tr("Date"), document.dateText + u' ' + document.timeText, font(8));
    if (!document.cashierName.isEmpty()) {
        canvas.columns(ReceiptText::tr("Cashier"), document.cashierName, font(8));
    }
    if (!document.customerName.isEmpty()) {
        canvas.columns(ReceiptText::tr("Customer"), document.customerName, font(8));
    }
    canvas.rule();
    for (const ReceiptItem &item : document.items) {
        canvas.columns(item.description, document.money(item.amount) + u' ' + item.taxCode, font(8));
        if (!item.quantityText.isEmpty()) {
            canvas.text(item.quantityText, font(7), Qt::AlignLeft, 3);
        }
        if (item.lineDiscount != 0) {
            canvas.columns(ReceiptText::tr("Discount"), document.money(-item.lineDiscount) + u"   "_s, font(7), 3);
        }
        if (!item.returnReason.isEmpty()) {
            canvas.text(ReceiptText::tr("Reason: %1").arg(item.returnReason), font(7), Qt::AlignLeft, 3);
        }
        if (!item.giftCardCode.isEmpty()) {
            canvas.text(ReceiptText::tr("Gift card %1").arg(item.giftCardCode), font(7), Qt::AlignLeft, 3);
        }
    }
    canvas.rule();
    totalsBlock(canvas, document, 8);
    canvas.rule();
    taxBlock(canvas, document, 7);
    footerBlock(canvas, document);
}

QString invoiceTitle(const ReceiptDocument &document)
{
    switch (document.kind) {
    case SaleKind::Sale:
        return ReceiptText::tr("Invoice");
    case SaleKind::Return:
        return ReceiptText::tr("Credit note");
    case SaleKind::Void:
        return ReceiptText::tr("Cancellation");
    }
    return {};
}

void drawInvoice(Canvas &canvas, const ReceiptDocument &document)
{
    if (document.reprint) {
        canvas.text(u"*** "_s + ReceiptText::tr("COPY") + u" ***"_s, font(9, true), Qt::AlignHCenter);
    }
    // The shop on the left, the document's identity on the right, side by side.
    const double top = canvas.y();
    shopBlock(canvas, document.shop, Qt::AlignLeft, 16, 9);
    const double shopBottom = canvas.y();
    canvas.setY(top);
    canvas.text(invoiceTitle(document), font(18, true), Qt::AlignRight);
    canvas.text(ReceiptText::tr("No. %1").arg(document.receiptNumber), font(9), Qt::AlignRight);
    canvas.text(ReceiptText::tr("Date %1 %2").arg(document.dateText, document.timeText), font(9), Qt::AlignRight);
    if (!document.originalReceiptNumber.isEmpty()) {
        canvas.text(ReceiptText::tr("for receipt %1").arg(document.originalReceiptNumber), font(9), Qt::AlignRight);
    }
    if (!document.cashierName.isEmpty()) {
        canvas.text(ReceiptText::tr("Cashier %1").arg(document.cashierName), font(9), Qt::AlignRight);
    }
    canvas.setY(std::max(canvas.y(), shopBottom));
    canvas.space(8);

    if (!document.customerName.isEmpty()) {
        canvas.text(ReceiptText::tr("Bill to"), font(8, true));
        canvas.text(document.customerName, font(10));
        for (const QString &line : document.customerAddress) {
            canvas.text(line, font(10));
        }
        canvas.space(6);
    }

    const QList<double> widths { 0.05, 0.37, 0.13, 0.13, 0.11, 0.07, 0.14 };
    const auto header = [&canvas, &widths] {
        canvas.row({ { u"#"_s, widths[0] }, { ReceiptText::tr("Description"), widths[1] }, { ReceiptText::tr("Quantity"), widths[2], Qt::AlignRight },
                       { ReceiptText::tr("Unit price"), widths[3], Qt::AlignRight }, { ReceiptText::tr("Discount"), widths[4], Qt::AlignRight },
                       { ReceiptText::tr("Tax"), widths[5], Qt::AlignHCenter }, { ReceiptText::tr("Amount"), widths[6], Qt::AlignRight } },
            font(9, true));
        canvas.rule(0.3);
    };
    header();
    canvas.onNewPage = header;
    for (const ReceiptItem &item : document.items) {
        const bool byPiece = item.pricingUnit == 1 && (item.unit.isEmpty() || item.unit == "piece"_L1);
        const QString quantity = byPiece ? QString::number(item.quantity) : item.quantityText.section(u" × "_s, 0, 0);
        const QString price = byPiece ? document.money(item.unitPrice) : item.quantityText.section(u" × "_s, 1);
        QString description = item.description;
        if (!item.returnReason.isEmpty()) {
            description += u'\n' + ReceiptText::tr("Reason: %1").arg(item.returnReason);
        }
        if (!item.giftCardCode.isEmpty()) {
            description += u'\n' + ReceiptText::tr("Gift card %1").arg(item.giftCardCode);
        }
        canvas.row(
            { { QString::number(item.lineNumber), widths[0] }, { description, widths[1] }, { quantity, widths[2], Qt::AlignRight },
                { price, widths[3], Qt::AlignRight }, { item.lineDiscount != 0 ? document.money(-item.lineDiscount) : QString(), widths[4], Qt::AlignRight },
                { item.taxCode, widths[5], Qt::AlignHCenter }, { document.money(item.amount), widths[6], Qt::AlignRight } },
            font(9));
    }
    canvas.onNewPage = nullptr;
    canvas.rule(0.3);
    canvas.space(2);
    totalsBlock(canvas, document, 10);
    canvas.space(6);
    canvas.text(ReceiptText::tr("Tax breakdown"), font(9, true));
    taxBlock(canvas, document, 9);
    footerBlock(canvas, document);
}
} // namespace

QList<int> ReceiptPdf::code128Modules(const QString &text)
{
    QList<int> values { kCode128StartB };
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126) {
            return {};
        }
        values << int(c.unicode()) - 32;
    }
    if (values.size() == 1) {
        return {};
    }
    int checksum = kCode128StartB;
    for (qsizetype i = 1; i < values.size(); ++i) {
        checksum += int(i) * values[i];
    }
    values << checksum % 103 << kCode128Stop;
    QList<int> modules;
    for (int value : values) {
        for (const char *width = kCode128Patterns[value]; *width; ++width) {
            modules << (*width - '0');
        }
    }
    return modules;
}

QByteArray ReceiptPdf::render(const ReceiptDocument &document, Layout layout, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = u"drawing a PDF needs a QGuiApplication (fonts)"_s;
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setCreator(u"Kassa"_s);
    writer.setTitle(document.title() + u' ' + document.receiptNumber);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    if (layout == Layout::Receipt80mm) {
        // Measure first: the page is as long as the receipt.
        const double contentWidth = kReceiptWidthMm - 2 * kReceiptMarginMm;
        Canvas measure(&writer, nullptr, kReceiptMarginMm, contentWidth, kReceiptMarginMm, 0);
        drawReceipt(measure, document);
        const double heightMm = measure.y() * 25.4 / kResolution + kReceiptMarginMm;
        writer.setPageSize(QPageSize(QSizeF(kReceiptWidthMm, std::ceil(heightMm)), QPageSize::Millimeter, u"Receipt 80 mm"_s, QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = u"cannot start drawing the PDF"_s;
            return {};
        }
        Canvas canvas(&writer, &painter, kReceiptMarginMm, contentWidth, kReceiptMarginMm, 0);
        drawReceipt(canvas, document);
        painter.end();
    } else {
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        const QSizeF page = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
        const double width = page.width() - 2 * kInvoiceMarginMm;
        const double bottom = page.height() - kInvoiceMarginMm;
        // Measure first, for "page 1 of N".
        Canvas measure(&writer, nullptr, kInvoiceMarginMm, width, kInvoiceMarginMm, bottom);
        drawInvoice(measure, document);
        const int pages = measure.page();
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = u"cannot start drawing the PDF"_s;
            return {};
        }
        Canvas canvas(&writer, &painter, kInvoiceMarginMm, width, kInvoiceMarginMm, bottom);
        const QString footer = invoiceTitle(document) + u' ' + document.receiptNumber + u"  ·  "_s;
        canvas.onPageEnd = [&canvas, &footer, pages](int number) { canvas.footer(footer + ReceiptText::tr("page %1 of %2").arg(number).arg(pages), font(7)); };
        drawInvoice(canvas, document);
        canvas.onPageEnd(canvas.page());
        painter.end();
    }
    buffer.close();
    if (!bytes.startsWith("%PDF")) {
        *error = u"the PDF came out empty"_s;
        return {};
    }
    return bytes;
}

bool ReceiptPdf::write(const ReceiptDocument &document, Layout layout, const QString &path, QString *error)
{
    const QByteArray bytes = render(document, layout, error);
    if (bytes.isEmpty()) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kassa
