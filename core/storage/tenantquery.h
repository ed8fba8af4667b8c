#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace kassa {

// The one place that adds the company filter. Every query on company-owned rows is written with a
// `:company_id` placeholder and run through a TenantQuery, which refuses SQL that lacks it and binds
// the acting company on every execution, so no code path can forget the filter or pass another
// company's id by mistake.
class TenantQuery
{
public:
    TenantQuery(const QSqlDatabase &db, const QString &companyId);
    // Wraps a query prepared earlier (Database::prepared); `sql` is checked for the filter.
    TenantQuery(QSqlQuery *prepared, const QString &sql, const QString &companyId);

    // Prepares once; exec() may then run many times with new bindings.
    bool prepare(const QString &sql);
    void bind(const QString &placeholder, const QVariant &value);
    bool exec();
    bool next() { return m_query->next(); }
    [[nodiscard]] QVariant value(int index) const { return m_query->value(index); }
    [[nodiscard]] QVariant value(const QString &name) const { return m_query->value(name); }
    [[nodiscard]] int numRowsAffected() const { return m_query->numRowsAffected(); }
    // Lets a reused prepared statement release its result before the next use.
    void finish() { m_query->finish(); }
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] const QString &companyId() const { return m_companyId; }
    QSqlQuery &query() { return *m_query; }

    // Makes every later exec() fail with `reason` (used once the operation it belongs to failed, so
    // nothing runs outside its transaction).
    void refuse(const QString &reason) { m_refusal = reason; }

    static bool hasCompanyPlaceholder(const QString &sql);

private:
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    QString m_companyId;
    QString m_refusal;
};

// SQL NULL for an empty string; use it where a column means "absent" by NULL.
QVariant nullIfEmpty(const QString &value);
// A value ready to bind: a null QString becomes '' (see the .cpp); everything else is unchanged.
QVariant bindable(const QVariant &value);

} // namespace kassa
