#pragma once

#include "services/serviceerror.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>

namespace kassa {

// What a payment provider is told about an order it is to collect.
struct PaymentRequest {
    QString orderId;
    QString orderNumber;
    QString companyId;
    QString shopId;
    qint64 amount = 0;
    QString currency;
    QString email;
};

// How checkout takes money. Providers are called after the order (with its stock reservation) is
// committed, never inside that transaction: a slow or failing provider must not hold locks. The
// order stays "placed" with payment pending until the provider confirms (for card providers: only
// their webhook does).
class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;
    [[nodiscard]] virtual QString method() const = 0;
    // How long the reservation holds while payment is pending.
    [[nodiscard]] virtual qint64 holdMilliseconds() const = 0;
    // Starts collecting; `clientData` goes back to the shopper (a client secret, an approval link).
    virtual bool start(const PaymentRequest &request, QJsonObject *clientData, ServiceError *error) = 0;
};

// Pay when collecting the order in the shop: nothing to start online; the till takes the money.
class PayInStoreProvider : public PaymentProvider
{
public:
    [[nodiscard]] QString method() const override { return QStringLiteral("pay_in_store"); }
    [[nodiscard]] qint64 holdMilliseconds() const override { return 72LL * 60 * 60 * 1000; }
    bool start(const PaymentRequest &, QJsonObject *clientData, ServiceError *) override
    {
        *clientData = QJsonObject{{QStringLiteral("instructions"), QStringLiteral("Pay when you collect the order in the shop.")}};
        return true;
    }
};

// The providers a server offers, by method name.
class PaymentProviders
{
public:
    void add(std::unique_ptr<PaymentProvider> provider)
    {
        const QString name = provider->method();
        m_providers[name] = std::shared_ptr<PaymentProvider>(std::move(provider));
    }
    [[nodiscard]] PaymentProvider *find(const QString &method) const
    {
        const auto it = m_providers.constFind(method);
        return it == m_providers.constEnd() ? nullptr : it.value().get();
    }
    [[nodiscard]] QStringList methods() const { return m_providers.keys(); }

private:
    QMap<QString, std::shared_ptr<PaymentProvider>> m_providers;
};

} // namespace kassa
