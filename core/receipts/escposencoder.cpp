#include "escposencoder.h"

#include <QHash>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
// PC858 (IBM 850 with € at 0xD5 in place of the dotless i): the characters of 0x80–0xFF.
// clang-format off
constexpr char16_t kPc858High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x20AC, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};
// clang-format on

const QHash<char16_t, char> &pc858Bytes()
{
    static const QHash<char16_t, char> table = [] {
        QHash<char16_t, char> bytes;
        for (int i = 0; i < 128; ++i) {
            bytes.insert(kPc858High[i], char(0x80 + i));
        }
        return bytes;
    }();
    return table;
}

bool printableAscii(char32_t c)
{
    return c >= 0x20 && c < 0x7F;
}

bool inPc858(char32_t c)
{
    return printableAscii(c) || (c <= 0xFFFF && pc858Bytes().contains(char16_t(c)));
}

// Characters PC858 lacks that have a well-known stand-in; the rest go through decomposition.
QString standIn(char32_t c)
{
    switch (c) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return u"-"_s;
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return u"'"_s;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
        return u"\""_s;
    case 0x2026:
        return u"..."_s;
    case 0x2022:
    case 0x2023:
    case 0x2043:
        return u"*"_s;
    case 0x0131:
        return u"i"_s;
    case 0x0141:
        return u"L"_s;
    case 0x0142:
        return u"l"_s;
    case 0x0110:
        return u"D"_s;
    case 0x0111:
        return u"d"_s;
    case 0x0126:
        return u"H"_s;
    case 0x0127:
        return u"h"_s;
    case 0x0152:
        return u"OE"_s;
    case 0x0153:
        return u"oe"_s;
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return QString(); // zero-width: nothing to print
    default:
        break;
    }
    return u"?"_s;
}

enum class Align { Left, Center, Right };

struct Line {
    QString text; // transliterated: one character per column
    Align align = Align::Left;
    bool bold = false;
    bool doubleHeight = false;
    bool doubleWidth = false;
    bool barcode = false; // `text` is CODE128 data
};

QString elide(const QString &text, int width)
{
    if (text.size() <= width) {
        return text;
    }
    if (width <= 3) {
        return text.left(std::max(width, 0));
    }
    return text.left(width - 3).trimmed() + u"..."_s;
}

// Greedy word wrap: the first line `firstWidth` wide, the others `restWidth`; at most `maxLines`
// lines, the last elided ("...") when the text goes on. Words longer than a line are cut.
QStringList wrap(const QString &text, int firstWidth, int restWidth, int maxLines)
{
    QStringList lines;
    QString current;
    const auto width = [&lines, firstWidth, restWidth] { return lines.isEmpty() ? firstWidth : restWidth; };
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        while (true) {
            const int available = width();
            if (current.isEmpty()) {
                if (word.size() <= available) {
                    current = word;
                    break;
                }
                lines << word.left(available);
                word = word.mid(available);
                continue;
            }
            if (current.size() + 1 + word.size() <= available) {
                current += u' ' + word;
                break;
            }
            lines << current;
            current.clear();
        }
    }
    if (!current.isEmpty() || lines.isEmpty()) {
        lines << current;
    }
    if (lines.size() > maxLines) {
        const int last = maxLines - 1;
        lines[last] = elide(lines[last] + u' ' + lines[last + 1], last == 0 ? firstWidth : restWidth);
        lines = lines.mid(0, maxLines);
    }
    return lines;
}

// The receipt as lines of exactly the paper's width (or less), before any command is added.
class Layout
{
public:
    explicit Layout(int columns) : m_columns(std::max(columns, 16)) { }

    [[nodiscard]] int columns() const { return m_columns; }
    [[nodiscard]] const QList<Line> &lines() const { return m_lines; }

    void text(const QString &text, Align align = Align::Left, bool bold = false)
    {
        for (const QString &part : wrap(EscPosEncoder::transliterate(text), m_columns, m_columns, 3)) {
            m_lines.append({ part, align, bold, false, false, false });
        }
    }

    // Shop name and document titles: double height, and double width when asked (half the columns).
    void large(const QString &text, bool doubleWidth)
    {
        const int width = doubleWidth ? m_columns / 2 : m_columns;
        for (const QString &part : wrap(EscPosEncoder::transliterate(text), width, width, 2)) {
            m_lines.append({ part, Align::Center, true, true, doubleWidth, false });
        }
    }

