// The demo's history: opening stock, then day by day and shop by shop the customers' baskets and
// returns at the tills, priced with the real pricing rules, paid in cash, by card or split, in
// shifts with an opening float, and the stock ledger that follows them: sales take stock from the
// shop floor, the warehouse sends more before the shop runs out, suppliers refill the warehouse.
#include "demomodel.h"

#include "domain/money.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr int kReturnWindowDays = 30;
constexpr int kStoreCoverDays = 56; // a shop orders enough for eight weeks
constexpr int kWarehouseCoverDays = 84; // the warehouse for twelve
constexpr int kReturnsPerMille = 25; // of till documents

struct LineDraft {
    int variant = 0;
    qint64 quantity = 0;
};

struct DocDraft {
    qint64 at = 0;
    QList<LineDraft> lines; // a sale's basket
    DemoRecentSale *original = nullptr; // a return's sale
    QList<int> returnedLines; // indices into original->lines
    QList<qint64> returnedQuantities;
    QList<QString> reasons;
};

struct LineResult {
    QString id;
    int variant = 0;
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 pricingUnit = 1;
    int taxRate = 0;
    PricedLine priced;
    QString originalLineId;
    QString reason;
    int restock = -1; // -1: not a return
};

struct TenderResult {
    QString id;
    QString kind;
    qint64 amount = 0;
    qint64 change = 0;
    QString reference;
};

struct DocResult {
    QString id;
    int terminal = 0;
    QString receipt;
    bool isReturn = false;
    QString originalId;
    QString note;
    int customer = -1;
    qint64 at = 0;
    qint64 recordedAt = 0;
    PricedCart cart;
    QList<LineResult> lines;
    QList<TenderResult> tenders;
};

struct ShiftState {
    QString id;
    QString openedBy;
    qint64 openedAt = 0;
    qint64 closedAt = 0;
    qint64 cash = 0; // in the drawer, float included
};

class HistoryWriter
{
public:
    explicit HistoryWriter(DemoContext &context)
        : m_context(context)
        , m_writer(*context.writer)
    {
    }

    bool run();

private:
    void planLineTargets();
    void writeInitialStock(DemoCompany &company);
    void simulateShopDay(DemoCompany &company, DemoStore &store, int day, qint64 target);
    void draftReturn(DemoStore &store, int day, qint64 remaining, DemoRandom &random, QList<DocDraft> &drafts);
    void processSale(DemoCompany &company, DemoStore &store, int day, DocDraft &draft, DocResult &result, ShiftState &shift, DemoRandom &random);
    void processReturn(DemoCompany &company, DemoStore &store, DocDraft &draft, DocResult &result, ShiftState &shift, DemoRandom &random);
    void takeFromFloor(DemoCompany &company, DemoStore &store, int day, int variant, qint64 quantity, DemoRandom &random);
    void takeFromWarehouse(DemoCompany &company, int day, int variant, qint64 quantity, DemoRandom &random);
    void movement(const DemoCompany &company, const QString &locationId, int variant, qint64 delta, const QString &reason, const QString &refType,
                  const QString &refId, qint64 at, const QString &deviceId, const QString &actorId, DemoRandom &random);
    void writeDocument(const DemoCompany &company, const DemoStore &store, const DocResult &doc, const QList<ShiftState> &shifts);
    static void addTender(DocResult &result, const QString &kind, qint64 amount, qint64 change, const QString &reference, DemoRandom &random);

    [[nodiscard]] double dailyDemand(const DemoCompany &company, int variant, double dailyLines) const;
    [[nodiscard]] qint64 storeBatch(const DemoCompany &company, const DemoStore &store, int variant) const;
    [[nodiscard]] qint64 warehouseBatch(const DemoCompany &company, int variant) const;
    [[nodiscard]] qint64 quantityFor(const DemoCompany &company, const DemoVariant &variant, DemoRandom &random) const;
    [[nodiscard]] bool failed() const { return m_writer.failed() || !m_error.isEmpty(); }

    DemoContext &m_context;
    DemoWriter &m_writer;
    QList<QList<qint64>> m_targets; // per global store, per day
    QString m_error;
    // Today's transfer to the shop being simulated, and the company's supplier delivery.
    QString m_transferId;
    qint64 m_transferAt = 0;
    QString m_deliveryId;
    int m_deliveryCompany = -1;
    int m_deliveryDay = -1;
    qint64 m_deliveryAt = 0;
    QList<double> m_companyDailyLines;
};

