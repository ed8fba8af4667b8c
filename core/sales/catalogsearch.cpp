#include "catalogsearch.h"

#include "preparedread.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{

// What every query returns, in this order, for hitFrom(): the shop's price and the stock at its
// sellable locations (as the storefront counts it: one primary-key lookup per location).
const QString kHitColumns = u"v.id, v.sku, p.name, v.name, COALESCE(l.price_override, v.price), v.pricing_unit, v.unit, %1, "
                            "(SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s WHERE s.variant_id = v.id "
                            "AND s.location_id IN (SELECT loc.id FROM locations loc WHERE loc.shop_id = :shop_id AND loc.sellable = 1))"_s;
const QString kFirstBarcode = u"(SELECT MIN(b.code) FROM barcodes b WHERE b.variant_id = v.id)"_s;
// What the shop sells: an active variant of an active product the shop has not hidden.
const QString kSellable = u"v.active = 1 AND p.status = 'active' AND COALESCE(l.visible, 1) = 1"_s;
const QString kListing = u"LEFT JOIN shop_listings l ON l.shop_id = :shop_id AND l.variant_id = v.id"_s;

const QString kByBarcode = u"SELECT "_s + kHitColumns.arg(u"b.code"_s)
    + u" FROM barcodes b JOIN variants v ON v.id = b.variant_id JOIN products p ON p.id = v.product_id "_s + kListing
    + u" WHERE b.company_id = :company_id AND b.code = :code AND v.company_id = :company_id AND "_s + kSellable;

const QString kBySku = u"SELECT "_s + kHitColumns.arg(kFirstBarcode) + u" FROM variants v JOIN products p ON p.id = v.product_id "_s + kListing
    + u" WHERE v.company_id = :company_id AND v.sku = :sku AND "_s + kSellable;

// The FTS5 search. `hits` takes the first :window matches in index order twice: those with every
// word in the product name (tier 0) and those with the words anywhere (tier 1; it holds the first
// set, so each variant keeps its best tier). `ranked` keeps the best :limit the shop sells: tier,
// then a product name that starts with the first word typed (:starts, case-folded for ASCII
// only, as LIKE does), then the shortest product name (the closest to what was typed), name,
// variant name, SKU. Only those get their barcode and stock.
//
// Not BM25: its IDF reads every row of every phrase on each query (the company token and a
// one-letter prefix have tens of thousands at 100k variants), so its cost grows with the catalog,
// not with the window (bench search_as_you_type: p99 7.9 ms a keystroke with BM25 over one window,
// 2.1 ms like this); and it weighs how rare a word is, where a till wants the name closest to what
// was typed.
const QString kIndexSearch
    = u"WITH hits AS (SELECT variant_rowid, MIN(tier) AS tier FROM ("
      "SELECT * FROM (SELECT rowid AS variant_rowid, 0 AS tier FROM catalog_search WHERE catalog_search MATCH :in_name LIMIT :window) UNION ALL "
      "SELECT * FROM (SELECT rowid AS variant_rowid, 1 AS tier FROM catalog_search WHERE catalog_search MATCH :anywhere LIMIT :window)) "
      "GROUP BY variant_rowid), "
      "ranked AS (SELECT v.rowid AS variant_rowid, h.tier AS tier, CASE WHEN p.name LIKE :starts THEN 0 ELSE 1 END AS later, "
      "length(p.name) AS name_length FROM hits h JOIN variants v ON v.rowid = h.variant_rowid JOIN products p ON p.id = v.product_id "_s
    + kListing + u" WHERE v.company_id = :company_id AND "_s + kSellable
    + u" ORDER BY h.tier, later, length(p.name), p.name, v.name, v.sku LIMIT :limit) "
      "SELECT "_s
    + kHitColumns.arg(kFirstBarcode) + u" FROM ranked r JOIN variants v ON v.rowid = r.variant_rowid JOIN products p ON p.id = v.product_id "_s + kListing
    + u" ORDER BY r.tier, r.later, r.name_length, p.name, v.name, v.sku"_s;

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// Whether `code` can be a barcode or SKU at all (1–64 printable characters, as the catalog's CHECKs
// and validateBarcode() allow): anything else is not looked up, so a control character never
// reaches the database (PostgreSQL refuses a NUL in text).
bool lookable(const QString &code)
{
    return !code.isEmpty() && code.size() <= 64 && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isPrint(); });
}

