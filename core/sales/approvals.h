#pragma once

#include "saledraft.h"

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"
#include "services/userservice.h"

#include <QList>

namespace kassa
{

// A manager's approval at the till: her PIN (checked with UserService, so wrong PINs count towards
// its lock) and a role that may do every one of `actions` herself, in the actor's company and, for
// a shop-bound role, in the shop. Returns the approving manager, or false with the reason, the
// field being "approval".
bool verifyApproval(CoreContext &context, const Actor &actor, const QString &shopId, const Approval &approval, const QList<Action> &actions,
    UserRecord *approver, ServiceError *error);

// The refusal when an approval is needed and none was given: the till asks for a manager's PIN.
ServiceError approvalRequired(const QStringList &reasons);

} // namespace kassa
