#include "shiftrecord.h"

#include "preparedread.h"

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
const QString kColumns = u"SELECT id, company_id, shop_id, device_id, opened_by, opened_at, opening_float, COALESCE(closed_by, ''), COALESCE(closed_at, 0), "
                         "COALESCE(counted_cash, -1), COALESCE(expected_cash, -1), status FROM shifts "_s;

bool readOne(TenantQuery &query, ShiftRecord *shift, const QString &what, ServiceError *error)
{
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return false;
    }
    if (!query.next()) {
        *error = ServiceError::notFound(what);
        return false;
    }
    shift->id = query.value(0).toString();
    shift->companyId = query.value(1).toString();
    shift->shopId = query.value(2).toString();
    shift->deviceId = query.value(3).toString();
    shift->openedBy = query.value(4).toString();
    shift->openedAt = query.value(5).toLongLong();
    shift->openingFloat = query.value(6).toLongLong();
    shift->closedBy = query.value(7).toString();
    shift->closedAt = query.value(8).toLongLong();
    shift->countedCash = query.value(9).toLongLong();
    shift->expectedCash = query.value(10).toLongLong();
    shift->open = query.value(11).toString() == "open"_L1;
    query.finish();
    return true;
}
} // namespace

QJsonObject ShiftRecord::toJson() const
{
    QJsonObject json { { u"id"_s, id }, { u"shop_id"_s, shopId }, { u"device_id"_s, deviceId }, { u"opened_by"_s, openedBy }, { u"opened_at"_s, openedAt },
        { u"opening_float"_s, openingFloat }, { u"status"_s, open ? u"open"_s : u"closed"_s } };
    if (!open) {
        json.insert(u"closed_by"_s, closedBy);
        json.insert(u"closed_at"_s, closedAt);
        json.insert(u"counted_cash"_s, countedCash);
        json.insert(u"expected_cash"_s, expectedCash);
    }
    return json;
}

bool loadOpenShift(Database &database, const QString &companyId, const QString &deviceId, ShiftRecord *shift, ServiceError *error)
{
    // Backed by the unique index on open shifts per device.
    const QString sql = kColumns + u"WHERE company_id = :company_id AND device_id = :device_id AND status = 'open'"_s;
    TenantQuery query = preparedRead(database, sql, companyId);
    query.bind(u":device_id"_s, deviceId);
    return readOne(query, shift, u"this till has no open shift; open one with a cash float first"_s, error);
}

bool loadShift(Database &database, const QString &companyId, const QString &shiftId, ShiftRecord *shift, ServiceError *error)
{
    TenantQuery query = preparedRead(database, kColumns + u"WHERE company_id = :company_id AND id = :id"_s, companyId);
    query.bind(u":id"_s, shiftId);
    return readOne(query, shift, u"no shift %1"_s.arg(shiftId), error);
}

} // namespace kassa
