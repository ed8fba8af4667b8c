// The demo catalog: a department store's category tree, products with their variants (sizes,
// colours, packs, goods weighed at the counter), SKUs and EAN-13 barcodes, shelf prices on real
// price points with their changes over the year, and a few shop prices.
#include "demomodel.h"

#include "demovocabulary.h"
#include "domain/barcode.h"
#include "domain/uuid7.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct VariantDraft {
    QString name;
    QString skuSuffix;
    QJsonObject attributes;
    int priceSteps = 0; // along the price points from the product's base price
    double share = 1.0; // of the product's sales
    int sizeFactor = 1; // how much heavier than the smallest
};

struct ProductPlan {
    int firstVariant = 0;
    int count = 0;
    double demand = 1.0;
};

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QChar(u'0'));
}

QList<DemoColour> pickColours(DemoRandom &random, int count)
{
    const QList<DemoColour> &palette = demoColours();
    QList<DemoColour> result;
    while (result.size() < count) {
        const DemoColour &colour = random.pick(palette);
        if (std::none_of(result.cbegin(), result.cend(), [&](const DemoColour &c) { return c.code == colour.code; })) {
            result.append(colour);
        }
    }
    return result;
}

int colourCount(DemoRandom &random, std::initializer_list<int> perMille)
{
    int roll = int(random.below(1000));
    int count = 1;
    for (int p : perMille) {
        if (roll < p) {
            return count;
        }
        roll -= p;
        ++count;
    }
    return count;
}

// A contiguous run of sizes, at least `minimum` long; middle sizes sell best.
QList<VariantDraft> sizedDrafts(const QStringList &sizes, int minimum, const QList<DemoColour> &colours, DemoRandom &random)
{
    const int n = int(sizes.size());
    const int length = int(random.between(qMin(minimum, n), n));
    const int start = int(random.between(0, n - length));
    QList<VariantDraft> drafts;
    for (qsizetype c = 0; c < colours.size(); ++c) {
        for (int j = start; j < start + length; ++j) {
            VariantDraft draft;
            draft.name = sizes[j] + u" / "_s + colours[c].name;
            QString sizeCode = sizes[j];
            sizeCode.replace(u'/', u'-').remove(u' ');
            draft.skuSuffix = colours[c].code + u'-' + sizeCode;
            draft.attributes = QJsonObject{{u"size"_s, sizes[j]}, {u"color"_s, colours[c].name}};
            draft.share = (1.0 + qMin(j, n - 1 - j)) * (c == 0 ? 1.6 : 1.0);
            drafts.append(draft);
        }
    }
    return drafts;
}

QList<VariantDraft> optionDrafts(const QStringList &options, int count, const QString &key, int stepsPerOption, double firstShare)
{
    QList<VariantDraft> drafts;
    for (int j = 0; j < count && j < options.size(); ++j) {
        VariantDraft draft;
        draft.name = options[j];
        draft.skuSuffix = twoDigits(j + 1);
        draft.attributes = QJsonObject{{key, options[j]}};
        draft.priceSteps = j * stepsPerOption;
        draft.share = j == 0 ? firstShare : 1.0;
        draft.sizeFactor = j + 1;
        drafts.append(draft);
    }
    return drafts;
}

