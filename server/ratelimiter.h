#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace kassa::server {

// Token buckets by key (a client address, an account): `capacity` requests at once, refilled at
// `perSecond`. Lives in the server process; with several processes behind nginx each keeps its
// own buckets, and nginx's limit_req is the outer fence.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds

    RateLimiter(double capacity, double perSecond, Clock clock = {});

    // Takes one token; false when the bucket is empty, with the seconds until one is back.
    bool take(const QString &key, int *retryAfterSeconds);
    // Forgets buckets that are full again, so the table does not grow without bound.
    void prune();

private:
    struct Bucket {
        double tokens;
        qint64 updatedAt;
    };
    double m_capacity;
    double m_perSecond;
    Clock m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastPrune = 0;
};

} // namespace kassa::server
