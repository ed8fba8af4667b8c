#pragma once

#include "ratelimiter.h"
#include "responsecache.h"

#include "commerce/paymentprovider.h"
#include "services/corecontext.h"

#include <QStringList>

namespace kassa::server {

// Settings of the HTTP layer (command line, KASSA_* environment, config file).
struct ApiSettings {
    qint64 maxBodyBytes = 1024 * 1024;
    QStringList corsOrigins; // exact origins allowed to call the API from a browser; "*" for any
    double clientRequestsPerSecond = 50; // per client address, with a burst of twice that
    double loginAttemptsPerMinutePerAccount = 5;
    double loginAttemptsPerMinutePerClient = 20;
    bool trustForwardedFor = false; // behind nginx on loopback: take the client from X-Forwarded-For
    qint64 responseCacheBytes = 32 * 1024 * 1024; // storefront answers kept in memory (SQLite only); 0 turns the cache off
};

// What the route handlers share: the core services' context, the payment providers, the login
// rate limits, the cache of storefront answers.
struct ApiServices {
    ApiServices(CoreContext &coreContext, const ApiSettings &apiSettings)
        : core(coreContext)
        , settings(apiSettings)
        , loginPerAccount(apiSettings.loginAttemptsPerMinutePerAccount, apiSettings.loginAttemptsPerMinutePerAccount / 60.0)
        , loginPerClient(apiSettings.loginAttemptsPerMinutePerClient, apiSettings.loginAttemptsPerMinutePerClient / 60.0)
        , responseCache(*coreContext.database, apiSettings.responseCacheBytes)
    {
    }

    CoreContext &core;
    ApiSettings settings;
    PaymentProviders payments;
    RateLimiter loginPerAccount;
    RateLimiter loginPerClient;
    ResponseCache responseCache;
};

} // namespace kassa::server
