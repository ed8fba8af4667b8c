#pragma once

#include "domain/pricing.h"

#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace kassa {

class Database;

// What a storefront needs to know about a shop and its company to price things.
struct ShopInfo {
    QString id;
    QString companyId;
    QString slug;
    QString name;
    QString kind;
    QString currency;
    QString timezone;
    QString companySlug;
    PricingPolicy pricing;
    bool active = false;

    [[nodiscard]] QJsonObject toJson() const;
    // Loads a shop by slug (or by id); false when there is none.
    static bool bySlug(const QSqlDatabase &db, const QString &slug, ShopInfo *shop);
    static bool byId(const QSqlDatabase &db, const QString &id, ShopInfo *shop);
    // The same with a statement prepared once per connection, for hot paths (every storefront request).
    static bool bySlug(Database &database, const QString &slug, ShopInfo *shop);
};

// Money as the API writes it: {"amount": 1999, "currency": "EUR"}.
QJsonObject moneyJson(qint64 amount, const QString &currency);
// A Unix-millisecond time as the API writes it: ISO 8601 in UTC with milliseconds.
QString isoTimestamp(qint64 milliseconds);

} // namespace kassa
