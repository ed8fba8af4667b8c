#include "httpmessage.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kassa::server {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString HttpRequest::queryValue(const QString &name) const
{
    // '+' means a space only while still encoded: "%2B" must stay a plus, so swap before decoding.
    QString encoded = query.queryItemValue(name, QUrl::FullyEncoded);
    encoded.replace(u'+', u"%20"_s);
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return HttpResponse{status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return HttpResponse{status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::text(int status, const QByteArray &text, const QByteArray &contentType)
{
    return HttpResponse{status, contentType, text, {}};
}

HttpResponse HttpResponse::problem(int status, const QString &code, const QString &title, const QString &detail, const QJsonArray &errors)
{
    QJsonObject object{{u"type"_s, QString(u"https://kassa.example/problems/"_s + code)}, {u"title"_s, title}, {u"status"_s, status}, {u"code"_s, code}};
    if (!detail.isEmpty()) {
        object.insert(u"detail"_s, detail);
    }
    if (!errors.isEmpty()) {
        object.insert(u"errors"_s, errors);
    }
    HttpResponse response = json(status, object);
    response.contentType = "application/problem+json";
    return response;
}

} // namespace kassa::server
