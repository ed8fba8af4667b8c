#include "tax.h"

using namespace Qt::StringLiterals;

namespace kassa {

qint64 taxOnNet(qint64 net, int rateBasisPoints, RoundingMode mode)
{
    return divideRounded(WideInt(net) * rateBasisPoints, kBasisPointsPerWhole, mode);
}

qint64 taxInGross(qint64 gross, int rateBasisPoints, RoundingMode mode)
{
    return divideRounded(WideInt(gross) * rateBasisPoints, kBasisPointsPerWhole + rateBasisPoints, mode);
}

QString taxRoundingName(TaxRounding rounding)
{
    return rounding == TaxRounding::PerLine ? u"per_line"_s : u"per_total"_s;
}

bool parseTaxRounding(const QString &name, TaxRounding *rounding)
{
    if (name == "per_line"_L1) {
        *rounding = TaxRounding::PerLine;
    } else if (name == "per_total"_L1) {
        *rounding = TaxRounding::PerTotal;
    } else {
        return false;
    }
    return true;
}

} // namespace kassa
