#pragma once

#include <QLocale>
#include <QString>

namespace kassa::ui
{

// Money as a cashier reads and types it: in the shop's currency with the display language's
// separators ("1.234,50 €" in German, "€1,234.50" in English, "¥1,235" for yen). Arithmetic stays
// in minor units; this is only the text.
QString formatMoney(qint64 minorUnits, const QString &currency, const QLocale &locale);

// What a cashier typed ("12,5", "12.50", "1.234,50", "7") in minor units of `currency`. Accepts
// the locale's separators and a plain point or comma as the decimal mark; refuses more decimals
// than the currency has, signs, letters and empty text (returns false).
bool parseMoney(const QString &text, const QString &currency, const QLocale &locale, qint64 *minorUnits);

} // namespace kassa::ui
