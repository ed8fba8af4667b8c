#include "staffmodel.h"

using namespace Qt::StringLiterals;

namespace kassa::ui
{

StaffModel::StaffModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void StaffModel::setStaff(const QList<TillStaffMember> &staff)
{
    beginResetModel();
    m_staff = staff;
    endResetModel();
    Q_EMIT countChanged();
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

QString StaffModel::roleLabel(kassa::Role role)
{
    switch (role) {
    case kassa::Role::SuperAdmin:
        return tr("Platform administrator");
    case kassa::Role::CompanyAdmin:
        return tr("Company administrator");
    case kassa::Role::ShopManager:
        return tr("Shop manager");
    case kassa::Role::ShopStaff:
        return tr("Cashier");
    case kassa::Role::WarehouseStaff:
        return tr("Warehouse");
    case kassa::Role::Customer:
        return tr("Customer");
    }
    return {};
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TillStaffMember &member = m_staff.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return member.name;
    case UserIdRole:
        return member.id;
    case RoleLabelRole:
        return roleLabel(member.role);
    case InitialsRole: {
        QString initials;
        for (const QString &part : member.name.split(u' ', Qt::SkipEmptyParts)) {
            initials += part.at(0).toUpper();
            if (initials.size() == 2) {
                break;
            }
        }
        return initials;
    }
    case CanApproveRole:
        return roleAllows(member.role, Action::DiscountAboveLimit);
    }
    return {};
}

QHash<int, QByteArray> StaffModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {NameRole, "name"}, {RoleLabelRole, "roleLabel"}, {InitialsRole, "initials"}, {CanApproveRole, "canApprove"}};
}

} // namespace kassa::ui
