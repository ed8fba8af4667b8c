#include "cartmodel.h"

#include "clientsession.h"

using namespace Qt::StringLiterals;

namespace kassa::ui
{

CartModel::CartModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CartModel::setLines(const QList<QuotedLine> &lines, const QHash<QString, qint64> &available)
{
    const qsizetype before = m_lines.size();
    const qsizetype after = lines.size();
    m_available = available;
    const auto sameLine = [](const QuotedLine &a, const QuotedLine &b) { return a.draft.variantId == b.draft.variantId && a.draft.giftCardCode == b.draft.giftCardCode; };
    if (after == before + 1 && std::equal(m_lines.cbegin(), m_lines.cend(), lines.cbegin(), sameLine)) {
        beginInsertRows({}, int(before), int(before));
        m_lines = lines;
        endInsertRows();
    } else if (after == before - 1) {
        qsizetype removed = after;
        for (qsizetype i = 0; i < after; ++i) {
            if (!sameLine(m_lines.at(i), lines.at(i))) {
                removed = i;
                break;
            }
        }
        beginRemoveRows({}, int(removed), int(removed));
        m_lines.removeAt(removed);
        endRemoveRows();
        m_lines = lines;
        if (!m_lines.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
        }
    } else if (after == before && after > 0) {
        m_lines = lines;
        Q_EMIT dataChanged(index(0), index(int(after) - 1));
    } else if (after != before) {
        beginResetModel();
        m_lines = lines;
        endResetModel();
    }
    if (after != before) {
        Q_EMIT countChanged();
    }
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QString CartModel::quantityText(qint64 quantity, const QString &unit, const QLocale &locale)
{
    if (unit == "g"_L1 && (quantity >= 1000 || quantity <= -1000 || quantity % 1000 != 0)) {
        return locale.toString(double(quantity) / 1000.0, 'f', 3) + u"\u00a0kg"_s;
    }
    if (unit == "piece"_L1 || unit.isEmpty()) {
        return locale.toString(quantity);
    }
    return locale.toString(quantity) + u'\u00a0' + unit;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QuotedLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DescriptionRole:
        return line.description;
    case VariantIdRole:
        return line.draft.variantId;
    case SkuRole:
        return line.sku;
    case QuantityRole:
        return line.draft.quantity;
    case QuantityTextRole: {
        const ClientSession *session = ClientSession::instance();
        return quantityText(line.draft.quantity, line.unit, session ? session->locale() : QLocale());
    }
    case UnitPriceRole:
        return line.unitPrice;
    case CatalogPriceRole:
        return line.catalogPrice;
    case LineDiscountRole:
        return line.priced.lineDiscount + line.priced.cartDiscountShare;
    case LineTotalRole:
        return line.priced.total;
    case TaxRateRole:
        return line.taxRateBasisPoints;
    case AvailableRole:
        return line.draft.giftCardCode.isEmpty() ? m_available.value(line.draft.variantId, 0) : QVariant();
    case PriceOverriddenRole:
        return line.priceOverridden;
    case LabelPricedRole:
        return line.draft.labelPrice >= 0;
    case GiftCardRole:
        return line.draft.giftCardCode;
    }
    return {};
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    return {{VariantIdRole, "variantId"},
            {SkuRole, "sku"},
            {DescriptionRole, "description"},
            {QuantityRole, "quantity"},
            {QuantityTextRole, "quantityText"},
            {UnitPriceRole, "unitPrice"},
            {CatalogPriceRole, "catalogPrice"},
            {LineDiscountRole, "lineDiscount"},
            {LineTotalRole, "lineTotal"},
            {TaxRateRole, "taxRate"},
            {AvailableRole, "available"},
            {PriceOverriddenRole, "priceOverridden"},
            {LabelPricedRole, "labelPriced"},
            {GiftCardRole, "giftCard"}};
}

} // namespace kassa::ui