double HistoryWriter::dailyDemand(const DemoCompany &company, int variant, double dailyLines) const
{
    const DemoVariant &v = company.variants[size_t(variant)];
    const double share = company.popularity.weight(variant) / company.popularity.total();
    const double perLine = v.weighed ? (company.profile->country == "JP"_L1 ? 290.0 : 500.0) : (v.multiBuy ? 1.8 : 1.25);
    return dailyLines * share * perLine;
}

qint64 HistoryWriter::storeBatch(const DemoCompany &company, const DemoStore &store, int variant) const
{
    const double daily = store.plannedLines / double(qMax(1, store.openDays));
    const qint64 units = qint64(std::ceil(dailyDemand(company, variant, daily) * kStoreCoverDays));
    if (company.variants[size_t(variant)].weighed) {
        return (qMax<qint64>(1000, units) + 499) / 500 * 500;
    }
    return qMax<qint64>(3, units);
}

qint64 HistoryWriter::warehouseBatch(const DemoCompany &company, int variant) const
{
    const qint64 units = qint64(std::ceil(dailyDemand(company, variant, m_companyDailyLines[company.index]) * kWarehouseCoverDays));
    if (company.variants[size_t(variant)].weighed) {
        return (qMax<qint64>(5000, units) + 999) / 1000 * 1000;
    }
    // Suppliers deliver in cartons of six or twelve.
    const qint64 pieces = qMax<qint64>(6, units);
    const qint64 carton = pieces > 24 ? 12 : 6;
    return (pieces + carton - 1) / carton * carton;
}

void HistoryWriter::addTender(DocResult &result, const QString &kind, qint64 amount, qint64 change, const QString &reference, DemoRandom &random)
{
    result.tenders.append({demoId(result.at, random), kind, amount, change, reference});
}

qint64 HistoryWriter::quantityFor(const DemoCompany &company, const DemoVariant &variant, DemoRandom &random) const
{
    if (variant.weighed) {
        // Grams off the counter scale.
        return company.profile->country == "JP"_L1 ? random.between(80, 500) : random.between(100, 900);
    }
    const int roll = int(random.below(1000));
    if (variant.multiBuy) {
        return roll < 600 ? 1 : roll < 820 ? 2 : roll < 910 ? 3 : random.between(4, 6);
    }
    return roll < 820 ? 1 : roll < 950 ? 2 : roll < 985 ? 3 : random.between(4, 6);
}

void HistoryWriter::movement(const DemoCompany &company, const QString &locationId, int variant, qint64 delta, const QString &reason,
                             const QString &refType, const QString &refId, qint64 at, const QString &deviceId, const QString &actorId, DemoRandom &random)
{
    m_writer.row(DemoTable::StockMovements, demoId(at, random), company.id, locationId, company.variants[size_t(variant)].id, delta, reason, refType,
                 refId, at, at, deviceId, actorId);
}

void HistoryWriter::planLineTargets()
{
    // Sale lines go to shop-days in proportion to how busy each would be: the shop's size, the
    // weekday, the season, shorter hours on Christmas Eve, a little day-to-day noise; closed days
    // get none. The allocation hands out exactly --sales-lines.
    const int days = m_context.options.days;
    QList<qint64> weights;
    QList<std::pair<DemoCompany *, DemoStore *>> stores;
    for (DemoCompany &company : m_context.companies) {
        for (DemoStore &store : company.stores) {
            stores.append({&company, &store});
        }
    }
    weights.reserve(stores.size() * days);
    qint64 weightSum = 0;
    for (const auto &[company, store] : std::as_const(stores)) {
        const DemoCountryProfile &profile = *company->profile;
        DemoRandom noise = DemoRandom::stream(m_context.options.seed, quint64(DemoStream::Targets), quint64(store->globalIndex));
        for (int day = 0; day < days; ++day) {
            const QDate date = m_context.firstDay.addDays(day);
            const int weekday = date.dayOfWeek() - 1;
            const int open = profile.openMinute[weekday];
            const int close = demoClosingMinute(profile, date);
            const double jitter = 0.85 + 0.3 * noise.unit();
            double weight = 0;
            if (close > open && !demoIsHoliday(profile, date)) {
                const double hours = double(close - open) / double(qMax(1, profile.closeMinute[weekday] - open));
                weight = store->weight * profile.weekdayFactor[weekday] * demoSeasonFactor(profile, date) * jitter * hours;
                ++store->openDays;
            }
            const qint64 scaled = qint64(weight * 1000000.0 + 0.5);
            weights.append(scaled);
            weightSum += scaled;
        }
    }
    const QList<qint64> lines = weightSum > 0 ? allocateProportionally(m_context.options.saleLines, weights) : QList<qint64>(weights.size(), 0);
    m_targets.resize(stores.size());
    m_companyDailyLines.fill(0.0, qsizetype(m_context.companies.size()));
    for (qsizetype s = 0; s < stores.size(); ++s) {
        m_targets[s] = lines.mid(s * days, days);
        for (qint64 n : std::as_const(m_targets[s])) {
            stores[s].second->plannedLines += n;
        }
        m_companyDailyLines[stores[s].first->index] += stores[s].second->plannedLines / double(qMax(1, stores[s].second->openDays));
    }
}

