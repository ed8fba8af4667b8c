#include "customeraccountservice.h"

#include "domain/uuid7.h"
#include "services/businesswrite.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
const QStringList kAddressFields = {u"label"_s, u"recipient"_s, u"line1"_s, u"line2"_s, u"postal_code"_s, u"city"_s, u"region"_s, u"country"_s, u"phone"_s};

QString *addressField(Address &address, const QString &name)
{
    if (name == "label"_L1) {
        return &address.label;
    }
    if (name == "recipient"_L1) {
        return &address.recipient;
    }
    if (name == "line1"_L1) {
        return &address.line1;
    }
    if (name == "line2"_L1) {
        return &address.line2;
    }
    if (name == "postal_code"_L1) {
        return &address.postalCode;
    }
    if (name == "city"_L1) {
        return &address.city;
    }
    if (name == "region"_L1) {
        return &address.region;
    }
    if (name == "country"_L1) {
        return &address.country;
    }
    if (name == "phone"_L1) {
        return &address.phone;
    }
    return nullptr;
}
} // namespace

QJsonObject CustomerProfile::toJson() const
{
    return {{u"id"_s, customerId},
            {u"user_id"_s, userId},
            {u"email"_s, email},
            {u"name"_s, name},
            {u"phone"_s, phone},
            {u"consent_marketing"_s, consentMarketing},
            {u"consent_email_receipts"_s, consentEmailReceipts}};
}

QJsonObject Address::toJson() const
{
    QJsonObject json{{u"id"_s, id}, {u"is_default_shipping"_s, defaultShipping}, {u"is_default_billing"_s, defaultBilling}};
    Address copy = *this;
    for (const QString &field : kAddressFields) {
        json.insert(field, *addressField(copy, field));
    }
    return json;
}

bool Address::applyJson(const QJsonObject &json, ServiceError *error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() == "is_default_shipping"_L1 || it.key() == "is_default_billing"_L1) {
            if (!it.value().isBool()) {
                *error = ServiceError::validation(it.key(), u"must be true or false"_s);
                return false;
            }
            (it.key() == "is_default_shipping"_L1 ? defaultShipping : defaultBilling) = it.value().toBool();
            continue;
        }
        QString *field = addressField(*this, it.key());
        if (!field) {
            *error = ServiceError::validation(it.key(), u"is not an address field"_s);
            return false;
        }
        if (!it.value().isString() || it.value().toString().size() > 200) {
            *error = ServiceError::validation(it.key(), u"must be text of at most 200 characters"_s);
            return false;
        }
        *field = it.value().toString().trimmed();
    }
    country = country.toUpper();
    return true;
}

ServiceError Address::completenessProblem() const
{
    if (line1.isEmpty()) {
        return ServiceError::validation(u"line1"_s, u"the street address is missing"_s);
    }
    if (city.isEmpty()) {
        return ServiceError::validation(u"city"_s, u"the city is missing"_s);
    }
    if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter()) {
        return ServiceError::validation(u"country"_s, u"use the two-letter ISO country code, e.g. DE"_s);
    }
    return {};
}

