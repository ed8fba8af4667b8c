#include "companyservice.h"

#include "businesswrite.h"
#include "domain/money.h"
#include "domain/tax.h"
#include "domain/uuid7.h"
#include "userservice.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
// The company of a shop or location for the operator's console, which names none.
QString companyOf(CoreContext &context, const Actor &actor, const QString &table, const QString &id)
{
    if (!actor.companyId.isEmpty() || actor.role != Role::SuperAdmin) {
        return actor.companyId;
    }
    QSqlQuery query(context.database->connection());
    query.prepare(u"SELECT company_id FROM %1 WHERE id = ?"_s.arg(table));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

struct ShopState {
    QString name, addressLine1, postalCode, city, country, phone, email, timezone;
    bool active = true;

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{u"name"_s, name},   {u"address_line1"_s, addressLine1}, {u"postal_code"_s, postalCode}, {u"city"_s, city},
                {u"country"_s, country}, {u"phone"_s, phone},           {u"email"_s, email},            {u"timezone"_s, timezone},
                {u"active"_s, active}};
    }
};
} // namespace

bool CompanyService::isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(u"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"_s);
    return pattern.match(slug).hasMatch();
}

QString CompanyService::companyIdBySlug(const QString &slug)
{
    QSqlQuery query(m_context.database->connection());
    query.prepare(u"SELECT id FROM companies WHERE slug = ?"_s);
    query.addBindValue(slug);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString CompanyService::createCompany(const Actor &actor, const CompanyDraft &draft, QString *error)
{
    if (!actor.can(Action::CompanyManage)) {
        *error = u"only a super admin may create companies"_s;
        return {};
    }
    RoundingMode rounding;
    TaxRounding taxRounding;
    // Checked into a local: the caller's error string may still hold an earlier message.
    QString problem;
    if (!isValidSlug(draft.slug)) {
        problem = u"slug: use 1–63 lower-case letters, digits and dashes (got \"%1\")"_s.arg(draft.slug);
    } else if (draft.name.trimmed().isEmpty()) {
        problem = u"name: a company needs a name"_s;
    } else if (!isKnownCurrency(draft.currency)) {
        problem = u"currency: \"%1\" is not an ISO 4217 currency Kassa knows"_s.arg(draft.currency);
    } else if (!parseRoundingMode(draft.roundingMode, &rounding)) {
        problem = u"rounding_mode: use half_up, half_even, half_down, up or down"_s;
    } else if (!parseTaxRounding(draft.taxRounding, &taxRounding)) {
        problem = u"tax_rounding: use per_line or per_total"_s;
    } else if (draft.timezone.isEmpty() || !QTimeZone(draft.timezone.toUtf8()).isValid()) {
        problem = u"timezone: \"%1\" is not an IANA time zone"_s.arg(draft.timezone);
    } else if (!companyIdBySlug(draft.slug).isEmpty()) {
        problem = u"slug: a company called \"%1\" exists already"_s.arg(draft.slug);
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor, id);
    // The company row is the root of the tenant: its own id is the filter.
    TenantQuery insert = write.query(u"INSERT INTO companies (id, slug, name, currency, rounding_mode, tax_rounding, timezone, country, created_at, updated_at) "
                                     "VALUES (:company_id, :slug, :name, :currency, :rounding_mode, :tax_rounding, :timezone, :country, :now, :now)"_s);
    insert.bind(u":slug"_s, draft.slug);
    insert.bind(u":name"_s, draft.name.trimmed());
    insert.bind(u":currency"_s, draft.currency);
    insert.bind(u":rounding_mode"_s, draft.roundingMode);
    insert.bind(u":tax_rounding"_s, draft.taxRounding);
    insert.bind(u":timezone"_s, draft.timezone);
    insert.bind(u":country"_s, draft.country);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        write.fail(insert.errorString());
    }
    const QJsonObject after{{u"slug"_s, draft.slug}, {u"name"_s, draft.name.trimmed()}, {u"currency"_s, draft.currency}};
    write.audit(u"company.create"_s, u"company"_s, id, {}, after);
    QJsonObject payload = after;
    payload.insert(u"id"_s, id);
    write.outbox(u"company.created"_s, payload);
    if (!write.commit()) {
        *error = write.errorString();
        return {};
    }
    return id;
}