void HistoryWriter::writeInitialStock(DemoCompany &company)
{
    // Opening stock the day before the history starts: the warehouse holds eight weeks of
    // everything, each shop three weeks of what it sells often enough to keep on the shelf.
    DemoRandom random = DemoRandom::stream(m_context.options.seed, quint64(DemoStream::InitialStock), quint64(company.index));
    const size_t variants = company.variants.size();
    DemoWarehouse &warehouse = company.warehouse;
    warehouse.onHand.assign(variants, 0);
    warehouse.lastMovedAt.assign(variants, 0);
    const qint64 warehouseAt = m_context.localTime(company, -1, 6 * 60);
    const QString delivery = demoId(warehouseAt, random);
    for (size_t v = 0; v < variants && !failed(); ++v) {
        const qint64 amount = warehouseBatch(company, int(v));
        movement(company, warehouse.locationId, int(v), amount, u"receipt"_s, u"delivery"_s, delivery, warehouseAt, warehouse.deviceId,
                 company.warehouseStaffId, random);
        warehouse.onHand[v] = amount;
        warehouse.lastMovedAt[v] = warehouseAt;
    }
    const qint64 storeAt = m_context.localTime(company, -1, 8 * 60);
    for (DemoStore &store : company.stores) {
        store.onHand.assign(variants, 0);
        store.lastMovedAt.assign(variants, 0);
        const QString storeDelivery = demoId(storeAt, random);
        const double daily = store.plannedLines / double(qMax(1, store.openDays));
        for (size_t v = 0; v < variants && !failed(); ++v) {
            if (dailyDemand(company, int(v), daily) * kStoreCoverDays < 1.0) {
                continue;
            }
            const qint64 amount = storeBatch(company, store, int(v));
            movement(company, store.floorLocationId, int(v), amount, u"receipt"_s, u"delivery"_s, storeDelivery, storeAt, store.terminalIds.first(),
                     store.managerId, random);
            store.onHand[v] = amount;
            store.lastMovedAt[v] = storeAt;
        }
    }
}

void HistoryWriter::takeFromWarehouse(DemoCompany &company, int day, int variant, qint64 quantity, DemoRandom &random)
{
    DemoWarehouse &warehouse = company.warehouse;
    qint64 &onHand = warehouse.onHand[size_t(variant)];
    if (onHand < quantity) {
        // The supplier delivers early in the morning, before the shops' transfers leave.
        if (m_deliveryCompany != company.index || m_deliveryDay != day) {
            DemoRandom deliveryRandom = DemoRandom::stream(m_context.options.seed, quint64(DemoStream::ShopDay), 1000000 + quint64(company.index), quint64(day));
            m_deliveryCompany = company.index;
            m_deliveryDay = day;
            m_deliveryAt = m_context.localTime(company, day, 6 * 60);
            m_deliveryId = demoId(m_deliveryAt, deliveryRandom);
        }
        const qint64 amount = qMax(quantity - onHand, warehouseBatch(company, variant));
        movement(company, warehouse.locationId, variant, amount, u"receipt"_s, u"delivery"_s, m_deliveryId, m_deliveryAt, warehouse.deviceId,
                 company.warehouseStaffId, random);
        onHand += amount;
        warehouse.lastMovedAt[size_t(variant)] = qMax(warehouse.lastMovedAt[size_t(variant)], m_deliveryAt);
    }
    onHand -= quantity;
}

