// ledger_write: a 5-line sale's stock movements, the 5 stock levels they change, its outbox row and
// its audit row, committed as one transaction through StockService::postMovements, on a database of
// realistic size in production settings (WAL, synchronous=FULL).
//
// Baseline: the same rows written with the bare SQLite C API (statements prepared once, then
// bind/step/reset), one transaction per sale, same pragmas, same schema (a second database migrated
// by kassa::Database). The two runs alternate sale by sale, so machine noise hits both alike.
//
//   bench_ledger_write [--smoke] [--iterations N] [--variants N] [--dir PATH]

#include "benchreport.h"

#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "security/passwords.h"
#include "services/companyservice.h"
#include "services/corecontext.h"
#include "services/stockservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace
{

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Catalog {
    QString companyId;
    QString locationId;
    QStringList variants;
};

// A company with one store and `variantCount` variants, each with a receipt movement and its stock
// level, plus some history in the outbox and audit log. Plain SQL in one transaction: quick to build.
bool buildCatalog(kassa::Database &database, kassa::CoreContext &context, int variantCount, Catalog *catalog, QString *error)
{
    kassa::CompanyService companies(context);
    kassa::CompanyDraft company;
    company.slug = u"bench"_s;
    company.name = u"Bench Retail"_s;
    const kassa::Actor console = kassa::Actor::operatorConsole({}, context.deviceId);
    catalog->companyId = companies.createCompany(console, company, error);
    if (catalog->companyId.isEmpty()) {
        return false;
    }
    kassa::Actor admin = kassa::Actor::operatorConsole(catalog->companyId, context.deviceId);
    admin.role = kassa::Role::CompanyAdmin;
    kassa::ShopDraft shop;
    shop.slug = u"bench-shop"_s;
    shop.name = u"Bench Shop"_s;
    const QString shopId = companies.createShop(admin, shop, error);
    if (shopId.isEmpty()) {
        return false;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM locations WHERE shop_id = ? AND code = 'FLOOR'"_s);
    query.addBindValue(shopId);
    if (!query.exec() || !query.next()) {
        *error = u"no FLOOR location"_s;
        return false;
    }
    catalog->locationId = query.value(0).toString();
    query.finish();

    const auto run = [&](QSqlQuery &q) {
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    };
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        *error = query.lastError().text();
        return false;
    }
    const QString taxId = kassa::newId();
    QSqlQuery tax(db);
    tax.prepare(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, 'Standard', 1900)"_s);
    tax.addBindValue(taxId);
    tax.addBindValue(catalog->companyId);
    if (!run(tax)) {
        return false;
    }
    QSqlQuery product(db), variant(db), movement(db), level(db), outbox(db), audit(db);
    product.prepare(u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"_s);
    variant.prepare(u"INSERT INTO variants (id, company_id, product_id, sku, name, price, cost, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"_s);
    movement.prepare(
        u"INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, ref_type, ref_id, occurred_at, recorded_at, device_id) "
        "VALUES (?, ?, ?, ?, 1000000, 'receipt', 'delivery', 'initial', 0, 0, ?)"_s);
    level.prepare(
        u"INSERT INTO stock_levels (company_id, location_id, variant_id, on_hand, reserved, available, updated_at) VALUES (?, ?, ?, 1000000, 0, 1000000, 0)"_s);
    QRandomGenerator random(42);
    for (int i = 0; i < variantCount; ++i) {
        const QString productId = kassa::newId();
        const QString variantId = kassa::newId();
        for (const QVariant &v : { QVariant(productId), QVariant(catalog->companyId), QVariant(taxId), QVariant(u"Product %1"_s.arg(i)) }) {
            product.addBindValue(v);
        }
        for (const QVariant &v : { QVariant(variantId), QVariant(catalog->companyId), QVariant(productId), QVariant(u"SKU-%1"_s.arg(i, 6, 10, QChar(u'0'))),
                 QVariant(u"Size %1"_s.arg(i % 7)), QVariant(qint64(random.bounded(100, 100000))), QVariant(qint64(random.bounded(50, 50000))) }) {
            variant.addBindValue(v);
        }
        for (const QVariant &v :
            { QVariant(kassa::newId()), QVariant(catalog->companyId), QVariant(catalog->locationId), QVariant(variantId), QVariant(context.deviceId) }) {
            movement.addBindValue(v);
        }
        for (const QVariant &v : { QVariant(catalog->companyId), QVariant(catalog->locationId), QVariant(variantId) }) {
            level.addBindValue(v);
        }
        if (!run(product) || !run(variant) || !run(movement) || !run(level)) {
            return false;
        }
        catalog->variants << variantId;
    }
    // History from another device: the outbox and audit log are not empty on a working terminal.
    const QString otherDevice = kassa::newId();
    outbox.prepare(u"INSERT INTO outbox (device_id, seq, op_id, company_id, type, schema_version, payload, payload_hash, occurred_at, created_at) "
                   "VALUES (?, ?, ?, ?, 'stock.movements', 1, '{}', '', 0, 0)"_s);
    audit.prepare(u"INSERT INTO audit_log (id, company_id, device_id, action, entity_type, entity_id, at) VALUES (?, ?, ?, 'stock.post', 'sale', ?, 0)"_s);
    for (int i = 1; i <= variantCount / 2; ++i) {
        for (const QVariant &v : { QVariant(otherDevice), QVariant(qint64(i)), QVariant(kassa::newId()), QVariant(catalog->companyId) }) {
            outbox.addBindValue(v);
        }
        for (const QVariant &v : { QVariant(kassa::newId()), QVariant(catalog->companyId), QVariant(otherDevice), QVariant(kassa::newId()) }) {
            audit.addBindValue(v);
        }
        if (!run(outbox) || !run(audit)) {
            return false;
        }
    }
    if (!query.exec(u"COMMIT"_s) || !query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// The baseline: the same writes through the SQLite C API, statements prepared once.
class BareWriter
{
public:
    ~BareWriter()
    {
        for (sqlite3_stmt *statement : { m_begin, m_commit, m_rollback, m_movement, m_level, m_nextSeq, m_outbox, m_audit }) {
            sqlite3_finalize(statement);
        }
        if (m_db) {
            sqlite3_close(m_db);
        }
    }

    bool open(const QString &path, const QString &companyId, const QString &deviceId, QString *error)
    {
        m_companyId = companyId.toStdString();
        m_deviceId = deviceId.toStdString();
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        sqlite3_busy_timeout(m_db, 15000);
        // The pragmas kassa::Database sets for Durability::Full.
        for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                 "PRAGMA cache_size = -65536" }) {
            if (sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
        }
        const std::pair<sqlite3_stmt **, const char *> statements[] = {
            { &m_begin, "BEGIN IMMEDIATE" },
            { &m_commit, "COMMIT" },
            { &m_rollback, "ROLLBACK" },
            { &m_movement,
                "INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, ref_type, ref_id, occurred_at, recorded_at, "
                "device_id, "
                "actor_id) VALUES (?1, ?2, ?3, ?4, ?5, 'sale', 'sale', ?6, ?7, ?7, ?8, ?9)" },
            { &m_level,
                "INSERT INTO stock_levels (company_id, location_id, variant_id, on_hand, reserved, available, updated_at) VALUES (?1, ?2, ?3, ?4, 0, ?4, ?5) "
                "ON CONFLICT (location_id, variant_id) DO UPDATE SET on_hand = stock_levels.on_hand + excluded.on_hand, "
                "reserved = stock_levels.reserved + excluded.reserved, available = stock_levels.available + excluded.available, updated_at = "
                "excluded.updated_at" },
            { &m_nextSeq, "SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox WHERE device_id = ?1" },
            { &m_outbox,
                "INSERT INTO outbox (device_id, seq, op_id, company_id, type, schema_version, payload, payload_hash, occurred_at, created_at) "
                "VALUES (?1, ?2, ?3, ?4, 'stock.movements', 1, ?5, ?6, ?7, ?8)" },
            { &m_audit,
                "INSERT INTO audit_log (id, company_id, actor_id, actor_label, device_id, action, entity_type, entity_id, before_state, after_state, at) "
                "VALUES (?1, ?2, ?3, '', ?4, 'stock.post', 'sale', ?5, NULL, ?6, ?7)" },
        };
        for (const auto &[statement, sql] : statements) {
            if (sqlite3_prepare_v2(m_db, sql, -1, statement, nullptr) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return false;
            }
        }
        return true;
    }

    // One sale: five movements (quantity -1 each) and their levels, one outbox row, one audit row.
    bool writeSale(const std::string &location, const std::string (&variants)[5], const std::string &actorId, qint64 now, qint64 stamp)
    {
        if (!step(m_begin)) {
            return false;
        }
        const std::string saleId = nextId(now);
        std::string movements;
        for (int i = 0; i < 5; ++i) {
            const std::string id = nextId(now);
            bindText(m_movement, 1, id);
            bindText(m_movement, 2, m_companyId);
            bindText(m_movement, 3, location);
            bindText(m_movement, 4, variants[i]);
            sqlite3_bind_int64(m_movement, 5, -1);
            bindText(m_movement, 6, saleId);
            sqlite3_bind_int64(m_movement, 7, now);
            bindText(m_movement, 8, m_deviceId);
            bindText(m_movement, 9, actorId);
            bindText(m_level, 1, m_companyId);
            bindText(m_level, 2, location);
            bindText(m_level, 3, variants[i]);
            sqlite3_bind_int64(m_level, 4, -1);
            sqlite3_bind_int64(m_level, 5, now);
            if (!step(m_movement) || !step(m_level)) {
                return rollback();
            }
            char entry[512];
            std::snprintf(entry, sizeof entry,
                "%s{\"id\":\"%s\",\"location_id\":\"%s\",\"occurred_at\":%lld,\"quantity_delta\":-1,\"reason\":\"sale\",\"ref_id\":\"%s\","
                "\"ref_type\":\"sale\",\"variant_id\":\"%s\"}",
                i == 0 ? "" : ",", id.c_str(), location.c_str(), static_cast<long long>(now), saleId.c_str(), variants[i].c_str());
            movements += entry;
        }
        const std::string payload = "{\"movements\":[" + movements + "]}";
        unsigned char hash[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(hash, reinterpret_cast<const unsigned char *>(payload.data()), payload.size());
        char hex[crypto_hash_sha256_BYTES * 2 + 1];
        sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);

        bindText(m_nextSeq, 1, m_deviceId);
        if (sqlite3_step(m_nextSeq) != SQLITE_ROW) {
            sqlite3_reset(m_nextSeq);
            return rollback();
        }
        const qint64 seq = sqlite3_column_int64(m_nextSeq, 0);
        sqlite3_reset(m_nextSeq);
        bindText(m_outbox, 1, m_deviceId);
        sqlite3_bind_int64(m_outbox, 2, seq);
        bindText(m_outbox, 3, nextId(now));
        bindText(m_outbox, 4, m_companyId);
        bindText(m_outbox, 5, payload);
        sqlite3_bind_text(m_outbox, 6, hex, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_outbox, 7, stamp);
        sqlite3_bind_int64(m_outbox, 8, now);
        bindText(m_audit, 1, nextId(now));
        bindText(m_audit, 2, m_companyId);
        bindText(m_audit, 3, actorId);
        bindText(m_audit, 4, m_deviceId);
        bindText(m_audit, 5, saleId);
        bindText(m_audit, 6, payload);
        sqlite3_bind_int64(m_audit, 7, now);
        if (!step(m_outbox) || !step(m_audit)) {
            return rollback();
        }
        return step(m_commit) || rollback();
    }

    [[nodiscard]] QString errorString() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    static void bindText(sqlite3_stmt *statement, int index, const std::string &text)
    {
        sqlite3_bind_text(statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    }
    static bool step(sqlite3_stmt *statement)
    {
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        return rc == SQLITE_DONE;
    }
    bool rollback()
    {
        step(m_rollback);
        return false;
    }
    // A UUIDv7-shaped id (time, counter, random), made as cheaply as C allows.
    std::string nextId(qint64 now)
    {
        ++m_counter;
        char id[37];
        const quint64 random = QRandomGenerator::global()->generate64();
        std::snprintf(id, sizeof id, "%08llx-%04llx-7%03llx-%04llx-%012llx", static_cast<unsigned long long>((now >> 16) & 0xffffffff),
            static_cast<unsigned long long>(now & 0xffff), static_cast<unsigned long long>(m_counter & 0xfff),
            static_cast<unsigned long long>(0x8000 | (random & 0x3fff)), static_cast<unsigned long long>((random >> 16) & 0xffffffffffffULL));
        return id;
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr, *m_commit = nullptr, *m_rollback = nullptr, *m_movement = nullptr, *m_level = nullptr, *m_nextSeq = nullptr,
                 *m_outbox = nullptr, *m_audit = nullptr;
    std::string m_companyId, m_deviceId;
    quint64 m_counter = 0;
};

struct Setup {
    std::unique_ptr<kassa::Database> database;
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    Catalog catalog;
};

bool prepare(const QString &path, int variantCount, Setup *setup, QString *error)
{
    setup->database = kassa::Database::open(path, error);
    if (!setup->database || !setup->database->migrate(error)) {
        return false;
    }
    setup->context.database = setup->database.get();
    setup->context.clock = &setup->clock;
    if (!kassa::ensureLocalDevice(*setup->database, u"terminal"_s, u"bench till"_s, &setup->context.deviceId, &setup->clock, error)) {
        return false;
    }
    return buildCatalog(*setup->database, setup->context, variantCount, &setup->catalog, error);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    const auto option = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int iterations = option(u"--iterations"_s, smoke ? 60 : 2000);
    const int variantCount = option(u"--variants"_s, smoke ? 500 : 20000);
    const qsizetype dirAt = args.indexOf(u"--dir"_s);
    std::unique_ptr<QTemporaryDir> dir = dirAt >= 0 && dirAt + 1 < args.size() ? std::make_unique<QTemporaryDir>(args.at(dirAt + 1) + u"/kassa-bench-XXXXXX"_s)
                                                                               : std::make_unique<QTemporaryDir>();
    if (!kassa::initializeCrypto() || !dir->isValid() || iterations < 1 || variantCount < 5) {
        err() << "bench_ledger_write: cannot start (crypto, temporary folder or arguments)\n";
        return 1;
    }

    // Two databases of the same shape and size: one written through Kassa, one with the C API.
    QString error;
    Setup kassaSide, bareSide;
    if (!prepare(dir->filePath(u"kassa.db"_s), variantCount, &kassaSide, &error) || !prepare(dir->filePath(u"bare.db"_s), variantCount, &bareSide, &error)) {
        err() << "bench_ledger_write: setup failed: " << error << "\n";
        return 1;
    }
    const QString barePath = dir->filePath(u"bare.db"_s);
    const QString bareCompany = bareSide.catalog.companyId;
    const QString bareDevice = bareSide.context.deviceId;
    const std::string bareLocation = bareSide.catalog.locationId.toStdString();
    QList<std::string> bareVariants;
    for (const QString &v : std::as_const(bareSide.catalog.variants)) {
        bareVariants << v.toStdString();
    }
    bareSide.database.reset(); // the C API writer gets the file to itself
    BareWriter bare;
    if (!bare.open(barePath, bareCompany, bareDevice, &error)) {
        err() << "bench_ledger_write: " << error << "\n";
        return 1;
    }

    kassa::StockService stock(kassaSide.context);
    kassa::Actor cashier;
    cashier.userId = kassa::newId();
    cashier.companyId = kassaSide.catalog.companyId;
    cashier.role = kassa::Role::ShopStaff;
    cashier.deviceId = kassaSide.context.deviceId;
    const std::string cashierId = cashier.userId.toStdString();

    QRandomGenerator random(7);
    QList<double> kassaMs, bareMs;
    kassaMs.reserve(iterations);
    bareMs.reserve(iterations);
    QElapsedTimer timer;
    qint64 stamp = kassa::HybridLogicalClock::make(QDateTime::currentMSecsSinceEpoch(), 0);
    const int warmUp = smoke ? 5 : 50;
    for (int i = -warmUp; i < iterations; ++i) {
        // Five different variants per sale, the same positions in both catalogs.
        int picks[5];
        for (int k = 0; k < 5; ++k) {
            bool repeated = true;
            while (repeated) {
                picks[k] = int(random.bounded(variantCount));
                repeated = std::find(picks, picks + k, picks[k]) != picks + k;
            }
        }
        QList<kassa::StockMovement> sale;
        const QString saleId = kassa::newId();
        for (int k = 0; k < 5; ++k) {
            kassa::StockMovement m;
            m.locationId = kassaSide.catalog.locationId;
            m.variantId = kassaSide.catalog.variants.at(picks[k]);
            m.quantityDelta = -1;
            m.reason = kassa::StockReason::Sale;
            m.refType = u"sale"_s;
            m.refId = saleId;
            sale << m;
        }
        const std::string variants[5]
            = { bareVariants[picks[0]], bareVariants[picks[1]], bareVariants[picks[2]], bareVariants[picks[3]], bareVariants[picks[4]] };

        timer.start();
        if (!stock.postMovements(cashier, sale, &error)) {
            err() << "bench_ledger_write: Kassa write failed: " << error << "\n";
            return 1;
        }
        const double kassaElapsed = double(timer.nsecsElapsed()) / 1e6;

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        timer.start();
        if (!bare.writeSale(bareLocation, variants, cashierId, now, ++stamp)) {
            err() << "bench_ledger_write: C API write failed: " << bare.errorString() << "\n";
            return 1;
        }
        const double bareElapsed = double(timer.nsecsElapsed()) / 1e6;
        if (i >= 0) {
            kassaMs << kassaElapsed;
            bareMs << bareElapsed;
        }
    }

    // The Kassa side must still hold together: levels equal the ledger, the outbox has no gaps.
    const kassa::IntegrityReport report = kassa::checkIntegrity(*kassaSide.database);
    if (!report.ok()) {
        err() << "bench_ledger_write: integrity check failed: " << report.problems.join(u"; "_s) << "\n";
        return 1;
    }
    QSqlQuery count(kassaSide.database->connection());
    if (!count.exec(u"SELECT COUNT(*) FROM stock_movements WHERE reason = 'sale'"_s) || !count.next()
        || count.value(0).toLongLong() != qint64(iterations + warmUp) * 5) {
        err() << "bench_ledger_write: expected " << (iterations + warmUp) * 5 << " sale movements\n";
        return 1;
    }

    kassa::bench::Figure figure;
    figure.name = u"ledger_write"_s;
    figure.unit = u"ms"_s;
    figure.value = kassa::bench::median(kassaMs);
    figure.baseline = kassa::bench::median(bareMs);
    figure.target = u"ratio <= 1.5"_s;
    figure.meets = figure.baseline > 0 && figure.value / figure.baseline <= 1.5;
    figure.note = u"p99 %1 ms (baseline p99 %2 ms); %3 sales of 5 lines on %4 variants, WAL + synchronous=FULL%5"_s
                      .arg(kassa::bench::percentile(kassaMs, 99.0), 0, 'f', 3)
                      .arg(kassa::bench::percentile(bareMs, 99.0), 0, 'f', 3)
                      .arg(iterations)
                      .arg(variantCount)
                      .arg(smoke ? u" (smoke run)"_s : QString());
    kassa::bench::print(figure);
    return 0;
}
