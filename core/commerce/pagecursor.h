#pragma once

#include <QJsonObject>
#include <QString>

namespace kassa {

// Keyset pagination: the cursor is the position after the last row of a page (its sort key and
// id), opaque to clients as URL-safe base64 of a small JSON object. Unlike OFFSET it stays correct
// and fast when rows are inserted while someone pages.
QString encodeCursor(const QJsonObject &position);
// False when the text is not a cursor this server made.
bool decodeCursor(const QString &cursor, QJsonObject *position);

} // namespace kassa
