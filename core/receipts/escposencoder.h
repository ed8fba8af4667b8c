#pragma once

#include "receiptdocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kassa
{

struct EscPosOptions {
    // Characters per line in font A: 42 on 80 mm paper, 32 on 58 mm.
    int columns = 42;
    // Printable dots per line, for the barcode's module width; 0: 12 dots per column (font A).
    int dotsPerLine = 0;
    // Opens the cash drawer (ESC p, pin 2) when the document took in or paid out cash. A reprint
    // and a report never open it.
    bool kickDrawer = true;
    bool cutPaper = true; // GS V; without a cutter the paper is fed past the tear bar instead
    bool barcode = true; // the receipt number as CODE128 under the footer
};

// Turns receipts and shift reports into ESC/POS, the command language of receipt printers (Epson
// TM series and the many printers that copy it): ESC @ to reset, the PC858 code page (ESC t 19:
// Latin-1 letters and €), bold and double size for the shop's name and the total, two-column lines
// padded to the paper width, the receipt number as a CODE128 barcode (GS k), the drawer kick
// (ESC p) and the cut (GS V). The same document gives the same bytes, byte for byte.
//
// Text is printed in PC858; characters it lacks are transliterated (ő → o, “ ” → ", – → -,
// … → ...), anything else becomes '?'. Control characters in data (a product name with ESC in it)
// become spaces, so no text can inject a printer command.
class EscPosEncoder
{
public:
    static constexpr int kColumns80mm = 42;
    static constexpr int kColumns58mm = 32;

    explicit EscPosEncoder(const EscPosOptions &options = {});

    [[nodiscard]] const EscPosOptions &options() const { return m_options; }

    [[nodiscard]] QByteArray encode(const ReceiptDocument &document) const;
    [[nodiscard]] QByteArray encode(const ShiftReportDocument &report) const;

    // What the paper shows, one string per printed line, without control codes (double-width lines
    // hold half as many characters); the barcode is "[CODE128 <data>]". For previews and tests.
    [[nodiscard]] QStringList preview(const ReceiptDocument &document) const;
    [[nodiscard]] QStringList preview(const ShiftReportDocument &report) const;

    // Replaces what PC858 cannot print with its nearest equivalent; control characters become
    // spaces. The result has one character per printed column.
    static QString transliterate(const QString &text);
    // `text` in PC858, transliterated first: one byte per character.
    static QByteArray toPc858(const QString &text);

private:
    EscPosOptions m_options;
};

} // namespace kassa
