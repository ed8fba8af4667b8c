#pragma once

#include "jsonbody.h"
#include "router.h"
#include "serviceproblem.h"

#include <functional>

namespace kassa::server {

// Wrappers for endpoints of a signed-in person (401 without a session) and of customer accounts
// only (403 for staff, who use /api/v1/staff); the *WithBody forms also parse the JSON body.
Router::Handler signedIn(std::function<HttpResponse(HttpRequest &)> handler);
Router::Handler signedInWithBody(std::function<HttpResponse(HttpRequest &, JsonBody &)> handler);
Router::Handler customerOnly(std::function<HttpResponse(HttpRequest &)> handler);
Router::Handler customerWithBody(std::function<HttpResponse(HttpRequest &, JsonBody &)> handler);

} // namespace kassa::server
