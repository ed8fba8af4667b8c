#pragma once

#include "apiservices.h"
#include "router.h"

namespace kassa::server {

// Each group of endpoints registers itself on the router; KassaServer calls them all.
void registerAuthRoutes(Router &router, ApiServices &services);
void registerAccountRoutes(Router &router, ApiServices &services);
void registerStorefrontRoutes(Router &router, ApiServices &services);
void registerCartRoutes(Router &router, ApiServices &services);
void registerOrderRoutes(Router &router, ApiServices &services);
void registerStaffCatalogRoutes(Router &router, ApiServices &services);
void registerStaffOperationsRoutes(Router &router, ApiServices &services);
void registerStaffAdminRoutes(Router &router, ApiServices &services);
// Enrolment codes (staff), /sync/v1/enrol and /sync/v1/push (devices).
void registerSyncRoutes(Router &router, ApiServices &services);
// GET /api/v1/openapi.json, the document that describes all of the above.
void registerOpenApiRoutes(Router &router);

} // namespace kassa::server