QString CompanyService::createShop(const Actor &actor, const ShopDraft &draft, QString *error)
{
    if (!actor.can(Action::ShopManage)) {
        *error = u"%1 may not create shops"_s.arg(roleName(actor.role));
        return {};
    }
    // Checked into a local: the caller's error string may still hold an earlier message.
    QString problem;
    if (!isValidSlug(draft.slug)) {
        problem = u"slug: use 1–63 lower-case letters, digits and dashes (got \"%1\")"_s.arg(draft.slug);
    } else if (draft.name.trimmed().isEmpty()) {
        problem = u"name: a shop needs a name"_s;
    } else if (draft.kind != "store"_L1 && draft.kind != "warehouse"_L1) {
        problem = u"kind: a shop is a store or a warehouse"_s;
    } else if (draft.timezone.isEmpty() || !QTimeZone(draft.timezone.toUtf8()).isValid()) {
        problem = u"timezone: \"%1\" is not an IANA time zone"_s.arg(draft.timezone);
    }
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(
        u"INSERT INTO shops (id, company_id, slug, name, kind, prices_include_tax, timezone, address_line1, postal_code, city, country, phone, email, "
        "created_at, updated_at) VALUES (:id, :company_id, :slug, :name, :kind, :prices_include_tax, :timezone, :address_line1, :postal_code, :city, "
        ":country, :phone, :email, :now, :now)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":slug"_s, draft.slug);
    insert.bind(u":name"_s, draft.name.trimmed());
    insert.bind(u":kind"_s, draft.kind);
    insert.bind(u":prices_include_tax"_s, draft.pricesIncludeTax ? 1 : 0);
    insert.bind(u":timezone"_s, draft.timezone);
    insert.bind(u":address_line1"_s, draft.addressLine1);
    insert.bind(u":postal_code"_s, draft.postalCode);
    insert.bind(u":city"_s, draft.city);
    insert.bind(u":country"_s, draft.country);
    insert.bind(u":phone"_s, draft.phone);
    insert.bind(u":email"_s, draft.email);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        const QString text = insert.errorString();
        write.fail(text.contains("UNIQUE"_L1, Qt::CaseInsensitive) || text.contains("duplicate"_L1) ? u"slug: a shop called \"%1\" exists already"_s.arg(draft.slug)
                                                                                                    : text);
    }
    const QList<std::pair<QString, QString>> standardLocations = draft.kind == "warehouse"_L1
        ? QList<std::pair<QString, QString>>{{u"WH"_s, u"warehouse"_s}}
        : QList<std::pair<QString, QString>>{{u"FLOOR"_s, u"shop_floor"_s}, {u"BACK"_s, u"back_room"_s}};
    QJsonObject after{{u"slug"_s, draft.slug}, {u"name"_s, draft.name.trimmed()}, {u"kind"_s, draft.kind}};
    for (const auto &[code, kind] : standardLocations) {
        TenantQuery location = write.query(u"INSERT INTO locations (id, company_id, shop_id, code, name, kind, sellable, created_at) "
                                           "VALUES (:id, :company_id, :shop_id, :code, :name, :kind, :sellable, :now)"_s);
        location.bind(u":id"_s, newId());
        location.bind(u":shop_id"_s, id);
        location.bind(u":code"_s, code);
        location.bind(u":name"_s, kind == "shop_floor"_L1 ? u"Shop floor"_s : kind == "back_room"_L1 ? u"Back room"_s : u"Warehouse"_s);
        location.bind(u":kind"_s, kind);
        location.bind(u":sellable"_s, kind == "back_room"_L1 ? 0 : 1);
        location.bind(u":now"_s, write.now());
        if (write.isOpen() && !location.exec()) {
            write.fail(location.errorString());
        }
    }
    write.audit(u"shop.create"_s, u"shop"_s, id, {}, after);
    after.insert(u"id"_s, id);
    write.outbox(u"shop.created"_s, after);
    if (!write.commit()) {
        *error = write.errorString();
        return {};
    }
    return id;
}