void HistoryWriter::takeFromFloor(DemoCompany &company, DemoStore &store, int day, int variant, qint64 quantity, DemoRandom &random)
{
    qint64 &onHand = store.onHand[size_t(variant)];
    if (onHand < quantity) {
        // The shop would run out: the morning's transfer from the warehouse brings enough for the
        // next weeks. It is stamped before opening, so stock never dips below zero at any moment.
        if (m_transferId.isEmpty()) {
            m_transferAt = m_context.localTime(company, day, 7 * 60);
            m_transferId = demoId(m_transferAt, random);
        }
        const qint64 amount = qMax(quantity - onHand, storeBatch(company, store, variant));
        takeFromWarehouse(company, day, variant, amount, random);
        DemoWarehouse &warehouse = company.warehouse;
        movement(company, warehouse.locationId, variant, -amount, u"transfer_out"_s, u"transfer"_s, m_transferId, m_transferAt, warehouse.deviceId,
                 company.warehouseStaffId, random);
        warehouse.lastMovedAt[size_t(variant)] = qMax(warehouse.lastMovedAt[size_t(variant)], m_transferAt);
        movement(company, store.floorLocationId, variant, amount, u"transfer_in"_s, u"transfer"_s, m_transferId, m_transferAt, store.terminalIds.first(),
                 store.managerId, random);
        onHand += amount;
    }
    onHand -= quantity;
}

void HistoryWriter::draftReturn(DemoStore &store, int day, qint64 remaining, DemoRandom &random, QList<DocDraft> &drafts)
{
    // A customer brings back something bought here in the last month: one item mostly, sometimes
    // the whole bag. Food is not taken back.
    if (store.recentSales.empty()) {
        return;
    }
    DemoRecentSale *original = nullptr;
    for (int attempt = 0; attempt < 3 && !original; ++attempt) {
        DemoRecentSale &candidate = store.recentSales[size_t(random.below(store.recentSales.size()))];
        if (!candidate.returned && candidate.day < day && !candidate.lines.isEmpty()) {
            original = &candidate;
        }
    }
    if (!original) {
        return;
    }
    static const QStringList reasons = {u"wrong size"_s, u"changed mind"_s, u"defective"_s, u"unwanted gift"_s, u"not as described"_s};
    static const WeightedPicker reasonPicker(QList<double>{35, 30, 12, 15, 8});
    DocDraft draft;
    draft.original = original;
    QList<int> candidates;
    if (random.perMille(250)) {
        for (int i = 0; i < original->lines.size(); ++i) {
            candidates << i;
        }
    } else {
        candidates << int(random.below(original->lines.size()));
    }
    for (int index : std::as_const(candidates)) {
        if (draft.returnedLines.size() >= remaining) {
            break;
        }
        const DemoRecentLine &line = original->lines[index];
        draft.returnedLines << index;
        draft.returnedQuantities << (line.quantity > 1 && random.perMille(400) ? random.between(1, line.quantity - 1) : line.quantity);
        draft.reasons << reasons[reasonPicker.pick(random)];
    }
    original->returned = true;
    drafts.append(draft);
}

