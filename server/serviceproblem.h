#pragma once

#include "httpmessage.h"

#include "services/serviceerror.h"

namespace kassa::server {

// The HTTP answer for a refused business operation: 422 for validation (with the field), 404, 409,
// 403, 401; an internal failure is logged and answered 500 without its details.
HttpResponse problemFrom(const ServiceError &error, const HttpRequest &request);

// 401 with WWW-Authenticate when the request is not signed in.
HttpResponse notSignedIn();

} // namespace kassa::server
