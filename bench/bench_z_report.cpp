// z_report: closing a till's shift of 5,000 sales (with returns, voids, split tenders and cash
// movements) through ShiftService::close — the Z report computed with aggregate SQL under the write
// lock, the shift closed, its counts, outbox and audit rows committed — on a database that also
// holds the history of many earlier shifts, in production settings (WAL, synchronous=FULL).
//
// Baseline: the same figures computed the naive way, in a C++ loop over the shift's raw rows
// (every sale, then its tenders and its lines, one query each, statements prepared once), measured
// in the same run; its totals must equal the report's.
//
//   bench_z_report [--smoke] [--sales N] [--history N] [--dir PATH]

#include "benchreport.h"

#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "sales/returnservice.h"
#include "sales/saleservice.h"
#include "sales/shiftservice.h"
#include "security/passwords.h"
#include "services/companyservice.h"
#include "services/corecontext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace
{

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Setup {
    QString companyId;
    QString shopId;
    QString locationId;
    QStringList variants;
    QList<qint64> prices;
};

bool buildCatalog(kassa::Database &database, kassa::CoreContext &context, int variantCount, Setup *setup, QString *error)
{
    kassa::CompanyService companies(context);
    kassa::CompanyDraft company;
    company.slug = u"bench"_s;
    company.name = u"Bench Retail"_s;
    setup->companyId = companies.createCompany(kassa::Actor::operatorConsole({}, context.deviceId), company, error);
    if (setup->companyId.isEmpty()) {
        return false;
    }
    kassa::Actor admin = kassa::Actor::operatorConsole(setup->companyId, context.deviceId);
    admin.role = kassa::Role::CompanyAdmin;
    kassa::ShopDraft shop;
    shop.slug = u"bench-shop"_s;
    shop.name = u"Bench Shop"_s;
    setup->shopId = companies.createShop(admin, shop, error);
    if (setup->shopId.isEmpty()) {
        return false;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM locations WHERE shop_id = ? AND code = 'FLOOR'"_s);
    query.addBindValue(setup->shopId);
    if (!query.exec() || !query.next()) {
        *error = u"no FLOOR location"_s;
        return false;
    }
    setup->locationId = query.value(0).toString();
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
    const QString standard = kassa::newId();
    const QString reduced = kassa::newId();
    QSqlQuery tax(db);
    tax.prepare(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, ?, ?)"_s);
    for (const auto &[id, name, rate] : { std::tuple { standard, u"Standard"_s, 1900 }, std::tuple { reduced, u"Reduced"_s, 700 } }) {
        tax.addBindValue(id);
        tax.addBindValue(setup->companyId);
        tax.addBindValue(name);
        tax.addBindValue(rate);
        if (!run(tax)) {
            return false;
        }
    }
    QSqlQuery product(db), variant(db), movement(db), level(db);
    product.prepare(u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"_s);
    variant.prepare(u"INSERT INTO variants (id, company_id, product_id, sku, price, cost, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)"_s);
    movement.prepare(
        u"INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, ref_type, ref_id, occurred_at, recorded_at, device_id) "
        "VALUES (?, ?, ?, ?, 1000000, 'receipt', 'delivery', 'initial', 0, 0, ?)"_s);
    level.prepare(
        u"INSERT INTO stock_levels (company_id, location_id, variant_id, on_hand, reserved, available, updated_at) VALUES (?, ?, ?, 1000000, 0, 1000000, 0)"_s);
    QRandomGenerator random(42);
    for (int i = 0; i < variantCount; ++i) {
        const QString productId = kassa::newId();
        const QString variantId = kassa::newId();
        const qint64 price = random.bounded(99, 9999);
        for (const QVariant &v :
            { QVariant(productId), QVariant(setup->companyId), QVariant(i % 4 == 0 ? reduced : standard), QVariant(u"Product %1"_s.arg(i)) }) {
            product.addBindValue(v);
        }
        for (const QVariant &v :
            { QVariant(variantId), QVariant(setup->companyId), QVariant(productId), QVariant(u"SKU-%1"_s.arg(i)), QVariant(price), QVariant(price / 2) }) {
            variant.addBindValue(v);
        }
        for (const QVariant &v :
            { QVariant(kassa::newId()), QVariant(setup->companyId), QVariant(setup->locationId), QVariant(variantId), QVariant(context.deviceId) }) {
            movement.addBindValue(v);
        }
        for (const QVariant &v : { QVariant(setup->companyId), QVariant(setup->locationId), QVariant(variantId) }) {
            level.addBindValue(v);
        }
        if (!run(product) || !run(variant) || !run(movement) || !run(level)) {
            return false;
        }
        setup->variants << variantId;
        setup->prices << price;
    }
    if (!query.exec(u"COMMIT"_s)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// Earlier, closed shifts of other tills with their sales, written as plain rows: the shift being
// closed is a few thousand rows among many, as on a server or a long-lived terminal.
bool buildHistory(kassa::Database &database, const Setup &setup, int historySales, QString *error)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
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
    QSqlQuery shift(db), sale(db), line(db), tender(db);
    shift.prepare(u"INSERT INTO shifts (id, company_id, shop_id, device_id, opened_by, opened_at, opening_float, closed_by, closed_at, counted_cash, "
                  "expected_cash, status) VALUES (?, ?, ?, ?, 'someone', 0, 10000, 'someone', 1, 0, 0, 'closed')"_s);
    sale.prepare(
        u"INSERT INTO sales (id, company_id, shop_id, device_id, shift_id, receipt_number, kind, currency, prices_include_tax, subtotal, discount_total, "
        "tax_total, total, occurred_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, 'sale', 'EUR', 1, ?, 0, ?, ?, 0, 0)"_s);
    line.prepare(u"INSERT INTO sale_lines (id, company_id, sale_id, line_number, variant_id, quantity, unit_price, tax_rate_bp, tax_amount, line_total) "
                 "VALUES (?, ?, ?, ?, ?, 1, ?, 1900, ?, ?)"_s);
    tender.prepare(u"INSERT INTO sale_tenders (id, company_id, sale_id, kind, amount) VALUES (?, ?, ?, 'card', ?)"_s);
    QRandomGenerator random(11);
    QString shiftId;
    const QString device = kassa::newId();
    for (int i = 0; i < historySales; ++i) {
        if (i % 2000 == 0) {
            shiftId = kassa::newId();
            for (const QVariant &v : { QVariant(shiftId), QVariant(setup.companyId), QVariant(setup.shopId), QVariant(device) }) {
                shift.addBindValue(v);
            }
            if (!run(shift)) {
                return false;
            }
        }
        const QString saleId = kassa::newId();
        qint64 total = 0;
        qint64 tax = 0;
        int picks[3];
        for (int k = 0; k < 3; ++k) {
            picks[k] = int(random.bounded(int(setup.variants.size())));
            const qint64 price = setup.prices.at(picks[k]);
            total += price;
            tax += (price * 1900 + 5950) / 11900;
        }
        for (const QVariant &v : { QVariant(saleId), QVariant(setup.companyId), QVariant(setup.shopId), QVariant(device), QVariant(shiftId),
                 QVariant(u"OLD-1-%1"_s.arg(i, 7, 10, QChar(u'0'))), QVariant(total), QVariant(tax), QVariant(total) }) {
            sale.addBindValue(v);
        }
        if (!run(sale)) {
            return false;
        }
        for (int k = 0; k < 3; ++k) {
            const qint64 price = setup.prices.at(picks[k]);
            for (const QVariant &v : { QVariant(kassa::newId()), QVariant(setup.companyId), QVariant(saleId), QVariant(k + 1),
                     QVariant(setup.variants.at(picks[k])), QVariant(price), QVariant((price * 1900 + 5950) / 11900), QVariant(price) }) {
                line.addBindValue(v);
            }
            if (!run(line)) {
                return false;
            }
        }
        for (const QVariant &v : { QVariant(kassa::newId()), QVariant(setup.companyId), QVariant(saleId), QVariant(total) }) {
            tender.addBindValue(v);
        }
        if (!run(tender)) {
            return false;
        }
    }
    if (!query.exec(u"COMMIT"_s)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// The shift's figures the naive way: every sale of the shift, then its tenders and lines one
// query each, summed in C++.
struct NaiveTotals {
    qint64 documents = 0;
    qint64 netTotal = 0;
    qint64 taxTotal = 0;
    qint64 discountTotal = 0;
    qint64 cashRounding = 0;
    qint64 taxFromLines = 0;
    QHash<QString, qint64> tenders; // kind → tendered − change
    qint64 expectedCash = 0;
};

bool naiveTotals(kassa::Database &database, const QString &shiftId, qint64 openingFloat, NaiveTotals *totals, QString *error)
{
    QSqlDatabase db = database.connection();
    QSqlQuery sales(db), tenders(db), lines(db), cash(db);
    sales.setForwardOnly(true);
    tenders.setForwardOnly(true);
    lines.setForwardOnly(true);
    cash.setForwardOnly(true);
    sales.prepare(u"SELECT id, kind, subtotal, discount_total, tax_total, total, cash_rounding FROM sales WHERE shift_id = ?"_s);
    tenders.prepare(u"SELECT kind, amount, change_given FROM sale_tenders WHERE sale_id = ?"_s);
    lines.prepare(u"SELECT tax_rate_bp, line_total, tax_amount FROM sale_lines WHERE sale_id = ?"_s);
    cash.prepare(u"SELECT kind, amount FROM cash_movements WHERE shift_id = ?"_s);
    NaiveTotals result;
    sales.addBindValue(shiftId);
    if (!sales.exec()) {
        *error = sales.lastError().text();
        return false;
    }
    QStringList ids;
    while (sales.next()) {
        ++result.documents;
        ids << sales.value(0).toString();
        result.discountTotal += sales.value(3).toLongLong();
        result.taxTotal += sales.value(4).toLongLong();
        result.netTotal += sales.value(5).toLongLong();
        result.cashRounding += sales.value(6).toLongLong();
    }
    for (const QString &id : std::as_const(ids)) {
        tenders.addBindValue(id);
        if (!tenders.exec()) {
            *error = tenders.lastError().text();
            return false;
        }
        while (tenders.next()) {
            result.tenders[tenders.value(0).toString()] += tenders.value(1).toLongLong() - tenders.value(2).toLongLong();
        }
        lines.addBindValue(id);
        if (!lines.exec()) {
            *error = lines.lastError().text();
            return false;
        }
        while (lines.next()) {
            result.taxFromLines += lines.value(2).toLongLong();
        }
    }
    cash.addBindValue(shiftId);
    if (!cash.exec()) {
        *error = cash.lastError().text();
        return false;
    }
    qint64 inOut = 0;
    while (cash.next()) {
        inOut += cash.value(0).toString() == "cash_in"_L1 ? cash.value(1).toLongLong() : -cash.value(1).toLongLong();
    }
    result.expectedCash = openingFloat + result.tenders.value(u"cash"_s) + inOut;
    *totals = result;
    return true;
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
    const int saleCount = option(u"--sales"_s, smoke ? 200 : 5000);
    const int historySales = option(u"--history"_s, smoke ? 1000 : 100000);
    const int variantCount = smoke ? 200 : 5000;
    const qsizetype dirAt = args.indexOf(u"--dir"_s);
    std::unique_ptr<QTemporaryDir> dir = dirAt >= 0 && dirAt + 1 < args.size() ? std::make_unique<QTemporaryDir>(args.at(dirAt + 1) + u"/kassa-bench-XXXXXX"_s)
                                                                               : std::make_unique<QTemporaryDir>();
    if (!kassa::initializeCrypto() || !dir->isValid() || saleCount < 20) {
        err() << "bench_z_report: cannot start (crypto, temporary folder or arguments)\n";
        return 1;
    }
    const QString path = dir->filePath(u"kassa.db"_s);
    QString error;
    Setup setup;
    kassa::Actor cashier;
    kassa::Actor manager;
    constexpr qint64 kFloat = 20000;
    QElapsedTimer buildTimer;
    buildTimer.start();
    {
        // Built with synchronous=NORMAL for speed; measured below with FULL.
        std::unique_ptr<kassa::Database> database = kassa::Database::open(path, &error, kassa::Database::Durability::Normal);
        kassa::HybridLogicalClock clock;
        kassa::CoreContext context;
        context.database = database.get();
        context.clock = &clock;
        if (!database || !database->migrate(&error) || !kassa::ensureLocalDevice(*database, u"terminal"_s, u"bench till"_s, &context.deviceId, &clock, &error)
            || !buildCatalog(*database, context, variantCount, &setup, &error) || !buildHistory(*database, setup, historySales, &error)) {
            err() << "bench_z_report: setup failed: " << error << "\n";
            return 1;
        }
        cashier.userId = kassa::newId();
        cashier.companyId = setup.companyId;
        cashier.shopId = setup.shopId;
        cashier.role = kassa::Role::ShopStaff;
        cashier.deviceId = context.deviceId;
        manager = cashier;
        manager.userId = kassa::newId();
        manager.role = kassa::Role::ShopManager;
        kassa::ShiftRecord shift;
        kassa::ServiceError serviceError;
        if (!kassa::ShiftService(context).open(cashier, {}, kFloat, &shift, &serviceError)) {
            err() << "bench_z_report: cannot open a shift: " << serviceError.message << "\n";
            return 1;
        }
        // The shift: sales paid in cash (with change), by card or split, now and then a return or
        // a void, and cash taken to the safe.
        kassa::SaleService sales(context);
        kassa::ReturnService returns(context);
        kassa::ShiftService shifts(context);
        QRandomGenerator random(5);
        QList<kassa::SaleRecord> recent;
        for (int i = 0; i < saleCount; ++i) {
            kassa::SaleDraft draft = kassa::SaleDraft::create();
            qint64 rough = 0;
            for (int k = 0, n = int(random.bounded(1, 6)); k < n; ++k) {
                const int pick = int(random.bounded(variantCount));
                kassa::DraftLine line;
                line.variantId = setup.variants.at(pick);
                line.quantity = random.bounded(1, 3);
                draft.lines << line;
                rough += setup.prices.at(pick) * line.quantity;
            }
            switch (random.bounded(3)) {
            case 0:
                draft.tenders = { { kassa::TenderKind::Cash, (rough / 1000 + 1) * 1000, {} } };
                break;
            case 1:
                draft.tenders = { { kassa::TenderKind::Card, rough, u"AUTH-%1"_s.arg(i) } };
                break;
            default:
                draft.tenders = { { kassa::TenderKind::Card, rough / 2, u"AUTH-%1"_s.arg(i) }, { kassa::TenderKind::Cash, rough - rough / 2, {} } };
                break;
            }
            kassa::SaleRecord sale;
            if (!sales.commit(cashier, draft, &sale, &serviceError)) {
                err() << "bench_z_report: sale failed: " << serviceError.field << ": " << serviceError.message << "\n";
                return 1;
            }
            recent << sale;
            if (i % 100 == 50) {
                kassa::ReturnDraft back = kassa::ReturnDraft::create(recent[i - 10].id);
                back.lines = { { recent[i - 10].lines[0].id, 1, u"changed mind"_s, i % 200 == 50 } };
                kassa::SaleRecord document;
                if (!returns.commit(cashier, back, &document, &serviceError)) {
                    err() << "bench_z_report: return failed: " << serviceError.message << "\n";
                    return 1;
                }
            } else if (i % 250 == 120) {
                kassa::VoidRequest request = kassa::VoidRequest::create(recent[i - 1].id);
                request.reason = u"scanned twice"_s;
                kassa::SaleRecord document;
                if (!returns.voidSale(manager, request, &document, &serviceError)) {
                    err() << "bench_z_report: void failed: " << serviceError.message << "\n";
                    return 1;
                }
            } else if (i % 500 == 499) {
                if (!shifts.cashMovement(cashier, kassa::CashMovementKind::CashOut, 10000, u"safe drop"_s, &serviceError)) {
                    err() << "bench_z_report: cash out failed: " << serviceError.message << "\n";
                    return 1;
                }
            }
        }
        QSqlQuery checkpoint(database->connection());
        checkpoint.exec(u"ANALYZE"_s);
        checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const qint64 buildMs = buildTimer.elapsed();

    std::unique_ptr<kassa::Database> database = kassa::Database::open(path, &error);
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    context.database = database.get();
    context.clock = &clock;
    if (!database || !kassa::ensureLocalDevice(*database, u"terminal"_s, u"bench till"_s, &context.deviceId, &clock, &error)) {
        err() << "bench_z_report: cannot reopen: " << error << "\n";
        return 1;
    }
    kassa::ShiftService shifts(context);
    kassa::ServiceError serviceError;
    QElapsedTimer timer;

    // The X report (read only) and the naive loop, alternating, several times each.
    QList<double> reportMs, naiveMs;
    kassa::ShiftReport x;
    NaiveTotals naive;
    const int repeats = smoke ? 3 : 9;
    for (int r = 0; r < repeats; ++r) {
        timer.start();
        if (!shifts.report(cashier, {}, &x, &serviceError)) {
            err() << "bench_z_report: X report failed: " << serviceError.message << "\n";
            return 1;
        }
        reportMs << double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        if (!naiveTotals(*database, x.shift.id, kFloat, &naive, &error)) {
            err() << "bench_z_report: naive loop failed: " << error << "\n";
            return 1;
        }
        naiveMs << double(timer.nsecsElapsed()) / 1e6;
    }
    // Both ways must say the same.
    const qint64 documents = x.sales.count + x.returns.count + x.voids.count;
    if (naive.documents != documents || naive.netTotal != x.netTotal || naive.taxTotal != x.taxTotal || naive.taxFromLines != x.taxTotal
        || naive.discountTotal != x.discountTotal || naive.expectedCash != x.expectedCash
        || naive.tenders.value(u"card"_s) != (x.tender(kassa::TenderKind::Card) ? x.tender(kassa::TenderKind::Card)->expected : 0)) {
        err() << "bench_z_report: the report and the naive loop disagree (documents " << documents << " vs " << naive.documents << ", net " << x.netTotal
              << " vs " << naive.netTotal << ", cash " << x.expectedCash << " vs " << naive.expectedCash << ")\n";
        return 1;
    }

    // The close itself: once, as at the end of the day.
    kassa::ShiftCount count;
    count.cash = x.expectedCash;
    kassa::ShiftReport z;
    timer.start();
    if (!shifts.close(cashier, count, &z, &serviceError)) {
        err() << "bench_z_report: close failed: " << serviceError.message << "\n";
        return 1;
    }
    const double closeMs = double(timer.nsecsElapsed()) / 1e6;
    if (z.netTotal != x.netTotal || z.cashVariance() != 0) {
        err() << "bench_z_report: the Z report differs from the X report\n";
        return 1;
    }
    const kassa::IntegrityReport report = kassa::checkIntegrity(*database);
    if (!report.ok()) {
        err() << "bench_z_report: integrity check failed: " << report.problems.join(u"; "_s) << "\n";
        return 1;
    }

    kassa::bench::Figure figure;
    figure.name = u"z_report"_s;
    figure.unit = u"ms"_s;
    figure.value = closeMs;
    figure.baseline = kassa::bench::median(naiveMs);
    figure.target = u"value <= 1000"_s;
    figure.meets = closeMs <= 1000.0;
    figure.note = u"closing a shift of %1 sales (%2 returns, %3 voids) among %4 earlier sales, WAL + synchronous=FULL; X report alone median %5 ms; "
                  "baseline: naive per-row loop, median of %6 (setup %7 s)%8"_s.arg(x.sales.count)
                      .arg(x.returns.count)
                      .arg(x.voids.count)
                      .arg(historySales)
                      .arg(kassa::bench::median(reportMs), 0, 'f', 2)
                      .arg(repeats)
                      .arg(double(buildMs) / 1000.0, 0, 'f', 1)
                      .arg(smoke ? u" (smoke run)"_s : QString());
    kassa::bench::print(figure);
    return 0;
}
