#pragma once

#include "services/corecontext.h"

#include <QString>

namespace kassa {

// What the demo companies need to sell online: shipping options (pickup in the shop, standard
// parcel, express by weight, free above an amount) and a few coupons. Ids are derived from the
// seed and the company, so the demo data stays the same for the same seed.
bool seedDemoStorefront(CoreContext &context, quint64 seed, qint64 createdAt, QString *error);

} // namespace kassa