QList<VariantDraft> variantDrafts(const DemoLeaf &leaf, const DemoCountryProfile &profile, DemoRandom &random)
{
    const bool japan = profile.country == "JP"_L1;
    switch (leaf.scheme) {
    case DemoVariantScheme::Apparel:
        return sizedDrafts(profile.clothingSizes, 4, pickColours(random, colourCount(random, {500, 350})), random);
    case DemoVariantScheme::KidsApparel: {
        static const QStringList european = {u"92"_s, u"104"_s, u"116"_s, u"128"_s, u"140"_s, u"152"_s, u"164"_s};
        static const QStringList japanese = {u"100"_s, u"110"_s, u"120"_s, u"130"_s, u"140"_s, u"150"_s};
        return sizedDrafts(japan ? japanese : european, 4, pickColours(random, colourCount(random, {600})), random);
    }
    case DemoVariantScheme::BabyApparel: {
        static const QStringList european = {u"50/56"_s, u"62/68"_s, u"74/80"_s, u"86/92"_s};
        static const QStringList japanese = {u"50"_s, u"60"_s, u"70"_s, u"80"_s, u"90"_s};
        return sizedDrafts(japan ? japanese : european, 4, pickColours(random, colourCount(random, {600})), random);
    }
    case DemoVariantScheme::WomenShoes:
        return sizedDrafts(profile.womenShoeSizes, 5, pickColours(random, colourCount(random, {600})), random);
    case DemoVariantScheme::MenShoes:
        return sizedDrafts(profile.menShoeSizes, 5, pickColours(random, colourCount(random, {600})), random);
    case DemoVariantScheme::KidsShoes:
        return sizedDrafts(profile.kidsShoeSizes, 4, pickColours(random, colourCount(random, {700})), random);
    case DemoVariantScheme::Colours: {
        QList<VariantDraft> drafts;
        const QList<DemoColour> colours = pickColours(random, colourCount(random, {400, 300, 200}));
        for (qsizetype c = 0; c < colours.size(); ++c) {
            VariantDraft draft;
            draft.name = colours[c].name;
            draft.skuSuffix = colours[c].code;
            draft.attributes = QJsonObject{{u"color"_s, colours[c].name}};
            draft.share = c == 0 ? 1.6 : 1.0;
            drafts.append(draft);
        }
        return drafts;
    }
    case DemoVariantScheme::Bedding:
        return optionDrafts(profile.beddingSizes, int(random.between(2, profile.beddingSizes.size())), u"size"_s, 2, 1.4);
    case DemoVariantScheme::Packs:
        return optionDrafts(leaf.options, int(random.between(1, leaf.options.size())), u"pack"_s, 3, 1.3);
    case DemoVariantScheme::Volumes:
        return optionDrafts(leaf.options, int(random.between(1, leaf.options.size())), u"volume"_s, 3, 1.0);
    case DemoVariantScheme::Shades:
        return optionDrafts(leaf.options, int(random.between(3, leaf.options.size())), u"shade"_s, 0, 1.0);
    case DemoVariantScheme::Book:
        return optionDrafts(leaf.options, random.perMille(400) ? 2 : 1, u"format"_s, 4, 1.5);
    case DemoVariantScheme::Weighed: {
        VariantDraft draft;
        draft.name = profile.weighedPricingUnit == 100 ? u"per 100 g"_s : u"per kg"_s;
        draft.skuSuffix = u"W"_s;
        draft.attributes = QJsonObject{{u"sold_by"_s, u"weight"_s}};
        return {draft};
    }
    case DemoVariantScheme::Single:
        break;
    }
    VariantDraft draft;
    draft.skuSuffix = u"00"_s;
    return {draft};
}

QString productName(const DemoLeaf &leaf, DemoRandom &random)
{
    if (leaf.scheme == DemoVariantScheme::Book) {
        switch (random.below(3)) {
        case 0:
            return u"The %1 %2"_s.arg(random.pick(demoTitleAdjectives()), random.pick(demoTitleNouns()));
        case 1: {
            static const QStringList spans = {u"A Summer"_s, u"A Winter"_s, u"One Year"_s, u"Seven Days"_s, u"A Night"_s};
            return u"%1 in %2"_s.arg(random.pick(spans), random.pick(demoTitlePlaces()));
        }
        default:
            return u"The %1 of %2"_s.arg(random.pick(demoTitleNouns()), random.pick(demoTitlePlaces()));
        }
    }
    QString modifier = random.pick(leaf.modifiers);
    if (random.perMille(150)) {
        const QString second = random.pick(leaf.modifiers);
        if (second != modifier) {
            modifier += u' ' + second;
        }
    }
    QString name = modifier + u' ' + random.pick(leaf.nouns);
    const bool fashion = leaf.path.first() == "Fashion"_L1 || leaf.path.first() == "Shoes"_L1;
    if (fashion && leaf.scheme != DemoVariantScheme::Single && random.perMille(350)) {
        name += u" “"_s + random.pick(demoModelNames()) + u"”"_s;
    }
    return name;
}

