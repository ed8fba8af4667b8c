#include "tendermodel.h"

namespace kassa::ui
{

TenderModel::TenderModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TenderModel::setTenders(const QList<SettledTender> &tenders)
{
    // A handful of rows that change together (the change moves to the last cash tender): reset.
    const bool countChanges = tenders.size() != m_tenders.size();
    beginResetModel();
    m_tenders = tenders;
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

int TenderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tenders.size());
}

QString TenderModel::kindLabel(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash:
        return tr("Cash");
    case TenderKind::Card:
        return tr("Card");
    case TenderKind::GiftCard:
        return tr("Gift card");
    case TenderKind::StoreCredit:
        return tr("Store credit");
    case TenderKind::Voucher:
        return tr("Voucher");
    case TenderKind::Other:
        return tr("Other");
    }
    return {};
}

QVariant TenderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SettledTender &tender = m_tenders.at(index.row());
    switch (role) {
    case KindRole:
        return tenderKindName(tender.kind);
    case Qt::DisplayRole:
    case KindLabelRole:
        return kindLabel(tender.kind);
    case AmountRole:
        return tender.amount;
    case ChangeRole:
        return tender.change;
    case ReferenceRole:
        return tender.reference;
    }
    return {};
}

QHash<int, QByteArray> TenderModel::roleNames() const
{
    return {{KindRole, "kind"}, {KindLabelRole, "kindLabel"}, {AmountRole, "amount"}, {ChangeRole, "change"}, {ReferenceRole, "reference"}};
}

} // namespace kassa::ui
