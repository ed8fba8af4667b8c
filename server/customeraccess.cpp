#include "customeraccess.h"

using namespace Qt::StringLiterals;

namespace kassa::server {

namespace {
bool refuseNonCustomer(const HttpRequest &request, HttpResponse *problem)
{
    if (!request.authenticated) {
        *problem = notSignedIn();
        return true;
    }
    if (request.actor.role != Role::Customer) {
        *problem = HttpResponse::problem(403, u"forbidden"_s, u"Forbidden"_s, u"this is for customer accounts; staff use /api/v1/staff"_s);
        return true;
    }
    return false;
}
} // namespace

Router::Handler signedIn(std::function<HttpResponse(HttpRequest &)> handler)
{
    return [handler = std::move(handler)](HttpRequest &request) { return request.authenticated ? handler(request) : notSignedIn(); };
}

Router::Handler signedInWithBody(std::function<HttpResponse(HttpRequest &, JsonBody &)> handler)
{
    return [handler = std::move(handler)](HttpRequest &request) {
        if (!request.authenticated) {
            return notSignedIn();
        }
        HttpResponse problem;
        JsonBody body;
        return JsonBody::parse(request, &body, &problem) ? handler(request, body) : problem;
    };
}

Router::Handler customerOnly(std::function<HttpResponse(HttpRequest &)> handler)
{
    return [handler = std::move(handler)](HttpRequest &request) {
        HttpResponse problem;
        return refuseNonCustomer(request, &problem) ? problem : handler(request);
    };
}

Router::Handler customerWithBody(std::function<HttpResponse(HttpRequest &, JsonBody &)> handler)
{
    return [handler = std::move(handler)](HttpRequest &request) {
        HttpResponse problem;
        JsonBody body;
        if (refuseNonCustomer(request, &problem) || !JsonBody::parse(request, &body, &problem)) {
            return problem;
        }
        return handler(request, body);
    };
}

} // namespace kassa::server