QString CompanyService::createLocation(const Actor &actor, const LocationDraft &draft, QString *error)
{
    if (!actor.can(Action::ShopManage)) {
        *error = u"%1 may not create locations"_s.arg(roleName(actor.role));
        return {};
    }
    if (draft.code.trimmed().isEmpty() || draft.name.trimmed().isEmpty()) {
        *error = draft.code.trimmed().isEmpty() ? u"code: a location needs a code"_s : u"name: a location needs a name"_s;
        return {};
    }
    if (draft.kind != "shop_floor"_L1 && draft.kind != "back_room"_L1 && draft.kind != "warehouse"_L1) {
        *error = u"kind: a location is a shop_floor, back_room or warehouse"_s;
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO locations (id, company_id, shop_id, code, name, kind, sellable, created_at) "
                                     "VALUES (:id, :company_id, :shop_id, :code, :name, :kind, :sellable, :now)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":shop_id"_s, draft.shopId);
    insert.bind(u":code"_s, draft.code.trimmed());
    insert.bind(u":name"_s, draft.name.trimmed());
    insert.bind(u":kind"_s, draft.kind);
    insert.bind(u":sellable"_s, draft.sellable ? 1 : 0);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        write.fail(u"shop_id or code: %1"_s.arg(insert.errorString()));
    }
    const QJsonObject after{{u"id"_s, id}, {u"shop_id"_s, draft.shopId}, {u"code"_s, draft.code.trimmed()}, {u"kind"_s, draft.kind}};
    write.audit(u"location.create"_s, u"location"_s, id, {}, after);
    write.outbox(u"location.created"_s, after);
    if (!write.commit()) {
        *error = write.errorString();
        return {};
    }
    return id;
}

