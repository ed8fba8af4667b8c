#pragma once

#include "corecontext.h"
#include "serviceerror.h"

#include "domain/actor.h"

#include <QJsonObject>

namespace kassa {

// Customers as staff keep them: created at the till or in the back office, with contact details
// and consents. An e-mail address or phone number already on file is refused, so one person is one
// customer.
class CustomerService
{
public:
    explicit CustomerService(CoreContext &context)
        : m_context(context)
    {
    }

    // Fields: name (required), email, phone, consent_marketing, consent_email_receipts, note.
    QString create(const Actor &actor, const QJsonObject &fields, ServiceError *error);
    bool update(const Actor &actor, const QString &customerId, const QJsonObject &changes, ServiceError *error);

private:
    CoreContext &m_context;
};

} // namespace kassa
