#pragma once

#include "router.h"

#include <QCache>

namespace kassa {
class Database;
}

namespace kassa::server {

// Answers of the public storefront GETs (shops, categories, product lists and details, reviews),
// kept in memory and served again while the database is unchanged: a storefront's first page is
// asked for far more often than the catalog changes, and building it (one SQL query with a
// subquery per product, then JSON) costs some hundred times more than sending it.
//
// "Unchanged" is exact, not a time to live: before each lookup the cache reads SQLite's
// `PRAGMA data_version` (moves when another connection or process commits) and `total_changes()`
// (this connection's own writes); when either moved, every entry is dropped. So an answer is never
// older than the last commit. With maxBytes 0 (kassa-server --response-cache-mb 0) or on PostgreSQL nothing is cached (it has no such cheap counter; a
// change feed sequence would do).
//
// The key is the decoded path and the query exactly as sent: only the same request is answered
// from the cache. Entries are bounded by their bytes, least recently used first out.
class ResponseCache
{
public:
    explicit ResponseCache(Database &database, qint64 maxBytes = 32 * 1024 * 1024);

    // Wraps a GET handler whose answer depends only on the path, the query and the data (never on
    // who asks): 200 answers are stored and served again.
    Router::Handler cached(Router::Handler handler);

    [[nodiscard]] qint64 hits() const { return m_hits; }
    [[nodiscard]] qint64 misses() const { return m_misses; }

private:
    // False when there is no usable version (PostgreSQL, or the query failed): then nothing is cached.
    bool refreshVersion();

    Database &m_database;
    QCache<QString, HttpResponse> m_entries;
    bool m_enabled = false;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace kassa::server