void HistoryWriter::processSale(DemoCompany &company, DemoStore &store, int day, DocDraft &draft, DocResult &result, ShiftState &shift, DemoRandom &random)
{
    const DemoCountryProfile &profile = *company.profile;
    QList<PriceLineInput> inputs;
    inputs.reserve(draft.lines.size());
    qint64 pieceAmount = 0;
    for (const LineDraft &line : std::as_const(draft.lines)) {
        const DemoVariant &variant = company.variants[size_t(line.variant)];
        PriceLineInput input;
        const auto override = store.priceOverrides.constFind(line.variant);
        input.unitPrice = override != store.priceOverrides.constEnd() ? override.value() : demoPriceAt(company, variant, draft.at);
        input.quantity = line.quantity;
        input.pricingUnit = variant.pricingUnit;
        input.taxRateBasisPoints = variant.taxRateBasisPoints;
        if (!variant.weighed) {
            const qint64 extended = input.unitPrice * input.quantity;
            // Now and then a line is reduced: a damaged box, a staff discount, a manager's goodwill.
            if (random.perMille(30)) {
                static const qint64 percents[] = {10, 20, 30};
                input.lineDiscount = extended * percents[random.below(3)] / 100;
            }
            pieceAmount += extended - input.lineDiscount;
        }
        inputs.append(input);
    }
    if (store.customers.size() > 0 && random.perMille(220)) {
        result.customer = store.customers[store.customerPicker.pick(random)];
    }
    // Loyalty coupons: 10 % off what is not weighed.
    const qint64 cartDiscount = result.customer >= 0 && random.perMille(60) ? pieceAmount / 10 : 0;
    QString error;
    if (!priceCart(inputs, cartDiscount, company.policy, &result.cart, &error)) {
        m_error = u"pricing a demo sale failed: %1"_s.arg(error);
        return;
    }

    result.id = demoId(draft.at, random);
    const QString cashier = shift.openedBy;
    const QString terminalId = store.terminalIds[result.terminal];
    DemoRecentSale recent;
    recent.id = result.id;
    recent.receipt = result.receipt;
    recent.day = day;
    recent.customer = result.customer;
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        const LineDraft &line = draft.lines[i];
        const DemoVariant &variant = company.variants[size_t(line.variant)];
        LineResult out;
        out.id = demoId(draft.at, random);
        out.variant = line.variant;
        out.quantity = line.quantity;
        out.unitPrice = inputs[i].unitPrice;
        out.pricingUnit = variant.pricingUnit;
        out.taxRate = variant.taxRateBasisPoints;
        out.priced = result.cart.lines[i];
        takeFromFloor(company, store, day, line.variant, line.quantity, random);
        movement(company, store.floorLocationId, line.variant, -line.quantity, u"sale"_s, u"sale"_s, result.id, draft.at, terminalId, cashier, random);
        store.lastMovedAt[size_t(line.variant)] = qMax(store.lastMovedAt[size_t(line.variant)], draft.at);
        if (variant.returnable) {
            recent.lines.append({out.id, line.variant, line.quantity, out.unitPrice, out.priced.lineDiscount + out.priced.cartDiscountShare,
                                 variant.taxRateBasisPoints, variant.pricingUnit});
        }
        result.lines.append(out);
    }

    // Paying: cash (mostly handing over a note and getting change), card, e-money in Japan, and
    // now and then part cash, part card. Large amounts go on a card more often.
    const qint64 total = result.cart.total;
    const int roll = int(random.below(1000));
    const int cashShare = total > (profile.currency == "JPY"_L1 ? 15000 : 10000) ? profile.cashPerMille / 2 : profile.cashPerMille;
    const auto cardReference = [&] { return u"%1 •••• %2"_s.arg(random.pick(profile.cardBrands)).arg(random.between(1000, 9999)); };
    const qint64 largestNote = profile.cashNotes.last();
    if (roll < profile.splitPerMille && total >= 2 * profile.cashNotes.first()) {
        const qint64 cash = (total / 2) / profile.cashNotes.first() * profile.cashNotes.first();
        addTender(result, u"cash"_s, cash, 0, QString(), random);
        addTender(result, u"card"_s, total - cash, 0, cardReference(), random);
        shift.cash += cash;
        recent.tenderKind = u"card"_s;
    } else if (roll < profile.splitPerMille + cashShare) {
        qint64 handed = total;
        if (random.perMille(700)) {
            handed = 0;
            for (qint64 note : profile.cashNotes) {
                if (note >= total) {
                    handed = note;
                    break;
                }
            }
            if (handed == 0) {
                handed = (total + largestNote - 1) / largestNote * largestNote;
            }
        }
        addTender(result, u"cash"_s, handed, handed - total, QString(), random);
        shift.cash += total;
        recent.tenderKind = u"cash"_s;
    } else if (roll < profile.splitPerMille + cashShare + profile.otherPerMille) {
        addTender(result, u"other"_s, total, 0, random.pick(profile.otherTenders), random);
        recent.tenderKind = u"other"_s;
    } else {
        addTender(result, u"card"_s, total, 0, cardReference(), random);
        recent.tenderKind = u"card"_s;
    }
    if (!recent.lines.isEmpty()) {
        store.recentSales.push_back(recent);
    }
    ++company.sales;
}

