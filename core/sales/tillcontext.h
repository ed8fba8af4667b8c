#pragma once

#include "shiftrecord.h"

#include "commerce/shopinfo.h"
#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

namespace kassa
{

// Where a till document is made: this terminal's open shift, its shop (currency and pricing
// policy) and the shop floor location that sold goods leave from.
struct TillContext {
    ShiftRecord shift;
    ShopInfo shop;
    QString floorLocationId;
};

// Loads the till's context for `actor` doing `action`: the actor may do it, this device has an open
// shift in the actor's company, in `requestedShopId` when one is given and in the actor's own shop
// when her role is bound to one.
bool loadTillContext(CoreContext &context, const Actor &actor, const QString &requestedShopId, Action action, TillContext *till, ServiceError *error);

} // namespace kassa
