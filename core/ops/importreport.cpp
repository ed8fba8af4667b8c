#include "importreport.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa {

QString ImportIssue::toString() const
{
    if (column.isEmpty()) {
        return u"row %1: %2"_s.arg(row).arg(message);
    }
    return u"row %1, column \"%2\": %3"_s.arg(row).arg(column, message);
}

qsizetype ImportReport::skippedRows() const
{
    QSet<int> rows;
    for (const ImportIssue &issue : badRows) {
        rows.insert(issue.row);
    }
    return rows.size();
}

bool ImportReport::succeeded(const ImportOptions &options) const
{
    if (!fileErrors.isEmpty() || !failure.isEmpty()) {
        return false;
    }
    if (!badRows.isEmpty() && !options.skipBadRows) {
        return false;
    }
    return options.dryRun || committed;
}

bool parseCsvBool(const QString &text, bool fallback, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        *value = fallback;
        return true;
    }
    if (t == "true"_L1 || t == "1"_L1 || t == "yes"_L1) {
        *value = true;
        return true;
    }
    if (t == "false"_L1 || t == "0"_L1 || t == "no"_L1) {
        *value = false;
        return true;
    }
    return false;
}

QString csvBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

bool parsePercentToBasisPoints(const QString &text, int *basisPoints)
{
    static const QRegularExpression pattern(u"^(\\d{1,3})(?:[.,](\\d{1,2}))?\\s*%?$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return false;
    }
    const int whole = match.captured(1).toInt();
    const int fraction = match.captured(2).leftJustified(2, u'0').toInt();
    const int result = whole * 100 + fraction;
    if (result > 10000) {
        return false;
    }
    *basisPoints = result;
    return true;
}

QString basisPointsToPercent(int basisPoints)
{
    const int whole = basisPoints / 100;
    const int fraction = basisPoints % 100;
    if (fraction == 0) {
        return QString::number(whole);
    }
    QString decimals = QString::number(fraction).rightJustified(2, u'0');
    if (decimals.endsWith(u'0')) {
        decimals.chop(1);
    }
    return QString::number(whole) + u'.' + decimals;
}

} // namespace kassa
