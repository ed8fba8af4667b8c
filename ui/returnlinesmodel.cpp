#include "returnlinesmodel.h"

namespace kassa::ui
{

ReturnLinesModel::ReturnLinesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ReturnLinesModel::setSale(const SaleRecord &sale)
{
    const bool countChanges = sale.lines.size() != m_sale.lines.size();
    beginResetModel();
    m_sale = sale;
    m_choices = QList<Choice>(sale.lines.size());
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

void ReturnLinesModel::clear()
{
    setSale(SaleRecord());
}

qint64 ReturnLinesModel::returnable(int row) const
{
    if (row < 0 || row >= m_sale.lines.size()) {
        return 0;
    }
    const SaleLineRecord &line = m_sale.lines.at(row);
    return qMax<qint64>(0, line.quantity - line.returnedQuantity);
}

bool ReturnLinesModel::setChoice(int row, const Choice &choice)
{
    if (row < 0 || row >= m_choices.size() || choice.quantity < 0 || choice.quantity > returnable(row)) {
        return false;
    }
    m_choices[row] = choice;
    Q_EMIT dataChanged(index(row), index(row), {ReturnQuantityRole, ReasonRole, RestockRole});
    return true;
}

int ReturnLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sale.lines.size());
}

QVariant ReturnLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SaleLineRecord &line = m_sale.lines.at(index.row());
    const Choice &choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole:
        return line.description;
    case LineIdRole:
        return line.id;
    case SkuRole:
        return line.sku;
    case SoldRole:
        return line.quantity;
    case AlreadyReturnedRole:
        return line.returnedQuantity;
    case ReturnableRole:
        return returnable(index.row());
    case ReturnQuantityRole:
        return choice.quantity;
    case ReasonRole:
        return choice.reason;
    case RestockRole:
        return choice.restock;
    case LineTotalRole:
        return line.lineTotal;
    }
    return {};
}

QHash<int, QByteArray> ReturnLinesModel::roleNames() const
{
    return {{LineIdRole, "lineId"},           {DescriptionRole, "description"},     {SkuRole, "sku"},
            {SoldRole, "sold"},               {AlreadyReturnedRole, "alreadyReturned"}, {ReturnableRole, "returnable"},
            {ReturnQuantityRole, "returnQuantity"}, {ReasonRole, "reason"},         {RestockRole, "restock"},
            {LineTotalRole, "lineTotal"}};
}

} // namespace kassa::ui
