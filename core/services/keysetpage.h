#pragma once

#include "serviceerror.h"

#include "commerce/pagecursor.h"
#include "storage/tenantquery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kassa {

// Checks a list request's limit (1–100) and decodes its cursor into the keyset position
// ({"key": sort key, "id": row id} of the last row of the previous page).
inline bool readPageRequest(int limit, const QString &cursor, QJsonObject *position, ServiceError *error)
{
    if (limit < 1 || limit > 100) {
        *error = ServiceError::validation(QStringLiteral("limit"), QStringLiteral("must be between 1 and 100"));
        return false;
    }
    if (!cursor.isEmpty() && !decodeCursor(cursor, position)) {
        *error = ServiceError::validation(QStringLiteral("cursor"), QStringLiteral("is not a cursor of this listing; start again without it"),
                                          QStringLiteral("invalid_cursor"));
        return false;
    }
    return true;
}

// Runs a prepared keyset page query (it must use `LIMIT :limit`) and builds
// {"data": [...], "next_cursor": ...}: one row more than the limit is fetched to know whether
// another page follows. `toJson` turns a row into its object (which must have an "id"), `key`
// gives the row's sort key for the cursor; `extra` lets the cursor carry more (the sort name).
template<typename RowToJson, typename RowKey>
QJsonObject runKeysetPage(TenantQuery &query, int limit, RowToJson toJson, RowKey key, ServiceError *error, const QJsonObject &extra = {})
{
    query.bind(QStringLiteral(":limit"), limit + 1);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    QJsonArray data;
    QJsonObject last;
    bool more = false;
    while (query.next()) {
        if (data.size() == limit) {
            more = true;
            break;
        }
        const QJsonObject row = toJson(query);
        data.append(row);
        last = extra;
        last.insert(QStringLiteral("key"), key(query));
        last.insert(QStringLiteral("id"), row.value(QStringLiteral("id")));
    }
    return {{QStringLiteral("data"), data}, {QStringLiteral("next_cursor"), more ? QJsonValue(encodeCursor(last)) : QJsonValue()}};
}

} // namespace kassa
