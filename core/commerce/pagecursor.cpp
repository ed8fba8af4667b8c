#include "pagecursor.h"

#include <QJsonDocument>

namespace kassa {

QString encodeCursor(const QJsonObject &position)
{
    return QString::fromLatin1(QJsonDocument(position).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, QJsonObject *position)
{
    if (cursor.size() > 512) {
        return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return false;
    }
    *position = document.object();
    return true;
}

} // namespace kassa
