#pragma once

#include <QJsonObject>
#include <QString>

namespace kassa {

// How variant attributes are written in CSV files: "colour=blue;size=M" (keys sorted), stored as a
// JSON object of strings. Keys and values may not contain ';' or '='.
bool parseAttributes(const QString &text, QJsonObject *attributes, QString *error);
QString formatAttributes(const QJsonObject &attributes);
// The same object with every value as text (numbers and booleans as a file would write them).
QJsonObject stringifiedAttributes(const QJsonObject &attributes);

} // namespace kassa
