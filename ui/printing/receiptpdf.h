#pragma once

#include "receipts/receiptdocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kassa
{

// A receipt as PDF, drawn with QPdfWriter and QPainter: the 80 mm receipt (80 mm wide, as long as
// its content, for e-mailing or a PDF printer) and the A4 invoice (the shop's header, the
// customer, a table of the lines, the tax breakdown, totals and payments; more pages when the
// lines need them). Both carry the receipt number as a CODE128 barcode, as the paper receipt does.
//
// Needs a QGuiApplication (fonts); under tests QT_QPA_PLATFORM=offscreen is enough.
class ReceiptPdf
{
public:
    enum class Layout { Receipt80mm, InvoiceA4 };

    // The PDF's bytes; empty with `error` set when it cannot be drawn.
    static QByteArray render(const ReceiptDocument &document, Layout layout, QString *error);
    static bool write(const ReceiptDocument &document, Layout layout, const QString &path, QString *error);

    // CODE128 (code set B) of `text` as alternating bar and space widths in modules, starting with
    // a bar: start, data, check character, stop. Empty when `text` has characters outside
    // printable ASCII.
    static QList<int> code128Modules(const QString &text);
};

} // namespace kassa