void HistoryWriter::processReturn(DemoCompany &company, DemoStore &store, DocDraft &draft, DocResult &result, ShiftState &shift, DemoRandom &random)
{
    const DemoRecentSale &original = *draft.original;
    QList<PriceLineInput> inputs;
    for (qsizetype i = 0; i < draft.returnedLines.size(); ++i) {
        const DemoRecentLine &line = original.lines[draft.returnedLines[i]];
        const qint64 quantity = draft.returnedQuantities[i];
        PriceLineInput input;
        input.unitPrice = line.unitPrice;
        input.quantity = -quantity;
        input.pricingUnit = line.pricingUnit;
        input.taxRateBasisPoints = line.taxRateBasisPoints;
        // The refund gives back what was paid for these units, discounts included.
        input.lineDiscount = qAbs(line.discount) * quantity / line.quantity;
        inputs.append(input);
    }
    QString error;
    if (!priceCart(inputs, 0, company.policy, &result.cart, &error)) {
        m_error = u"pricing a demo return failed: %1"_s.arg(error);
        return;
    }
    result.id = demoId(draft.at, random);
    result.isReturn = true;
    result.originalId = original.id;
    result.note = u"Return of receipt %1"_s.arg(original.receipt);
    result.customer = original.customer;
    const QString terminalId = store.terminalIds[result.terminal];
    for (qsizetype i = 0; i < draft.returnedLines.size(); ++i) {
        const DemoRecentLine &line = original.lines[draft.returnedLines[i]];
        const qint64 quantity = draft.returnedQuantities[i];
        LineResult out;
        out.id = demoId(draft.at, random);
        out.variant = line.variant;
        out.quantity = -quantity;
        out.unitPrice = line.unitPrice;
        out.pricingUnit = line.pricingUnit;
        out.taxRate = line.taxRateBasisPoints;
        out.priced = result.cart.lines[i];
        out.originalLineId = line.lineId;
        out.reason = draft.reasons[i];
        out.restock = out.reason == "defective"_L1 ? 0 : 1;
        // Returned goods go back on the shelf; defective ones come back and go straight out as waste.
        movement(company, store.floorLocationId, line.variant, quantity, u"return"_s, u"sale"_s, result.id, draft.at, terminalId, shift.openedBy, random);
        if (out.restock == 0) {
            movement(company, store.floorLocationId, line.variant, -quantity, u"waste"_s, u"sale"_s, result.id, draft.at, terminalId, shift.openedBy, random);
        } else {
            store.onHand[size_t(line.variant)] += quantity;
        }
        store.lastMovedAt[size_t(line.variant)] = qMax(store.lastMovedAt[size_t(line.variant)], draft.at);
        result.lines.append(out);
    }
    // The money goes back the way it came; cash only if the drawer holds enough.
    const qint64 refund = result.cart.total; // negative
    if (original.tenderKind == "cash"_L1 && shift.cash + refund >= 0) {
        addTender(result, u"cash"_s, refund, 0, QString(), random);
        shift.cash += refund;
    } else if (original.tenderKind == "other"_L1) {
        addTender(result, u"other"_s, refund, 0, u"refund"_s, random);
    } else {
        addTender(result, u"card"_s, refund, 0, u"refund"_s, random);
    }
    ++company.returns;
}

