// seed --demo: loads the demo data set (see core/ops/demoseed.h) into the database.
#include "command.h"

#include "ops/demoseed.h"
#include "ops/demostorefront.h"
#include "ops/rowsink.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kassactl {

namespace {

QJsonObject resultJson(const kassa::DemoSeedResult &result, const kassa::DemoSeedOptions &options, double seconds)
{
    QJsonArray companies;
    for (const kassa::DemoCompanyInfo &company : result.companies) {
        QJsonArray shops;
        for (const kassa::DemoShopInfo &shop : company.shops) {
            shops.append(QJsonObject{{u"id"_s, shop.id}, {u"slug"_s, shop.slug}, {u"name"_s, shop.name}, {u"kind"_s, shop.kind}});
        }
        companies.append(QJsonObject{{u"id"_s, company.id},
                                     {u"slug"_s, company.slug},
                                     {u"name"_s, company.name},
                                     {u"currency"_s, company.currency},
                                     {u"country"_s, company.country},
                                     {u"timezone"_s, company.timezone},
                                     {u"shops"_s, shops}});
    }
    QJsonArray accounts;
    for (const kassa::DemoAccount &account : result.accounts) {
        QJsonObject entry{{u"email"_s, account.email},
                          {u"password"_s, account.password},
                          {u"role"_s, account.role},
                          {u"company"_s, account.companySlug.isEmpty() ? QJsonValue() : QJsonValue(account.companySlug)},
                          {u"shop"_s, account.shopSlug.isEmpty() ? QJsonValue() : QJsonValue(account.shopSlug)}};
        if (!account.pin.isEmpty()) {
            entry.insert(u"pin"_s, account.pin);
        }
        accounts.append(entry);
    }
    QJsonObject counts;
    for (auto it = result.rowCounts.cbegin(); it != result.rowCounts.cend(); ++it) {
        counts.insert(it.key(), it.value());
    }
    counts.insert(u"sales_documents"_s, result.sales);
    counts.insert(u"return_documents"_s, result.returns);
    counts.insert(u"more_staff_accounts"_s, result.staffAccounts);
    return QJsonObject{{u"seed"_s, QString::number(options.seed)},
                       {u"first_day"_s, result.firstDay.toString(Qt::ISODate)},
                       {u"end_date"_s, result.endDate.toString(Qt::ISODate)},
                       {u"seconds"_s, std::round(seconds * 100) / 100},
                       {u"companies"_s, companies},
                       {u"accounts"_s, accounts},
                       {u"counts"_s, counts}};
}

void printSummary(QTextStream &out, const kassa::DemoSeedResult &result, double seconds)
{
    out << "seeded the demo data set in " << QString::number(seconds, 'f', 1) << " s: history " << result.firstDay.toString(Qt::ISODate) << " to "
        << result.endDate.toString(Qt::ISODate) << "\n";
    for (const kassa::DemoCompanyInfo &company : result.companies) {
        out << "  " << company.slug << "  " << company.name << " (" << company.currency << ", " << company.timezone << "), " << company.shops.size()
            << " shops\n";
    }
    const auto count = [&](const char *table) { return result.rowCounts.value(QString::fromLatin1(table)); };
    out << "  " << count("variants") << " variants, " << count("customers") << " customers, " << result.sales << " sales and " << result.returns
        << " returns with " << count("sale_lines") << " lines, " << count("stock_movements") << " stock movements\n";
    out << "accounts (password " << QString::fromUtf16(kassa::kDemoPassword) << "):\n";
    for (const kassa::DemoAccount &account : result.accounts) {
        out << "  " << account.email.leftJustified(32) << " " << account.role;
        if (!account.shopSlug.isEmpty()) {
            out << " at " << account.shopSlug;
        }
        if (!account.pin.isEmpty()) {
            out << ", PIN " << account.pin;
        }
        out << "\n";
    }
    if (result.staffAccounts > 0) {
        out << "  and " << result.staffAccounts << " more staff accounts with the same password: manager.<shop>@<company>.example, and cashier1. and cashier2.<shop>@<company>.example with PIN "
            << QString::fromUtf16(kassa::kDemoPin) << "\n";
    }
    if (count("sale_lines") == 0 && count("shops") > 0) {
        out << "note: the shops were closed on every day of the history (Sundays, holidays), so there are no sales; choose more --days\n";
    }
}

} // namespace

