#include "tillstaff.h"

#include "storage/database.h"
#include "storage/tenantquery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa
{

bool listTillStaff(Database &database, const QString &companyId, const QString &shopId, QList<TillStaffMember> *staff, QString *error)
{
    staff->clear();
    TenantQuery query(database.connection(), companyId);
    if (!query.prepare(u"SELECT id, name, email, role FROM users WHERE company_id = :company_id AND active = 1 AND pin_hash IS NOT NULL "
                       "AND ((shop_id = :shop AND role IN ('shop_manager', 'shop_staff')) OR role = 'company_admin')"_s)) {
        *error = query.errorString();
        return false;
    }
    query.bind(u":shop"_s, shopId);
    if (!query.exec()) {
        *error = query.errorString();
        return false;
    }
    while (query.next()) {
        TillStaffMember member;
        member.id = query.value(0).toString();
        member.name = query.value(1).toString().isEmpty() ? query.value(2).toString() : query.value(1).toString();
        if (!parseRole(query.value(3).toString(), &member.role)) {
            continue;
        }
        staff->append(member);
    }
    // Managers first (they approve), then everyone by name: the order a till's sign-in grid shows.
    std::stable_sort(staff->begin(), staff->end(), [](const TillStaffMember &a, const TillStaffMember &b) {
        const bool aManages = a.role != Role::ShopStaff;
        const bool bManages = b.role != Role::ShopStaff;
        if (aManages != bManages) {
            return aManages;
        }
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return true;
}

qint64 pendingOutboxCount(Database &database, const QString &deviceId, QString *error)
{
    QSqlQuery *query = database.prepared(u"SELECT COUNT(*) FROM outbox WHERE device_id = ? AND acked_at IS NULL"_s, error);
    if (!query) {
        return -1;
    }
    query->addBindValue(deviceId);
    if (!query->exec() || !query->next()) {
        *error = query->lastError().text();
        return -1;
    }
    const qint64 count = query->value(0).toLongLong();
    query->finish();
    return count;
}

} // namespace kassa
