#include "tenantquery.h"

#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kassa {

TenantQuery::TenantQuery(const QSqlDatabase &db, const QString &companyId)
    : m_own(std::in_place, db)
    , m_query(&*m_own)
    , m_companyId(companyId)
{
    m_query->setForwardOnly(true);
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
    static const QRegularExpression placeholder(u":company_id\\b"_s);
    return placeholder.match(sql).hasMatch();
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
    return m_refusal.isEmpty() ? m_query->lastError().text() : m_refusal;
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
