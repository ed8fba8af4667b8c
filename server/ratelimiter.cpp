#include "ratelimiter.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace kassa::server {

RateLimiter::RateLimiter(double capacity, double perSecond, Clock clock)
    : m_capacity(capacity)
    , m_perSecond(perSecond)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

bool RateLimiter::take(const QString &key, int *retryAfterSeconds)
{
    const qint64 now = m_clock();
    if (now - m_lastPrune > 60000) {
        prune();
        m_lastPrune = now;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        it = m_buckets.insert(key, Bucket{m_capacity, now});
    }
    Bucket &bucket = it.value();
    bucket.tokens = std::min(m_capacity, bucket.tokens + double(now - bucket.updatedAt) / 1000.0 * m_perSecond);
    bucket.updatedAt = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_perSecond)));
    return false;
}

void RateLimiter::prune()
{
    const qint64 now = m_clock();
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double tokens = it->tokens + double(now - it->updatedAt) / 1000.0 * m_perSecond;
        it = tokens >= m_capacity ? m_buckets.erase(it) : std::next(it);
    }
}

} // namespace kassa::server
