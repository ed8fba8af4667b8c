#include "benchreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kassa::bench {

void print(const Figure &figure)
{
    QJsonObject line{{u"name"_s, figure.name},
                     {u"value"_s, figure.value},
                     {u"unit"_s, figure.unit},
                     {u"baseline"_s, figure.baseline},
                     {u"ratio"_s, figure.baseline > 0 ? std::round(figure.value / figure.baseline * 1000.0) / 1000.0 : 0.0},
                     {u"target"_s, figure.target},
                     {u"meets"_s, figure.meets}};
    if (!figure.note.isEmpty()) {
        line.insert(u"note"_s, figure.note);
    }
    QTextStream out(stdout);
    out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
    out.flush();
}

double median(QList<double> samples)
{
    return percentile(std::move(samples), 50.0);
}

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const double rank = p / 100.0 * double(samples.size() - 1);
    const qsizetype low = qsizetype(std::floor(rank));
    const qsizetype high = qsizetype(std::ceil(rank));
    return samples[low] + (samples[high] - samples[low]) * (rank - double(low));
}

} // namespace kassa::bench
