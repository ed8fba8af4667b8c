#include "productcsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
QString valueText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray() || value.isObject()) {
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    return value.toVariant().toString();
}
} // namespace

bool parseAttributes(const QString &text, QJsonObject *attributes, QString *error)
{
    QJsonObject result;
    const QStringList pairs = text.split(u';');
    for (const QString &pair : pairs) {
        if (pair.trimmed().isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf(u'=');
        const QString key = equals < 0 ? QString() : pair.left(equals).trimmed();
        if (equals < 0 || key.isEmpty()) {
            *error = u"\"%1\" is not name=value; write attributes like size=M;colour=blue"_s.arg(pair.trimmed());
            return false;
        }
        const QString value = pair.mid(equals + 1).trimmed();
        if (value.contains(u'=')) {
            *error = u"\"%1\" has two '='; write attributes like size=M;colour=blue"_s.arg(pair.trimmed());
            return false;
        }
        if (result.contains(key)) {
            *error = u"the attribute \"%1\" is given twice"_s.arg(key);
            return false;
        }
        result.insert(key, value);
    }
    *attributes = result;
    return true;
}

QString formatAttributes(const QJsonObject &attributes)
{
    QStringList pairs;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        pairs << it.key() + u'=' + valueText(it.value());
    }
    return pairs.join(u';');
}

QJsonObject stringifiedAttributes(const QJsonObject &attributes)
{
    QJsonObject result;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        result.insert(it.key(), valueText(it.value()));
    }
    return result;
}

} // namespace kassa
