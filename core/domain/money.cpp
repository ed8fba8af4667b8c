#include "money.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

const QHash<QString, CurrencyInfo> &currencyTable()
{
    // Exponents from ISO 4217; cash rounding from the national mints' smallest circulating coin.
    static const QHash<QString, CurrencyInfo> table = [] {
        QHash<QString, CurrencyInfo> t;
        const auto add = [&t](const char *code, int exponent, qint64 cash) {
            const QString c = QString::fromLatin1(code);
            t.insert(c, CurrencyInfo{c, exponent, cash});
        };
        for (const char *code : {"EUR", "USD", "GBP", "PLN", "CZK", "RON", "BGN", "TRY", "MXN", "BRL", "INR", "CNY", "ZAR", "MAD", "AED", "SAR",
                                 "EGP", "ILS", "SGD", "HKD", "THB", "MYR", "PHP", "IDR", "NGN", "KES", "UAH", "RSD"}) {
            add(code, 2, 1);
        }
        add("CHF", 2, 5);
        add("CAD", 2, 5);
        add("AUD", 2, 5);
        add("NZD", 2, 10);
        add("SEK", 2, 100);
        add("NOK", 2, 100);
        add("DKK", 2, 50);
        add("HUF", 2, 500);
        for (const char *code : {"JPY", "KRW", "ISK", "CLP", "VND", "PYG", "UGX", "XOF", "XAF"}) {
            add(code, 0, 1);
        }
        for (const char *code : {"KWD", "BHD", "JOD", "OMR", "TND", "LYD", "IQD"}) {
            add(code, 3, 1);
        }
        return t;
    }();
    return table;
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

} // namespace

QString roundingModeName(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::HalfUp:
        return u"half_up"_s;
    case RoundingMode::HalfEven:
        return u"half_even"_s;
    case RoundingMode::HalfDown:
        return u"half_down"_s;
    case RoundingMode::Up:
        return u"up"_s;
    case RoundingMode::Down:
        return u"down"_s;
    }
    return {};
}

bool parseRoundingMode(const QString &name, RoundingMode *mode)
{
    for (RoundingMode candidate : {RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::HalfDown, RoundingMode::Up, RoundingMode::Down}) {
        if (roundingModeName(candidate) == name) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

qint64 divideRounded(WideInt numerator, qint64 denominator, RoundingMode mode)
{
    Q_ASSERT(denominator > 0);
    const bool negative = numerator < 0;
    const WideInt magnitude = negative ? -numerator : numerator;
    WideInt quotient = magnitude / denominator;
    const WideInt remainder = magnitude % denominator;
    // "Up" and "Down" are away from and towards zero, as cash registers and tax rules mean them.
    bool roundAway = false;
    if (remainder != 0) {
        const WideInt twice = remainder * 2;
        switch (mode) {
        case RoundingMode::HalfUp:
            roundAway = twice >= denominator;
            break;
        case RoundingMode::HalfDown:
            roundAway = twice > denominator;
            break;
        case RoundingMode::HalfEven:
            roundAway = twice > denominator || (twice == denominator && (quotient % 2) == 1);
            break;
        case RoundingMode::Up:
            roundAway = true;
            break;
        case RoundingMode::Down:
            roundAway = false;
            break;
        }
    }
    if (roundAway) {
        ++quotient;
    }
    return static_cast<qint64>(negative ? -quotient : quotient);
}

bool currencyInfo(const QString &code, CurrencyInfo *info)
{
    const auto &table = currencyTable();
    const auto it = table.constFind(code);
    if (it == table.constEnd()) {
        return false;
    }
    if (info) {
        *info = it.value();
    }
    return true;
}

bool isKnownCurrency(const QString &code)
{
    return currencyInfo(code, nullptr);
}

bool Money::add(const Money &other, Money *result) const
{
    qint64 sum = 0;
    if (other.m_currency != m_currency || qAddOverflow(m_minor, other.m_minor, &sum)) {
        return false;
    }
    *result = Money(sum, m_currency);
    return true;
}

bool Money::subtract(const Money &other, Money *result) const
{
    qint64 difference = 0;
    if (other.m_currency != m_currency || qSubOverflow(m_minor, other.m_minor, &difference)) {
        return false;
    }
    *result = Money(difference, m_currency);
    return true;
}

QString Money::toDecimalString() const
{
    CurrencyInfo info;
    if (!currencyInfo(m_currency, &info) || info.exponent == 0) {
        return QString::number(m_minor);
    }
    const qint64 scale = powerOfTen(info.exponent);
    const bool negative = m_minor < 0;
    // Written on the magnitude as unsigned so the most negative value does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const QString fraction = QString::number(magnitude % quint64(scale)).rightJustified(info.exponent, u'0');
    return (negative ? u"-"_s : QString()) + QString::number(magnitude / quint64(scale)) + u'.' + fraction;
}

bool Money::fromDecimalString(const QString &text, const QString &currency, Money *result)
{
    CurrencyInfo info;
    if (!currencyInfo(currency, &info)) {
        return false;
    }
    QString s = text.trimmed();
    if (s.isEmpty()) {
        return false;
    }
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    }
    const qsizetype separator = std::max(s.indexOf(u'.'), s.indexOf(u','));
    const QString wholePart = separator >= 0 ? s.left(separator) : s;
    QString fractionPart = separator >= 0 ? s.mid(separator + 1) : QString();
    if (wholePart.isEmpty() || (separator >= 0 && fractionPart.isEmpty()) || fractionPart.size() > info.exponent) {
        return false;
    }
    const auto allDigits = [](const QString &part) { return std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }); };
    if (!allDigits(wholePart) || !allDigits(fractionPart) || wholePart.size() > 15) {
        return false;
    }
    fractionPart = fractionPart.leftJustified(info.exponent, u'0');
    const qint64 minor = wholePart.toLongLong() * powerOfTen(info.exponent) + (fractionPart.isEmpty() ? 0 : fractionPart.toLongLong());
    *result = Money(negative ? -minor : minor, currency);
    return true;
}

Money Money::roundedForCash(RoundingMode mode) const
{
    CurrencyInfo info;
    if (!currencyInfo(m_currency, &info) || info.cashRoundingIncrement <= 1) {
        return *this;
    }
    const qint64 increments = divideRounded(m_minor, info.cashRoundingIncrement, mode);
    return Money(increments * info.cashRoundingIncrement, m_currency);
}

QList<qint64> allocateProportionally(qint64 total, const QList<qint64> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    if (weights.isEmpty()) {
        return parts;
    }
    WideInt weightSum = 0;
    for (qint64 w : weights) {
        Q_ASSERT(w >= 0);
        weightSum += w;
    }
    QList<qint64> effective = weights;
    if (weightSum == 0) {
        std::fill(effective.begin(), effective.end(), 1);
        weightSum = effective.size();
    }
    const bool negative = total < 0;
    const WideInt magnitude = negative ? -WideInt(total) : WideInt(total);
    WideInt assigned = 0;
    QList<WideInt> remainders(effective.size(), 0);
    for (qsizetype i = 0; i < effective.size(); ++i) {
        const WideInt product = magnitude * effective[i];
        parts[i] = static_cast<qint64>(product / weightSum);
        remainders[i] = product % weightSum;
        assigned += parts[i];
    }
    // Hand the units lost to truncation to the largest remainders, earliest index first on ties.
    QList<qsizetype> order(effective.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; assigned < magnitude; ++k, ++assigned) {
        ++parts[order[k % order.size()]];
    }
    if (negative) {
        for (qint64 &p : parts) {
            p = -p;
        }
    }
    return parts;
}

} // namespace kassa
