#pragma once

#include "money.h"

namespace kassa {

// Tax rates are basis points: 1900 is 19 %, 550 is 5.5 %.
constexpr int kBasisPointsPerWhole = 10000;

// Tax on an amount that excludes it (net × rate).
qint64 taxOnNet(qint64 net, int rateBasisPoints, RoundingMode mode);
// Tax contained in an amount that includes it (gross × rate / (1 + rate)).
qint64 taxInGross(qint64 gross, int rateBasisPoints, RoundingMode mode);

// Whether tax is charged on each line and summed, or on the sum of the lines of one rate. Both are
// legal in the EU; the company chooses, and the receipt must add up either way.
enum class TaxRounding { PerLine, PerTotal };

QString taxRoundingName(TaxRounding rounding);
bool parseTaxRounding(const QString &name, TaxRounding *rounding);

} // namespace kassa
