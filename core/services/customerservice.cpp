#include "customerservice.h"

#include "businesswrite.h"
#include "userservice.h"

#include "domain/uuid7.h"

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct CustomerFields {
    QString name, email, phone, note;
    bool consentMarketing = false;
    bool consentEmailReceipts = false;

    QJsonObject toJson() const
    {
        return {{u"name"_s, name}, {u"email"_s, email}, {u"phone"_s, phone}, {u"note"_s, note}, {u"consent_marketing"_s, consentMarketing},
                {u"consent_email_receipts"_s, consentEmailReceipts}};
    }
};

bool apply(const QJsonObject &json, CustomerFields *fields, ServiceError *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == "consent_marketing"_L1 || key == "consent_email_receipts"_L1) {
            if (!it.value().isBool()) {
                *error = ServiceError::validation(key, u"must be true or false"_s);
                return false;
            }
            (key == "consent_marketing"_L1 ? fields->consentMarketing : fields->consentEmailReceipts) = it.value().toBool();
            continue;
        }
        QString *target = key == "name"_L1 ? &fields->name : key == "email"_L1 ? &fields->email : key == "phone"_L1 ? &fields->phone : key == "note"_L1 ? &fields->note : nullptr;
        if (!target) {
            *error = ServiceError::validation(key, u"is not a customer field (name, email, phone, note, consent_marketing, consent_email_receipts)"_s);
            return false;
        }
        if (!(it.value().isString() || it.value().isNull()) || it.value().toString().size() > (key == "note"_L1 ? 2000 : 254)) {
            *error = ServiceError::validation(key, u"must be text of reasonable length"_s);
            return false;
        }
        *target = it.value().toString().trimmed();
    }
    fields->email = UserService::normalizeEmail(fields->email);
    if (fields->name.isEmpty()) {
        *error = ServiceError::validation(u"name"_s, u"a customer needs a name"_s);
        return false;
    }
    if (!fields->email.isEmpty() && !UserService::emailProblem(fields->email).isEmpty()) {
        *error = ServiceError::validation(u"email"_s, u"is not an e-mail address"_s);
        return false;
    }
    for (QChar c : fields->phone) {
        if (!(c.isDigit() || c == u'+' || c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'/')) {
            *error = ServiceError::validation(u"phone"_s, u"may contain digits, spaces and + - ( ) / only"_s);
            return false;
        }
    }
    return true;
}

// Another customer already has this e-mail or phone: the caller gets a conflict naming the field.
bool duplicateProblem(BusinessWrite &write, const CustomerFields &fields, const QString &exceptId, ServiceError *error)
{
    for (const auto &[column, value] : {std::pair{u"email"_s, fields.email}, std::pair{u"phone"_s, fields.phone}}) {
        if (value.isEmpty()) {
            continue;
        }
        TenantQuery query = write.query(u"SELECT id FROM customers WHERE company_id = :company_id AND %1 = :value AND id <> :except LIMIT 1"_s.arg(column));
        query.bind(u":value"_s, value);
        query.bind(u":except"_s, exceptId);
        if (query.exec() && query.next()) {
            *error = ServiceError::conflict(u"customer_exists"_s, u"%1: customer %2 has %3 already"_s.arg(column, query.value(0).toString(), value));
            error->field = column;
            return true;
        }
    }
    return false;
}

} // namespace

QString CustomerService::create(const Actor &actor, const QJsonObject &json, ServiceError *error)
{
    if (!actor.can(Action::CustomerWrite)) {
        *error = ServiceError::forbidden(u"%1 may not create customers"_s.arg(roleName(actor.role)));
        return {};
    }
    CustomerFields fields;
    if (!apply(json, &fields, error)) {
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    if (duplicateProblem(write, fields, id, error)) {
        return {};
    }
    TenantQuery insert = write.query(u"INSERT INTO customers (id, company_id, name, email, phone, consent_marketing, consent_marketing_at, consent_email_receipts, note, "
                                     "created_at, updated_at) VALUES (:id, :company_id, :name, :email, :phone, :consent, :consent_at, :receipts, :note, :now, :now)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":name"_s, fields.name);
    insert.bind(u":email"_s, nullIfEmpty(fields.email));
    insert.bind(u":phone"_s, nullIfEmpty(fields.phone));
    insert.bind(u":consent"_s, fields.consentMarketing ? 1 : 0);
    insert.bind(u":consent_at"_s, fields.consentMarketing ? QVariant(write.now()) : QVariant());
    insert.bind(u":receipts"_s, fields.consentEmailReceipts ? 1 : 0);
    insert.bind(u":note"_s, fields.note);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        write.fail(insert.errorString());
    }
    QJsonObject after = fields.toJson();
    after.insert(u"id"_s, id);
    write.audit(u"customer.create"_s, u"customer"_s, id, {}, after);
    write.outbox(u"customer.upserted"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return {};
    }
    return id;
}

bool CustomerService::update(const Actor &actor, const QString &customerId, const QJsonObject &changes, ServiceError *error)
{
    if (!actor.can(Action::CustomerWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change customers"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery current = write.query(u"SELECT name, COALESCE(email, ''), COALESCE(phone, ''), note, consent_marketing, consent_email_receipts FROM customers "
                                      "WHERE company_id = :company_id AND id = :id"_s);
    current.bind(u":id"_s, customerId);
    if (!current.exec() || !current.next()) {
        *error = ServiceError::notFound(u"no customer %1"_s.arg(customerId));
        return false;
    }
    CustomerFields before{current.value(0).toString(), current.value(1).toString(), current.value(2).toString(), current.value(3).toString(),
                          current.value(4).toInt() == 1, current.value(5).toInt() == 1};
    current.finish();
    CustomerFields after = before;
    if (!apply(changes, &after, error) || duplicateProblem(write, after, customerId, error)) {
        return false;
    }
    TenantQuery update = write.query(u"UPDATE customers SET name = :name, email = :email, phone = :phone, note = :note, consent_marketing = :consent, "
                                     "consent_marketing_at = CASE WHEN :consent_changed = 1 THEN :now ELSE consent_marketing_at END, "
                                     "consent_email_receipts = :receipts, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":name"_s, after.name);
    update.bind(u":email"_s, nullIfEmpty(after.email));
    update.bind(u":phone"_s, nullIfEmpty(after.phone));
    update.bind(u":note"_s, after.note);
    update.bind(u":consent"_s, after.consentMarketing ? 1 : 0);
    update.bind(u":consent_changed"_s, after.consentMarketing != before.consentMarketing ? 1 : 0);
    update.bind(u":receipts"_s, after.consentEmailReceipts ? 1 : 0);
    update.bind(u":now"_s, write.now());
    update.bind(u":id"_s, customerId);
    if (!update.exec()) {
        write.fail(update.errorString());
    }
    QJsonObject afterJson = after.toJson();
    afterJson.insert(u"id"_s, customerId);
    write.audit(u"customer.update"_s, u"customer"_s, customerId, before.toJson(), afterJson);
    write.outbox(u"customer.upserted"_s, afterJson);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

} // namespace kassa
