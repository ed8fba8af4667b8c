#pragma once

#include "httpmessage.h"

#include "storage/database.h"

namespace kassa::server {

// Idempotency-Key for POST and PATCH, as Stripe and Spree do it: the first answer to a key is kept
// for 24 hours and replayed with `Idempotent-Replayed: true`; the same key with another body is
// 422; a key whose first request is still running (on this or another server process) is 409.
// Keys are scoped to who sent them (the session, else the client address).
class IdempotencyStore
{
public:
    explicit IdempotencyStore(Database &database)
        : m_database(database)
    {
    }

    static constexpr qint64 kRetention = 24LL * 60 * 60 * 1000;

    enum class Outcome { Proceed, Replay, Conflict, Mismatch, Failed };
    // Claims the key for this request, or says why not (with the replayed or problem response).
    Outcome begin(const HttpRequest &request, const QString &key, qint64 now, HttpResponse *response);
    // Stores the answer for replays; a 5xx answer releases the key so the client can retry.
    void finish(const HttpRequest &request, const QString &key, const HttpResponse &response);
    // Deletes keys older than the retention.
    void purge(qint64 now);

    static QString scopeOf(const HttpRequest &request);
    static QString requestHash(const HttpRequest &request);

private:
    Database &m_database;
};

} // namespace kassa::server