    // A label on the left and a figure on the right, padded to the full width.
    void columns(const QString &left, const QString &right, bool bold = false, bool doubleHeight = false)
    {
        QString l = EscPosEncoder::transliterate(left);
        QString r = EscPosEncoder::transliterate(right);
        r = elide(r, std::max(m_columns - int(l.size()) - 1, m_columns / 2));
        l = elide(l, m_columns - int(r.size()) - 1);
        m_lines.append({ l + QString(m_columns - l.size() - r.size(), u' ') + r, Align::Left, bold, doubleHeight, false, false });
    }

    void raw(const QString &text, bool bold = false) { m_lines.append({ text, Align::Left, bold, false, false, false }); }
    void rule() { m_lines.append({ QString(m_columns, u'-'), Align::Left, false, false, false, false }); }
    void blank() { m_lines.append({ QString(), Align::Left, false, false, false, false }); }
    void barcode(const QString &data) { m_lines.append({ data, Align::Center, false, false, false, true }); }

private:
    int m_columns;
    QList<Line> m_lines;
};

QString rightAligned(const QString &text, int width)
{
    return text.rightJustified(width, u' ');
}

void taxTable(Layout &layout, const QList<ReceiptTaxRow> &taxes, const std::function<QString(qint64)> &money)
{
    if (taxes.isEmpty()) {
        return;
    }
    const int columns = layout.columns();
    const QString rateHeader = ReceiptText::tr("Rate");
    int first = int(EscPosEncoder::transliterate(rateHeader).size());
    int figures = 0;
    for (const ReceiptTaxRow &row : taxes) {
        first = std::max(first, int(row.code.size() + 1 + taxRateText(row.rateBasisPoints).size()));
        for (qint64 amount : { row.net, row.tax, row.gross }) {
            figures = std::max(figures, int(money(amount).size()));
        }
    }
    const int column = (columns - first) / 3;
    if (column < figures + 1) {
        // Too narrow for a table: each rate with its figures underneath.
        for (const ReceiptTaxRow &row : taxes) {
            layout.raw(EscPosEncoder::transliterate(row.code + u' ' + ReceiptText::tr("Tax") + u' ' + taxRateText(row.rateBasisPoints)));
            layout.columns(u"  "_s + ReceiptText::tr("Net"), money(row.net));
            layout.columns(u"  "_s + ReceiptText::tr("Tax"), money(row.tax));
            layout.columns(u"  "_s + ReceiptText::tr("Gross"), money(row.gross));
        }
        return;
    }
    first = columns - 3 * column;
    const auto cell = [column](const QString &text) { return rightAligned(elide(EscPosEncoder::transliterate(text), column - 1), column); };
    layout.raw(EscPosEncoder::transliterate(rateHeader).leftJustified(first, u' ', true) + cell(ReceiptText::tr("Net")) + cell(ReceiptText::tr("Tax"))
        + cell(ReceiptText::tr("Gross")));
    for (const ReceiptTaxRow &row : taxes) {
        layout.raw(EscPosEncoder::transliterate(row.code + u' ' + taxRateText(row.rateBasisPoints)).leftJustified(first, u' ', true) + cell(money(row.net))
            + cell(money(row.tax)) + cell(money(row.gross)));
    }
}

void shopHeader(Layout &layout, const ReceiptShop &shop)
{
    layout.large(shop.name, true);
    if (!shop.companyName.isEmpty() && shop.companyName != shop.name) {
        layout.text(shop.companyName, Align::Center);
    }
    for (const QString &line : shop.addressLines()) {
        layout.text(line, Align::Center);
    }
    if (!shop.phone.isEmpty()) {
        layout.text(ReceiptText::tr("Tel. %1").arg(shop.phone), Align::Center);
    }
    if (!shop.email.isEmpty()) {
        layout.text(shop.email, Align::Center);
    }
    if (!shop.taxNumber.isEmpty()) {
        layout.text(ReceiptText::tr("Tax no. %1").arg(shop.taxNumber), Align::Center);
    }
    layout.blank();
}

