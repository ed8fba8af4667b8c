#pragma once

#include <QList>
#include <QString>

namespace kassa::bench {

// One benchmark figure as bench/run prints it: a JSON line with the measured value, the baseline
// measured in the same run, their ratio, the target and whether it is met.
struct Figure {
    QString name;
    double value = 0;
    QString unit;
    double baseline = 0;
    QString target; // e.g. "ratio <= 1.5", "value <= 60"
    bool meets = false;
    QString note; // extra context (data size, repetitions)
};

// Prints the figure as one compact JSON line on stdout.
void print(const Figure &figure);

double median(QList<double> samples);
double percentile(QList<double> samples, double p);

} // namespace kassa::bench