bool CompanyService::updateShop(const Actor &actor, const QString &shopId, const ShopPatch &patch, ServiceError *error)
{
    if (!actor.can(Action::ShopManage)) {
        *error = ServiceError::forbidden(u"%1 may not change shops"_s.arg(roleName(actor.role)));
        return false;
    }
    const QString companyId = companyOf(m_context, actor, u"shops"_s, shopId);
    if (companyId.isEmpty()) {
        *error = ServiceError::notFound(u"no shop %1"_s.arg(shopId));
        return false;
    }
    BusinessWrite write(m_context, actor, companyId);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    TenantQuery current = write.query(u"SELECT name, address_line1, postal_code, city, country, phone, email, timezone, active FROM shops "
                                      "WHERE company_id = :company_id AND id = :id"_s);
    current.bind(u":id"_s, shopId);
    if (!current.exec()) {
        *error = ServiceError::internal(current.errorString());
        return false;
    }
    if (!current.next()) {
        *error = ServiceError::notFound(u"no shop %1"_s.arg(shopId));
        return false;
    }
    const ShopState before{current.value(0).toString(), current.value(1).toString(), current.value(2).toString(),
                           current.value(3).toString(), current.value(4).toString(), current.value(5).toString(),
                           current.value(6).toString(), current.value(7).toString(), current.value(8).toInt() == 1};
    current.finish();
    ShopState after = before;
    after.name = patch.name ? patch.name->trimmed() : before.name;
    after.addressLine1 = patch.addressLine1 ? patch.addressLine1->trimmed() : before.addressLine1;
    after.postalCode = patch.postalCode ? patch.postalCode->trimmed() : before.postalCode;
    after.city = patch.city ? patch.city->trimmed() : before.city;
    after.country = patch.country ? patch.country->trimmed() : before.country;
    after.phone = patch.phone ? patch.phone->trimmed() : before.phone;
    after.email = patch.email ? patch.email->trimmed() : before.email;
    after.timezone = patch.timezone ? patch.timezone->trimmed() : before.timezone;
    after.active = patch.active.value_or(before.active);

    static const QRegularExpression countryCode(u"^[A-Za-z]{2}$"_s);
    ServiceError problem;
    if (patch.name && (after.name.isEmpty() || after.name.size() > 200)) {
        problem = ServiceError::validation(u"name"_s, u"a shop needs a name of 1 to 200 characters"_s);
    } else if (patch.timezone && (after.timezone.isEmpty() || !QTimeZone(after.timezone.toUtf8()).isValid())) {
        problem = ServiceError::validation(u"timezone"_s, u"\"%1\" is not an IANA time zone"_s.arg(after.timezone));
    } else if (patch.country && !after.country.isEmpty() && !countryCode.match(after.country).hasMatch()) {
        problem = ServiceError::validation(u"country"_s, u"use a two-letter ISO 3166 country code"_s);
    } else if (patch.email && !after.email.isEmpty() && !UserService::emailProblem(after.email).isEmpty()) {
        problem = ServiceError::validation(u"email"_s, u"\"%1\" is not an e-mail address"_s.arg(after.email));
    }
    if (problem.isSet()) {
        *error = problem;
        return false;
    }
    const QJsonObject beforeJson = before.toJson();
    QJsonObject afterJson = after.toJson();
    if (afterJson == beforeJson) {
        return true; // nothing to change, nothing to audit
    }
    TenantQuery update = write.query(u"UPDATE shops SET name = :name, address_line1 = :address_line1, postal_code = :postal_code, city = :city, "
                                     "country = :country, phone = :phone, email = :email, timezone = :timezone, active = :active, updated_at = :now "
                                     "WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":name"_s, after.name);
    update.bind(u":address_line1"_s, after.addressLine1);
    update.bind(u":postal_code"_s, after.postalCode);
    update.bind(u":city"_s, after.city);
    update.bind(u":country"_s, after.country);
    update.bind(u":phone"_s, after.phone);
    update.bind(u":email"_s, after.email);
    update.bind(u":timezone"_s, after.timezone);
    update.bind(u":active"_s, after.active ? 1 : 0);
    update.bind(u":now"_s, write.now());
    update.bind(u":id"_s, shopId);
    if (!update.exec()) {
        write.fail(u"cannot change the shop: %1"_s.arg(update.errorString()));
    }
    write.audit(u"shop.update"_s, u"shop"_s, shopId, beforeJson, afterJson);
    afterJson.insert(u"id"_s, shopId);
    write.outbox(u"shop.updated"_s, afterJson);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

bool CompanyService::updateLocation(const Actor &actor, const QString &locationId, const LocationPatch &patch, ServiceError *error)
{
    if (!actor.can(Action::ShopManage)) {
        *error = ServiceError::forbidden(u"%1 may not change locations"_s.arg(roleName(actor.role)));
        return false;
    }
    const QString companyId = companyOf(m_context, actor, u"locations"_s, locationId);
    if (companyId.isEmpty()) {
        *error = ServiceError::notFound(u"no location %1"_s.arg(locationId));
        return false;
    }
    BusinessWrite write(m_context, actor, companyId);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    TenantQuery current = write.query(u"SELECT name, sellable, shop_id, code FROM locations WHERE company_id = :company_id AND id = :id"_s);
    current.bind(u":id"_s, locationId);
    if (!current.exec()) {
        *error = ServiceError::internal(current.errorString());
        return false;
    }
    if (!current.next()) {
        *error = ServiceError::notFound(u"no location %1"_s.arg(locationId));
        return false;
    }
    const QString beforeName = current.value(0).toString();
    const bool beforeSellable = current.value(1).toInt() == 1;
    const QString shopId = current.value(2).toString();
    const QString code = current.value(3).toString();
    current.finish();
    const QString name = patch.name ? patch.name->trimmed() : beforeName;
    const bool sellable = patch.sellable.value_or(beforeSellable);
    if (name.isEmpty() || name.size() > 100) {
        *error = ServiceError::validation(u"name"_s, u"a location needs a name of 1 to 100 characters"_s);
        return false;
    }
    if (name == beforeName && sellable == beforeSellable) {
        return true; // nothing to change, nothing to audit
    }
    TenantQuery update = write.query(u"UPDATE locations SET name = :name, sellable = :sellable WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":name"_s, name);
    update.bind(u":sellable"_s, sellable ? 1 : 0);
    update.bind(u":id"_s, locationId);
    if (!update.exec()) {
        write.fail(u"cannot change the location: %1"_s.arg(update.errorString()));
    }
    write.audit(u"location.update"_s, u"location"_s, locationId, QJsonObject{{u"name"_s, beforeName}, {u"sellable"_s, beforeSellable}},
                QJsonObject{{u"name"_s, name}, {u"sellable"_s, sellable}});
    write.outbox(u"location.updated"_s,
                 QJsonObject{{u"id"_s, locationId}, {u"shop_id"_s, shopId}, {u"code"_s, code}, {u"name"_s, name}, {u"sellable"_s, sellable}});
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

QString CompanyService::createBin(const Actor &actor, const QString &locationId, const QString &code, int walkOrder, QString *error)
{
    if (!actor.can(Action::ShopManage)) {
        *error = u"%1 may not create bins"_s.arg(roleName(actor.role));
        return {};
    }
    if (code.trimmed().isEmpty()) {
        *error = u"code: a bin needs a code"_s;
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO bins (id, company_id, location_id, code, walk_order) VALUES (:id, :company_id, :location_id, :code, :walk_order)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":location_id"_s, locationId);
    insert.bind(u":code"_s, code.trimmed());
    insert.bind(u":walk_order"_s, walkOrder);
    if (!insert.exec()) {
        write.fail(u"location_id or code: %1"_s.arg(insert.errorString()));
    }
    const QJsonObject after{{u"id"_s, id}, {u"location_id"_s, locationId}, {u"code"_s, code.trimmed()}, {u"walk_order"_s, walkOrder}};
    write.audit(u"bin.create"_s, u"bin"_s, id, {}, after);
    write.outbox(u"bin.created"_s, after);
    if (!write.commit()) {
        *error = write.errorString();
        return {};
    }
    return id;
}

} // namespace kassa