Layout receiptLayout(const ReceiptDocument &document, const EscPosOptions &options)
{
    Layout layout(options.columns);
    const int columns = layout.columns();
    const auto money = [&document](qint64 amount) { return document.money(amount); };
    const QString copy = u"*** "_s + ReceiptText::tr("COPY") + u" ***"_s;
    if (document.reprint) {
        layout.text(copy, Align::Center, true);
        layout.blank();
    }
    shopHeader(layout, document.shop);

    if (document.kind != SaleKind::Sale) {
        layout.large(document.title().toUpper(), false);
        if (!document.originalReceiptNumber.isEmpty()) {
            layout.text(ReceiptText::tr("for receipt %1").arg(document.originalReceiptNumber), Align::Center);
        }
    }
    layout.columns(document.title(), document.receiptNumber);
    layout.columns(ReceiptText::tr("Date"), document.dateText + u' ' + document.timeText);
    if (!document.cashierName.isEmpty()) {
        layout.columns(ReceiptText::tr("Cashier"), document.cashierName);
    }
    if (!document.customerName.isEmpty()) {
        layout.columns(ReceiptText::tr("Customer"), document.customerName);
    }
    layout.rule();

    // Items: the description with the amount and tax letter on the right, then what explains the
    // amount (quantity × price, the line's discount, a return's reason).
    int codeWidth = 1;
    for (const ReceiptTaxRow &row : document.taxes) {
        codeWidth = std::max(codeWidth, int(row.code.size()));
    }
    for (const ReceiptItem &item : document.items) {
        const QString right = money(item.amount) + u' ' + item.taxCode.leftJustified(codeWidth, u' ');
        const int descriptionWidth = columns - int(right.size()) - 1;
        const QStringList description = wrap(EscPosEncoder::transliterate(item.description), descriptionWidth, columns - 2, 2);
        layout.raw(description.first().leftJustified(descriptionWidth, u' ') + u' ' + right);
        for (qsizetype i = 1; i < description.size(); ++i) {
            layout.raw(u"  "_s + description[i]);
        }
        if (!item.quantityText.isEmpty()) {
            layout.raw(elide(u"  "_s + EscPosEncoder::transliterate(item.quantityText), columns));
        }
        if (item.lineDiscount != 0) {
            layout.columns(u"  "_s + ReceiptText::tr("Discount"), money(-item.lineDiscount) + QString(codeWidth + 1, u' '));
        }
        if (!item.returnReason.isEmpty()) {
            layout.raw(elide(u"  "_s + EscPosEncoder::transliterate(ReceiptText::tr("Reason: %1").arg(item.returnReason)), columns));
        }
        if (!item.giftCardCode.isEmpty()) {
            layout.raw(elide(u"  "_s + EscPosEncoder::transliterate(ReceiptText::tr("Gift card %1").arg(item.giftCardCode)), columns));
        }
    }
    layout.rule();

    if (document.discountTotal != 0 || !document.pricesIncludeTax) {
        layout.columns(ReceiptText::tr("Subtotal"), money(document.subtotal));
    }
    if (document.discountTotal != 0) {
        layout.columns(ReceiptText::tr("Discounts"), money(-document.discountTotal));
    }
    if (!document.pricesIncludeTax) {
        layout.columns(ReceiptText::tr("Tax"), money(document.taxTotal));
    }
    layout.columns(ReceiptText::tr("TOTAL"), document.moneyWithCurrency(document.total), true, true);
    if (document.cashRounding != 0) {
        layout.columns(ReceiptText::tr("Cash rounding"), money(document.cashRounding));
        layout.columns(ReceiptText::tr("To pay"), document.moneyWithCurrency(document.amountDue()), true);
    }
    for (const ReceiptTender &tender : document.tenders) {
        layout.columns(tender.label, money(tender.amount));
        if (!tender.reference.isEmpty()) {
            layout.raw(elide(u"  "_s + EscPosEncoder::transliterate(tender.reference), columns));
        }
    }
    if (document.changeTotal != 0) {
        layout.columns(ReceiptText::tr("Change"), money(document.changeTotal), true);
    }
    layout.rule();
    taxTable(layout, document.taxes, money);
    if (document.pricesIncludeTax && !document.taxes.isEmpty()) {
        layout.text(ReceiptText::tr("Prices include tax."));
    }
    if (!document.note.isEmpty()) {
        layout.blank();
        layout.text(document.note);
    }
    layout.blank();
    for (const QString &line : document.footerLines) {
        layout.text(line, Align::Center);
    }
    if (options.barcode && !document.receiptNumber.isEmpty()) {
        layout.blank();
        layout.barcode(document.receiptNumber);
    }
    if (document.reprint) {
        layout.blank();
        layout.text(copy, Align::Center, true);
    }
    return layout;
}

