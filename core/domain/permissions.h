#pragma once

#include <QList>
#include <QString>

namespace kassa {

enum class Role { SuperAdmin, CompanyAdmin, ShopManager, ShopStaff, WarehouseStaff, Customer };

QString roleName(Role role);
bool parseRole(const QString &name, Role *role);
QList<Role> allRoles();

// Everything a person can be allowed to do. Services check the acting user's role against the
// single table in permissions.cpp before they touch anything.
enum class Action {
    // platform
    CompanyManage, // create, rename, delete companies (super admin)
    CompanySettings, // a company's own settings, tax categories, rounding
    ShopManage, // shops, locations, bins
    UserManage, // staff accounts and roles
    AuditRead,
    BackupRestore,
    // catalog
    CatalogRead,
    CatalogWrite,
    PriceWrite,
    ImportExport,
    // selling
    SaleCreate,
    SaleReturn,
    SaleVoid,
    DiscountAboveLimit, // approve a discount above the staff limit (manager PIN)
    PriceOverride,
    ShiftOperate, // open and close own shift, cash in and out
    ShiftReview, // see and reopen any shift of the shop
    // customers
    CustomerRead,
    CustomerWrite,
    // stock
    StockRead,
    StockAdjust,
    CountPerform,
    CountApprove,
    TransferRequest,
    TransferApprove,
    TransferShipReceive,
    PurchaseOrderManage,
    // online orders
    OrderRead,
    OrderFulfil,
    OrderManage, // cancel, refund, change status
    // reporting
    ReportRead,
    // a customer's own things online
    ShopOnline, // cart, checkout, own orders, reviews, wishlist, addresses
};

QString actionName(Action action);
QList<Action> allActions();

// The one permission table: may a person with this role do this?
bool roleAllows(Role role, Action action);

// Whether a role's reach is the whole platform, one company, or one shop of it.
enum class RoleReach { Platform, Company, Shop, Self };
RoleReach reachOf(Role role);

} // namespace kassa
