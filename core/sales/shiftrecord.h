#pragma once

#include "services/serviceerror.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QString>

namespace kassa
{

// A till's shift as stored: who opened it with which float, and once closed, what was counted.
struct ShiftRecord {
    QString id;
    QString companyId;
    QString shopId;
    QString deviceId;
    QString openedBy;
    qint64 openedAt = 0;
    qint64 openingFloat = 0;
    QString closedBy;
    qint64 closedAt = 0; // 0 while open
    qint64 countedCash = -1; // -1 while open
    qint64 expectedCash = -1;
    bool open = false;

    [[nodiscard]] QJsonObject toJson() const;
};

// The open shift of `deviceId`, if there is one (false with a NotFound error when not).
bool loadOpenShift(Database &database, const QString &companyId, const QString &deviceId, ShiftRecord *shift, ServiceError *error);
bool loadShift(Database &database, const QString &companyId, const QString &shiftId, ShiftRecord *shift, ServiceError *error);

} // namespace kassa
