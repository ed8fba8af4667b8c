#include "moneytext.h"

#include "domain/money.h"

using namespace Qt::StringLiterals;

namespace kassa::ui
{

namespace
{
int exponentOf(const QString &currency)
{
    CurrencyInfo info;
    return currencyInfo(currency, &info) ? info.exponent : 2;
}

qint64 powerOfTen(int exponent)
{
    qint64 value = 1;
    for (int i = 0; i < exponent; ++i) {
        value *= 10;
    }
    return value;
}
} // namespace

QString formatMoney(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const int exponent = exponentOf(currency);
    const qint64 scale = powerOfTen(exponent);
    const bool negative = minorUnits < 0;
    // |minimum qint64| has no positive counterpart; no till sees such an amount, but never overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString number = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (exponent > 0) {
        number += locale.decimalPoint() + u"%1"_s.arg(qulonglong(magnitude % quint64(scale)), exponent, 10, QChar(u'0'));
    }
    QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) != currency) {
        // The locale's own symbol belongs to its own currency; another currency shows its code,
        // except the few whose symbol nobody misreads.
        static const QHash<QString, QString> symbols{{u"EUR"_s, u"€"_s}, {u"USD"_s, u"$"_s}, {u"GBP"_s, u"£"_s}, {u"JPY"_s, u"¥"_s}};
        symbol = symbols.value(currency, currency);
    }
    // QLocale knows where a currency sign goes in this language (before or after, with a space).
    const QString sample = locale.toCurrencyString(1.0, u"\u00a4"_s);
    const bool symbolFirst = sample.indexOf(u'\u00a4') < sample.indexOf(u'1');
    const bool spaced = sample.contains(u' ') || sample.contains(QChar(0x00a0)) || sample.contains(QChar(0x202f));
    const QString separator = spaced ? u"\u00a0"_s : QString();
    QString text = symbolFirst ? symbol + separator + number : number + separator + symbol;
    if (negative) {
        text.prepend(locale.negativeSign());
    }
    return text;
}

bool parseMoney(const QString &text, const QString &currency, const QLocale &locale, qint64 *minorUnits)
{
    QString cleaned;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00a0) || c == QChar(0x202f) || c.category() == QChar::Other_Format) {
            continue; // spaces, and the direction marks right-to-left locales put around numbers
        }
        // Digits of any script (Arabic-Indic in Arabic) as ASCII digits.
        cleaned += c.isDigit() && c.digitValue() >= 0 ? QChar(char16_t(u'0' + c.digitValue())) : c;
    }
    for (const QString &symbol : {locale.currencySymbol(QLocale::CurrencySymbol), currency, u"€"_s, u"$"_s, u"£"_s, u"¥"_s}) {
        if (!symbol.isEmpty()) {
            cleaned.remove(symbol);
        }
    }
    if (cleaned.isEmpty()) {
        return false;
    }
    const int exponent = exponentOf(currency);
    // The decimal mark is the last point or comma when fewer than three digits follow it (or the
    // locale's own mark); every other point, comma or group separator is grouping.
    const QString group = locale.groupSeparator();
    qsizetype decimalAt = -1;
    for (qsizetype i = cleaned.size() - 1; i >= 0; --i) {
        const QChar c = cleaned.at(i);
        if (c == u'.' || c == u',' || QString(c) == locale.decimalPoint()) {
            const qsizetype digitsAfter = cleaned.size() - i - 1;
            if (QString(c) == locale.decimalPoint() || digitsAfter != 3 || exponent >= 3) {
                decimalAt = i;
            }
            break;
        }
    }
    QString whole = decimalAt >= 0 ? cleaned.left(decimalAt) : cleaned;
    const QString fraction = decimalAt >= 0 ? cleaned.mid(decimalAt + 1) : QString();
    whole.remove(u'.').remove(u',');
    if (!group.isEmpty()) {
        whole.remove(group);
    }
    if (whole.isEmpty() && fraction.isEmpty()) {
        return false;
    }
    if (fraction.size() > exponent) {
        return false;
    }
    for (const QString &part : {whole, fraction}) {
        for (const QChar c : part) {
            if (c < u'0' || c > u'9') {
                return false;
            }
        }
    }
    if (whole.size() > 12) {
        return false; // a trillion is no till amount; also keeps the multiplication in range
    }
    const qint64 scale = powerOfTen(exponent);
    const qint64 major = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 minor = fraction.isEmpty() ? 0 : fraction.leftJustified(exponent, u'0').toLongLong();
    *minorUnits = major * scale + minor;
    return true;
}

} // namespace kassa::ui
