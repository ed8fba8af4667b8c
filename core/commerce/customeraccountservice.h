#pragma once

#include "services/corecontext.h"
#include "services/serviceerror.h"
#include "services/userservice.h"

#include <QJsonObject>
#include <QList>

namespace kassa {

struct CustomerProfile {
    QString customerId;
    QString userId;
    QString email;
    QString name;
    QString phone;
    bool consentMarketing = false;
    bool consentEmailReceipts = false;
    [[nodiscard]] QJsonObject toJson() const;
};

struct Address {
    QString id;
    QString label, recipient, line1, line2, postalCode, city, region, country, phone;
    bool defaultShipping = false;
    bool defaultBilling = false;
    [[nodiscard]] QJsonObject toJson() const;
    // Reads the fields present in `json` over this address; returns false with `error` on a bad one.
    bool applyJson(const QJsonObject &json, ServiceError *error);
    // Empty when the address can ship, otherwise the missing field.
    [[nodiscard]] ServiceError completenessProblem() const;
};

// A customer's own account online: registration, profile, addresses. Customers are users with the
// customer role plus a row in `customers` (the same record the tills use for loyalty and receipts).
class CustomerAccountService
{
public:
    explicit CustomerAccountService(CoreContext &context)
        : m_context(context)
    {
    }

    // Creates the account and the customer record in one transaction; an existing in-store customer
    // record with the same e-mail is linked instead of duplicated.
    bool registerCustomer(const QString &companyId, const QString &email, const QString &password, const QString &name, UserRecord *user,
                          CustomerProfile *profile, ServiceError *error);
    bool profile(const Actor &actor, CustomerProfile *profile, ServiceError *error);
    bool updateProfile(const Actor &actor, const QJsonObject &changes, CustomerProfile *profile, ServiceError *error);

    QList<Address> addresses(const Actor &actor, ServiceError *error);
    bool addAddress(const Actor &actor, const QJsonObject &json, Address *address, ServiceError *error);
    bool updateAddress(const Actor &actor, const QString &addressId, const QJsonObject &json, Address *address, ServiceError *error);
    bool deleteAddress(const Actor &actor, const QString &addressId, ServiceError *error);

    // The customer record behind a customer account (empty when the actor is not a customer).
    QString customerIdOf(const Actor &actor);

private:
    bool writeAddress(const Actor &actor, Address *address, bool isNew, ServiceError *error);
    CoreContext &m_context;
};

} // namespace kassa