// A shelf price on the currency's price points within the leaf's range, cheaper ones more common.
qint64 basePrice(const DemoLeaf &leaf, const DemoCountryProfile &profile, DemoRandom &random)
{
    const bool perHundredGrams = leaf.scheme == DemoVariantScheme::Weighed && profile.weighedPricingUnit == 100;
    const qint64 low = demoConvertPrice(leaf.minPrice, profile.currency, perHundredGrams);
    const qint64 high = demoConvertPrice(leaf.maxPrice, profile.currency, perHundredGrams);
    const QList<qint64> &points = demoPricePoints(profile.currency);
    const qsizetype first = std::lower_bound(points.cbegin(), points.cend(), low) - points.cbegin();
    qsizetype last = std::upper_bound(points.cbegin(), points.cend(), high) - points.cbegin() - 1;
    last = qMax(last, first);
    const quint64 span = quint64(last - first + 1);
    const qsizetype index = first + qsizetype(qMin(random.below(span), random.below(span)));
    return points[qMin(index, points.size() - 1)];
}

struct PlannedChange {
    int day = 0;
    int steps = 0;
    bool restore = false; // back to the price before the markdown
};

QList<PlannedChange> plannedChanges(const DemoLeaf &leaf, int days, const QList<int> &saleStartDays, DemoRandom &random)
{
    QList<PlannedChange> changes;
    if (days < 14) {
        return changes;
    }
    // Suppliers raise prices now and then.
    if (random.perMille(100)) {
        changes.append({int(random.between(7, days - 1)), random.perMille(700) ? 1 : 2, false});
    }
    // End-of-season markdowns in the January and July sales, mostly for clothes and shoes; some
    // go back to the full price a month later.
    const bool seasonal = leaf.path.first() == "Fashion"_L1 || leaf.path.first() == "Shoes"_L1;
    if (random.perMille(seasonal ? 250 : 40)) {
        const int start = saleStartDays.isEmpty() ? int(random.between(7, days - 1)) : random.pick(saleStartDays);
        changes.append({start, -int(random.between(2, 4)), false});
        if (random.perMille(350) && start + 28 < days) {
            changes.append({start + 28, 0, true});
        }
    }
    std::stable_sort(changes.begin(), changes.end(), [](const PlannedChange &a, const PlannedChange &b) { return a.day < b.day; });
    return changes;
}

} // namespace