int runSeed(Session &session, const QStringList &args)
{
    Arguments arguments(args, {u"companies"_s, u"shops"_s, u"variants"_s, u"sales-lines"_s, u"days"_s, u"seed"_s, u"end-date"_s}, {u"demo"_s, u"json"_s});
    kassa::DemoSeedOptions options;
    options.companies = int(arguments.integer(u"companies"_s, options.companies, 1, 9));
    options.shops = int(arguments.integer(u"shops"_s, options.shops, 1, 500));
    options.variants = arguments.integer(u"variants"_s, options.variants, 1, 9000000);
    options.saleLines = arguments.integer(u"sales-lines"_s, options.saleLines, 0, 100000000);
    options.days = int(arguments.integer(u"days"_s, options.days, 1, 3660));
    options.seed = quint64(arguments.integer(u"seed"_s, qint64(options.seed), 0, std::numeric_limits<qint64>::max()));
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    if (!arguments.has(u"demo"_s)) {
        return session.usage(u"seed needs --demo (the demo data set is the only one so far)"_s);
    }
    if (!arguments.positional().isEmpty()) {
        return session.usage(u"seed takes no positional arguments (got \"%1\")"_s.arg(arguments.positional().first()));
    }
    if (arguments.has(u"end-date"_s)) {
        options.endDate = QDate::fromString(arguments.value(u"end-date"_s), Qt::ISODate);
        if (!options.endDate.isValid()) {
            return session.usage(u"--end-date takes a date as YYYY-MM-DD (got \"%1\")"_s.arg(arguments.value(u"end-date"_s)));
        }
    }
    if (const QString problem = kassa::demoSeedOptionsProblem(options); !problem.isEmpty()) {
        return session.usage(problem);
    }
    if (!session.open()) {
        return Failure;
    }
    // A bulk load: commits need not wait for the disk; the sink checkpoints the log at the end.
    QString error;
    session.core.database = nullptr;
    session.database = kassa::Database::open(session.databaseUrl, &error, kassa::Database::Durability::Normal);
    if (!session.database) {
        return session.fail(error);
    }
    session.core.database = session.database.get();
    if (!session.database->dialect().isSqlite()) {
        return session.fail(u"seed --demo writes SQLite databases only; seed a file and import it"_s);
    }
    bool hasSuperAdmin = false;
    if (!kassa::checkDemoSeedTarget(*session.database, options, &hasSuperAdmin, &error)) {
        return session.fail(error);
    }
    options.createSuperAdmin = !hasSuperAdmin;
    options.deviceId = session.core.deviceId;

    QElapsedTimer timer;
    timer.start();
    kassa::SqlRowSink sink(*session.database);
    kassa::DemoSeedResult result;
    if (!kassa::seedDemo(sink, options, &result, &error)) {
        return session.fail(u"seeding failed, nothing was written: %1"_s.arg(error));
    }
    // What the online shop needs on top of the history: shipping options and coupons.
    if (!kassa::seedDemoStorefront(session.core, options.seed, QDateTime(result.endDate, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), &error)) {
        return session.fail(u"seeding the storefront settings failed: %1"_s.arg(error));
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (arguments.has(u"json"_s)) {
        session.out << QJsonDocument(resultJson(result, options, seconds)).toJson(QJsonDocument::Indented);
    } else {
        printSummary(session.out, result, seconds);
        if (hasSuperAdmin) {
            session.out << "the database has a super admin already, so none was made\n";
        }
    }
    session.out.flush();
    return Ok;
}

} // namespace kassactl
