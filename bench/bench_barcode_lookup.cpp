// barcode_lookup: what the till does when a barcode is scanned, CatalogSearch::lookupBarcode (the
// variant the shop sells under that code, with the shop's price and the stock at its sellable
// locations), for 10,000 random barcodes of the demo data set (`kassactl seed --demo`, default
// size: 100,000 variants), each looked up in a store of its company.
//
// Baseline: the same lookup (the same SQL) as one bare sqlite3 prepared statement on its own
// connection to the same file: bind, step, read the columns, reset. The two alternate code by code,
// so machine noise hits both alike. Target: median ≤ 0.2 ms.
//
//   bench_barcode_lookup [--smoke] [--database PATH] [--lookups N] [--keep]
//
// --database reuses a seeded SQLite file (brought to the newest schema first, then only read);
// otherwise a temporary one is seeded with kassactl.

#include "benchreport.h"

#include "sales/catalogsearch.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <cmath>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "bench_barcode_lookup: " << message << "\n";
    err().flush();
    return 1;
}

// The SQL CatalogSearch::lookupBarcode runs, with positional parameters: ?1 company, ?2 shop, ?3 code.
constexpr char kBareLookup[]
    = "SELECT v.id, v.sku, p.name, v.name, COALESCE(l.price_override, v.price), v.pricing_unit, v.unit, b.code, "
      "(SELECT COALESCE(SUM(s.available), 0) FROM stock_levels s WHERE s.variant_id = v.id "
      "AND s.location_id IN (SELECT loc.id FROM locations loc WHERE loc.shop_id = ?2 AND loc.sellable = 1)) "
      "FROM barcodes b JOIN variants v ON v.id = b.variant_id JOIN products p ON p.id = v.product_id "
      "LEFT JOIN shop_listings l ON l.shop_id = ?2 AND l.variant_id = v.id "
      "WHERE b.company_id = ?1 AND b.code = ?3 AND v.company_id = ?1 AND v.active = 1 AND p.status = 'active' AND COALESCE(l.visible, 1) = 1";

struct Sample {
    QString companyId;
    QString shopId;
    QString code;
    QString variantId;
    std::string companyUtf8, shopUtf8, codeUtf8;
};

// What the bare side reads from a row, so both do the same work with the answer.
struct BareHit {
    std::string variantId, sku, product, variant, unit, barcode;
    qint64 price = 0, pricingUnit = 0, available = 0;
};

