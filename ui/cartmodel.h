#pragma once

#include "sales/salequote.h"

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>

namespace kassa::ui
{

// The lines of the cart being rung up, priced as the sale will charge them (from the SaleQuote the
// till makes on every change), with the stock available in the shop beside each.
class CartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its cart")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        VariantIdRole = Qt::UserRole + 1,
        SkuRole,
        DescriptionRole,
        QuantityRole,
        QuantityTextRole, // "2", "0.455 kg"
        UnitPriceRole,
        CatalogPriceRole,
        LineDiscountRole, // line discount and the line's share of the cart discount
        LineTotalRole,
        TaxRateRole,
        AvailableRole,
        PriceOverriddenRole,
        LabelPricedRole, // a scale's price-embedded label: the quantity is fixed
        GiftCardRole,
    };
    Q_ENUM(Role)

    explicit CartModel(QObject *parent = nullptr);

    // Shows `lines`: rows added at the end are inserted, one removed row is removed, the rest change
    // in place, so a view keeps its position and current row.
    void setLines(const QList<QuotedLine> &lines, const QHash<QString, qint64> &available);
    [[nodiscard]] const QuotedLine &line(int row) const { return m_lines.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    static QString quantityText(qint64 quantity, const QString &unit, const QLocale &locale);

Q_SIGNALS:
    void countChanged();

private:
    QList<QuotedLine> m_lines;
    QHash<QString, qint64> m_available;
};

} // namespace kassa::ui
