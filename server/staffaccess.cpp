#include "staffaccess.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace kassa::server {

qint64 timeFrom(const HttpRequest &request, const QString &name, JsonBody *errors)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty()) {
        return 0;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!time.isValid()) {
        errors->addError(name, u"use an ISO 8601 date or time, e.g. 2026-11-21 or 2026-11-21T09:00:00Z"_s);
        return 0;
    }
    if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC);
    }
    return time.toMSecsSinceEpoch();
}

} // namespace kassa::server
