#include "uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kassa {

UuidV7Generator::UuidV7Generator()
    : UuidV7Generator([] { return QDateTime::currentMSecsSinceEpoch(); }, [] { return QRandomGenerator::system()->generate64(); })
{
}

UuidV7Generator::UuidV7Generator(Clock clock, RandomSource random)
    : m_clock(std::move(clock))
    , m_random(std::move(random))
{
}

QString UuidV7Generator::next()
{
    QMutexLocker lock(&m_mutex);
    qint64 now = m_clock();
    if (now <= m_lastMilliseconds) {
        // Same millisecond (or a clock step back): keep order with the counter, borrowing the next
        // millisecond when 4096 IDs were already made in this one.
        now = m_lastMilliseconds;
        if (++m_counter > 0x0fff) {
            ++now;
            m_counter = 0;
        }
    } else {
        // Start the counter at a random point in its lower half so IDs are not guessable.
        m_counter = quint16(m_random() & 0x07ff);
    }
    m_lastMilliseconds = now;
    return format(now, m_counter, m_random());
}

QString UuidV7Generator::format(qint64 unixMilliseconds, quint64 randomA, quint64 randomB)
{
    const quint64 ms = quint64(unixMilliseconds) & 0xffffffffffffULL;
    const quint64 high = (ms << 16) | 0x7000ULL | (randomA & 0x0fffULL);
    const quint64 low = 0x8000000000000000ULL | (randomB & 0x3fffffffffffffffULL);
    // Written digit by digit: every request and every written row gets an id, and QString::arg with
    // five substrings cost several times more.
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&out](quint64 value, int nibbles) {
        for (int shift = (nibbles - 1) * 4; shift >= 0; shift -= 4) {
            *out++ = QChar(digits[(value >> shift) & 0xf]);
        }
    };
    put(high >> 32, 8);
    *out++ = u'-';
    put(high >> 16, 4);
    *out++ = u'-';
    put(high, 4);
    *out++ = u'-';
    put(low >> 48, 4);
    *out++ = u'-';
    put(low, 12);
    return text;
}

bool UuidV7Generator::isValid(const QString &uuid)
{
    if (uuid.size() != 36) {
        return false;
    }
    for (int i = 0; i < 36; ++i) {
        const QChar c = uuid.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-') {
                return false;
            }
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    const QChar variant = uuid.at(19);
    return uuid.at(14) == u'7' && (variant == u'8' || variant == u'9' || variant == u'a' || variant == u'b');
}

qint64 UuidV7Generator::timestampOf(const QString &uuid)
{
    if (!isValid(uuid)) {
        return -1;
    }
    const QString hex = uuid.left(8) + uuid.mid(9, 4);
    return hex.toLongLong(nullptr, 16);
}

QString newId()
{
    static UuidV7Generator generator;
    return generator.next();
}

} // namespace kassa
