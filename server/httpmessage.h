#pragma once

#include "domain/actor.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <utility>

namespace kassa::server {

using HeaderPairs = QList<std::pair<QByteArray, QByteArray>>;

// A deep copy of what Kassa needs from a request. QHttpServer 6.4 reuses its request object for
// every request on a connection, so nothing may keep a reference to it past the handler.
struct HttpRequest {
    QByteArray method; // GET, POST, ... (upper case)
    QString path; // decoded path, without the query
    QUrlQuery query;
    HeaderPairs headers;
    QByteArray body;
    QString remoteAddress;
    QString requestId;
    QHash<QString, QString> pathParameters; // filled by the router: {shop_slug} → value

    // Who sent it: set when a valid bearer token came with it.
    bool authenticated = false;
    Actor actor;
    QString tokenDigest; // the session's digest, for idempotency scopes and logout

    [[nodiscard]] QString pathParameter(const QString &name) const { return pathParameters.value(name); }

    // The first header of that name (case-insensitive), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // A query parameter fully decoded, with '+' read as a space as HTML forms mean it.
    [[nodiscard]] QString queryValue(const QString &name) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HeaderPairs headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(std::pair<QByteArray, QByteArray>(name, value)); }

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse text(int status, const QByteArray &text, const QByteArray &contentType = "text/plain; charset=utf-8");
    // RFC 9457 problem details with Kassa's machine-readable `code` and, for validation, the fields.
    static HttpResponse problem(int status, const QString &code, const QString &title, const QString &detail = {}, const QJsonArray &errors = {});
};

} // namespace kassa::server
