#include "demostorefront.h"

#include "domain/money.h"
#include "domain/uuid7.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

QString derivedId(quint64 seed, const QString &companyId, const QString &name, qint64 createdAt)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(seed));
    hash.addData(companyId.toUtf8());
    hash.addData(name.toUtf8());
    const QByteArray bytes = hash.result();
    quint64 a = 0, b = 0;
    for (int i = 0; i < 8; ++i) {
        a = (a << 8) | quint8(bytes[i]);
        b = (b << 8) | quint8(bytes[8 + i]);
    }
    return UuidV7Generator::format(createdAt, a, b);
}

} // namespace

bool seedDemoStorefront(CoreContext &context, quint64 seed, qint64 createdAt, QString *error)
{
    QSqlDatabase db = context.database->connection();
    QSqlQuery companies(db);
    if (!companies.exec(u"SELECT id, currency FROM companies ORDER BY slug"_s)) {
        *error = companies.lastError().text();
        return false;
    }
    struct Company {
        QString id, currency;
    };
    QList<Company> list;
    while (companies.next()) {
        list.append({companies.value(0).toString(), companies.value(1).toString()});
    }
    Transaction transaction(db, context.database->dialect());
    for (const Company &company : std::as_const(list)) {
        CurrencyInfo info;
        currencyInfo(company.currency, &info);
        // Prices below are written in euro; a zero-decimal currency (yen) gets about a hundredfold,
        // which keeps the demo amounts plausible (4.90 euro, 490 yen).
        qint64 minorPerEuro = 1;
        for (int i = 0; i < info.exponent; ++i) {
            minorPerEuro *= 10;
        }
        if (info.exponent == 0) {
            minorPerEuro = 100;
        }
        const auto money = [minorPerEuro](double euro) { return qint64(euro * double(minorPerEuro) + 0.5); };
        QSqlQuery rate(db);
        rate.prepare(u"SELECT COALESCE(MAX(rate_bp), 0) FROM tax_categories WHERE company_id = ?"_s);
        rate.addBindValue(company.id);
        const int standardRate = rate.exec() && rate.next() ? rate.value(0).toInt() : 0;
        struct Shipping {
            const char *name;
            const char *kind;
            qint64 amount;
            qint64 perKilogram;
            qint64 freeAbove;
        };
        const QList<Shipping> shipping = {
            {"Pick up in the shop", "pickup", 0, 0, -1},
            {"Standard parcel", "free_above", money(4.90), 0, money(50)},
            {"Express", "by_weight", money(9.90), money(1.50), -1},
        };
        int position = 0;
        for (const Shipping &option : shipping) {
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO shipping_options (id, company_id, name, kind, amount, amount_per_kg, free_above, tax_rate_bp, position) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s);
            insert.addBindValue(derivedId(seed, company.id, QString::fromLatin1(option.name), createdAt));
            insert.addBindValue(company.id);
            insert.addBindValue(QString::fromLatin1(option.name));
            insert.addBindValue(QString::fromLatin1(option.kind));
            insert.addBindValue(option.amount);
            insert.addBindValue(option.perKilogram);
            insert.addBindValue(option.freeAbove >= 0 ? QVariant(option.freeAbove) : QVariant());
            // Shipping carries the standard rate of the company's country.
            insert.addBindValue(standardRate);
            insert.addBindValue(position++);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
        struct CouponSeed {
            const char *code;
            const char *kind;
            qint64 value;
            qint64 minimum;
            int perCustomer;
        };
        const QList<CouponSeed> coupons = {
            {"WELCOME10", "percentage", 1000, 0, 1},
            {"FREESHIP", "free_shipping", 0, money(20), 0},
            {"TAKE5", "fixed", money(5), money(30), 0},
        };
        for (const CouponSeed &coupon : coupons) {
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO coupons (id, company_id, code, kind, value, minimum_subtotal, usage_limit_per_customer, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s);
            insert.addBindValue(derivedId(seed, company.id, QString::fromLatin1(coupon.code), createdAt));
            insert.addBindValue(company.id);
            insert.addBindValue(QString::fromLatin1(coupon.code));
            insert.addBindValue(QString::fromLatin1(coupon.kind));
            insert.addBindValue(coupon.value);
            insert.addBindValue(coupon.minimum);
            insert.addBindValue(coupon.perCustomer > 0 ? QVariant(coupon.perCustomer) : QVariant());
            insert.addBindValue(createdAt);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
        }
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace kassa
