#pragma once

#include "sales/tendersettlement.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kassa::ui
{

// The payments entered for the sale (or refund) on screen, as settled: cash handed over and the
// change it gives, card, gift card, store credit.
class TenderModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its tenders")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, KindLabelRole, AmountRole, ChangeRole, ReferenceRole };
    Q_ENUM(Role)

    explicit TenderModel(QObject *parent = nullptr);

    void setTenders(const QList<SettledTender> &tenders);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    static QString kindLabel(TenderKind kind);

Q_SIGNALS:
    void countChanged();

private:
    QList<SettledTender> m_tenders;
};

} // namespace kassa::ui