Layout reportLayout(const ShiftReportDocument &report, const EscPosOptions &options)
{
    Layout layout(options.columns);
    shopHeader(layout, report.shop);
    layout.large(report.title().toUpper(), false);
    layout.columns(ReceiptText::tr("Opened"), report.openedText);
    if (!report.openedBy.isEmpty()) {
        layout.columns(ReceiptText::tr("by"), report.openedBy);
    }
    if (!report.closedText.isEmpty()) {
        layout.columns(ReceiptText::tr("Closed"), report.closedText);
    }
    if (!report.closedBy.isEmpty()) {
        layout.columns(ReceiptText::tr("by"), report.closedBy);
    }
    layout.columns(ReceiptText::tr("Printed"), report.generatedText);
    layout.columns(ReceiptText::tr("Shift"), report.shiftId.right(12));
    layout.columns(ReceiptText::tr("Currency"), report.currency);
    for (const ReportSection &section : report.sections) {
        layout.rule();
        layout.text(section.title, Align::Left, true);
        for (const ReportRow &row : section.rows) {
            layout.columns(row.label, row.value, row.strong);
        }
    }
    layout.rule();
    layout.text(ReceiptText::tr("Taxes"), Align::Left, true);
    taxTable(layout, report.taxes, [&report](qint64 amount) { return report.money(amount); });
    layout.blank();
    return layout;
}

// The data of GS k 73 (CODE128) for a receipt number: code set B for the text, switching to code
// set C (two digits a symbol) for its trailing counter, so "BER-1-000042" needs 10 symbols, not 12
// and a number fits on 58 mm paper. '{' in the text is doubled, as the command wants.
struct Code128Command {
    QByteArray data; // with the code set selections
    int symbols = 0; // data symbols, code set switches included
};

Code128Command code128Command(const QString &text)
{
    for (const QChar c : text) {
        if (!printableAscii(c.unicode())) {
            return {};
        }
    }
    qsizetype digits = 0;
    while (digits < text.size() && text.at(text.size() - 1 - digits).isDigit()) {
        ++digits;
    }
    digits = digits >= 4 ? digits - digits % 2 : 0;
    const QString letters = text.left(text.size() - digits);
    Code128Command command;
    if (!letters.isEmpty()) {
        command.data.append("{B", 2);
        for (const QChar c : letters) {
            if (c == u'{') {
                command.data.append('{');
            }
            command.data.append(char(c.unicode()));
        }
        command.symbols += int(letters.size());
    }
    if (digits > 0) {
        command.data.append("{C", 2);
        for (qsizetype i = text.size() - digits; i < text.size(); i += 2) {
            command.data.append(char(text.mid(i, 2).toInt()));
        }
        command.symbols += int(digits / 2) + (letters.isEmpty() ? 0 : 1);
    }
    return command;
}

