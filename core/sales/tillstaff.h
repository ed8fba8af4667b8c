#pragma once

#include "domain/permissions.h"

#include <QList>
#include <QString>

namespace kassa
{

class Database;

// Someone who may sign in at a till with a PIN: staff and managers of the shop, and the company's
// admins (who have no home shop).
struct TillStaffMember {
    QString id;
    QString name;
    Role role = Role::ShopStaff;
};

// The active accounts with a PIN who may work at `shopId`'s tills, managers first, then by name.
// False with `error` when the database failed.
bool listTillStaff(Database &database, const QString &companyId, const QString &shopId, QList<TillStaffMember> *staff, QString *error);

// Operations this device wrote that the server has not acknowledged yet (the outbox's pending rows).
qint64 pendingOutboxCount(Database &database, const QString &deviceId, QString *error);

} // namespace kassa
