#include "shopinfo.h"

#include "storage/database.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
QString selectBy(const QString &column)
{
    return u"SELECT s.id, s.company_id, s.slug, s.name, s.kind, c.currency, s.timezone, c.slug, s.prices_include_tax, c.rounding_mode, "
           "c.tax_rounding, s.active FROM shops s JOIN companies c ON c.id = s.company_id WHERE s.%1 = ?"_s.arg(column);
}

bool read(QSqlQuery &query, const QString &value, ShopInfo *shop)
{
    query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        query.finish();
        return false;
    }
    shop->id = query.value(0).toString();
    shop->companyId = query.value(1).toString();
    shop->slug = query.value(2).toString();
    shop->name = query.value(3).toString();
    shop->kind = query.value(4).toString();
    shop->currency = query.value(5).toString();
    shop->timezone = query.value(6).toString();
    shop->companySlug = query.value(7).toString();
    shop->pricing.pricesIncludeTax = query.value(8).toInt() == 1;
    parseRoundingMode(query.value(9).toString(), &shop->pricing.rounding);
    parseTaxRounding(query.value(10).toString(), &shop->pricing.taxRounding);
    shop->active = query.value(11).toInt() == 1;
    query.finish();
    return true;
}

bool load(const QSqlDatabase &db, const QString &column, const QString &value, ShopInfo *shop)
{
    QSqlQuery query(db);
    query.prepare(selectBy(column));
    return read(query, value, shop);
}
} // namespace

QJsonObject ShopInfo::toJson() const
{
    return {{u"id"_s, id},
            {u"slug"_s, slug},
            {u"name"_s, name},
            {u"currency"_s, currency},
            {u"timezone"_s, timezone},
            {u"prices_include_tax"_s, pricing.pricesIncludeTax}};
}

bool ShopInfo::bySlug(const QSqlDatabase &db, const QString &slug, ShopInfo *shop)
{
    return load(db, u"slug"_s, slug, shop);
}

bool ShopInfo::byId(const QSqlDatabase &db, const QString &id, ShopInfo *shop)
{
    return load(db, u"id"_s, id, shop);
}

bool ShopInfo::bySlug(Database &database, const QString &slug, ShopInfo *shop)
{
    static const QString sql = selectBy(u"slug"_s);
    QString error;
    QSqlQuery *query = database.prepared(sql, &error);
    return error.isEmpty() && read(*query, slug, shop);
}

QJsonObject moneyJson(qint64 amount, const QString &currency)
{
    return {{u"amount"_s, amount}, {u"currency"_s, currency}};
}

} // namespace kassa

namespace kassa {

QString isoTimestamp(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace kassa
