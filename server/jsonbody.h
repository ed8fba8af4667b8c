#pragma once

#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace kassa::server {

// Reads a JSON request body strictly: it must be one JSON object; fields are read by name with
// their type and range checked, every problem is collected with the field's name, and fields the
// endpoint does not know are refused (a typo must not be silently ignored).
class JsonBody
{
public:
    // Parses the body. On failure `problem` is the 400/415 answer to give, or 422 for text with a NUL
    // character in it (anywhere in the document).
    static bool parse(const HttpRequest &request, JsonBody *body, HttpResponse *problem);

    JsonBody() = default;
    explicit JsonBody(QJsonObject object, QString prefix = {})
        : m_object(std::move(object))
        , m_prefix(std::move(prefix))
    {
    }

    // Records every field not in `allowed` as an error.
    void allowOnly(const QStringList &allowed);
    [[nodiscard]] bool has(const QString &name) const { return m_object.contains(name); }
    [[nodiscard]] const QJsonObject &object() const { return m_object; }

    QString string(const QString &name, bool required, int maxLength = 1000);
    qint64 integer(const QString &name, bool required, qint64 minimum, qint64 maximum, qint64 fallback = 0);
    bool boolean(const QString &name, bool required, bool fallback = false);
    QJsonObject nested(const QString &name, bool required);
    QJsonArray array(const QString &name, bool required, int maxItems = 1000);

    void addError(const QString &field, const QString &message);
    // Takes the errors of a nested reader (lines[0].quantity ...).
    void merge(const JsonBody &other);
    [[nodiscard]] bool ok() const { return m_errors.isEmpty(); }
    // 422 validation_failed with errors [{field, message}].
    [[nodiscard]] HttpResponse problem() const;

private:
    [[nodiscard]] QString fieldName(const QString &name) const { return m_prefix.isEmpty() ? name : m_prefix + u'.' + name; }
    QJsonObject m_object;
    QString m_prefix;
    QJsonArray m_errors;
};

} // namespace kassa::server
