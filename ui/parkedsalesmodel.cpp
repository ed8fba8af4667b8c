#include "parkedsalesmodel.h"

namespace kassa::ui
{

ParkedSalesModel::ParkedSalesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ParkedSalesModel::setSales(const QList<ParkedSale> &sales)
{
    const bool countChanges = sales.size() != m_sales.size();
    beginResetModel();
    m_sales = sales;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

int ParkedSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sales.size());
}

QVariant ParkedSalesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ParkedSale &sale = m_sales.at(index.row());
    switch (role) {
    case SaleIdRole:
        return sale.id;
    case Qt::DisplayRole:
    case LabelRole:
        return sale.label.isEmpty() ? tr("Sale with %n line(s)", nullptr, sale.lineCount) : sale.label;
    case LineCountRole:
        return sale.lineCount;
    case ParkedAtRole:
        return sale.updatedAt;
    case CashierIdRole:
        return sale.cashierId;
    }
    return {};
}

QHash<int, QByteArray> ParkedSalesModel::roleNames() const
{
    return {{SaleIdRole, "saleId"}, {LabelRole, "label"}, {LineCountRole, "lineCount"}, {ParkedAtRole, "parkedAt"}, {CashierIdRole, "cashierId"}};
}

} // namespace kassa::ui
