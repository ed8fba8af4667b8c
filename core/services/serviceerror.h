#pragma once

#include <QString>

namespace kassa {

// Why a business operation refused, in a form both a person and the HTTP layer can use: the kind
// decides the status code, `code` is the machine-readable reason (insufficient_stock, ...),
// `field` names the input at fault for validation errors.
struct ServiceError {
    enum class Kind { None, Validation, NotFound, Conflict, Forbidden, Unauthorized, Internal };
    Kind kind = Kind::None;
    QString code;
    QString message;
    QString field;

    [[nodiscard]] bool isSet() const { return kind != Kind::None; }

    static ServiceError validation(const QString &field, const QString &message, const QString &code = QStringLiteral("validation_failed"))
    {
        return {Kind::Validation, code, message, field};
    }
    static ServiceError notFound(const QString &what) { return {Kind::NotFound, QStringLiteral("not_found"), what, {}}; }
    static ServiceError conflict(const QString &code, const QString &message) { return {Kind::Conflict, code, message, {}}; }
    static ServiceError forbidden(const QString &message) { return {Kind::Forbidden, QStringLiteral("forbidden"), message, {}}; }
    static ServiceError unauthorized(const QString &message) { return {Kind::Unauthorized, QStringLiteral("unauthorized"), message, {}}; }
    static ServiceError internal(const QString &message) { return {Kind::Internal, QStringLiteral("internal_error"), message, {}}; }
};

} // namespace kassa
