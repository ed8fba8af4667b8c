#pragma once

#include "permissions.h"

#include <QString>

namespace kassa {

// Who is doing something, for which company, from which device. Every service call takes one, so
// permission checks, the company filter and the audit trail all come from the same place.
struct Actor {
    QString userId; // empty for the operator's command line and the system itself
    QString companyId; // empty only for a super admin acting across companies
    QString shopId; // the shop a shop-bound role works in
    Role role = Role::Customer;
    QString deviceId; // terminal, server or operator console the action comes from
    QString label; // how the audit log names a non-user actor, e.g. "kassactl"

    [[nodiscard]] bool can(Action action) const { return roleAllows(role, action); }

    // The operator at the command line: acts with super admin rights, named in the audit log.
    static Actor operatorConsole(const QString &companyId, const QString &deviceId)
    {
        Actor actor;
        actor.role = Role::SuperAdmin;
        actor.companyId = companyId;
        actor.deviceId = deviceId;
        actor.label = QStringLiteral("kassactl");
        return actor;
    }
};

} // namespace kassa
