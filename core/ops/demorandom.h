#pragma once

#include <QList>
#include <QtGlobal>

namespace kassa {

// The demo data's random numbers: xoshiro256** seeded through splitmix64, with every sampling
// helper written out here instead of taken from <random>, whose distributions differ between
// standard libraries. Only integer arithmetic and exactly rounded double operations (+ − × ÷) are
// used, so one seed gives the same data with any compiler, libm or CPU.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    // An independent stream for one part of the data (a company's catalog, one shop-day), so a
    // change in how many numbers one part draws never shifts the numbers of another.
    static DemoRandom stream(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0);

    quint64 next();
    // Uniform in [0, bound); bound must be positive. Lemire's multiply-shift with rejection, so
    // there is no modulo bias.
    quint64 below(quint64 bound);
    // Uniform in [low, high], both included.
    qint64 between(qint64 low, qint64 high);
    // Uniform in [0, 1) with 53 random bits.
    double unit();
    // True with probability perMille / 1000.
    bool perMille(int perMille) { return below(1000) < quint64(perMille); }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(below(quint64(items.size()))));
    }

private:
    quint64 m_state[4];
};

// Picks indices with probability proportional to their weights (cumulative sums and a binary
// search), for product popularity, basket sizes and hours of the day.
class WeightedPicker
{
public:
    WeightedPicker() = default;
    explicit WeightedPicker(const QList<double> &weights);

    void add(double weight);
    [[nodiscard]] qsizetype size() const { return m_cumulative.size(); }
    [[nodiscard]] double total() const { return m_cumulative.isEmpty() ? 0.0 : m_cumulative.last(); }
    // The weight of one index, as given.
    [[nodiscard]] double weight(qsizetype index) const { return m_cumulative[index] - (index > 0 ? m_cumulative[index - 1] : 0.0); }
    // An index; the picker must not be empty and its total must be positive.
    qsizetype pick(DemoRandom &random) const;

private:
    QList<double> m_cumulative;
};

} // namespace kassa
