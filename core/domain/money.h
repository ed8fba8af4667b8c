#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace kassa {

// 128-bit intermediates for price × quantity × rate products (GCC and Clang; __extension__ keeps
// -Wpedantic quiet about the non-standard type).
__extension__ typedef __int128 WideInt;

// How an amount that falls between two minor units is rounded. Companies choose one; half-up is the
// default because it is what customers and tax offices in Kassa's markets expect on a receipt.
enum class RoundingMode { HalfUp, HalfEven, HalfDown, Up, Down };

QString roundingModeName(RoundingMode mode);
// Returns false and leaves `mode` untouched when `name` is not one of the names above.
bool parseRoundingMode(const QString &name, RoundingMode *mode);

// numerator / denominator rounded with `mode`; denominator must be positive. Works on 128-bit
// intermediates so unit price × quantity × rate never overflows.
qint64 divideRounded(WideInt numerator, qint64 denominator, RoundingMode mode);

// ISO 4217 facts Kassa needs: how many minor units a major unit has, and the smallest coin the till
// gives change in (Swiss francs round cash to 5 Rappen, for example).
struct CurrencyInfo {
    QString code;
    int exponent = 2;
    qint64 cashRoundingIncrement = 1; // in minor units
};

// Looks up a currency; returns false for codes Kassa does not know.
bool currencyInfo(const QString &code, CurrencyInfo *info);
bool isKnownCurrency(const QString &code);

// An amount of money: minor units plus the currency. Arithmetic refuses to mix currencies.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    {
    }

    [[nodiscard]] qint64 minorUnits() const { return m_minor; }
    [[nodiscard]] const QString &currency() const { return m_currency; }
    [[nodiscard]] bool isValid() const { return isKnownCurrency(m_currency); }

    // Fails (returns false) when the currencies differ or the sum overflows.
    [[nodiscard]] bool add(const Money &other, Money *result) const;
    [[nodiscard]] bool subtract(const Money &other, Money *result) const;

    // "19.99", "-0.05", "1999" for JPY: the amount in major units without a currency sign, as CSV
    // files and JSON-free interfaces write it.
    [[nodiscard]] QString toDecimalString() const;
    // Parses "19.99", "19,99", "19" in the currency's precision; returns false on anything else,
    // including more decimals than the currency has.
    static bool fromDecimalString(const QString &text, const QString &currency, Money *result);

    // Rounds a cash amount to the smallest coin (for cash tenders in CHF, SEK, ...).
    [[nodiscard]] Money roundedForCash(RoundingMode mode = RoundingMode::HalfUp) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// Splits `total` into parts proportional to `weights` that add up to exactly `total` (largest
// remainder method; ties go to the earlier index). Weights must be non-negative; when they are all
// zero the total is spread evenly. Used to spread a cart discount across its lines.
QList<qint64> allocateProportionally(qint64 total, const QList<qint64> &weights);

} // namespace kassa
