// libFuzzer target: JSON request bodies as the routes decode them. JsonBody::parse with each
// content type a client may send, every field reader on every field (and on the names the routes
// use), nested readers, VariantDraft::fromJson on the object and on its `variants`, the problem
// answer built from the errors, and the page cursors that come back as query parameters.
#include "jsonbody.h"

#include "commerce/pagecursor.h"
#include "services/catalogservice.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const char *why, const QByteArray &detail)
{
    std::fprintf(stderr, "kassa fuzz: %s: %s\n", why, detail.left(2000).constData());
    std::abort();
}

void readEverything(kassa::server::JsonBody &body, int depth)
{
    static const QStringList names = {u"email"_s, u"quantity"_s, u"price"_s, u"variants"_s, u"payment"_s, u"expected_total"_s, u"lines"_s, u"amount"_s};
    body.allowOnly(names);
    // The names the routes ask for, then the object's own fields (the first few: each one read
    // as every type, and nested ones again, multiplies quickly).
    QStringList keys = names;
    const QStringList own = body.object().keys().mid(0, 16);
    keys += own;
    for (const QString &key : std::as_const(keys)) {
        body.has(key);
        body.string(key, true, 64);
        body.string(key, false);
        body.integer(key, true, 0, 1000);
        body.integer(key, false, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), -1);
        body.integer(key, false, 1, std::numeric_limits<qint64>::max() / 2);
        body.boolean(key, false, true);
        const QJsonArray items = body.array(key, false, 50);
        const QJsonObject nested = body.nested(key, false);
        if (depth >= 3 || !own.contains(key)) {
            continue;
        }
        if (!nested.isEmpty()) {
            kassa::server::JsonBody inner(nested, key);
            readEverything(inner, depth + 1);
            body.merge(inner);
        }
        for (qsizetype i = 0; i < items.size() && i < 8; ++i) {
            if (items.at(i).isObject()) {
                kassa::server::JsonBody item(items.at(i).toObject(), u"%1[%2]"_s.arg(key).arg(i));
                readEverything(item, depth + 1);
                body.merge(item);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024) {
        return -1;
    }
    // The first byte picks the Content-Type header; the rest is the body.
    static const QList<QByteArray> contentTypes = {"application/json", "application/json; charset=utf-8", "", "text/plain", "APPLICATION/JSON"};
    kassa::server::HttpRequest request;
    const QByteArray contentType = contentTypes.at(data[0] % contentTypes.size());
    if (!contentType.isEmpty()) {
        request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", contentType));
    }
    request.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    kassa::server::JsonBody body;
    kassa::server::HttpResponse problem;
    if (!kassa::server::JsonBody::parse(request, &body, &problem)) {
        // 400 malformed, 415 not JSON, 422 a string holding U+0000 (refused before any handler sees it).
        if (problem.status != 400 && problem.status != 415 && problem.status != 422) {
            fail("parse refused with an unexpected status", problem.body);
        }
    } else {
        readEverything(body, 0);
        QList<kassa::ServiceError> problems;
        kassa::VariantDraft::fromJson(body.object(), {}, &problems);
        const QJsonArray variants = body.object().value(u"variants"_s).toArray();
        for (qsizetype i = 0; i < variants.size() && i < 16; ++i) {
            kassa::VariantDraft::fromJson(variants.at(i).toObject(), u"variants[%1]"_s.arg(i), &problems);
        }
        problem = body.problem();
    }
    QJsonParseError error;
    QJsonDocument::fromJson(problem.body, &error);
    if (!problem.body.isEmpty() && error.error != QJsonParseError::NoError) {
        fail("the problem answer is not JSON", problem.body);
    }

    // The same bytes as a page cursor: decoding must refuse or give an object, never crash.
    QJsonObject position;
    if (kassa::decodeCursor(QString::fromUtf8(request.body), &position) && kassa::encodeCursor(position).isEmpty()) {
        fail("a decoded cursor does not encode again", request.body);
    }
    return 0;
}
