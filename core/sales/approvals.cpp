#include "approvals.h"

using namespace Qt::StringLiterals;

namespace kassa
{

ServiceError approvalRequired(const QStringList &reasons)
{
    return { ServiceError::Kind::Forbidden, u"approval_required"_s, u"a manager's approval is needed: %1"_s.arg(reasons.join(u"; "_s)), u"approval"_s };
}

bool verifyApproval(CoreContext &context, const Actor &actor, const QString &shopId, const Approval &approval, const QList<Action> &actions,
    UserRecord *approver, ServiceError *error)
{
    const auto refuse = [error](ServiceError::Kind kind, const QString &code, const QString &message) {
        *error = { kind, code, message, u"approval"_s };
        return false;
    };
    if (!approval.isSet()) {
        return refuse(ServiceError::Kind::Forbidden, u"approval_required"_s, u"a manager's approval is needed"_s);
    }
    UserService users(context);
    UserRecord record;
    QString message;
    const UserService::SignInResult result = users.signInWithPin(approval.approverId, approval.pin, &record, &message);
    if (result != UserService::SignInResult::Ok) {
        return refuse(
            result == UserService::SignInResult::Failed ? ServiceError::Kind::Internal : ServiceError::Kind::Unauthorized, u"approval_refused"_s, message);
    }
    if (record.companyId != actor.companyId || (reachOf(record.role) == RoleReach::Shop && record.shopId != shopId)) {
        return refuse(ServiceError::Kind::Forbidden, u"approval_refused"_s, u"%1 is not a manager of this shop"_s.arg(record.name));
    }
    for (const Action action : actions) {
        if (!roleAllows(record.role, action)) {
            return refuse(ServiceError::Kind::Forbidden, u"approval_refused"_s,
                u"%1 (%2) may not approve %3"_s.arg(record.name, roleName(record.role), actionName(action)));
        }
    }
    *approver = record;
    return true;
}

} // namespace kassa
