// GET /api/v1/openapi.json: the OpenAPI 3.1 document of this API. It is kept by hand in
// resources/openapi/openapi.json and compiled into the server; tests/integration/tst_openapi.cpp
// fails when it and the router disagree, so a new route cannot ship undocumented.
#include "routes.h"

#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace kassa::server {

namespace {
QByteArray loadDocument()
{
    QFile file(u":/kassa/openapi/openapi.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcServer) << "the OpenAPI document is not compiled in:" << file.errorString();
        return {};
    }
    return file.readAll();
}
} // namespace

void registerOpenApiRoutes(Router &router)
{
    router.add("GET", u"/api/v1/openapi.json"_s, [](HttpRequest &) {
        // Read once: the document is part of the build and never changes while the server runs.
        static const QByteArray document = loadDocument();
        if (document.isEmpty()) {
            return HttpResponse::problem(500, u"internal_error"_s, u"Internal error"_s, u"the API description is missing from this build"_s);
        }
        HttpResponse response = HttpResponse::text(200, document, "application/json");
        response.addHeader("Cache-Control", "public, max-age=300");
        return response;
    });
}

} // namespace kassa::server