bool CustomerAccountService::registerCustomer(const QString &companyId, const QString &email, const QString &password, const QString &name,
                                              UserRecord *user, CustomerProfile *profile, ServiceError *error)
{
    const QString normalized = UserService::normalizeEmail(email);
    if (const QString problem = UserService::emailProblem(normalized); !problem.isEmpty()) {
        *error = ServiceError::validation(u"email"_s, u"is not an e-mail address"_s);
        return false;
    }
    if (password.size() < 8 || password.size() > 512) {
        *error = ServiceError::validation(u"password"_s, u"use 8 to 512 characters"_s);
        return false;
    }
    if (name.trimmed().isEmpty() || name.size() > 200) {
        *error = ServiceError::validation(u"name"_s, u"a name of 1 to 200 characters is needed"_s);
        return false;
    }
    // The account (users row) is made through UserService's rules and hashing, then linked to the
    // customer record in a second step of the same business operation.
    UserDraft draft;
    draft.companyId = companyId;
    draft.email = normalized;
    draft.name = name.trimmed();
    draft.role = Role::Customer;
    draft.password = password;
    Actor registrar = Actor::operatorConsole(companyId, m_context.deviceId);
    registrar.role = Role::CompanyAdmin;
    registrar.label = u"self-registration"_s;
    QString message;
    UserService users(m_context);
    const QString userId = users.createUser(registrar, draft, &message);
    if (userId.isEmpty()) {
        *error = message.startsWith("email:"_L1) ? ServiceError::conflict(u"email_taken"_s, u"an account with this e-mail exists already; sign in"_s)
                                                : ServiceError::internal(message);
        return false;
    }
    Actor self;
    self.userId = userId;
    self.companyId = companyId;
    self.role = Role::Customer;
    self.deviceId = m_context.deviceId;
    BusinessWrite write(m_context, self);
    TenantQuery existing = write.query(u"SELECT id FROM customers WHERE company_id = :company_id AND email = :email AND user_id IS NULL ORDER BY created_at LIMIT 1"_s);
    existing.bind(u":email"_s, normalized);
    QString customerId;
    if (existing.exec() && existing.next()) {
        customerId = existing.value(0).toString();
    }
    existing.finish();
    if (customerId.isEmpty()) {
        customerId = newId();
        TenantQuery insert = write.query(u"INSERT INTO customers (id, company_id, user_id, name, email, created_at, updated_at) "
                                         "VALUES (:id, :company_id, :user_id, :name, :email, :now, :now)"_s);
        insert.bind(u":id"_s, customerId);
        insert.bind(u":user_id"_s, userId);
        insert.bind(u":name"_s, name.trimmed());
        insert.bind(u":email"_s, normalized);
        insert.bind(u":now"_s, write.now());
        if (!insert.exec()) {
            write.fail(insert.errorString());
        }
    } else {
        TenantQuery link = write.query(u"UPDATE customers SET user_id = :user_id, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
        link.bind(u":user_id"_s, userId);
        link.bind(u":now"_s, write.now());
        link.bind(u":id"_s, customerId);
        if (!link.exec()) {
            write.fail(link.errorString());
        }
    }
    const QJsonObject after{{u"id"_s, customerId}, {u"user_id"_s, userId}, {u"email"_s, normalized}, {u"name"_s, name.trimmed()}};
    write.audit(u"customer.register"_s, u"customer"_s, customerId, {}, after);
    write.outbox(u"customer.upserted"_s, after);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    users.findUser(userId, user);
    return this->profile(self, profile, error);
}

QString CustomerAccountService::customerIdOf(const Actor &actor)
{
    if (actor.role != Role::Customer || actor.userId.isEmpty()) {
        return {};
    }
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id FROM customers WHERE company_id = :company_id AND user_id = :user_id"_s);
    query.bind(u":user_id"_s, actor.userId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool CustomerAccountService::profile(const Actor &actor, CustomerProfile *profile, ServiceError *error)
{
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT c.id, c.user_id, u.email, c.name, COALESCE(c.phone, ''), c.consent_marketing, c.consent_email_receipts "
                  "FROM customers c JOIN users u ON u.id = c.user_id WHERE c.company_id = :company_id AND c.user_id = :user_id"_s);
    query.bind(u":user_id"_s, actor.userId);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return false;
    }
    if (!query.next()) {
        *error = ServiceError::notFound(u"this account has no customer profile"_s);
        return false;
    }
    profile->customerId = query.value(0).toString();
    profile->userId = query.value(1).toString();
    profile->email = query.value(2).toString();
    profile->name = query.value(3).toString();
    profile->phone = query.value(4).toString();
    profile->consentMarketing = query.value(5).toInt() == 1;
    profile->consentEmailReceipts = query.value(6).toInt() == 1;
    return true;
}

bool CustomerAccountService::updateProfile(const Actor &actor, const QJsonObject &changes, CustomerProfile *profile, ServiceError *error)
{
    CustomerProfile before;
    if (!this->profile(actor, &before, error)) {
        return false;
    }
    CustomerProfile after = before;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        if (key == "name"_L1 || key == "phone"_L1) {
            if (!it.value().isString() || it.value().toString().size() > 200 || (key == "name"_L1 && it.value().toString().trimmed().isEmpty())) {
                *error = ServiceError::validation(key, key == "name"_L1 ? u"a name of 1 to 200 characters is needed"_s : u"must be text of at most 200 characters"_s);
                return false;
            }
            (key == "name"_L1 ? after.name : after.phone) = it.value().toString().trimmed();
        } else if (key == "consent_marketing"_L1 || key == "consent_email_receipts"_L1) {
            if (!it.value().isBool()) {
                *error = ServiceError::validation(key, u"must be true or false"_s);
                return false;
            }
            (key == "consent_marketing"_L1 ? after.consentMarketing : after.consentEmailReceipts) = it.value().toBool();
        } else {
            *error = ServiceError::validation(key, u"cannot be changed here (name, phone, consent_marketing, consent_email_receipts can)"_s);
            return false;
        }
    }
    BusinessWrite write(m_context, actor);
    TenantQuery update = write.query(
        u"UPDATE customers SET name = :name, phone = :phone, consent_marketing = :consent_marketing, "
        "consent_marketing_at = CASE WHEN :consent_changed = 1 THEN :now ELSE consent_marketing_at END, consent_email_receipts = :consent_email_receipts, "
        "updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":name"_s, after.name);
    update.bind(u":phone"_s, nullIfEmpty(after.phone));
    update.bind(u":consent_marketing"_s, after.consentMarketing ? 1 : 0);
    update.bind(u":consent_changed"_s, after.consentMarketing != before.consentMarketing ? 1 : 0);
    update.bind(u":consent_email_receipts"_s, after.consentEmailReceipts ? 1 : 0);
    update.bind(u":now"_s, write.now());
    update.bind(u":id"_s, before.customerId);
    if (!update.exec()) {
        write.fail(update.errorString());
    }
    write.audit(u"customer.update"_s, u"customer"_s, before.customerId, before.toJson(), after.toJson());
    write.outbox(u"customer.upserted"_s, after.toJson());
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    *profile = after;
    return true;
}

QList<Address> CustomerAccountService::addresses(const Actor &actor, ServiceError *error)
{
    QList<Address> result;
    const QString customerId = customerIdOf(actor);
    TenantQuery query(m_context.database->connection(), actor.companyId);
    query.prepare(u"SELECT id, label, recipient, line1, line2, postal_code, city, region, country, phone, is_default_shipping, is_default_billing "
                  "FROM customer_addresses WHERE company_id = :company_id AND customer_id = :customer_id ORDER BY created_at, id"_s);
    query.bind(u":customer_id"_s, customerId);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return result;
    }
    while (query.next()) {
        Address address;
        address.id = query.value(0).toString();
        int column = 1;
        for (const QString &field : kAddressFields) {
            *addressField(address, field) = query.value(column++).toString();
        }
        address.defaultShipping = query.value(10).toInt() == 1;
        address.defaultBilling = query.value(11).toInt() == 1;
        result.append(address);
    }
    return result;
}

