#include "companyservice.h"

#include "businesswrite.h"
#include "domain/money.h"
#include "domain/tax.h"
#include "domain/uuid7.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kassa {

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
