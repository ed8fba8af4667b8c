// libFuzzer target: arbitrary bytes as an HTTP request through KassaServer::process(), the whole
// pipeline behind the socket (limits, CORS, rate limits, authentication, idempotency, routing and
// every handler) on a small seeded shop (see fuzzshop.h).
//
// The input is read the way an HTTP/1.1 request looks: "METHOD TARGET ...", header lines, an
// empty line, the body. Placeholders like $STAFF or $PRODUCT become real tokens and ids. Besides
// ASan/UBSan findings it fails on what the API promises never to do: answer 500, or send a JSON
// content type with a body that is not JSON.
#include "fuzzshop.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

FuzzShop *s_shop = nullptr;

// What QHttpServer 6.4 would hand over for this request line and headers, or false where its
// parser (http_parser) would refuse the request before Kassa sees it.
bool toRequest(const QByteArray &input, kassa::server::HttpRequest *request)
{
    qsizetype headEnd = input.indexOf("\r\n\r\n");
    qsizetype bodyStart = headEnd + 4;
    if (headEnd < 0) {
        headEnd = input.indexOf("\n\n");
        bodyStart = headEnd + 2;
    }
    if (headEnd < 0) {
        headEnd = input.size();
        bodyStart = input.size();
    }
    const QList<QByteArray> lines = input.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    static const QList<QByteArray> methods = {"GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH", "CONNECT", "TRACE"};
    request->method = methods.contains(requestLine.first()) ? requestLine.first() : QByteArray("UNKNOWN");
    const QByteArray target = requestLine.value(1);
    if (!target.startsWith('/')) {
        return false;
    }
    for (const char c : target) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f) {
            return false;
        }
    }
    // As QHttpServerRequest does it: the path in tolerant mode, then url.path() fully decoded.
    const qsizetype fragment = target.indexOf('#');
    const QByteArray withoutFragment = fragment < 0 ? target : target.left(fragment);
    const qsizetype question = withoutFragment.indexOf('?');
    QUrl url;
    url.setPath(QString::fromUtf8(question < 0 ? withoutFragment : withoutFragment.left(question)), QUrl::TolerantMode);
    if (question >= 0) {
        url.setQuery(QString::fromUtf8(withoutFragment.mid(question + 1)));
    }
    request->path = url.path();
    request->query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).contains(' ')) {
            return false;
        }
        request->headers.append(std::pair<QByteArray, QByteArray>(line.left(colon), line.mid(colon + 1).trimmed()));
    }
    request->body = input.mid(bodyStart);
    request->remoteAddress = u"10.0.0.1"_s;
    request->requestId = u"fuzz"_s;
    return true;
}

[[noreturn]] void fail(const kassa::server::HttpRequest &request, const kassa::server::HttpResponse &response, const char *why)
{
    std::fprintf(stderr, "kassa fuzz: %s\n  %s %s?%s\n  answered %d %s: %s\n", why, request.method.constData(), qPrintable(request.path),
                 qPrintable(request.query.toString()), response.status, response.contentType.constData(), response.body.left(2000).constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    // Quiet: the harness reports what matters itself.
    QLoggingCategory::setFilterRules(u"kassa.*.info=false\nkassa.*.debug=false"_s);
    s_shop = new FuzzShop;
    QString error;
    if (!s_shop->setUp(&error)) {
        std::fprintf(stderr, "kassa fuzz: cannot seed the shop: %s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024) {
        return -1; // the body limit's own branch needs no megabytes of fuzz input
    }
    kassa::server::HttpRequest request;
    if (!toRequest(s_shop->expand(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))), &request)) {
        return -1;
    }
    const kassa::server::HttpResponse response = s_shop->server().process(request);
    if (response.status < 100 || response.status > 599) {
        fail(request, response, "not an HTTP status");
    }
    if (response.status == 500) {
        fail(request, response, "internal error: bad input must get 4xx, never 500");
    }
    if ((response.contentType.startsWith("application/json") || response.contentType.startsWith("application/problem+json")) && !response.body.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError) {
            fail(request, response, "the body is not the JSON its content type says");
        }
    }
    if (response.status >= 400 && !response.contentType.startsWith("application/problem+json")) {
        fail(request, response, "an error that is not problem+json");
    }
    return 0;
}