bool CustomerAccountService::addAddress(const Actor &actor, const QJsonObject &json, Address *address, ServiceError *error)
{
    Address created;
    if (!created.applyJson(json, error)) {
        return false;
    }
    if (const ServiceError problem = created.completenessProblem(); problem.isSet()) {
        *error = problem;
        return false;
    }
    created.id = newId();
    if (!writeAddress(actor, &created, true, error)) {
        return false;
    }
    *address = created;
    return true;
}

bool CustomerAccountService::updateAddress(const Actor &actor, const QString &addressId, const QJsonObject &json, Address *address, ServiceError *error)
{
    const QList<Address> existing = addresses(actor, error);
    const auto it = std::find_if(existing.begin(), existing.end(), [&](const Address &a) { return a.id == addressId; });
    if (it == existing.end()) {
        *error = ServiceError::notFound(u"no such address"_s);
        return false;
    }
    Address updated = *it;
    if (!updated.applyJson(json, error)) {
        return false;
    }
    if (const ServiceError problem = updated.completenessProblem(); problem.isSet()) {
        *error = problem;
        return false;
    }
    if (!writeAddress(actor, &updated, false, error)) {
        return false;
    }
    *address = updated;
    return true;
}

bool CustomerAccountService::writeAddress(const Actor &actor, Address *address, bool isNew, ServiceError *error)
{
    const QString customerId = customerIdOf(actor);
    if (customerId.isEmpty()) {
        *error = ServiceError::forbidden(u"only a customer account has addresses"_s);
        return false;
    }
    BusinessWrite write(m_context, actor);
    // One default of each kind: setting a new default clears the old one in the same transaction.
    for (const auto &[flag, column] : {std::pair{address->defaultShipping, u"is_default_shipping"_s}, std::pair{address->defaultBilling, u"is_default_billing"_s}}) {
        if (flag) {
            TenantQuery clear = write.query(u"UPDATE customer_addresses SET %1 = 0 WHERE company_id = :company_id AND customer_id = :customer_id"_s.arg(column));
            clear.bind(u":customer_id"_s, customerId);
            if (!clear.exec()) {
                write.fail(clear.errorString());
            }
        }
    }
    TenantQuery upsert = write.query(isNew ? u"INSERT INTO customer_addresses (id, company_id, customer_id, label, recipient, line1, line2, postal_code, city, region, "
                                             "country, phone, is_default_shipping, is_default_billing, created_at) VALUES (:id, :company_id, :customer_id, :label, "
                                             ":recipient, :line1, :line2, :postal_code, :city, :region, :country, :phone, :ship, :bill, :now)"_s
                                           : u"UPDATE customer_addresses SET label = :label, recipient = :recipient, line1 = :line1, line2 = :line2, "
                                             "postal_code = :postal_code, city = :city, region = :region, country = :country, phone = :phone, "
                                             "is_default_shipping = :ship, is_default_billing = :bill WHERE company_id = :company_id AND id = :id "
                                             "AND customer_id = :customer_id"_s);
    upsert.bind(u":id"_s, address->id);
    upsert.bind(u":customer_id"_s, customerId);
    for (const QString &field : kAddressFields) {
        upsert.bind(u":"_s + field, *addressField(*address, field));
    }
    upsert.bind(u":ship"_s, address->defaultShipping ? 1 : 0);
    upsert.bind(u":bill"_s, address->defaultBilling ? 1 : 0);
    if (isNew) {
        // Only the insert has :now; PostgreSQL cannot type a parameter that is merely tested for NULL.
        upsert.bind(u":now"_s, write.now());
    }
    if (!upsert.exec()) {
        write.fail(upsert.errorString());
    }
    write.audit(isNew ? u"address.create"_s : u"address.update"_s, u"customer_address"_s, address->id, {}, address->toJson());
    write.outbox(u"customer_address.upserted"_s, QJsonObject(address->toJson()));
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

bool CustomerAccountService::deleteAddress(const Actor &actor, const QString &addressId, ServiceError *error)
{
    const QString customerId = customerIdOf(actor);
    BusinessWrite write(m_context, actor);
    TenantQuery remove = write.query(u"DELETE FROM customer_addresses WHERE company_id = :company_id AND customer_id = :customer_id AND id = :id"_s);
    remove.bind(u":customer_id"_s, customerId);
    remove.bind(u":id"_s, addressId);
    if (!remove.exec()) {
        write.fail(remove.errorString());
    } else if (remove.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"no such address"_s);
        return false;
    }
    write.audit(u"address.delete"_s, u"customer_address"_s, addressId, QJsonObject{{u"id"_s, addressId}}, {});
    write.outbox(u"customer_address.deleted"_s, QJsonObject{{u"id"_s, addressId}});
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

} // namespace kassa
