#include "commercesettingsservice.h"

#include "domain/couponrules.h"
#include "domain/shippingquote.h"
#include "domain/uuid7.h"
#include "services/businesswrite.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

// Reads an optional non-negative whole number field; false with the error when it is not one.
bool wholeNumber(const QJsonObject &fields, const QString &name, qint64 maximum, qint64 *value, ServiceError *error)
{
    const QJsonValue raw = fields.value(name);
    if (raw.isUndefined() || raw.isNull()) {
        return true;
    }
    if (!raw.isDouble() || raw.toDouble() != double(raw.toInteger()) || raw.toInteger() < 0 || raw.toInteger() > maximum) {
        *error = ServiceError::validation(name, u"must be a whole number from 0 to %1"_s.arg(maximum));
        return false;
    }
    *value = raw.toInteger();
    return true;
}

bool onlyKnown(const QJsonObject &fields, const QStringList &known, ServiceError *error)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = ServiceError::validation(it.key(), u"is not a field here (%1)"_s.arg(known.join(u", "_s)));
            return false;
        }
    }
    return true;
}

} // namespace

QJsonObject CommerceSettingsService::coupons(const Actor &actor, ServiceError *error)
{
    if (!actor.can(Action::CompanySettings)) {
        *error = ServiceError::forbidden(u"%1 may not manage coupons"_s.arg(roleName(actor.role)));
        return {};
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id, code, kind, value, minimum_subtotal, starts_at, ends_at, usage_limit, usage_limit_per_customer, times_used, active FROM coupons "
                  "WHERE company_id = :company_id ORDER BY code"_s);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    QJsonArray data;
    const auto nullable = [](const QVariant &value) { return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong()); };
    while (query.next()) {
        data.append(QJsonObject{{u"id"_s, query.value(0).toString()},        {u"code"_s, query.value(1).toString()},
                                {u"kind"_s, query.value(2).toString()},      {u"value"_s, query.value(3).toLongLong()},
                                {u"minimum_subtotal"_s, query.value(4).toLongLong()}, {u"starts_at"_s, nullable(query.value(5))},
                                {u"ends_at"_s, nullable(query.value(6))},    {u"usage_limit"_s, nullable(query.value(7))},
                                {u"usage_limit_per_customer"_s, nullable(query.value(8))}, {u"times_used"_s, query.value(9).toLongLong()},
                                {u"active"_s, query.value(10).toInt() == 1}});
    }
    return {{u"data"_s, data}};
}