void HistoryWriter::simulateShopDay(DemoCompany &company, DemoStore &store, int day, qint64 target)
{
    const DemoCountryProfile &profile = *company.profile;
    const QDate date = m_context.firstDay.addDays(day);
    const int weekday = date.dayOfWeek() - 1;
    const int open = profile.openMinute[weekday];
    const int close = demoClosingMinute(profile, date);
    DemoRandom random = DemoRandom::stream(m_context.options.seed, quint64(DemoStream::ShopDay), quint64(store.globalIndex), quint64(day));
    m_transferId.clear();

    // The tills open with a float, each staffed by one of the shop's cashiers (the third by the
    // manager) in turns.
    QList<ShiftState> shifts;
    for (qsizetype t = 0; t < store.terminalIds.size(); ++t) {
        ShiftState shift;
        shift.openedAt = m_context.localTime(company, day, open - 15) + qint64(random.below(300000));
        shift.closedAt = m_context.localTime(company, day, close + 10) + qint64(random.below(900000));
        shift.id = demoId(shift.openedAt, random);
        shift.openedBy = t < 2 ? store.cashierIds[(day + t) % store.cashierIds.size()] : store.managerId;
        shift.cash = profile.openingFloat;
        shifts.append(shift);
    }

    // Baskets and returns until the day's lines are used up. Most baskets hold one to four lines,
    // a few many more.
    static const WeightedPicker basketSizes(QList<double>{380, 240, 140, 90, 50, 30, 20, 15, 25, 10});
    QList<DocDraft> drafts;
    qint64 remaining = target;
    while (remaining > 0) {
        if (random.perMille(kReturnsPerMille)) {
            const qsizetype before = drafts.size();
            draftReturn(store, day, remaining, random, drafts);
            if (drafts.size() > before) {
                remaining -= drafts.last().returnedLines.size();
                continue;
            }
        }
        const qsizetype bucket = basketSizes.pick(random);
        qint64 size = bucket < 8 ? bucket + 1 : bucket == 8 ? random.between(9, 12) : random.between(13, 25);
        size = qMin(size, remaining);
        DocDraft draft;
        for (qint64 i = 0; i < size; ++i) {
            int variant = int(company.popularity.pick(random));
            for (int retry = 0; retry < 3 && std::any_of(draft.lines.cbegin(), draft.lines.cend(), [&](const LineDraft &l) { return l.variant == variant; });
                 ++retry) {
                variant = int(company.popularity.pick(random));
            }
            draft.lines.append({variant, quantityFor(company, company.variants[size_t(variant)], random)});
        }
        drafts.append(draft);
        remaining -= size;
    }

    // When: by the hour as customers come (lunchtime and after work), in time order.
    WeightedPicker hours;
    for (int hour = 0; hour < 24; ++hour) {
        const int from = qMax(hour * 60, open);
        const int to = qMin(hour * 60 + 60, close);
        hours.add(to > from ? profile.hourWeight[hour] * (to - from) / 60.0 : 0.0);
    }
    QList<qint64> times;
    times.reserve(drafts.size());
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        if (hours.total() <= 0) {
            times.append(m_context.localTime(company, day, open));
        } else {
            const int hour = int(hours.pick(random));
            const int from = qMax(hour * 60, open);
            const int to = qMin(hour * 60 + 60, close);
            times.append(m_context.localTime(company, day, from) + qint64(random.below(quint64(to - from) * 60000)));
        }
    }
    std::sort(times.begin(), times.end());

    static const WeightedPicker terminalPickers[3] = {WeightedPicker(QList<double>{1}), WeightedPicker(QList<double>{6, 4}),
                                                      WeightedPicker(QList<double>{5, 3, 2})};
    const WeightedPicker &terminalPicker = terminalPickers[qMin<qsizetype>(store.terminalIds.size(), 3) - 1];
    QList<DocResult> results;
    results.reserve(drafts.size());
    for (qsizetype i = 0; i < drafts.size() && !failed(); ++i) {
        DocDraft &draft = drafts[i];
        draft.at = times[i];
        DocResult result;
        result.at = draft.at;
        result.recordedAt = draft.at + 40 + qint64(random.below(1500));
        result.terminal = int(terminalPicker.pick(random));
        const qint64 counter = ++store.receiptCounters[result.terminal];
        result.receipt = u"%1-%2-%3"_s.arg(store.code).arg(result.terminal + 1).arg(counter, 6, 10, QChar(u'0'));
        ShiftState &shift = shifts[result.terminal];
        if (draft.original) {
            processReturn(company, store, draft, result, shift, random);
        } else {
            processSale(company, store, day, draft, result, shift, random);
        }
        company.linesWritten += result.lines.size();
        results.append(result);
    }

    for (qsizetype t = 0; t < shifts.size(); ++t) {
        const ShiftState &shift = shifts[t];
        // Most drawers count out exactly; a few are a little short or over.
        qint64 counted = shift.cash;
        if (random.perMille(40)) {
            counted += (profile.currency == "JPY"_L1 ? 10 : 1) * random.between(-200, 50);
            counted = qMax<qint64>(0, counted);
        }
        m_writer.row(DemoTable::Shifts, shift.id, company.id, store.id, store.terminalIds[t], shift.openedBy, shift.openedAt,
                     profile.openingFloat, shift.openedBy, shift.closedAt, counted, shift.cash, u"closed"_s);
    }
    for (const DocResult &result : std::as_const(results)) {
        writeDocument(company, store, result, shifts);
    }

    while (!store.recentSales.empty() && store.recentSales.front().day < day - kReturnWindowDays) {
        store.recentSales.pop_front();
    }
}

