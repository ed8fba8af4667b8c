#pragma once

#include "sales/tillstaff.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kassa::ui
{

// Who may sign in at this till with a PIN: the tiles of the sign-in screen and the managers an
// approval can come from.
class StaffModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session owns the staff list")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { UserIdRole = Qt::UserRole + 1, NameRole, RoleLabelRole, InitialsRole, CanApproveRole };
    Q_ENUM(Role)

    explicit StaffModel(QObject *parent = nullptr);

    void setStaff(const QList<TillStaffMember> &staff);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    static QString roleLabel(kassa::Role role);

Q_SIGNALS:
    void countChanged();

private:
    QList<TillStaffMember> m_staff;
};

} // namespace kassa::ui
