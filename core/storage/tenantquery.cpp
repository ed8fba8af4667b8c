#include "tenantquery.h"
#include "dialect.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kassa {

TenantQuery::TenantQuery(const QSqlDatabase &db, const QString &companyId)
    : m_own(std::in_place, db)
    , m_query(&*m_own)
    , m_companyId(companyId)
{
    m_query->setForwardOnly(Dialect::streamsResults(db));
}

TenantQuery::TenantQuery(QSqlQuery *prepared, const QString &sql, const QString &companyId)
    : m_query(prepared)
    , m_companyId(companyId)
{
    if (!hasCompanyPlaceholder(sql)) {
        qFatal("query on company data without the :company_id filter: %s", qPrintable(sql.simplified()));
    }
    if (m_companyId.isEmpty()) {
        m_refusal = u"no company chosen for a query on company data"_s;
    }
}

bool TenantQuery::hasCompanyPlaceholder(const QString &sql)
{
    // ":company_id" as a whole name (what the regular expression :company_id\b says), found without
    // a regular expression: this runs on every statement of every business write.
    static constexpr QLatin1StringView placeholder(":company_id");
    for (qsizetype at = sql.indexOf(placeholder); at >= 0; at = sql.indexOf(placeholder, at + 1)) {
        const qsizetype end = at + placeholder.size();
        if (end == sql.size() || !(sql.at(end).isLetterOrNumber() || sql.at(end) == u'_')) {
            return true;
        }
    }
    return false;
}

bool TenantQuery::prepare(const QString &sql)
{
    if (!hasCompanyPlaceholder(sql)) {
        qFatal("query on company data without the :company_id filter: %s", qPrintable(sql.simplified()));
    }
    if (m_companyId.isEmpty()) {
        m_refusal = u"no company chosen for a query on company data"_s;
        return false;
    }
    m_refusal.clear();
    return m_query->prepare(sql);
}

void TenantQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, bindable(value));
}

bool TenantQuery::exec()
{
    if (!m_refusal.isEmpty()) {
        return false;
    }
    m_query->bindValue(u":company_id"_s, m_companyId);
    return m_query->exec();
}

QString TenantQuery::errorString() const
{
    return m_refusal.isEmpty() ? sqlErrorText(m_query->lastError()) : m_refusal;
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant bindable(const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; Kassa's text columns mean "" by an absent string and say
    // NULL explicitly (nullIfEmpty), so NOT NULL columns never fail on a default-constructed QString.
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(u""_s);
    }
    return value;
}

} // namespace kassa