std::string columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string(text, size_t(sqlite3_column_bytes(statement, column))) : std::string();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.at(index + 1) : fallback;
    };
    const int lookups = option(u"--lookups"_s, smoke ? u"300"_s : u"10000"_s).toInt();
    QString path = option(u"--database"_s, QString());
    QTemporaryDir dir;
    dir.setAutoRemove(!args.contains(u"--keep"_s));
    if (!dir.isValid() || lookups < 1) {
        return fail(u"no temporary folder, or a bad --lookups"_s);
    }

    QElapsedTimer timer;
    if (path.isEmpty()) {
        path = dir.filePath(u"demo.db"_s);
        QStringList seed = { u"--database"_s, u"sqlite:"_s + path, u"seed"_s, u"--demo"_s };
        if (smoke) {
            seed << u"--companies"_s << u"2"_s << u"--shops"_s << u"2"_s << u"--variants"_s << u"400"_s << u"--sales-lines"_s << u"500"_s << u"--days"_s
                 << u"10"_s;
        }
        timer.start();
        QProcess kassactl;
        kassactl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kassactl.start(QStringLiteral(KASSACTL_PATH), seed);
        if (!kassactl.waitForFinished(3600 * 1000) || kassactl.exitCode() != 0) {
            return fail(u"kassactl seed --demo failed: "_s + QString::fromUtf8(kassactl.readAllStandardOutput()));
        }
        err() << "seeded the demo data set in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s\n";
        err().flush();
    }

    QString error;
    std::unique_ptr<kassa::Database> database = kassa::Database::open(path, &error);
    if (!database || !database->migrate(&error)) {
        return fail(u"cannot open %1: %2"_s.arg(path, error));
    }

    // Random barcodes of variants a store sells, each with a store of its company; the same ones
    // on every run of the same data set.
    std::vector<Sample> all;
    {
        QSqlQuery query(database->connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT b.company_id, (SELECT s.id FROM shops s WHERE s.company_id = b.company_id AND s.kind = 'store' ORDER BY s.id LIMIT 1), "
                        "b.code, b.variant_id FROM barcodes b JOIN variants v ON v.id = b.variant_id JOIN products p ON p.id = v.product_id "
                        "WHERE v.active = 1 AND p.status = 'active' ORDER BY b.company_id, b.code"_s)) {
            return fail(query.lastError().text());
        }
        while (query.next()) {
            all.push_back({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(), {}, {}, {} });
        }
    }
    if (all.size() < 10) {
        return fail(u"the database has too few barcodes (%1)"_s.arg(all.size()));
    }
    QRandomGenerator random(20261122);
    std::vector<Sample> samples;
    samples.reserve(size_t(lookups));
    for (int i = 0; i < lookups; ++i) {
        Sample sample = all[size_t(random.bounded(quint32(all.size())))];
        sample.companyUtf8 = sample.companyId.toStdString();
        sample.shopUtf8 = sample.shopId.toStdString();
        sample.codeUtf8 = sample.code.toStdString();
        samples.push_back(std::move(sample));
    }

    sqlite3 *bare = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &bare, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        return fail(u"cannot open the database with the C API"_s);
    }
    // The cache kassa::Database gives its connections.
    sqlite3_exec(bare, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(bare, kBareLookup, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(bare));
        sqlite3_close(bare);
        return fail(u"cannot prepare the bare lookup: "_s + message);
    }
    const auto bareLookup = [&](const Sample &sample, BareHit *hit) {
        sqlite3_bind_text(statement, 1, sample.companyUtf8.data(), int(sample.companyUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, sample.shopUtf8.data(), int(sample.shopUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 3, sample.codeUtf8.data(), int(sample.codeUtf8.size()), SQLITE_STATIC);
        const bool found = sqlite3_step(statement) == SQLITE_ROW;
        if (found) {
            hit->variantId = columnText(statement, 0);
            hit->sku = columnText(statement, 1);
            hit->product = columnText(statement, 2);
            hit->variant = columnText(statement, 3);
            hit->price = sqlite3_column_int64(statement, 4);
            hit->pricingUnit = sqlite3_column_int64(statement, 5);
            hit->unit = columnText(statement, 6);
            hit->barcode = columnText(statement, 7);
            hit->available = sqlite3_column_int64(statement, 8);
        }
        sqlite3_reset(statement);
        return found;
    };

    kassa::CatalogSearch search(*database);
    QList<double> kassaMs, bareMs;
    kassaMs.reserve(lookups);
    bareMs.reserve(lookups);
    const int warmUp = qMin(lookups, smoke ? 20 : 500);
    int mismatches = 0;
    for (int i = -warmUp; i < lookups; ++i) {
        const Sample &sample = samples[size_t(i < 0 ? i + warmUp : i)];
        kassa::CatalogHit hit;
        timer.start();
        const bool found = search.lookupBarcode(sample.companyId, sample.shopId, sample.code, &hit, &error);
        const double kassaElapsed = double(timer.nsecsElapsed()) / 1e6;
        BareHit bareHit;
        timer.start();
        const bool bareFound = bareLookup(sample, &bareHit);
        const double bareElapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!error.isEmpty()) {
            sqlite3_finalize(statement);
            sqlite3_close(bare);
            return fail(u"lookup failed: "_s + error);
        }
        // Both must have found the sampled variant (a hidden listing would make both miss).
        if (found != bareFound || (found && (hit.variantId != sample.variantId || hit.variantId.toStdString() != bareHit.variantId))) {
            ++mismatches;
        }
        if (i >= 0) {
            kassaMs << kassaElapsed;
            bareMs << bareElapsed;
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(bare);
    if (mismatches > 0) {
        return fail(u"%1 lookups did not find the sampled variant on both sides"_s.arg(mismatches));
    }

    const double median = kassa::bench::median(kassaMs);
    const double bareMedian = kassa::bench::median(bareMs);
    kassa::bench::Figure figure;
    figure.name = u"barcode_lookup"_s;
    figure.unit = u"ms"_s;
    figure.value = std::round(median * 10000) / 10000;
    figure.baseline = std::round(bareMedian * 10000) / 10000;
    figure.target = u"value <= 0.2"_s;
    figure.meets = median <= 0.2;
    figure.note = u"median of %1 lookups of random barcodes (%2 in the database, %3 MB); p99 %4 ms (baseline p99 %5 ms); baseline: the same SQL as one bare "
                  "sqlite3 prepared statement%6"_s.arg(lookups)
                      .arg(all.size())
                      .arg(QFileInfo(path).size() / (1024 * 1024))
                      .arg(kassa::bench::percentile(kassaMs, 99.0), 0, 'f', 4)
                      .arg(kassa::bench::percentile(bareMs, 99.0), 0, 'f', 4)
                      .arg(smoke ? u" (smoke run)"_s : QString());
    kassa::bench::print(figure);
    return 0;
}