bool writeDemoCatalog(DemoContext &context, DemoCompany &company)
{
    const DemoCountryProfile &profile = *company.profile;
    DemoWriter &w = *context.writer;
    DemoRandom random = DemoRandom::stream(context.options.seed, quint64(DemoStream::Catalog), quint64(company.index));
    const QList<DemoLeaf> &leaves = demoCatalogLeaves();
    const int days = context.options.days;

    // The category tree: departments, groups, leaves, in the order the vocabulary lists them.
    QHash<QString, QString> categoryIds;
    QList<QString> leafCategory;
    QHash<QString, int> positions;
    for (const DemoLeaf &leaf : leaves) {
        QString parentPath;
        QString parentId;
        for (const QString &part : leaf.path) {
            const QString path = parentPath.isEmpty() ? part : parentPath + u'/' + part;
            if (!categoryIds.contains(path)) {
                const QString id = demoId(context.catalogAt, random);
                categoryIds.insert(path, id);
                w.row(DemoTable::Categories, id, company.id, parentId.isEmpty() ? QVariant() : QVariant(parentId), part, positions[parentPath]++);
            }
            parentPath = path;
            parentId = categoryIds.value(path);
        }
        leafCategory << parentId;
    }

    WeightedPicker leafPicker;
    for (const DemoLeaf &leaf : leaves) {
        leafPicker.add(leaf.productShare);
    }
    QList<int> saleStartDays;
    for (int day = 0; day < days; ++day) {
        const QDate date = context.firstDay.addDays(day);
        if ((date.month() == 1 && date.day() >= 2 && date.day() <= 15) || (date.month() == 7 && date.day() <= 15)) {
            saleStartDays << day;
        }
    }

    const QString companyCode = QString::number(100 + (company.index * 37) % 900);
    qint64 itemReference = 0;
    int priceLookUp = 0;
    std::vector<ProductPlan> products;
    std::vector<double> shares;
    company.variants.reserve(size_t(company.variantTarget));
    shares.reserve(size_t(company.variantTarget));
    const qint64 createdWindow = qMax<qint64>(1, context.catalogAt - company.createdAt);

    while (qint64(company.variants.size()) < company.variantTarget && !w.failed()) {
        const qsizetype leafIndex = leafPicker.pick(random);
        const DemoLeaf &leaf = leaves[leafIndex];
        const int taxIndex = profile.taxRateIndex[int(leaf.taxClass)];
        const int taxRate = profile.taxRates[taxIndex].rateBasisPoints;
        const QString name = productName(leaf, random);
        const QString brand = random.pick(leaf.brands);
        const qint64 base = basePrice(leaf, profile, random);
        QList<VariantDraft> drafts = variantDrafts(leaf, profile, random);
        const qint64 room = company.variantTarget - qint64(company.variants.size());
        if (drafts.size() > room) {
            drafts.resize(room);
        }
        const QList<PlannedChange> changes = plannedChanges(leaf, days, saleStartDays, random);
        const qint64 createdAt = company.createdAt + qint64(random.below(quint64(createdWindow)));
        const QString productId = demoId(createdAt, random);
        const int productNumber = int(products.size()) + 1;
        const bool weighed = leaf.scheme == DemoVariantScheme::Weighed;
        const bool food = leaf.path.first() == "Food & Delicatessen"_L1;

        w.row(DemoTable::Products, productId, company.id, leafCategory[leafIndex], company.taxCategoryIds[taxIndex], name,
              QString(u"%1 from %2. %3."_s.arg(name, brand, leaf.path.join(u" › "_s))), brand, u"active"_s, createdAt, createdAt);
        products.push_back({int(company.variants.size()), int(drafts.size()), leaf.demand / 100.0});

        for (const VariantDraft &draft : std::as_const(drafts)) {
            DemoVariant variant;
            variant.id = demoId(createdAt, random);
            variant.description = draft.name.isEmpty() ? name : name + u' ' + draft.name;
            variant.startPrice = demoStepPrice(profile.currency, base, draft.priceSteps);
            const qint64 net = variant.startPrice * 10000 / (10000 + taxRate);
            variant.cost = qMax<qint64>(1, net * (leaf.costPercent - 8 + qint64(random.below(17))) / 100);
            variant.taxRateBasisPoints = taxRate;
            variant.weighed = weighed;
            variant.pricingUnit = weighed ? profile.weighedPricingUnit : 1;
            variant.returnable = !food;
            variant.multiBuy = leaf.demand >= 200;

            // The price over the year: each planned change moves it along the price points.
            qint64 current = variant.startPrice;
            qint64 beforeMarkdown = current;
            qint64 updatedAt = createdAt;
            const int firstChange = int(company.priceChanges.size());
            QList<std::pair<qint64, qint64>> rows; // (old, new) per recorded change
            for (const PlannedChange &change : changes) {
                qint64 next = change.restore ? beforeMarkdown : demoStepPrice(profile.currency, current, change.steps);
                if (change.steps < 0) {
                    beforeMarkdown = current;
                }
                if (next == current) {
                    continue;
                }
                const qint64 at = context.localTime(company, change.day, 5 * 60);
                company.priceChanges.push_back({at, next});
                rows.append({current, next});
                current = next;
                updatedAt = at;
            }
            variant.priceChangeCount = int(company.priceChanges.size()) - firstChange;
            variant.firstPriceChange = variant.priceChangeCount > 0 ? firstChange : -1;

            const QString sku = u"%1-%2-%3"_s.arg(profile.skuPrefix).arg(productNumber, 6, 10, QChar(u'0')).arg(draft.skuSuffix);
            const QVariant grams = weighed ? QVariant() : QVariant(qint64(leaf.grams) * draft.sizeFactor * (80 + qint64(random.below(41))) / 100);
            w.row(DemoTable::Variants, variant.id, company.id, productId, sku, draft.name,
                  QString::fromUtf8(QJsonDocument(draft.attributes).toJson(QJsonDocument::Compact)), current, variant.cost,
                  weighed ? u"g"_s : u"piece"_s, variant.pricingUnit, grams, 1, createdAt, updatedAt);
            if (weighed && priceLookUp < 89999) {
                // Counter scales print 2x-prefixed labels that carry this five-digit item code.
                w.row(DemoTable::Barcodes, company.id, QString::number(10000 + ++priceLookUp), variant.id, u"internal"_s);
            } else {
                const QString body = profile.gs1Prefix + companyCode + u"%1"_s.arg(++itemReference, 6, 10, QChar(u'0'));
                w.row(DemoTable::Barcodes, company.id, QString(body + QString::number(gs1CheckDigit(body))), variant.id, u"ean13"_s);
            }
            for (qsizetype k = 0; k < rows.size(); ++k) {
                const DemoPriceChange &change = company.priceChanges[size_t(firstChange + k)];
                w.row(DemoTable::PriceChanges, demoId(change.at, random), company.id, variant.id, QVariant(), rows[k].first, rows[k].second, change.at,
                      company.adminId);
            }
            company.variants.push_back(variant);
            shares.push_back(draft.share);
        }
    }

    // Popularity: products ranked in random order with Zipf-like weights (a few sell a lot, most
    // sell little), each product's weight split over its variants (middle sizes, main colour).
    std::vector<int> rank(products.size());
    for (size_t i = 0; i < rank.size(); ++i) {
        rank[i] = int(i);
    }
    for (size_t i = rank.size(); i > 1; --i) {
        std::swap(rank[i - 1], rank[size_t(random.below(i))]);
    }
    std::vector<double> popularity(company.variants.size(), 0.0);
    for (size_t r = 0; r < rank.size(); ++r) {
        const ProductPlan &product = products[size_t(rank[r])];
        double shareSum = 0;
        for (int v = 0; v < product.count; ++v) {
            shareSum += shares[size_t(product.firstVariant + v)];
        }
        for (int v = 0; v < product.count; ++v) {
            const size_t index = size_t(product.firstVariant + v);
            popularity[index] = product.demand / (double(r) + 10.0) * shares[index] / shareSum;
        }
    }
    for (double weight : popularity) {
        company.popularity.add(weight);
    }

    // Shop prices: about one variant in a hundred is dearer in a city-centre shop or on a local
    // promotion.
    DemoRandom listings = DemoRandom::stream(context.options.seed, quint64(DemoStream::Listings), quint64(company.index));
    const int perStore = qMax(1, int(company.variants.size() / 100));
    for (DemoStore &store : company.stores) {
        for (int n = 0; n < perStore; ++n) {
            const int v = int(listings.below(company.variants.size()));
            if (store.priceOverrides.contains(v)) {
                continue;
            }
            const DemoVariant &variant = company.variants[size_t(v)];
            const qint64 price = demoStepPrice(profile.currency, variant.startPrice, listings.perMille(400) ? 1 : -int(listings.between(1, 2)));
            if (price == variant.startPrice) {
                continue;
            }
            store.priceOverrides.insert(v, price);
            w.row(DemoTable::ShopListings, company.id, store.id, variant.id, price, 1);
        }
    }
    return !w.failed();
}

} // namespace kassa