void HistoryWriter::writeDocument(const DemoCompany &company, const DemoStore &store, const DocResult &doc, const QList<ShiftState> &shifts)
{
    const ShiftState &shift = shifts[doc.terminal];
    const QVariant customer = doc.customer >= 0 ? QVariant(company.customerIds[doc.customer]) : QVariant();
    m_writer.row(DemoTable::Sales, doc.id, company.id, store.id, store.terminalIds[doc.terminal], shift.id, doc.receipt,
                 doc.isReturn ? u"return"_s : u"sale"_s, doc.isReturn ? QVariant(doc.originalId) : QVariant(), u"pos"_s, customer, shift.openedBy,
                 company.profile->currency, 1, doc.cart.subtotal, doc.cart.discountTotal, doc.cart.taxTotal, doc.cart.total, doc.note, doc.at, doc.recordedAt);
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        const LineResult &line = doc.lines[i];
        const DemoVariant &variant = company.variants[size_t(line.variant)];
        m_writer.row(DemoTable::SaleLines, line.id, company.id, doc.id, int(i + 1), variant.id, variant.description, line.quantity, line.unitPrice,
                     line.pricingUnit, line.priced.lineDiscount, line.priced.cartDiscountShare, line.taxRate, line.priced.tax, line.priced.total, variant.cost,
                     line.restock < 0 ? QVariant() : QVariant(line.originalLineId), line.restock < 0 ? QVariant() : QVariant(line.reason),
                     line.restock < 0 ? QVariant() : QVariant(line.restock));
    }
    for (const TenderResult &tender : doc.tenders) {
        m_writer.row(DemoTable::SaleTenders, tender.id, company.id, doc.id, tender.kind, tender.amount, tender.change, tender.reference);
    }
}

bool HistoryWriter::run()
{
    planLineTargets();
    for (DemoCompany &company : m_context.companies) {
        writeInitialStock(company);
    }
    for (int day = 0; day < m_context.options.days && !failed(); ++day) {
        int storeOffset = 0;
        for (DemoCompany &company : m_context.companies) {
            for (DemoStore &store : company.stores) {
                const qint64 target = m_targets[storeOffset++][day];
                const QDate date = m_context.firstDay.addDays(day);
                const DemoCountryProfile &profile = *company.profile;
                const bool open = demoClosingMinute(profile, date) > profile.openMinute[date.dayOfWeek() - 1] && !demoIsHoliday(profile, date);
                if (open && !failed()) {
                    simulateShopDay(company, store, day, target);
                }
            }
        }
    }
    if (!m_error.isEmpty()) {
        m_context.error = m_error;
    }
    return !failed();
}

} // namespace

bool writeDemoHistory(DemoContext &context)
{
    HistoryWriter writer(context);
    return writer.run();
}

bool writeDemoStockLevels(DemoContext &context)
{
    // Levels are the ledger's sums, written once at the end instead of updated per movement.
    DemoWriter &w = *context.writer;
    for (const DemoCompany &company : context.companies) {
        const auto write = [&](const QString &locationId, const std::vector<qint64> &onHand, const std::vector<qint64> &lastMovedAt) {
            for (size_t v = 0; v < onHand.size() && !w.failed(); ++v) {
                if (lastMovedAt[v] != 0) {
                    w.row(DemoTable::StockLevels, company.id, locationId, company.variants[v].id, onHand[v], 0, onHand[v], lastMovedAt[v]);
                }
            }
        };
        write(company.warehouse.locationId, company.warehouse.onHand, company.warehouse.lastMovedAt);
        for (const DemoStore &store : company.stores) {
            write(store.floorLocationId, store.onHand, store.lastMovedAt);
        }
    }
    return !w.failed();
}

} // namespace kassa
