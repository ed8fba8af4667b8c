#pragma once

#include <QString>

namespace kassa {

enum class BarcodeKind { Ean13, Ean8, UpcA, Internal };

QString barcodeKindName(BarcodeKind kind);
bool parseBarcodeKind(const QString &name, BarcodeKind *kind);

// The GS1 check digit for the digits before it (weights 3,1,3,… from the right).
int gs1CheckDigit(const QString &digitsWithoutCheck);

struct BarcodeValidation {
    bool valid = false;
    BarcodeKind kind = BarcodeKind::Internal;
    QString error; // why it is not valid, in words a person can act on
};

// Classifies a scanned or typed code. All-digit codes of 8, 12 or 13 digits are GTINs and must
// carry a correct check digit; anything else of 1–64 printable ASCII characters without spaces is
// an internal code (shelf labels, loose goods).
BarcodeValidation validateBarcode(const QString &code);

// An EAN-13 with prefix 20–29 carries a price or weight for goods weighed at the counter. The
// common layout is 2P IIIII VVVVV C: P the prefix's second digit, I the item code, V the value.
struct VariableMeasureCode {
    bool valid = false;
    QString itemCode; // the five item digits, as stored on the variant
    qint64 value = 0; // price in minor units or weight in grams, as the prefix means it
    int prefix = 0; // 20–29
};
VariableMeasureCode parseVariableMeasureCode(const QString &ean13);

} // namespace kassa
