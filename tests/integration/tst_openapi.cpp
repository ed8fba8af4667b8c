// The OpenAPI document at /api/v1/openapi.json against the server that serves it: every route of
// the router is documented and every documented operation exists, path parameters and $refs are
// sound, and real answers of the main endpoints fit the schemas the document gives them.
#include "kassaserver.h"
#include "testfixture.h"

#include "domain/uuid7.h"
#include "services/stockservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::server::HttpRequest;
using kassa::server::HttpResponse;

namespace {

const QStringList kHttpMethods = {u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};

// Checks a JSON value against the part of JSON Schema the document uses (type, properties,
// required, additionalProperties: false, items, enum, allOf, oneOf, $ref). Problems are collected
// with the JSON path where they occur.
class SchemaCheck
{
public:
    explicit SchemaCheck(const QJsonObject &document)
        : m_document(document)
    {
    }

    QStringList check(const QJsonValue &value, const QJsonObject &schema, const QString &where)
    {
        m_problems.clear();
        visit(value, schema, where);
        return m_problems;
    }

    [[nodiscard]] QJsonObject resolve(const QJsonObject &schema) const
    {
        QJsonObject current = schema;
        while (current.contains(u"$ref"_s)) {
            QJsonValue target = m_document;
            for (const QString &part : current.value(u"$ref"_s).toString().mid(2).split(u'/')) {
                target = target.toObject().value(part);
            }
            current = target.toObject();
        }
        return current;
    }

private:
    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == "integer"_L1) {
            return value.isDouble() && value.toDouble() == double(value.toInteger());
        }
        return (type == "string"_L1 && value.isString()) || (type == "number"_L1 && value.isDouble()) || (type == "boolean"_L1 && value.isBool())
            || (type == "object"_L1 && value.isObject()) || (type == "array"_L1 && value.isArray()) || (type == "null"_L1 && value.isNull());
    }

    bool matches(const QJsonValue &value, const QJsonObject &schema, const QString &where)
    {
        const QStringList saved = m_problems;
        visit(value, schema, where);
        const bool ok = m_problems.size() == saved.size();
        m_problems = saved;
        return ok;
    }

    void visit(const QJsonValue &value, const QJsonObject &raw, const QString &where)
    {
        const QJsonObject schema = resolve(raw);
        for (const QJsonValue &part : schema.value(u"allOf"_s).toArray()) {
            visit(value, part.toObject(), where);
        }
        if (schema.contains(u"oneOf"_s)) {
            int matching = 0;
            for (const QJsonValue &option : schema.value(u"oneOf"_s).toArray()) {
                matching += matches(value, option.toObject(), where) ? 1 : 0;
            }
            if (matching != 1) {
                m_problems << u"%1: matches %2 of the oneOf schemas"_s.arg(where).arg(matching);
            }
        }
        if (schema.contains(u"type"_s)) {
            const QJsonValue type = schema.value(u"type"_s);
            QStringList types;
            for (const QJsonValue &name : type.isArray() ? type.toArray() : QJsonArray{type}) {
                types << name.toString();
            }
            if (std::none_of(types.cbegin(), types.cend(), [&](const QString &name) { return hasType(value, name); })) {
                m_problems << u"%1: %2 is not of type %3"_s.arg(where, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                                                                   types.join(u'|'));
                return;
            }
        }
        if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value)) {
            m_problems << u"%1: %2 is not one of the enum values"_s.arg(where, value.toVariant().toString());
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(u"properties"_s).toObject();
            for (const QJsonValue &name : schema.value(u"required"_s).toArray()) {
                if (!object.contains(name.toString())) {
                    m_problems << u"%1: required field %2 is missing"_s.arg(where, name.toString());
                }
            }
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (properties.contains(it.key())) {
                    visit(it.value(), properties.value(it.key()).toObject(), where + u'.' + it.key());
                } else if (schema.value(u"additionalProperties"_s) == QJsonValue(false)) {
                    m_problems << u"%1: field %2 is not in the document"_s.arg(where, it.key());
                }
            }
        }
        if (value.isArray() && schema.contains(u"items"_s)) {
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                visit(items.at(i), schema.value(u"items"_s).toObject(), u"%1[%2]"_s.arg(where).arg(i));
            }
        }
    }

    QJsonObject m_document;
    QStringList m_problems;
};

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestFixture> m_fixture;
    std::unique_ptr<kassa::server::KassaServer> m_server;
    QJsonObject m_document;
    QString m_variant;
    QString m_product;

    HttpResponse call(const QByteArray &method, const QString &target, const QByteArray &body = {}, const kassa::server::HeaderPairs &headers = {})
    {
        HttpRequest request;
        request.method = method;
        const qsizetype question = target.indexOf(u'?');
        request.path = question < 0 ? target : target.left(question);
        request.query = QUrlQuery(question < 0 ? QString() : target.mid(question + 1));
        request.remoteAddress = u"10.0.0.1"_s;
        request.requestId = kassa::newId();
        request.body = body;
        request.headers = headers;
        if (!body.isEmpty()) {
            request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        }
        return m_server->process(request);
    }

    // The document's schema for the answer of `method path` with `status` and this content type.
    QJsonObject responseSchema(const QString &path, const QString &method, int status, const QString &contentType)
    {
        SchemaCheck resolver(m_document);
        const QJsonObject operation = m_document.value(u"paths"_s).toObject().value(path).toObject().value(method).toObject();
        const QJsonObject response = resolver.resolve(operation.value(u"responses"_s).toObject().value(QString::number(status)).toObject());
        return response.value(u"content"_s).toObject().value(contentType).toObject().value(u"schema"_s).toObject();
    }

    // Every "$ref" in the document, with where it is.
    static void collectReferences(const QJsonValue &value, const QString &where, QList<std::pair<QString, QString>> *references)
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() == "$ref"_L1) {
                    references->append(std::pair<QString, QString>(where, it.value().toString()));
                } else {
                    collectReferences(it.value(), where + u'/' + it.key(), references);
                }
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                collectReferences(array.at(i), where + u'/' + QString::number(i), references);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<TestFixture>();
        QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
        m_variant = m_fixture->addVariant(u"SHIRT-M"_s, 2000, u"4006381333931"_s);
        QString error;
        QVERIFY2(kassa::StockService(m_fixture->context())
                     .postMovements(m_fixture->admin, {{{}, m_fixture->floorLocationId, m_variant, 3, kassa::StockReason::Receipt, u"test"_s, {}, 0}}, &error),
                 qPrintable(error));
        m_server = std::make_unique<kassa::server::KassaServer>(m_fixture->context(), kassa::server::ApiSettings{});

        const HttpResponse reply = call("GET", u"/api/v1/openapi.json"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY(document.isObject());
        m_document = document.object();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_fixture.reset();
    }

    void isOpenApi31()
    {
        QCOMPARE(m_document.value(u"openapi"_s).toString(), u"3.1.0"_s);
        QVERIFY(!m_document.value(u"info"_s).toObject().value(u"title"_s).toString().isEmpty());
        QVERIFY(!m_document.value(u"paths"_s).toObject().isEmpty());
        const QJsonObject bearer = m_document.value(u"components"_s).toObject().value(u"securitySchemes"_s).toObject().value(u"bearer"_s).toObject();
        QCOMPARE(bearer.value(u"type"_s).toString(), u"http"_s);
        QCOMPARE(bearer.value(u"scheme"_s).toString(), u"bearer"_s);
    }

    void everyRouteIsDocumented()
    {
        const QJsonObject paths = m_document.value(u"paths"_s).toObject();
        QStringList missing;
        for (const auto &route : m_server->router().routes()) {
            const QString method = QString::fromLatin1(route.method).toLower();
            if (!paths.value(route.pattern).toObject().contains(method)) {
                missing << QString::fromLatin1(route.method) + u' ' + route.pattern;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not in resources/openapi/openapi.json: "_s + missing.join(u", "_s)));
    }

    void everyDocumentedOperationIsRouted()
    {
        QSet<QString> routed;
        for (const auto &route : m_server->router().routes()) {
            routed.insert(QString::fromLatin1(route.method).toLower() + u' ' + route.pattern);
        }
        QStringList unknown;
        const QJsonObject paths = m_document.value(u"paths"_s).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (auto entry = item.begin(); entry != item.end(); ++entry) {
                if (kHttpMethods.contains(entry.key()) && !routed.contains(entry.key() + u' ' + path.key())) {
                    unknown << entry.key().toUpper() + u' ' + path.key();
                }
            }
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(u"documented but not routed: "_s + unknown.join(u", "_s)));
    }

    void pathParametersMatchThePattern()
    {
        SchemaCheck resolver(m_document);
        static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
        QStringList problems;
        const QJsonObject paths = m_document.value(u"paths"_s).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            QSet<QString> inPattern;
            for (auto it = placeholder.globalMatch(path.key()); it.hasNext();) {
                inPattern.insert(it.next().captured(1));
            }
            const QJsonObject item = path.value().toObject();
            for (auto entry = item.begin(); entry != item.end(); ++entry) {
                QSet<QString> declared;
                bool idempotencyKey = false;
                for (const QJsonValue &parameter : entry.value().toObject().value(u"parameters"_s).toArray()) {
                    const QJsonObject resolved = resolver.resolve(parameter.toObject());
                    if (resolved.value(u"in"_s).toString() == "path"_L1) {
                        declared.insert(resolved.value(u"name"_s).toString());
                        if (!resolved.value(u"required"_s).toBool()) {
                            problems << entry.key() + u' ' + path.key() + u": path parameter not required"_s;
                        }
                    }
                    idempotencyKey = idempotencyKey || resolved.value(u"name"_s).toString() == "Idempotency-Key"_L1;
                }
                if (declared != inPattern) {
                    problems << entry.key() + u' ' + path.key() + u": path parameters "_s + QStringList(declared.cbegin(), declared.cend()).join(u',');
                }
                // The pipeline honours Idempotency-Key on every POST and PATCH, so each says so.
                if ((entry.key() == "post"_L1 || entry.key() == "patch"_L1) && !idempotencyKey) {
                    problems << entry.key() + u' ' + path.key() + u": no Idempotency-Key parameter"_s;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }

    void referencesResolve()
    {
        QList<std::pair<QString, QString>> references;
        collectReferences(m_document, QString(), &references);
        QVERIFY(references.size() > 100);
        QStringList broken;
        for (const auto &[where, target] : references) {
            QJsonValue value = m_document;
            if (!target.startsWith("#/"_L1)) {
                broken << where + u" → "_s + target;
                continue;
            }
            for (const QString &part : target.mid(2).split(u'/')) {
                value = value.toObject().value(part);
            }
            if (!value.isObject()) {
                broken << where + u" → "_s + target;
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u", "_s)));
    }

    void mainObjectsAreDescribed_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("money") << u"Money"_s << QStringList{u"amount"_s, u"currency"_s};
        QTest::newRow("problem") << u"Problem"_s << QStringList{u"type"_s, u"title"_s, u"status"_s, u"detail"_s, u"code"_s, u"errors"_s};
        QTest::newRow("field-error") << u"FieldError"_s << QStringList{u"field"_s, u"message"_s};
        QTest::newRow("page") << u"Page"_s << QStringList{u"data"_s, u"next_cursor"_s};
        QTest::newRow("cart") << u"Cart"_s << QStringList{u"id"_s, u"items"_s, u"total"_s, u"token"_s};
        QTest::newRow("order") << u"Order"_s << QStringList{u"id"_s, u"status"_s, u"lines"_s, u"timeline"_s, u"total"_s};
        QTest::newRow("product") << u"Product"_s << QStringList{u"id"_s, u"name"_s, u"variants"_s};
        QTest::newRow("product-summary") << u"ProductSummary"_s << QStringList{u"id"_s, u"price_from"_s, u"in_stock"_s};
    }

    void mainObjectsAreDescribed()
    {
        QFETCH(QString, schema);
        QFETCH(QStringList, fields);
        const QJsonObject properties =
            m_document.value(u"components"_s).toObject().value(u"schemas"_s).toObject().value(schema).toObject().value(u"properties"_s).toObject();
        for (const QString &field : fields) {
            QVERIFY2(properties.contains(field), qPrintable(schema + u" has no "_s + field));
        }
    }

    void headersAreDescribed()
    {
        QSet<QString> headers;
        const QJsonObject parameters = m_document.value(u"components"_s).toObject().value(u"parameters"_s).toObject();
        for (const QJsonValue &parameter : parameters) {
            if (parameter.toObject().value(u"in"_s).toString() == "header"_L1) {
                headers.insert(parameter.toObject().value(u"name"_s).toString());
            }
        }
        QVERIFY(headers.contains(u"Idempotency-Key"_s));
        QVERIFY(headers.contains(u"X-Cart-Token"_s));
        QVERIFY(headers.contains(u"X-Kassa-Shop"_s));
    }

    // The checker below must be able to fail: a wrong type, a missing required field and a field the
    // document does not know are each reported.
    void schemaCheckFindsMismatches()
    {
        SchemaCheck check(m_document);
        const QJsonObject money{{u"$ref"_s, u"#/components/schemas/Money"_s}};
        QVERIFY(check.check(QJsonObject{{u"amount"_s, 1999}, {u"currency"_s, u"EUR"_s}}, money, u"money"_s).isEmpty());
        QCOMPARE(check.check(QJsonObject{{u"amount"_s, 19.99}, {u"currency"_s, u"EUR"_s}}, money, u"money"_s).size(), 1);
        QCOMPARE(check.check(QJsonObject{{u"amount"_s, 1999}}, money, u"money"_s).size(), 1);
        QCOMPARE(check.check(QJsonObject{{u"amount"_s, 1999}, {u"currency"_s, u"EUR"_s}, {u"cents"_s, 1}}, money, u"money"_s).size(), 1);
        const QJsonObject page{{u"$ref"_s, u"#/components/schemas/ProductPage"_s}};
        QCOMPARE(check.check(QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, 7}}}}, {u"next_cursor"_s, QJsonValue()}}, page, u"page"_s).size(), 1);
    }

    // Real answers, checked against the schema the document gives for that status.
    void answersFitTheDocument_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("shops") << QByteArray("GET") << u"/api/v1/shops"_s << u"/api/v1/shops"_s << QByteArray() << 200;
        QTest::newRow("categories") << QByteArray("GET") << u"/api/v1/shops/test-shop/categories"_s << u"/api/v1/shops/{shop_slug}/categories"_s << QByteArray()
                                    << 200;
        QTest::newRow("products") << QByteArray("GET") << u"/api/v1/shops/test-shop/products?limit=1"_s << u"/api/v1/shops/{shop_slug}/products"_s << QByteArray()
                                  << 200;
        QTest::newRow("products-bad-limit") << QByteArray("GET") << u"/api/v1/shops/test-shop/products?limit=0"_s << u"/api/v1/shops/{shop_slug}/products"_s
                                            << QByteArray() << 422;
        QTest::newRow("products-unknown-shop") << QByteArray("GET") << u"/api/v1/shops/nowhere/products"_s << u"/api/v1/shops/{shop_slug}/products"_s << QByteArray()
                                               << 404;
        QTest::newRow("product") << QByteArray("GET") << u"/api/v1/shops/test-shop/products/{product}"_s << u"/api/v1/shops/{shop_slug}/products/{product_id}"_s
                                 << QByteArray() << 200;
        QTest::newRow("reviews") << QByteArray("GET") << u"/api/v1/shops/test-shop/products/{product}/reviews"_s
                                 << u"/api/v1/shops/{shop_slug}/products/{product_id}/reviews"_s << QByteArray() << 200;
        QTest::newRow("cart") << QByteArray("POST") << u"/api/v1/shops/test-shop/carts"_s << u"/api/v1/shops/{shop_slug}/carts"_s << QByteArray("{}") << 201;
        QTest::newRow("register-invalid") << QByteArray("POST") << u"/api/v1/auth/register"_s << u"/api/v1/auth/register"_s << QByteArray("{\"email\":1}") << 422;
        QTest::newRow("malformed-json") << QByteArray("POST") << u"/api/v1/auth/login"_s << u"/api/v1/auth/login"_s << QByteArray("{") << 400;
        QTest::newRow("me-signed-out") << QByteArray("GET") << u"/api/v1/me"_s << u"/api/v1/me"_s << QByteArray() << 401;
        QTest::newRow("healthz") << QByteArray("GET") << u"/healthz"_s << u"/healthz"_s << QByteArray() << 200;
        QTest::newRow("readyz") << QByteArray("GET") << u"/readyz"_s << u"/readyz"_s << QByteArray() << 200;
    }

    void answersFitTheDocument()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, target);
        QFETCH(QString, pattern);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const HttpResponse reply = call(method, QString(target).replace(u"{product}"_s, productOf(m_variant)), body);
        QCOMPARE(reply.status, status);
        const QString contentType = QString::fromLatin1(reply.contentType);
        const QJsonObject schema = responseSchema(pattern, QString::fromLatin1(method).toLower(), status, contentType);
        QVERIFY2(!schema.isEmpty(), qPrintable(u"no %1 schema for %2 %3 %4"_s.arg(contentType, QString::fromLatin1(method), pattern).arg(status)));
        const QJsonDocument answer = QJsonDocument::fromJson(reply.body);
        QVERIFY(!answer.isNull());
        const QJsonValue value = answer.isObject() ? QJsonValue(answer.object()) : QJsonValue(answer.array());
        const QStringList problems = SchemaCheck(m_document).check(value, schema, u"answer"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }

    // A full OpenAPI 3.1 validation where Python's openapi-spec-validator is installed.
    void validatesWithOpenApiSpecValidator()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty()) {
            QSKIP("python3 is not installed");
        }
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import openapi_spec_validator"_s});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0) {
            QSKIP("the Python module openapi_spec_validator is not installed");
        }
        QProcess validator;
        validator.start(python, {u"-c"_s, u"import json, sys\nfrom openapi_spec_validator import validate\nvalidate(json.load(sys.stdin))\n"_s});
        QVERIFY(validator.waitForStarted());
        validator.write(QJsonDocument(m_document).toJson(QJsonDocument::Compact));
        validator.closeWriteChannel();
        QVERIFY(validator.waitForFinished(60000));
        QVERIFY2(validator.exitCode() == 0, validator.readAllStandardError().right(2000).constData());
    }

private:
    QString productOf(const QString &variantId)
    {
        if (m_product.isEmpty()) {
            QSqlQuery query(m_fixture->database().connection());
            query.prepare(u"SELECT product_id FROM variants WHERE id = ?"_s);
            query.addBindValue(variantId);
            if (query.exec() && query.next()) {
                m_product = query.value(0).toString();
            }
        }
        return m_product;
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
