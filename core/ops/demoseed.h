#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace kassa {

class Database;
class RowSink;

// `kassactl seed --demo`: a realistic, deterministic data set for demos, manual testing and the
// benchmarks. Three companies in three markets (Germany, Spain, Japan) with their shops and
// warehouses, a department store's catalog, customers, staff, a year of sales with returns,
// shifts and tenders, and the stock ledger that goes with them. The same seed and end date give
// the same rows, byte for byte, except the salted password and PIN hashes.

struct DemoSeedOptions {
    int companies = 3;
    int shops = 20; // stores in total, spread over the companies; each company also gets a warehouse
    qint64 variants = 100000; // in total
    qint64 saleLines = 1000000; // in total, returns included
    int days = 365; // of sales history, ending with endDate
    quint64 seed = 42;
    QDate endDate; // the last day of history (UTC calendar day); today when null
    bool createSuperAdmin = true; // false when the database has one already
    QString deviceId; // the device the audit rows name (kassactl's console)
};

// The demo accounts share one password; shop managers and shop staff also have a PIN (a till sign-in; a manager approves with it).
inline constexpr char16_t kDemoPassword[] = u"kassa-demo";
inline constexpr char16_t kDemoPin[] = u"1234";

struct DemoAccount {
    QString email;
    QString password;
    QString role;
    QString companySlug; // empty for the super admin
    QString shopSlug; // where the role is bound to a shop (or works in the warehouse)
    QString pin; // empty when the account has none
};

struct DemoShopInfo {
    QString id;
    QString slug;
    QString name;
    QString kind; // store or warehouse
};

struct DemoCompanyInfo {
    QString id;
    QString slug;
    QString name;
    QString currency;
    QString country;
    QString timezone;
    QList<DemoShopInfo> shops;
};

struct DemoSeedResult {
    QList<DemoCompanyInfo> companies;
    QList<DemoAccount> accounts; // the documented ones: one per role per company, and the super admin
    QMap<QString, qint64> rowCounts; // table → rows written
    QDate firstDay;
    QDate endDate;
    qint64 sales = 0; // documents of kind sale
    qint64 returns = 0; // documents of kind return
    qint64 staffAccounts = 0; // accounts beyond the documented ones (more staff per store)
};

// Returns an empty string when the options make a data set, else what is wrong with them, naming
// the option.
QString demoSeedOptionsProblem(const DemoSeedOptions &options);

// The company and shop slugs the demo would create.
QStringList demoCompanySlugs(const DemoSeedOptions &options);
QStringList demoShopSlugs(const DemoSeedOptions &options);

// Whether the demo fits into `database`: none of its slugs may exist. Also says whether the
// database has a super admin already. Returns false with `error` naming the taken slug.
bool checkDemoSeedTarget(Database &database, const DemoSeedOptions &options, bool *hasSuperAdmin, QString *error);

// Writes the data set through `sink` in one transaction. Returns false with `error` set (and the
// transaction rolled back) on failure.
bool seedDemo(RowSink &sink, const DemoSeedOptions &options, DemoSeedResult *result, QString *error);

} // namespace kassa
