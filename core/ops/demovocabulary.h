#pragma once

#include "demoprofiles.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kassa {

// The words the demo catalog is built from: a department store's category tree, what each leaf
// sells, how its products vary (sizes, colours, packs, weighed at the counter), its price range and
// tax class, and the price points shops actually use.

enum class DemoVariantScheme {
    Apparel, // clothing sizes × colours
    KidsApparel, // children's sizes (height in cm) × colours
    BabyApparel, // baby sizes × colours
    WomenShoes,
    MenShoes,
    KidsShoes,
    Colours, // one variant per colour
    Bedding, // bed sizes, price rising with size
    Packs, // pack sizes (options), price rising with size
    Weighed, // one variant sold by weight at the counter
    Book, // paperback and hardcover
    Shades, // make-up shades (options)
    Volumes, // 30/50/100 ml (options), price rising with size
    Single,
};

struct DemoLeaf {
    QStringList path; // department, group, leaf
    DemoTaxClass taxClass = DemoTaxClass::Standard;
    DemoVariantScheme scheme = DemoVariantScheme::Single;
    qint64 minPrice = 0; // euro cents, shelf price (per kilogram for weighed goods)
    qint64 maxPrice = 0;
    QStringList nouns;
    QStringList modifiers;
    QStringList brands;
    QStringList options; // pack sizes, shades, volumes
    int productShare = 1; // how many of the products are of this leaf, relatively
    int demand = 100; // how often one product sells, relatively
    int costPercent = 50; // purchase cost as a share of the net price
    int grams = 0; // weight of one piece, for shipping
};

struct DemoColour {
    QString name;
    QString code; // in SKUs
};

const QList<DemoLeaf> &demoCatalogLeaves();
const QList<DemoColour> &demoColours();

// Book titles are made of these: "The Silent Harbour", "A Winter in Kyoto".
const QStringList &demoTitleAdjectives();
const QStringList &demoTitleNouns();
const QStringList &demoTitlePlaces();
const QStringList &demoModelNames(); // fashion model names: "Jeans 'Marlene'"

// Shelf prices a shop really uses, ascending: euro prices ending in .49 and .99, yen prices such
// as ¥980, ¥1,480 and ¥1,980.
const QList<qint64> &demoPricePoints(const QString &currency);
// A leaf's euro price range in the company's currency (euro cents to yen at about 160 yen a euro;
// weighed goods in Japan per 100 g instead of per kg).
qint64 demoConvertPrice(qint64 euroCents, const QString &currency, bool perHundredGrams);

} // namespace kassa
