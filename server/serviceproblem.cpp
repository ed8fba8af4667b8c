#include "serviceproblem.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace kassa::server {

HttpResponse problemFrom(const ServiceError &error, const HttpRequest &request)
{
    switch (error.kind) {
    case ServiceError::Kind::Validation: {
        QJsonArray errors;
        errors.append(QJsonObject{{u"field"_s, error.field}, {u"message"_s, error.message}});
        return HttpResponse::problem(422, error.code, u"Validation failed"_s, error.field.isEmpty() ? error.message : error.field + u": "_s + error.message, errors);
    }
    case ServiceError::Kind::NotFound:
        return HttpResponse::problem(404, error.code, u"Not found"_s, error.message);
    case ServiceError::Kind::Conflict: {
        HttpResponse response = HttpResponse::problem(409, error.code, u"Conflict"_s, error.message);
        return response;
    }
    case ServiceError::Kind::Forbidden:
        return HttpResponse::problem(403, error.code, u"Forbidden"_s, error.message);
    case ServiceError::Kind::Unauthorized: {
        HttpResponse response = HttpResponse::problem(401, error.code, u"Unauthorized"_s, error.message);
        response.addHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    case ServiceError::Kind::None:
    case ServiceError::Kind::Internal:
        break;
    }
    qCWarning(lcServer).noquote() << "internal error in" << request.method << request.path << QString(u"id="_s + request.requestId) << error.message;
    return HttpResponse::problem(500, u"internal_error"_s, u"Internal error"_s,
                                 u"something went wrong on our side; quote request id %1 when reporting it"_s.arg(request.requestId));
}

HttpResponse notSignedIn()
{
    HttpResponse response = HttpResponse::problem(401, u"unauthorized"_s, u"Unauthorized"_s, u"sign in first (Authorization: Bearer TOKEN)"_s);
    response.addHeader("WWW-Authenticate", "Bearer");
    return response;
}

} // namespace kassa::server