QString CommerceSettingsService::createCoupon(const Actor &actor, const QJsonObject &fields, ServiceError *error)
{
    if (!actor.can(Action::CompanySettings)) {
        *error = ServiceError::forbidden(u"%1 may not manage coupons"_s.arg(roleName(actor.role)));
        return {};
    }
    if (!onlyKnown(fields, {u"code"_s, u"kind"_s, u"value"_s, u"minimum_subtotal"_s, u"starts_at"_s, u"ends_at"_s, u"usage_limit"_s, u"usage_limit_per_customer"_s},
                   error)) {
        return {};
    }
    const QString code = fields.value(u"code"_s).toString().trimmed().toUpper();
    Coupon::Kind kind;
    if (code.isEmpty() || code.size() > 64 || code.contains(u' ')) {
        *error = ServiceError::validation(u"code"_s, u"a code of 1 to 64 characters without spaces is needed"_s);
        return {};
    }
    if (!parseCouponKind(fields.value(u"kind"_s).toString(), &kind)) {
        *error = ServiceError::validation(u"kind"_s, u"use percentage, fixed or free_shipping"_s);
        return {};
    }
    qint64 value = 0, minimum = 0, startsAt = -1, endsAt = -1, limit = -1, perCustomer = -1;
    const qint64 far = std::numeric_limits<qint64>::max() / 4;
    if (!wholeNumber(fields, u"value"_s, kind == Coupon::Kind::Percentage ? 10000 : far, &value, error) || !wholeNumber(fields, u"minimum_subtotal"_s, far, &minimum, error)
        || !wholeNumber(fields, u"starts_at"_s, far, &startsAt, error) || !wholeNumber(fields, u"ends_at"_s, far, &endsAt, error)
        || !wholeNumber(fields, u"usage_limit"_s, 1000000000, &limit, error) || !wholeNumber(fields, u"usage_limit_per_customer"_s, 1000000000, &perCustomer, error)) {
        return {};
    }
    if (kind != Coupon::Kind::FreeShipping && value == 0) {
        *error = ServiceError::validation(u"value"_s, u"a percentage (basis points) or an amount is needed"_s);
        return {};
    }
    if (startsAt >= 0 && endsAt >= 0 && endsAt <= startsAt) {
        *error = ServiceError::validation(u"ends_at"_s, u"must be after starts_at"_s);
        return {};
    }
    if (limit == 0 || perCustomer == 0) {
        *error = ServiceError::validation(limit == 0 ? u"usage_limit"_s : u"usage_limit_per_customer"_s, u"must be 1 or more (leave it out for no limit)"_s);
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO coupons (id, company_id, code, kind, value, minimum_subtotal, starts_at, ends_at, usage_limit, usage_limit_per_customer, "
                                     "created_at) VALUES (:id, :company_id, :code, :kind, :value, :minimum, :starts_at, :ends_at, :limit, :per_customer, :now)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":code"_s, code);
    insert.bind(u":kind"_s, couponKindName(kind));
    insert.bind(u":value"_s, value);
    insert.bind(u":minimum"_s, minimum);
    insert.bind(u":starts_at"_s, startsAt >= 0 ? QVariant(startsAt) : QVariant());
    insert.bind(u":ends_at"_s, endsAt >= 0 ? QVariant(endsAt) : QVariant());
    insert.bind(u":limit"_s, limit > 0 ? QVariant(limit) : QVariant());
    insert.bind(u":per_customer"_s, perCustomer > 0 ? QVariant(perCustomer) : QVariant());
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        const QString text = insert.errorString();
        if (text.contains("UNIQUE"_L1, Qt::CaseInsensitive) || text.contains("duplicate"_L1)) {
            *error = ServiceError::conflict(u"code_taken"_s, u"code: a coupon %1 exists already"_s.arg(code));
            return {};
        }
        write.fail(text);
    }
    QJsonObject after = fields;
    after.insert(u"id"_s, id);
    after.insert(u"code"_s, code);
    write.audit(u"coupon.create"_s, u"coupon"_s, id, {}, after);
    write.outbox(u"coupon.upserted"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return {};
    }
    return id;
}

bool CommerceSettingsService::setCouponActive(const Actor &actor, const QString &couponId, bool active, ServiceError *error)
{
    if (!actor.can(Action::CompanySettings)) {
        *error = ServiceError::forbidden(u"%1 may not manage coupons"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery update = write.query(u"UPDATE coupons SET active = :active WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":active"_s, active ? 1 : 0);
    update.bind(u":id"_s, couponId);
    if (!update.exec()) {
        write.fail(update.errorString());
    } else if (update.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"no coupon %1"_s.arg(couponId));
        return false;
    }
    const QJsonObject after{{u"id"_s, couponId}, {u"active"_s, active}};
    write.audit(u"coupon.update"_s, u"coupon"_s, couponId, {}, after);
    write.outbox(u"coupon.upserted"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

QJsonObject CommerceSettingsService::shippingOptions(const Actor &actor, ServiceError *error)
{
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id, shop_id, name, kind, amount, amount_per_kg, free_above, tax_rate_bp, active FROM shipping_options WHERE company_id = :company_id "
                  "ORDER BY position, name"_s);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return {};
    }
    QJsonArray data;
    while (query.next()) {
        data.append(QJsonObject{{u"id"_s, query.value(0).toString()},
                                {u"shop_id"_s, query.value(1).isNull() ? QJsonValue() : QJsonValue(query.value(1).toString())},
                                {u"name"_s, query.value(2).toString()},
                                {u"kind"_s, query.value(3).toString()},
                                {u"amount"_s, query.value(4).toLongLong()},
                                {u"amount_per_kg"_s, query.value(5).toLongLong()},
                                {u"free_above"_s, query.value(6).isNull() ? QJsonValue() : QJsonValue(query.value(6).toLongLong())},
                                {u"tax_rate_bp"_s, query.value(7).toInt()},
                                {u"active"_s, query.value(8).toInt() == 1}});
    }
    return {{u"data"_s, data}};
}

QString CommerceSettingsService::createShippingOption(const Actor &actor, const QJsonObject &fields, ServiceError *error)
{
    if (!actor.can(Action::CompanySettings)) {
        *error = ServiceError::forbidden(u"%1 may not manage shipping options"_s.arg(roleName(actor.role)));
        return {};
    }
    if (!onlyKnown(fields, {u"name"_s, u"kind"_s, u"amount"_s, u"amount_per_kg"_s, u"free_above"_s, u"tax_rate_bp"_s, u"shop_id"_s}, error)) {
        return {};
    }
    const QString name = fields.value(u"name"_s).toString().trimmed();
    ShippingOption::Kind kind;
    if (name.isEmpty() || name.size() > 100) {
        *error = ServiceError::validation(u"name"_s, u"a name of 1 to 100 characters is needed"_s);
        return {};
    }
    if (!parseShippingKind(fields.value(u"kind"_s).toString(), &kind)) {
        *error = ServiceError::validation(u"kind"_s, u"use flat, by_weight, free_above or pickup"_s);
        return {};
    }
    qint64 amount = 0, perKilogram = 0, freeAbove = -1, rate = 0;
    const qint64 far = std::numeric_limits<qint64>::max() / 4;
    if (!wholeNumber(fields, u"amount"_s, far, &amount, error) || !wholeNumber(fields, u"amount_per_kg"_s, far, &perKilogram, error)
        || !wholeNumber(fields, u"free_above"_s, far, &freeAbove, error) || !wholeNumber(fields, u"tax_rate_bp"_s, 10000, &rate, error)) {
        return {};
    }
    if (kind == ShippingOption::Kind::FreeAbove && freeAbove < 0) {
        *error = ServiceError::validation(u"free_above"_s, u"say above which goods total shipping is free"_s);
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO shipping_options (id, company_id, shop_id, name, kind, amount, amount_per_kg, free_above, tax_rate_bp) "
                                     "VALUES (:id, :company_id, :shop_id, :name, :kind, :amount, :per_kg, :free_above, :rate)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":shop_id"_s, nullIfEmpty(fields.value(u"shop_id"_s).toString()));
    insert.bind(u":name"_s, name);
    insert.bind(u":kind"_s, shippingKindName(kind));
    insert.bind(u":amount"_s, amount);
    insert.bind(u":per_kg"_s, perKilogram);
    insert.bind(u":free_above"_s, freeAbove >= 0 ? QVariant(freeAbove) : QVariant());
    insert.bind(u":rate"_s, rate);
    if (!insert.exec()) {
        const QString text = insert.errorString();
        if (text.contains("FOREIGN KEY"_L1, Qt::CaseInsensitive) || text.contains("foreign key"_L1)) {
            *error = ServiceError::validation(u"shop_id"_s, u"no such shop in this company"_s);
            return {};
        }
        write.fail(text);
    }
    QJsonObject after = fields;
    after.insert(u"id"_s, id);
    write.audit(u"shipping_option.create"_s, u"shipping_option"_s, id, {}, after);
    write.outbox(u"shipping_option.upserted"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return {};
    }
    return id;
}

} // namespace kassa
