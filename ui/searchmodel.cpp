#include "searchmodel.h"

#include "clientsession.h"

namespace kassa::ui
{

SearchModel::SearchModel(ClientSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
}

void SearchModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    QList<CatalogHit> hits;
    m_errorMessage.clear();
    // One keystroke, one indexed query (milliseconds even over 100,000 variants: bench
    // search_as_you_type), so it runs right here rather than behind a timer.
    if (!query.trimmed().isEmpty() && m_session->isOpen()) {
        CatalogSearch search(*m_session->context().database);
        QString error;
        hits = search.search(m_session->shop().companyId, m_session->shopId(), query, kLimit, &error);
        if (!error.isEmpty()) {
            m_errorMessage = tr("Search failed: %1").arg(error);
        }
    }
    const bool countChanges = hits.size() != m_hits.size();
    beginResetModel();
    m_hits = hits;
    endResetModel();
    Q_EMIT queryChanged();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

QString SearchModel::variantIdAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).variantId : QString();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CatalogHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole:
        return hit.description;
    case VariantIdRole:
        return hit.variantId;
    case SkuRole:
        return hit.sku;
    case BarcodeRole:
        return hit.barcode;
    case PriceRole:
        return hit.price;
    case AvailableRole:
        return hit.available;
    case UnitRole:
        return hit.unit;
    }
    return {};
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{VariantIdRole, "variantId"}, {SkuRole, "sku"},         {DescriptionRole, "description"}, {BarcodeRole, "barcode"},
            {PriceRole, "price"},         {AvailableRole, "available"}, {UnitRole, "unit"}};
}

} // namespace kassa::ui
