#pragma once

#include "sales/catalogsearch.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kassa::ui
{

class ClientSession;

// Search as you type at the till: the shop's products matching every word typed (name, SKU or
// barcode, as prefixes, accents ignored), best first, with price and stock.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till owns its search")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY queryChanged)

public:
    enum Role { VariantIdRole = Qt::UserRole + 1, SkuRole, DescriptionRole, BarcodeRole, PriceRole, AvailableRole, UnitRole };
    Q_ENUM(Role)

    SearchModel(ClientSession *session, QObject *parent = nullptr);

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    Q_INVOKABLE QString variantIdAt(int row) const;
    Q_INVOKABLE void clear() { setQuery({}); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    static constexpr int kLimit = 30;

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    ClientSession *m_session;
    QString m_query;
    QString m_errorMessage;
    QList<CatalogHit> m_hits;
};

} // namespace kassa::ui
