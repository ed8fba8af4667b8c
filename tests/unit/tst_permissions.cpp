// The permission table, written out here in full: any change to who may do what fails this test
// until the matrix below is changed with it, on purpose.

#include "domain/permissions.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::Action;
using kassa::Role;
using kassa::RoleReach;

Q_DECLARE_METATYPE(kassa::Role)
Q_DECLARE_METATYPE(kassa::Action)
Q_DECLARE_METATYPE(kassa::RoleReach)

namespace
{

// Columns, in this order: super_admin, company_admin, shop_manager, shop_staff, warehouse_staff, customer.
const Role kColumns[] = { Role::SuperAdmin, Role::CompanyAdmin, Role::ShopManager, Role::ShopStaff, Role::WarehouseStaff, Role::Customer };

struct MatrixRow {
    const char *action;
    const char *allowed; // one X (may) or . (may not) per column
};

// clang-format off
const MatrixRow kMatrix[] = {
    //                          super company manager staff warehouse customer
    {"company.manage",          "X     .       .       .     .         ."},
    {"company.settings",        "X     X       .       .     .         ."},
    {"shop.manage",             "X     X       .       .     .         ."},
    {"user.manage",             "X     X       .       .     .         ."},
    {"audit.read",              "X     X       X       .     .         ."},
    {"backup.restore",          "X     X       .       .     .         ."},
    {"catalog.read",            "X     X       X       X     X         X"},
    {"catalog.write",           "X     X       .       .     .         ."},
    {"price.write",             "X     X       .       .     .         ."},
    {"import_export",           "X     X       .       .     .         ."},
    {"sale.create",             "X     X       X       X     .         ."},
    {"sale.return",             "X     X       X       X     .         ."},
    {"sale.void",               "X     X       X       .     .         ."},
    {"discount.above_limit",    "X     X       X       .     .         ."},
    {"price.override",          "X     X       X       .     .         ."},
    {"shift.operate",           "X     X       X       X     .         ."},
    {"shift.review",            "X     X       X       .     .         ."},
    {"customer.read",           "X     X       X       X     .         ."},
    {"customer.write",          "X     X       X       X     .         ."},
    {"stock.read",              "X     X       X       X     X         ."},
    {"stock.adjust",            "X     X       X       .     .         ."},
    {"count.perform",           "X     X       X       X     X         ."},
    {"count.approve",           "X     X       X       .     .         ."},
    {"transfer.request",        "X     X       X       X     X         ."},
    {"transfer.approve",        "X     X       X       .     .         ."},
    {"transfer.ship_receive",   "X     X       X       .     X         ."},
    {"purchase_order.manage",   "X     X       X       .     .         ."},
    {"order.read",              "X     X       X       X     X         ."},
    {"order.fulfil",            "X     X       X       X     X         ."},
    {"order.manage",            "X     X       X       .     .         ."},
    {"report.read",             "X     X       X       .     .         ."},
    {"shop.online",             ".     .       .       .     .         X"},
};
// clang-format on

QList<bool> marks(const char *allowed)
{
    QList<bool> result;
    for (const char *c = allowed; *c; ++c) {
        if (*c == 'X' || *c == '.') {
            result << (*c == 'X');
        }
    }
    return result;
}

bool actionByName(const QString &name, Action *action)
{
    for (Action candidate : kassa::allActions()) {
        if (kassa::actionName(candidate) == name) {
            *action = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void matrixCoversEveryAction();
    void roleNames_data();
    void roleNames();
    void actionNamesAreUnique();
    void reach_data();
    void reach();
};

void TestPermissions::matrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<bool>("allowed");

    for (const MatrixRow &row : kMatrix) {
        const QList<bool> allowed = marks(row.allowed);
        QCOMPARE(allowed.size(), qsizetype(std::size(kColumns)));
        for (qsizetype column = 0; column < allowed.size(); ++column) {
            const Role role = kColumns[column];
            const QByteArray name = kassa::roleName(role).toLatin1() + '-' + row.action;
            QTest::newRow(name.constData()) << role << QString::fromLatin1(row.action) << allowed[column];
        }
    }
}

void TestPermissions::matrix()
{
    QFETCH(Role, role);
    QFETCH(QString, actionName);
    QFETCH(bool, allowed);

    Action action;
    QVERIFY2(actionByName(actionName, &action), qPrintable(u"no action called %1"_s.arg(actionName)));
    QCOMPARE(kassa::roleAllows(role, action), allowed);
}

void TestPermissions::matrixCoversEveryAction()
{
    // A new action must get its row above (and so a decision for every role).
    QSet<QString> inMatrix;
    for (const MatrixRow &row : kMatrix) {
        inMatrix.insert(QString::fromLatin1(row.action));
    }
    QSet<QString> inCode;
    for (Action action : kassa::allActions()) {
        inCode.insert(kassa::actionName(action));
    }
    QCOMPARE(inCode, inMatrix);
    QCOMPARE(qsizetype(std::size(kMatrix)), kassa::allActions().size());
    QCOMPARE(kassa::allRoles(), QList<Role>(std::begin(kColumns), std::end(kColumns)));
}

void TestPermissions::roleNames_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("name");
    QTest::newRow("super_admin") << Role::SuperAdmin << u"super_admin"_s;
    QTest::newRow("company_admin") << Role::CompanyAdmin << u"company_admin"_s;
    QTest::newRow("shop_manager") << Role::ShopManager << u"shop_manager"_s;
    QTest::newRow("shop_staff") << Role::ShopStaff << u"shop_staff"_s;
    QTest::newRow("warehouse_staff") << Role::WarehouseStaff << u"warehouse_staff"_s;
    QTest::newRow("customer") << Role::Customer << u"customer"_s;
}

void TestPermissions::roleNames()
{
    QFETCH(Role, role);
    QFETCH(QString, name);
    QCOMPARE(kassa::roleName(role), name);
    Role parsed = role == Role::Customer ? Role::SuperAdmin : Role::Customer;
    QVERIFY(kassa::parseRole(name, &parsed));
    QCOMPARE(parsed, role);

    Role untouched = Role::ShopStaff;
    QVERIFY(!kassa::parseRole(name.toUpper(), &untouched));
    QVERIFY(!kassa::parseRole(name + u' ', &untouched));
    QVERIFY(!kassa::parseRole(QString(), &untouched));
    QCOMPARE(untouched, Role::ShopStaff);
}

void TestPermissions::actionNamesAreUnique()
{
    QSet<QString> names;
    for (Action action : kassa::allActions()) {
        const QString name = kassa::actionName(action);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        Action parsed;
        QVERIFY(actionByName(name, &parsed));
        QCOMPARE(parsed, action);
    }
    QCOMPARE(names.size(), qsizetype(32));
}

void TestPermissions::reach_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<RoleReach>("reach");
    QTest::newRow("super_admin") << Role::SuperAdmin << RoleReach::Platform;
    QTest::newRow("company_admin") << Role::CompanyAdmin << RoleReach::Company;
    QTest::newRow("warehouse_staff") << Role::WarehouseStaff << RoleReach::Company;
    QTest::newRow("shop_manager") << Role::ShopManager << RoleReach::Shop;
    QTest::newRow("shop_staff") << Role::ShopStaff << RoleReach::Shop;
    QTest::newRow("customer") << Role::Customer << RoleReach::Self;
}

void TestPermissions::reach()
{
    QFETCH(Role, role);
    QFETCH(RoleReach, reach);
    QCOMPARE(kassa::reachOf(role), reach);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
