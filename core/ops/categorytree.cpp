#include "categorytree.h"

#include "domain/uuid7.h"
#include "services/businesswrite.h"
#include "storage/tenantquery.h"

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
const QString kSeparator = u" > "_s;
}

bool CategoryTree::load(const QSqlDatabase &db, const QString &companyId, QString *error)
{
    m_nodes.clear();
    m_childByKey.clear();
    TenantQuery query(db, companyId);
    if (!query.prepare(u"SELECT id, COALESCE(parent_id, ''), name FROM categories WHERE company_id = :company_id ORDER BY id"_s) || !query.exec()) {
        *error = u"cannot read the categories: %1"_s.arg(query.errorString());
        return false;
    }
    while (query.next()) {
        const QString id = query.value(0).toString();
        const Node node{query.value(1).toString(), query.value(2).toString()};
        m_nodes.insert(id, node);
        const QString key = childKey(node.parentId, node.name);
        if (!m_childByKey.contains(key)) {
            m_childByKey.insert(key, id);
        }
    }
    return true;
}

QString CategoryTree::childKey(const QString &parentId, const QString &name)
{
    return parentId + u'\x1f' + name.toCaseFolded();
}

QString CategoryTree::pathOf(const QString &categoryId) const
{
    QStringList names;
    QString current = categoryId;
    // The depth bound guards against a cycle in damaged data.
    for (int depth = 0; !current.isEmpty() && depth < 64; ++depth) {
        const auto it = m_nodes.constFind(current);
        if (it == m_nodes.constEnd()) {
            break;
        }
        names.prepend(it->name);
        current = it->parentId;
    }
    return joinPath(names);
}

QString CategoryTree::find(const QStringList &segments) const
{
    QString parent;
    for (const QString &name : segments) {
        parent = m_childByKey.value(childKey(parent, name));
        if (parent.isEmpty()) {
            return {};
        }
    }
    return parent;
}

QString CategoryTree::ensure(BusinessWrite &write, const QStringList &segments, QStringList *created)
{
    QString parent;
    for (qsizetype depth = 0; depth < segments.size(); ++depth) {
        const QString &name = segments.at(depth);
        const QString key = childKey(parent, name);
        QString id = m_childByKey.value(key);
        if (id.isEmpty()) {
            id = newId();
            TenantQuery insert = write.query(u"INSERT INTO categories (id, company_id, parent_id, name, position) VALUES (:id, :company_id, :parent_id, :name, 0)"_s);
            insert.bind(u":id"_s, id);
            insert.bind(u":parent_id"_s, nullIfEmpty(parent));
            insert.bind(u":name"_s, name);
            if (!insert.exec()) {
                write.fail(u"cannot create the category %1: %2"_s.arg(joinPath(segments.mid(0, depth + 1)), insert.errorString()));
                return {};
            }
            m_nodes.insert(id, Node{parent, name});
            m_childByKey.insert(key, id);
            const QJsonObject after{{u"id"_s, id}, {u"parent_id"_s, parent.isEmpty() ? QJsonValue() : QJsonValue(parent)}, {u"name"_s, name}, {u"position"_s, 0}};
            write.audit(u"category.create"_s, u"category"_s, id, {}, after);
            write.outbox(u"category.upserted"_s, after);
            created->append(joinPath(segments.mid(0, depth + 1)));
        }
        parent = id;
    }
    return parent;
}

bool CategoryTree::splitPath(const QString &text, QStringList *segments, QString *error)
{
    segments->clear();
    if (text.trimmed().isEmpty()) {
        return true;
    }
    const QStringList parts = text.split(u'>');
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (name.isEmpty()) {
            *error = u"\"%1\" has an empty part; write a path like Clothing > Shirts"_s.arg(text);
            return false;
        }
        segments->append(name);
    }
    return true;
}

QString CategoryTree::joinPath(const QStringList &segments)
{
    return segments.join(kSeparator);
}

QString CategoryTree::pathKey(const QString &path)
{
    QStringList segments;
    QString ignored;
    splitPath(path, &segments, &ignored);
    return joinPath(segments).toCaseFolded();
}

} // namespace kassa
