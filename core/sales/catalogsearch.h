#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>

namespace kassa
{

// One variant as the till's search lists it.
struct CatalogHit {
    QString variantId;
    QString sku;
    QString description; // product name, and the variant's name when it has one (as CatalogRow)
    QString barcode; // the code that was looked up, else the variant's first barcode; empty without one
    qint64 price = 0; // the shop's price: its listing's override, else the variant's
    qint64 pricingUnit = 1; // the price is per this many `unit`s (1000 g: a price per kilogram)
    qint64 available = 0; // on hand minus reserved at the shop's sellable locations
    QString unit; // piece, g, ml, cm
};

// Finding what to sell at the till: search as you type, and the scanner's exact lookup.
//
// Only variants the shop sells are found: the variant is active, its product is active (not draft
// or archived), and the shop has not hidden it (shop_listings.visible = 0; without a listing row a
// variant is sold at its own price). Every query is filtered by the company.
//
// On SQLite the search runs on the FTS5 index catalog_search (migration 0010): every word typed is
// a prefix of a word of the product name, variant name, SKU or a barcode, all words must match,
// case and accents are ignored. Order: a variant whose barcode or SKU is exactly what was typed;
// then variants with every word in the product name; then the others; within each, product names
// that start with the first word typed, then the shortest (the closest to what was typed), then by
// name. So that a keystroke costs about the same whatever was typed, each of the two groups is
// taken from the first kRankWindow matches in index order: when a short prefix matches more, the
// list is a sample of a broad match that narrows with the next letter. On PostgreSQL the same
// columns are matched word by word with case-insensitive regular expressions (word starts, no
// accent folding), in the same order without the two groups.
class CatalogSearch
{
public:
    static constexpr int kMaxLimit = 200;
    static constexpr int kMaxWords = 8;
    static constexpr int kRankWindow = 250;

    explicit CatalogSearch(Database &database) : m_database(database) { }

    // Up to `limit` (at most kMaxLimit) variants matching `text`; empty for text without letters or
    // digits. Any text is safe: quotes, operators and brackets are never FTS5 syntax. `error` is
    // set only when the database failed.
    QList<CatalogHit> search(const QString &companyId, const QString &shopId, const QString &text, int limit, QString *error);

    // The variant the shop sells under exactly this barcode: one indexed statement, prepared once
    // per connection. False when no sellable variant has it; `error` (optional) is set only when the
    // database failed.
    bool lookupBarcode(const QString &companyId, const QString &shopId, const QString &code, CatalogHit *hit, QString *error = nullptr);
    // The same by exact SKU.
    bool lookupSku(const QString &companyId, const QString &shopId, const QString &sku, CatalogHit *hit, QString *error = nullptr);

    // The words of `text` as the search matches them: runs of letters, digits and combining marks
    // (what the FTS5 unicode61 tokenizer keeps), at most kMaxWords, in NFC.
    static QStringList words(const QString &text);
    // The FTS5 query for `words` within the company: the company's token AND every word as a
    // quoted prefix term, in any searchable column or in the product name only. Words come from
    // words(), so they hold no quote; quotes are doubled all the same.
    enum class Columns { All, ProductName };
    static QString matchExpression(const QString &companyId, const QStringList &words, Columns columns = Columns::All);
    // The company's token in the index's company column (U+E000 and the hex of the id's UTF-8).
    static QString companyToken(const QString &companyId);

private:
    QList<CatalogHit> searchIndex(const QString &companyId, const QString &shopId, const QStringList &words, int limit, QString *error);
    QList<CatalogHit> searchRows(const QString &companyId, const QString &shopId, const QStringList &words, int limit, QString *error);

    Database &m_database;
};

} // namespace kassa
