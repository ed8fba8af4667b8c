#include "demorandom.h"

#include <algorithm>

namespace kassa {

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &word : m_state) {
        word = splitMix64(state);
    }
}

DemoRandom DemoRandom::stream(quint64 seed, quint64 a, quint64 b, quint64 c)
{
    // Mixes the parts one after the other, so (1, 2) and (2, 1) name different streams.
    quint64 state = seed;
    quint64 mixed = splitMix64(state);
    for (quint64 part : {a, b, c}) {
        state = mixed ^ (part * 0xd1b54a32d192ed03ULL);
        mixed = splitMix64(state);
    }
    return DemoRandom(mixed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 bound)
{
    Q_ASSERT(bound > 0);
    __extension__ typedef unsigned __int128 Wide;
    Wide product = Wide(next()) * bound;
    quint64 low = quint64(product);
    if (low < bound) {
        const quint64 threshold = (0 - bound) % bound;
        while (low < threshold) {
            product = Wide(next()) * bound;
            low = quint64(product);
        }
    }
    return quint64(product >> 64);
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    Q_ASSERT(low <= high);
    return low + qint64(below(quint64(high - low) + 1));
}

double DemoRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0); // 2^53
}

WeightedPicker::WeightedPicker(const QList<double> &weights)
{
    m_cumulative.reserve(weights.size());
    for (double weight : weights) {
        add(weight);
    }
}

void WeightedPicker::add(double weight)
{
    m_cumulative.append(total() + (weight > 0 ? weight : 0.0));
}

qsizetype WeightedPicker::pick(DemoRandom &random) const
{
    Q_ASSERT(!m_cumulative.isEmpty() && total() > 0);
    const double target = random.unit() * total();
    // The first index whose cumulative weight exceeds the target; zero weights are never chosen.
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
    return it == m_cumulative.cend() ? m_cumulative.size() - 1 : qsizetype(it - m_cumulative.cbegin());
}

} // namespace kassa