CatalogHit hitFrom(const TenantQuery &query)
{
    CatalogHit hit;
    hit.variantId = query.value(0).toString();
    hit.sku = query.value(1).toString();
    const QString productName = query.value(2).toString();
    const QString variantName = query.value(3).toString();
    hit.description = variantName.isEmpty() ? productName : productName + u" – "_s + variantName;
    hit.price = query.value(4).toLongLong();
    hit.pricingUnit = query.value(5).toLongLong();
    hit.unit = query.value(6).toString();
    hit.barcode = query.value(7).toString();
    hit.available = query.value(8).toLongLong();
    return hit;
}

// Runs a read that returns hit columns; false with `error` set when the database failed.
bool readHits(TenantQuery &query, QList<CatalogHit> *hits, int limit, QString *error)
{
    if (!query.exec()) {
        if (error) {
            *error = query.errorString();
        }
        return false;
    }
    while (hits->size() < limit && query.next()) {
        hits->append(hitFrom(query));
    }
    query.finish();
    return true;
}

} // namespace

QStringList CatalogSearch::words(const QString &text)
{
    QStringList result;
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    QString word;
    bool hasLetterOrNumber = false;
    const auto endWord = [&] {
        if (hasLetterOrNumber && result.size() < kMaxWords) {
            result.append(word);
        }
        word.clear();
        hasLetterOrNumber = false;
    };
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        char32_t c = normalized.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < normalized.size() && normalized.at(i + 1).isLowSurrogate();
        if (pair) {
            c = QChar::surrogateToUcs4(normalized.at(i).unicode(), normalized.at(i + 1).unicode());
            ++i;
        }
        if (isWordCharacter(c)) {
            word += QChar::fromUcs4(c);
            hasLetterOrNumber = hasLetterOrNumber || QChar::isLetterOrNumber(c);
        } else {
            endWord();
        }
    }
    endWord();
    return result;
}

QString CatalogSearch::companyToken(const QString &companyId)
{
    return QChar(0xE000) + QString::fromLatin1(companyId.toUtf8().toHex().toUpper());
}

QString CatalogSearch::matchExpression(const QString &companyId, const QStringList &words, Columns columns)
{
    // A quoted string is always a phrase to FTS5, never an operator (AND, NEAR), column filter or
    // bracket; the only character special inside it is the quote itself.
    const auto quoted = [](QString text) -> QString {
        text.replace(u'"', u"\"\""_s);
        return u'"' + text + u'"';
    };
    QStringList terms;
    for (const QString &word : words) {
        terms << quoted(word) + u'*';
    }
    // The company token starts with U+E000, which no word holds, so the words need no column
    // filter to stay out of the company column.
    const QString company = u"company : "_s + quoted(companyToken(companyId)) + u" AND "_s;
    if (columns == Columns::ProductName) {
        return company + u"product : ("_s + terms.join(u' ') + u')';
    }
    return company + terms.join(u' ');
}

QList<CatalogHit> CatalogSearch::search(const QString &companyId, const QString &shopId, const QString &text, int limit, QString *error)
{
    limit = qMin(limit, kMaxLimit);
    const QStringList typed = words(text);
    if (limit <= 0 || typed.isEmpty()) {
        return {};
    }
    // What was scanned or typed in full, a barcode or SKU, comes first.
    QList<CatalogHit> hits;
    const QString code = text.trimmed();
    if (std::none_of(code.cbegin(), code.cend(), [](QChar c) { return c.isSpace(); })) {
        CatalogHit exact;
        QString problem;
        if (lookable(code)
            && (lookupBarcode(companyId, shopId, code, &exact, &problem) || lookupSku(companyId, shopId, code, &exact, &problem)
                || (code.toUpper() != code && lookupSku(companyId, shopId, code.toUpper(), &exact, &problem)))) {
            hits.append(exact);
        }
        if (!problem.isEmpty()) {
            if (error) {
                *error = problem;
            }
            return {};
        }
    }
    QString problem;
    const QList<CatalogHit> found
        = m_database.dialect().isSqlite() ? searchIndex(companyId, shopId, typed, limit, &problem) : searchRows(companyId, shopId, typed, limit, &problem);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return {};
    }
    for (const CatalogHit &hit : found) {
        if (hits.size() >= limit) {
            break;
        }
        if (hits.isEmpty() || hit.variantId != hits.first().variantId) {
            hits.append(hit);
        }
    }
    return hits;
}

