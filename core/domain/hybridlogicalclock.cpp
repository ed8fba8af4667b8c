#include "hybridlogicalclock.h"

#include <QDateTime>

#include <algorithm>

namespace kassa {

HybridLogicalClock::HybridLogicalClock(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

qint64 HybridLogicalClock::now()
{
    QMutexLocker lock(&m_mutex);
    const qint64 physical = make(m_clock(), 0);
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

qint64 HybridLogicalClock::observe(qint64 remoteStamp)
{
    QMutexLocker lock(&m_mutex);
    const qint64 physical = make(m_clock(), 0);
    m_last = std::max({physical, m_last + 1, remoteStamp + 1});
    return m_last;
}

void HybridLogicalClock::restore(qint64 lastStamp)
{
    QMutexLocker lock(&m_mutex);
    m_last = std::max(m_last, lastStamp);
}

} // namespace kassa
