#pragma once

#include <QMutex>
#include <QtGlobal>

#include <functional>

namespace kassa {

// A hybrid logical clock (Kulkarni et al.): wall-clock milliseconds in the high 48 bits and a
// logical counter in the low 16, so events stamped on one device are strictly ordered even when
// its clock is adjusted backwards, and stay close to real time for people reading them.
class HybridLogicalClock
{
public:
    using Clock = std::function<qint64()>; // Unix milliseconds

    explicit HybridLogicalClock(Clock clock = {});

    // A stamp for a local event, greater than every stamp this clock gave or observed.
    qint64 now();
    // Takes a stamp seen from elsewhere (the server) into account; returns the local stamp after it.
    qint64 observe(qint64 remoteStamp);
    // Restores the last stamp after a restart so stamps keep increasing across restarts.
    void restore(qint64 lastStamp);

    static qint64 millisecondsOf(qint64 stamp) { return stamp >> 16; }
    static qint64 make(qint64 milliseconds, quint16 logical) { return (milliseconds << 16) | logical; }

private:
    QMutex m_mutex;
    Clock m_clock;
    qint64 m_last = 0;
};

} // namespace kassa
