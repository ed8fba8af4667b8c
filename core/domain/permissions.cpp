#include "permissions.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct RoleEntry {
    Role role;
    const char *name;
};
constexpr RoleEntry kRoles[] = {
    {Role::SuperAdmin, "super_admin"},   {Role::CompanyAdmin, "company_admin"},     {Role::ShopManager, "shop_manager"},
    {Role::ShopStaff, "shop_staff"},     {Role::WarehouseStaff, "warehouse_staff"}, {Role::Customer, "customer"},
};

struct ActionEntry {
    Action action;
    const char *name;
};
constexpr ActionEntry kActions[] = {
    {Action::CompanyManage, "company.manage"},
    {Action::CompanySettings, "company.settings"},
    {Action::ShopManage, "shop.manage"},
    {Action::UserManage, "user.manage"},
    {Action::AuditRead, "audit.read"},
    {Action::BackupRestore, "backup.restore"},
    {Action::CatalogRead, "catalog.read"},
    {Action::CatalogWrite, "catalog.write"},
    {Action::PriceWrite, "price.write"},
    {Action::ImportExport, "import_export"},
    {Action::SaleCreate, "sale.create"},
    {Action::SaleReturn, "sale.return"},
    {Action::SaleVoid, "sale.void"},
    {Action::DiscountAboveLimit, "discount.above_limit"},
    {Action::PriceOverride, "price.override"},
    {Action::ShiftOperate, "shift.operate"},
    {Action::ShiftReview, "shift.review"},
    {Action::CustomerRead, "customer.read"},
    {Action::CustomerWrite, "customer.write"},
    {Action::StockRead, "stock.read"},
    {Action::StockAdjust, "stock.adjust"},
    {Action::CountPerform, "count.perform"},
    {Action::CountApprove, "count.approve"},
    {Action::TransferRequest, "transfer.request"},
    {Action::TransferApprove, "transfer.approve"},
    {Action::TransferShipReceive, "transfer.ship_receive"},
    {Action::PurchaseOrderManage, "purchase_order.manage"},
    {Action::OrderRead, "order.read"},
    {Action::OrderFulfil, "order.fulfil"},
    {Action::OrderManage, "order.manage"},
    {Action::ReportRead, "report.read"},
    {Action::ShopOnline, "shop.online"},
};

using A = Action;

// The permission table. Read it as a matrix: each role lists what it may do; nothing else is
// allowed. Staff roles build on each other only where a real shop's hierarchy does.
const QHash<Role, QSet<Action>> &permissionTable()
{
    static const QHash<Role, QSet<Action>> table = [] {
        const QSet<Action> shopStaff = {A::CatalogRead, A::SaleCreate,  A::SaleReturn,   A::ShiftOperate, A::CustomerRead,
                                        A::CustomerWrite, A::StockRead, A::CountPerform, A::TransferRequest, A::OrderRead, A::OrderFulfil};
        const QSet<Action> warehouseStaff = {A::CatalogRead,         A::StockRead, A::CountPerform, A::TransferRequest,
                                             A::TransferShipReceive, A::OrderRead, A::OrderFulfil};
        QSet<Action> shopManager = shopStaff | warehouseStaff;
        shopManager |= {A::SaleVoid,      A::DiscountAboveLimit, A::PriceOverride, A::ShiftReview, A::StockAdjust, A::CountApprove,
                        A::TransferApprove, A::PurchaseOrderManage, A::OrderManage, A::ReportRead, A::AuditRead};
        QSet<Action> companyAdmin = shopManager;
        companyAdmin |= {A::CompanySettings, A::ShopManage, A::UserManage, A::CatalogWrite, A::PriceWrite, A::ImportExport, A::BackupRestore};
        QSet<Action> superAdmin = companyAdmin;
        superAdmin |= {A::CompanyManage};

        QHash<Role, QSet<Action>> t;
        t.insert(Role::SuperAdmin, superAdmin);
        t.insert(Role::CompanyAdmin, companyAdmin);
        t.insert(Role::ShopManager, shopManager);
        t.insert(Role::ShopStaff, shopStaff);
        t.insert(Role::WarehouseStaff, warehouseStaff);
        t.insert(Role::Customer, {A::CatalogRead, A::ShopOnline});
        return t;
    }();
    return table;
}

} // namespace

QString roleName(Role role)
{
    for (const RoleEntry &entry : kRoles) {
        if (entry.role == role) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

bool parseRole(const QString &name, Role *role)
{
    for (const RoleEntry &entry : kRoles) {
        if (name == QLatin1StringView(entry.name)) {
            *role = entry.role;
            return true;
        }
    }
    return false;
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleEntry &entry : kRoles) {
        roles.append(entry.role);
    }
    return roles;
}

QString actionName(Action action)
{
    for (const ActionEntry &entry : kActions) {
        if (entry.action == action) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

QList<Action> allActions()
{
    QList<Action> actions;
    for (const ActionEntry &entry : kActions) {
        actions.append(entry.action);
    }
    return actions;
}

bool roleAllows(Role role, Action action)
{
    return permissionTable().value(role).contains(action);
}

RoleReach reachOf(Role role)
{
    switch (role) {
    case Role::SuperAdmin:
        return RoleReach::Platform;
    case Role::CompanyAdmin:
    case Role::WarehouseStaff:
        return RoleReach::Company;
    case Role::ShopManager:
    case Role::ShopStaff:
        return RoleReach::Shop;
    case Role::Customer:
        return RoleReach::Self;
    }
    return RoleReach::Self;
}

} // namespace kassa
