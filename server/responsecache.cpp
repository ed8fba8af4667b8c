#include "responsecache.h"

#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kassa::server {

ResponseCache::ResponseCache(Database &database, qint64 maxBytes)
    : m_database(database)
    , m_entries(maxBytes)
    , m_enabled(database.dialect().isSqlite() && maxBytes > 0)
{
}

bool ResponseCache::refreshVersion()
{
    if (!m_enabled) {
        return false;
    }
    QString error;
    QSqlQuery *query = m_database.prepared(u"PRAGMA data_version"_s, &error);
    const bool ok = error.isEmpty() && query->exec() && query->next();
    const qint64 dataVersion = ok ? query->value(0).toLongLong() : -1;
    query->finish();
    // This connection's own writes, which data_version leaves out, straight from SQLite: a second
    // statement through Qt would cost a third of a cached answer.
    const QVariant handle = query->driver()->handle();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (!ok || !connection) {
        m_entries.clear();
        return false;
    }
    const qint64 totalChanges = sqlite3_total_changes64(connection);
    if (dataVersion != m_dataVersion || totalChanges != m_totalChanges) {
        m_entries.clear();
        m_dataVersion = dataVersion;
        m_totalChanges = totalChanges;
    }
    return true;
}

Router::Handler ResponseCache::cached(Router::Handler handler)
{
    return [this, handler = std::move(handler)](HttpRequest &request) {
        if (!refreshVersion()) {
            return handler(request);
        }
        const QString key = request.path + u'?' + request.query.toString(QUrl::FullyEncoded);
        if (const HttpResponse *hit = m_entries.object(key)) {
            ++m_hits;
            return *hit;
        }
        ++m_misses;
        HttpResponse response = handler(request);
        if (response.status == 200) {
            m_entries.insert(key, new HttpResponse(response), qsizetype(response.body.size() + key.size() * 2 + 256));
        }
        return response;
    };
}

} // namespace kassa::server