QList<CatalogHit> CatalogSearch::searchIndex(const QString &companyId, const QString &shopId, const QStringList &words, int limit, QString *error)
{
    TenantQuery query = preparedRead(m_database, kIndexSearch, companyId);
    query.bind(u":in_name"_s, matchExpression(companyId, words, Columns::ProductName));
    query.bind(u":anywhere"_s, matchExpression(companyId, words, Columns::All));
    // The words hold letters, digits and marks only: nothing LIKE would read as a wildcard.
    query.bind(u":starts"_s, QString(words.first() + u'%'));
    query.bind(u":window"_s, qMax(kRankWindow, limit));
    query.bind(u":limit"_s, limit);
    query.bind(u":shop_id"_s, shopId);
    QList<CatalogHit> hits;
    readHits(query, &hits, limit, error);
    return hits;
}

QList<CatalogHit> CatalogSearch::searchRows(const QString &companyId, const QString &shopId, const QStringList &words, int limit, QString *error)
{
    // PostgreSQL: each word starts a word (\m) of a name or the SKU, or starts a barcode. The words
    // hold only letters, digits and marks, so they need no escaping in a pattern.
    QStringList conditions;
    for (qsizetype i = 0; i < words.size(); ++i) {
        conditions << u"(p.name ~* :word%1 OR v.name ~* :word%1 OR v.sku ~* :word%1 OR EXISTS (SELECT 1 FROM barcodes b "
                      "WHERE b.company_id = :company_id AND b.variant_id = v.id AND b.code ILIKE :prefix%1))"_s.arg(i);
    }
    const QString sql = u"SELECT "_s + kHitColumns.arg(kFirstBarcode) + u" FROM variants v JOIN products p ON p.id = v.product_id "_s + kListing
        + u" WHERE v.company_id = :company_id AND "_s + kSellable + u" AND "_s + conditions.join(u" AND "_s)
        + u" ORDER BY CASE WHEN p.name ILIKE :starts THEN 0 ELSE 1 END, length(p.name), p.name, v.name, v.sku LIMIT :limit"_s;
    TenantQuery query = preparedRead(m_database, sql, companyId);
    for (qsizetype i = 0; i < words.size(); ++i) {
        query.bind(u":word%1"_s.arg(i), QString(u"\\m"_s + words[i]));
        query.bind(u":prefix%1"_s.arg(i), QString(words[i] + u'%'));
    }
    query.bind(u":starts"_s, QString(words.first() + u'%'));
    query.bind(u":shop_id"_s, shopId);
    query.bind(u":limit"_s, limit);
    QList<CatalogHit> hits;
    readHits(query, &hits, limit, error);
    return hits;
}

bool CatalogSearch::lookupBarcode(const QString &companyId, const QString &shopId, const QString &code, CatalogHit *hit, QString *error)
{
    if (!lookable(code)) {
        return false;
    }
    TenantQuery query = preparedRead(m_database, kByBarcode, companyId);
    query.bind(u":code"_s, code);
    query.bind(u":shop_id"_s, shopId);
    QList<CatalogHit> hits;
    if (!readHits(query, &hits, 1, error) || hits.isEmpty()) {
        return false;
    }
    *hit = hits.first();
    return true;
}

bool CatalogSearch::lookupSku(const QString &companyId, const QString &shopId, const QString &sku, CatalogHit *hit, QString *error)
{
    if (!lookable(sku)) {
        return false;
    }
    TenantQuery query = preparedRead(m_database, kBySku, companyId);
    query.bind(u":sku"_s, sku);
    query.bind(u":shop_id"_s, shopId);
    QList<CatalogHit> hits;
    if (!readHits(query, &hits, 1, error) || hits.isEmpty()) {
        return false;
    }
    *hit = hits.first();
    return true;
}

} // namespace kassa
