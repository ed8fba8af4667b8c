#include "jsonbody.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kassa::server {

namespace {
// The first string (key or value) holding U+0000, as a field path, or empty. SQLite's text
// functions stop at a NUL, so "ab\u0000…" passes a length check in C++ and then fails a CHECK
// constraint in the database (found by fuzzing: a 500 on sign-up); no Kassa text may contain one.
QString fieldWithNul(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        return value.toString().contains(QChar(0)) ? path : QString();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (QString found = fieldWithNul(array.at(i), u"%1[%2]"_s.arg(path).arg(i)); !found.isEmpty()) {
                return found;
            }
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (it.key().contains(QChar(0))) {
                return field;
            }
            if (QString found = fieldWithNul(it.value(), field); !found.isEmpty()) {
                return found;
            }
        }
    }
    return {};
}
} // namespace

bool JsonBody::parse(const HttpRequest &request, JsonBody *body, HttpResponse *problem)
{
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (!request.body.isEmpty() && !contentType.isEmpty() && !contentType.startsWith("application/json")) {
        *problem = HttpResponse::problem(415, u"unsupported_media_type"_s, u"Unsupported media type"_s, u"send the body as application/json"_s);
        return false;
    }
    if (request.body.trimmed().isEmpty()) {
        *body = JsonBody(QJsonObject{});
        return true;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = HttpResponse::problem(400, u"malformed_json"_s, u"Malformed JSON"_s,
                                         u"the body is not valid JSON: %1 at byte %2"_s.arg(error.errorString()).arg(error.offset));
        return false;
    }
    if (!document.isObject()) {
        *problem = HttpResponse::problem(400, u"malformed_json"_s, u"Malformed JSON"_s, u"the body must be a JSON object"_s);
        return false;
    }
    if (const QString field = fieldWithNul(document.object(), QString()); !field.isEmpty()) {
        JsonBody refused;
        refused.addError(field, u"must not contain NUL characters"_s);
        *problem = refused.problem();
        return false;
    }
    *body = JsonBody(document.object());
    return true;
}

void JsonBody::allowOnly(const QStringList &allowed)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            addError(fieldName(it.key()), u"is not a field of this request (expected: %1)"_s.arg(allowed.join(u", "_s)));
        }
    }
}

QString JsonBody::string(const QString &name, bool required, int maxLength)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            addError(fieldName(name), u"is required"_s);
        }
        return {};
    }
    if (!value.isString()) {
        addError(fieldName(name), u"must be a string"_s);
        return {};
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        addError(fieldName(name), u"must have at most %1 characters"_s.arg(maxLength));
        return {};
    }
    if (required && text.trimmed().isEmpty()) {
        addError(fieldName(name), u"must not be empty"_s);
    }
    return text;
}

qint64 JsonBody::integer(const QString &name, bool required, qint64 minimum, qint64 maximum, qint64 fallback)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            addError(fieldName(name), u"is required"_s);
        }
        return fallback;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number || number < double(minimum) || number > double(maximum)) {
        addError(fieldName(name), u"must be a whole number from %1 to %2"_s.arg(minimum).arg(maximum));
        return fallback;
    }
    return value.toInteger();
}

bool JsonBody::boolean(const QString &name, bool required, bool fallback)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            addError(fieldName(name), u"is required"_s);
        }
        return fallback;
    }
    if (!value.isBool()) {
        addError(fieldName(name), u"must be true or false"_s);
        return fallback;
    }
    return value.toBool();
}

QJsonObject JsonBody::nested(const QString &name, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            addError(fieldName(name), u"is required"_s);
        }
        return {};
    }
    if (!value.isObject()) {
        addError(fieldName(name), u"must be an object"_s);
        return {};
    }
    return value.toObject();
}

QJsonArray JsonBody::array(const QString &name, bool required, int maxItems)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            addError(fieldName(name), u"is required"_s);
        }
        return {};
    }
    if (!value.isArray()) {
        addError(fieldName(name), u"must be an array"_s);
        return {};
    }
    if (value.toArray().size() > maxItems) {
        addError(fieldName(name), u"must have at most %1 items"_s.arg(maxItems));
        return {};
    }
    return value.toArray();
}

void JsonBody::addError(const QString &field, const QString &message)
{
    m_errors.append(QJsonObject{{u"field"_s, field}, {u"message"_s, message}});
}

void JsonBody::merge(const JsonBody &other)
{
    for (const QJsonValue &error : other.m_errors) {
        m_errors.append(error);
    }
}

HttpResponse JsonBody::problem() const
{
    QStringList fields;
    for (const QJsonValue &error : m_errors) {
        fields << error.toObject().value(u"field"_s).toString();
    }
    return HttpResponse::problem(422, u"validation_failed"_s, u"Validation failed"_s, u"check the fields: %1"_s.arg(fields.join(u", "_s)), m_errors);
}

} // namespace kassa::server
