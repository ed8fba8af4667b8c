#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace kassa {

// UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then randomness, so IDs made on any terminal
// sort by birth time and never collide. Qt 6.4's QUuid has no v7, hence this small generator.
class UuidV7Generator
{
public:
    using Clock = std::function<qint64()>; // Unix milliseconds
    using RandomSource = std::function<quint64()>;

    UuidV7Generator();
    UuidV7Generator(Clock clock, RandomSource random);

    // Strictly increasing within this generator, even when the clock stands still or steps back.
    QString next();

    // The UUID made from explicit parts; the demo seed uses it to make deterministic IDs.
    static QString format(qint64 unixMilliseconds, quint64 randomA, quint64 randomB);
    // The millisecond timestamp embedded in a v7 UUID, or -1 when `uuid` is not one.
    static qint64 timestampOf(const QString &uuid);
    static bool isValid(const QString &uuid);

private:
    QMutex m_mutex;
    Clock m_clock;
    RandomSource m_random;
    qint64 m_lastMilliseconds = -1;
    quint16 m_counter = 0; // the 12-bit rand_a field, used as a counter within one millisecond
};

// The process-wide generator: UUIDv7 from the system clock and libsodium's random bytes.
QString newId();

} // namespace kassa