QByteArray serialize(const QList<Line> &lines, const EscPosOptions &options, bool kickDrawer)
{
    QByteArray out;
    out.append("\x1b\x40", 2); // ESC @: reset to the power-on state
    out.append("\x1b\x74\x13", 3); // ESC t 19: code page PC858
    if (kickDrawer) {
        out.append("\x1b\x70\x00\x19\xfa", 5); // ESC p: pulse pin 2 for 50 ms, then 500 ms off
    }
    Align align = Align::Left;
    bool bold = false;
    char size = 0;
    const auto setAlign = [&out, &align](Align wanted) {
        if (wanted != align) {
            out.append("\x1b\x61", 2);
            out.append(char(wanted == Align::Left ? 0 : wanted == Align::Center ? 1 : 2));
            align = wanted;
        }
    };
    for (const Line &line : lines) {
        if (line.barcode) {
            const Code128Command barcode = code128Command(line.text);
            // Start, data, check character: 11 modules each; the stop 13.
            const int modules = 11 * (barcode.symbols + 2) + 13;
            const int dots = options.dotsPerLine > 0 ? options.dotsPerLine : options.columns * 12;
            if (barcode.data.isEmpty() || modules > dots || barcode.data.size() > 255) {
                continue; // does not fit the paper: the number is printed in the header anyway
            }
            const int moduleWidth = std::min(dots / modules, 3);
            if (bold) {
                out.append("\x1b\x45\x00", 3);
                bold = false;
            }
            if (size != 0) {
                out.append("\x1d\x21\x00", 3);
                size = 0;
            }
            setAlign(Align::Center);
            out.append("\x1d\x68\x50", 3); // GS h 80: 80 dots high (10 mm at 203 dpi)
            out.append("\x1d\x77", 2); // GS w: module width
            out.append(char(moduleWidth));
            out.append("\x1d\x48\x02", 3); // GS H 2: the number printed below the bars
            out.append("\x1d\x66\x00", 3); // GS f 0: in font A
            out.append("\x1d\x6b\x49", 3); // GS k 73: CODE128
            out.append(char(barcode.data.size()));
            out.append(barcode.data);
            out.append('\n');
            continue;
        }
        setAlign(line.align);
        if (line.bold != bold) {
            out.append("\x1b\x45", 2); // ESC E: bold
            out.append(char(line.bold ? 1 : 0));
            bold = line.bold;
        }
        const char wantedSize = char((line.doubleWidth ? 0x10 : 0) | (line.doubleHeight ? 0x01 : 0));
        if (wantedSize != size) {
            out.append("\x1d\x21", 2); // GS !: character size
            out.append(wantedSize);
            size = wantedSize;
        }
        out.append(EscPosEncoder::toPc858(line.text));
        out.append('\n');
    }
    // Back to the defaults, so whatever is printed next starts clean.
    if (size != 0) {
        out.append("\x1d\x21\x00", 3);
    }
    if (bold) {
        out.append("\x1b\x45\x00", 3);
    }
    setAlign(Align::Left);
    if (options.cutPaper) {
        out.append("\x1d\x56\x42\x00", 4); // GS V 66 0: feed to the cutter and cut (partial)
    } else {
        out.append("\x1b\x64\x04", 3); // ESC d 4: feed past the tear bar
    }
    return out;
}

QStringList previewOf(const Layout &layout)
{
    QStringList lines;
    for (const Line &line : layout.lines()) {
        if (line.barcode) {
            lines << u"[CODE128 %1]"_s.arg(line.text);
        } else {
            lines << line.text;
        }
    }
    return lines;
}
} // namespace

EscPosEncoder::EscPosEncoder(const EscPosOptions &options) : m_options(options) { }

QByteArray EscPosEncoder::encode(const ReceiptDocument &document) const
{
    const bool kick = m_options.kickDrawer && !document.reprint && document.movesCash();
    return serialize(receiptLayout(document, m_options).lines(), m_options, kick);
}

QByteArray EscPosEncoder::encode(const ShiftReportDocument &report) const
{
    return serialize(reportLayout(report, m_options).lines(), m_options, false);
}

QStringList EscPosEncoder::preview(const ReceiptDocument &document) const
{
    return previewOf(receiptLayout(document, m_options));
}

QStringList EscPosEncoder::preview(const ShiftReportDocument &report) const
{
    return previewOf(reportLayout(report, m_options));
}

QString EscPosEncoder::transliterate(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            result += u' ';
            continue;
        }
        if (inPc858(c)) {
            result += QChar(char16_t(c));
            continue;
        }
        QString replacement = standIn(c);
        if (replacement == "?"_L1 && c <= 0xFFFF) {
            // ő → o + ˝, ﬁ → fi, ² stays: keep what PC858 has of the decomposition, drop the marks.
            const QString decomposed = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KD);
            QString kept;
            for (const QChar part : decomposed) {
                if (inPc858(part.unicode())) {
                    kept += part;
                } else if (part.category() != QChar::Mark_NonSpacing) {
                    kept.clear();
                    break;
                }
            }
            if (!kept.isEmpty()) {
                replacement = kept;
            }
        }
        result += replacement;
    }
    return result;
}

QByteArray EscPosEncoder::toPc858(const QString &text)
{
    QByteArray bytes;
    const QString printable = transliterate(text);
    bytes.reserve(printable.size());
    const QHash<char16_t, char> &table = pc858Bytes();
    for (const QChar c : printable) {
        if (printableAscii(c.unicode())) {
            bytes.append(char(c.unicode()));
        } else {
            bytes.append(table.value(c.unicode(), '?'));
        }
    }
    return bytes;
}

} // namespace kassa
