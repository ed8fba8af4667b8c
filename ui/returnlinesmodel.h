#pragma once

#include "sales/salerecord.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kassa::ui
{

// The lines of the sale being returned against: what was sold, what earlier returns took back, and
// what the cashier now takes back (quantity, reason, back on the shelf or written off).
class ReturnLinesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The returns screen owns its lines")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        DescriptionRole,
        SkuRole,
        SoldRole,
        AlreadyReturnedRole,
        ReturnableRole,
        ReturnQuantityRole,
        ReasonRole,
        RestockRole,
        LineTotalRole,
    };
    Q_ENUM(Role)

    struct Choice {
        qint64 quantity = 0;
        QString reason;
        bool restock = true;
    };

    explicit ReturnLinesModel(QObject *parent = nullptr);

    void setSale(const SaleRecord &sale);
    void clear();
    [[nodiscard]] const SaleRecord &sale() const { return m_sale; }
    [[nodiscard]] const QList<Choice> &choices() const { return m_choices; }
    bool setChoice(int row, const Choice &choice);
    [[nodiscard]] qint64 returnable(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    SaleRecord m_sale;
    QList<Choice> m_choices;
};

} // namespace kassa::ui
