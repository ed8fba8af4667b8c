#include "barcode.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

QString barcodeKindName(BarcodeKind kind)
{
    switch (kind) {
    case BarcodeKind::Ean13:
        return u"ean13"_s;
    case BarcodeKind::Ean8:
        return u"ean8"_s;
    case BarcodeKind::UpcA:
        return u"upca"_s;
    case BarcodeKind::Internal:
        return u"internal"_s;
    }
    return {};
}

bool parseBarcodeKind(const QString &name, BarcodeKind *kind)
{
    for (BarcodeKind candidate : {BarcodeKind::Ean13, BarcodeKind::Ean8, BarcodeKind::UpcA, BarcodeKind::Internal}) {
        if (barcodeKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

int gs1CheckDigit(const QString &digitsWithoutCheck)
{
    int sum = 0;
    const qsizetype n = digitsWithoutCheck.size();
    for (qsizetype i = 0; i < n; ++i) {
        const int digit = digitsWithoutCheck.at(n - 1 - i).digitValue();
        sum += (i % 2 == 0) ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10;
}

BarcodeValidation validateBarcode(const QString &code)
{
    BarcodeValidation result;
    if (code.isEmpty()) {
        result.error = u"the barcode is empty"_s;
        return result;
    }
    if (allDigits(code) && (code.size() == 8 || code.size() == 12 || code.size() == 13)) {
        result.kind = code.size() == 13 ? BarcodeKind::Ean13 : code.size() == 12 ? BarcodeKind::UpcA : BarcodeKind::Ean8;
        const int expected = gs1CheckDigit(code.left(code.size() - 1));
        const int actual = code.back().digitValue();
        if (expected != actual) {
            result.error = u"%1 %2 has check digit %3, expected %4"_s.arg(barcodeKindName(result.kind).toUpper(), code).arg(actual).arg(expected);
            return result;
        }
        result.valid = true;
        return result;
    }
    if (code.size() > 64) {
        result.error = u"an internal code may have at most 64 characters"_s;
        return result;
    }
    for (QChar c : code) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            result.error = u"an internal code may contain only printable ASCII characters without spaces"_s;
            return result;
        }
    }
    result.kind = BarcodeKind::Internal;
    result.valid = true;
    return result;
}

VariableMeasureCode parseVariableMeasureCode(const QString &ean13)
{
    VariableMeasureCode result;
    if (ean13.size() != 13 || !allDigits(ean13) || ean13.at(0) != u'2') {
        return result;
    }
    if (gs1CheckDigit(ean13.left(12)) != ean13.back().digitValue()) {
        return result;
    }
    result.prefix = ean13.left(2).toInt();
    result.itemCode = ean13.mid(2, 5);
    result.value = ean13.mid(7, 5).toLongLong();
    result.valid = true;
    return result;
}

} // namespace kassa
