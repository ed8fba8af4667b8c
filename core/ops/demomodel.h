#pragma once

#include "demoprofiles.h"
#include "demorandom.h"
#include "demoseed.h"
#include "demowriter.h"
#include "domain/pricing.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

// What the demo generator keeps in memory while it writes: the companies with their shops,
// catalog, customers and running stock. Private to core/ops/demo*.cpp.
namespace kassa {

// Names of the independent random streams (DemoRandom::stream's first part), one per purpose.
enum class DemoStream : quint64 { Setup = 1, Catalog, Listings, People, Customers, Targets, ShopDay, InitialStock, Audit };

struct DemoPriceChange {
    qint64 at = 0;
    qint64 price = 0;
};

struct DemoVariant {
    QString id;
    QString description; // product and variant name, as the receipt prints it
    qint64 startPrice = 0; // shelf price when the history begins
    qint64 cost = 0; // per pricing unit
    int taxRateBasisPoints = 0;
    qint64 pricingUnit = 1;
    bool weighed = false;
    bool returnable = true; // food is not taken back
    bool multiBuy = false; // groceries are often bought several at a time
    int firstPriceChange = -1; // into DemoCompany::priceChanges, in time order
    int priceChangeCount = 0;
};

// A sale a customer may still bring back: what a return needs to reference and refund it.
struct DemoRecentLine {
    QString lineId;
    int variant = 0;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 discount = 0; // line discount and cart discount share, as a magnitude
    int taxRateBasisPoints = 0;
    qint64 pricingUnit = 1;
};

struct DemoRecentSale {
    QString id;
    QString receipt;
    int day = 0;
    int customer = -1;
    QString tenderKind; // how it was paid, so the refund goes back the same way
    QList<DemoRecentLine> lines;
    bool returned = false;
};

struct DemoStore {
    QString id;
    QString slug;
    QString name;
    QString code; // receipt prefix part
    DemoSite site;
    int globalIndex = 0; // over all companies' stores
    double weight = 1.0; // how busy the store is
    QString floorLocationId;
    QString backLocationId;
    QStringList terminalIds;
    QStringList cashierIds;
    QString managerId;
    QList<qint64> receiptCounters; // per terminal
    QHash<int, qint64> priceOverrides; // variant → shop price
    std::vector<qint64> onHand; // per variant, at the shop floor
    std::vector<qint64> lastMovedAt; // per variant; 0 when stock never moved here
    QList<int> customers; // regulars, most frequent first
    WeightedPicker customerPicker;
    std::deque<DemoRecentSale> recentSales;
    qint64 plannedLines = 0;
    int openDays = 0;
};

struct DemoWarehouse {
    QString id;
    QString slug;
    QString name;
    QString locationId;
    QString deviceId;
    std::vector<qint64> onHand;
    std::vector<qint64> lastMovedAt;
};

struct DemoCompany {
    const DemoCountryProfile *profile = nullptr;
    int index = 0;
    QString id;
    QString slug;
    QString name;
    QString emailDomain;
    PricingPolicy policy;
    QStringList taxCategoryIds; // one per profile tax rate
    QString adminId;
    QString warehouseStaffId;
    std::vector<DemoStore> stores;
    DemoWarehouse warehouse;
    std::vector<DemoVariant> variants;
    std::vector<DemoPriceChange> priceChanges;
    WeightedPicker popularity; // over variants
    QStringList customerIds;
    int demoCustomer = -1; // the customer behind the demo customer account
    qint64 variantTarget = 0;
    qint64 customerTarget = 0;
    qint64 createdAt = 0;
    qint64 sales = 0;
    qint64 returns = 0;
    qint64 linesWritten = 0;
};

struct DemoContext {
    DemoSeedOptions options;
    DemoWriter *writer = nullptr;
    QDate firstDay;
    qint64 firstDayUtc = 0; // midnight UTC of the first day
    qint64 catalogAt = 0; // when the current catalog was set up
    std::vector<DemoCompany> companies;
    qint64 staffAccounts = 0;
    QList<DemoAccount> accounts;
    QString error; // why generation stopped, when it was not the sink

    // UTC milliseconds of `minuteOfDay` local time on history day `day` (−1 is the day before the
    // history) in the company's time zone. Counted from local noon, so days when the clocks change
    // at night come out right.
    [[nodiscard]] qint64 localTime(const DemoCompany &company, int day, int minuteOfDay) const;
    void prepareLocalNoons();

    std::vector<std::vector<qint64>> localNoonUtc; // per company, per day + 1
};

QString demoId(qint64 unixMilliseconds, DemoRandom &random);
// A person's name as the country writes it, and "given.family" in ASCII for an e-mail address.
DemoName demoPersonName(const DemoCountryProfile &profile, DemoRandom &random);
// The shelf price of a variant at `at`, before any shop's own price.
qint64 demoPriceAt(const DemoCompany &company, const DemoVariant &variant, qint64 at);
// Moves a price along the currency's price points: +1 is the next point up.
qint64 demoStepPrice(const QString &currency, qint64 price, int steps);

// The parts of the generator, in the order seedDemo runs them.
bool writeDemoCompany(DemoContext &context, DemoCompany &company); // company, taxes, shops, devices, staff
bool writeDemoCatalog(DemoContext &context, DemoCompany &company); // categories, products, variants, prices, listings
bool writeDemoCustomers(DemoContext &context, DemoCompany &company);
bool writeDemoHistory(DemoContext &context); // initial stock, then every shop-day: sales, returns, shifts, stock
bool writeDemoStockLevels(DemoContext &context);

} // namespace kassa
