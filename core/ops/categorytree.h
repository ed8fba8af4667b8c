#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kassa {

class BusinessWrite;

// A company's category tree as CSV files name it: a path of names from the top, "Clothing > Shirts".
// Paths match case-insensitively; among siblings of the same name the oldest wins.
class CategoryTree
{
public:
    bool load(const QSqlDatabase &db, const QString &companyId, QString *error);

    // "Clothing > Shirts" for a category id; empty for none or an unknown id.
    [[nodiscard]] QString pathOf(const QString &categoryId) const;
    // The id of the category at `segments`, or empty when some part does not exist.
    [[nodiscard]] QString find(const QStringList &segments) const;
    // The id at `segments`, creating what is missing inside `write` (each with an audit row and a
    // `category.upserted` outbox entry). `created` gets the path of each new category.
    QString ensure(BusinessWrite &write, const QStringList &segments, QStringList *created);

    // Splits "Clothing > Shirts" into its names; false with `error` on an empty part ("A > > B").
    static bool splitPath(const QString &text, QStringList *segments, QString *error);
    static QString joinPath(const QStringList &segments);
    // A path in the form used to compare paths (case-folded).
    static QString pathKey(const QString &path);

private:
    struct Node {
        QString parentId;
        QString name;
    };
    static QString childKey(const QString &parentId, const QString &name);

    QHash<QString, Node> m_nodes;
    QHash<QString, QString> m_childByKey;
};

} // namespace kassa
