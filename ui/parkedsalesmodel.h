#pragma once

#include "sales/parkedsalestore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kassa::ui
{

// Sales put aside at this till (a customer who went to fetch her wallet), oldest first.
class ParkedSalesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its parked sales")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { SaleIdRole = Qt::UserRole + 1, LabelRole, LineCountRole, ParkedAtRole, CashierIdRole };
    Q_ENUM(Role)

    explicit ParkedSalesModel(QObject *parent = nullptr);

    void setSales(const QList<ParkedSale> &sales);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<ParkedSale> m_sales;
};

} // namespace kassa::ui
