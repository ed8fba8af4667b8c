#include "demovocabulary.h"

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct LeafSpec {
    QString path;
    DemoTaxClass taxClass;
    DemoVariantScheme scheme;
    qint64 minPrice;
    qint64 maxPrice;
    QStringList nouns;
    QStringList modifiers;
    int productShare;
    int demand;
};

struct Department {
    QString name;
    QStringList brands;
    int costPercent;
    int grams;
    QList<LeafSpec> leaves;
};

QList<DemoLeaf> buildLeaves()
{
    using S = DemoVariantScheme;
    using T = DemoTaxClass;
    const QList<Department> departments = {
        {u"Fashion"_s,
         {u"Nordlicht"_s, u"Urban Fox"_s, u"Maris"_s, u"Alba & Co"_s, u"Kinfolk Denim"_s, u"Lumen"_s, u"Ostro"_s, u"Hanami"_s},
         35,
         350,
         {
             {u"Women/Dresses"_s, T::Standard, S::Apparel, 2999, 12999, {u"Dress"_s, u"Shirt Dress"_s, u"Knit Dress"_s},
              {u"Midi"_s, u"Maxi"_s, u"Wrap"_s, u"Linen"_s, u"Jersey"_s, u"Floral"_s, u"Satin"_s, u"Pleated"_s, u"Summer"_s}, 5, 70},
             {u"Women/Blouses & Tops"_s, T::Standard, S::Apparel, 1999, 5999, {u"Blouse"_s, u"Top"_s, u"Tunic"_s, u"Camisole"_s},
              {u"Silk"_s, u"Linen"_s, u"Ruffled"_s, u"Embroidered"_s, u"Printed"_s, u"Relaxed"_s}, 5, 80},
             {u"Women/T-Shirts"_s, T::Standard, S::Apparel, 799, 2999, {u"T-Shirt"_s, u"Long-Sleeve Top"_s, u"Tank Top"_s},
              {u"Organic Cotton"_s, u"Basic"_s, u"Striped"_s, u"Oversized"_s, u"Slim"_s, u"V-Neck"_s, u"Printed"_s}, 5, 130},
             {u"Women/Knitwear"_s, T::Standard, S::Apparel, 2999, 8999, {u"Jumper"_s, u"Cardigan"_s, u"Turtleneck"_s, u"Knit Vest"_s},
              {u"Merino"_s, u"Cashmere Blend"_s, u"Cable-Knit"_s, u"Chunky"_s, u"Fine-Knit"_s, u"Wool Blend"_s}, 4, 70},
             {u"Women/Jeans"_s, T::Standard, S::Apparel, 3999, 9999, {u"Jeans"_s},
              {u"Slim Fit"_s, u"Straight"_s, u"Wide Leg"_s, u"Mom"_s, u"High-Waist"_s, u"Bootcut"_s, u"Skinny"_s, u"Flared"_s}, 3, 90},
             {u"Women/Jackets & Coats"_s, T::Standard, S::Apparel, 5999, 24999, {u"Jacket"_s, u"Coat"_s, u"Blazer"_s, u"Trench Coat"_s, u"Puffer Jacket"_s},
              {u"Wool"_s, u"Quilted"_s, u"Waterproof"_s, u"Double-Breasted"_s, u"Cropped"_s, u"Longline"_s}, 3, 40},
             {u"Men/Shirts"_s, T::Standard, S::Apparel, 2999, 6999, {u"Shirt"_s},
              {u"Oxford"_s, u"Flannel"_s, u"Linen"_s, u"Slim Fit"_s, u"Regular Fit"_s, u"Denim"_s, u"Checked"_s, u"Poplin"_s}, 4, 80},
             {u"Men/T-Shirts & Polos"_s, T::Standard, S::Apparel, 999, 3999, {u"T-Shirt"_s, u"Polo Shirt"_s, u"Henley"_s},
              {u"Organic Cotton"_s, u"Piqué"_s, u"Basic"_s, u"Striped"_s, u"Heavyweight"_s, u"Slub"_s}, 4, 130},
             {u"Men/Knitwear"_s, T::Standard, S::Apparel, 2999, 8999, {u"Jumper"_s, u"Cardigan"_s, u"Hoodie"_s, u"Sweatshirt"_s},
              {u"Merino"_s, u"Crew-Neck"_s, u"Zip"_s, u"Cotton"_s, u"Lambswool"_s}, 3, 70},
             {u"Men/Jeans & Trousers"_s, T::Standard, S::Apparel, 3999, 9999, {u"Jeans"_s, u"Chinos"_s, u"Cargo Trousers"_s, u"Joggers"_s},
              {u"Slim Fit"_s, u"Regular Fit"_s, u"Tapered"_s, u"Relaxed"_s, u"Stretch"_s}, 4, 90},
             {u"Men/Jackets & Coats"_s, T::Standard, S::Apparel, 6999, 24999, {u"Jacket"_s, u"Coat"_s, u"Parka"_s, u"Gilet"_s, u"Blazer"_s},
              {u"Wool"_s, u"Quilted"_s, u"Waterproof"_s, u"Field"_s, u"Harrington"_s, u"Padded"_s}, 2, 40},
             {u"Men/Underwear & Socks"_s, T::Standard, S::Apparel, 799, 2999, {u"Socks 3-Pack"_s, u"Boxer Briefs 2-Pack"_s, u"Undershirt"_s},
              {u"Cotton"_s, u"Bamboo"_s, u"Sport"_s, u"Everyday"_s}, 2, 220},
             {u"Kids/Baby"_s, T::Standard, S::BabyApparel, 999, 3499, {u"Bodysuit"_s, u"Romper"_s, u"Sleepsuit"_s, u"Bibs 2-Pack"_s},
              {u"Organic Cotton"_s, u"Striped"_s, u"Star Print"_s, u"Soft"_s}, 3, 110},
             {u"Kids/Girls"_s, T::Standard, S::KidsApparel, 999, 3999, {u"Dress"_s, u"Leggings"_s, u"T-Shirt"_s, u"Hoodie"_s, u"Skirt"_s},
              {u"Glitter"_s, u"Floral"_s, u"Rainbow"_s, u"Striped"_s, u"Cosy"_s}, 3, 100},
             {u"Kids/Boys"_s, T::Standard, S::KidsApparel, 999, 3999, {u"T-Shirt"_s, u"Jeans"_s, u"Hoodie"_s, u"Shorts"_s, u"Joggers"_s},
              {u"Dino"_s, u"Rocket"_s, u"Striped"_s, u"Sporty"_s, u"Cosy"_s}, 3, 100},
         }},
        {u"Shoes"_s,
         {u"Stride"_s, u"Camino"_s, u"Kobe Walk"_s, u"Oak & Sole"_s},
         45,
         800,
         {
             {u"Women"_s, T::Standard, S::WomenShoes, 3999, 13999, {u"Sneakers"_s, u"Ankle Boots"_s, u"Ballet Flats"_s, u"Sandals"_s, u"Loafers"_s, u"Pumps"_s},
              {u"Leather"_s, u"Suede"_s, u"Chunky"_s, u"Classic"_s, u"Platform"_s, u"Woven"_s}, 3, 50},
             {u"Men"_s, T::Standard, S::MenShoes, 4999, 14999, {u"Sneakers"_s, u"Derby Shoes"_s, u"Chelsea Boots"_s, u"Loafers"_s, u"Sandals"_s},
              {u"Leather"_s, u"Suede"_s, u"Classic"_s, u"Retro"_s, u"Waterproof"_s}, 3, 45},
             {u"Kids"_s, T::Standard, S::KidsShoes, 2499, 5999, {u"Sneakers"_s, u"Rain Boots"_s, u"Sandals"_s, u"Slippers"_s},
              {u"Light-Up"_s, u"Velcro"_s, u"Lined"_s, u"Sporty"_s}, 2, 60},
             {u"Shoe Care"_s, T::Standard, S::Single, 399, 1499, {u"Shoe Polish"_s, u"Insoles"_s, u"Waterproofing Spray"_s, u"Shoe Brush"_s},
              {u"Premium"_s, u"Natural"_s, u"Neutral"_s}, 1, 120},
         }},
        {u"Home & Living"_s,
         {u"Hygge Home"_s, u"Casa Clara"_s, u"Kinoki"_s, u"Linnea"_s},
         45,
         900,
         {
             {u"Kitchen"_s, T::Standard, S::Colours, 999, 8999,
              {u"Frying Pan"_s, u"Saucepan"_s, u"Chef's Knife"_s, u"Chopping Board"_s, u"Mixing Bowl"_s, u"Kettle"_s, u"French Press"_s, u"Baking Tray"_s},
              {u"Cast Iron"_s, u"Stainless Steel"_s, u"Non-Stick"_s, u"Enamel"_s, u"Bamboo"_s, u"Ceramic"_s}, 4, 50},
             {u"Tableware"_s, T::Standard, S::Colours, 399, 4999,
              {u"Dinner Plate"_s, u"Mug"_s, u"Bowl"_s, u"Glasses Set of 4"_s, u"Cutlery Set"_s, u"Espresso Cup"_s},
              {u"Stoneware"_s, u"Porcelain"_s, u"Hand-Glazed"_s, u"Speckled"_s, u"Classic"_s}, 4, 90},
             {u"Bedding"_s, T::Standard, S::Bedding, 2999, 12999, {u"Duvet Cover Set"_s, u"Fitted Sheet"_s, u"Pillow"_s, u"Duvet"_s},
              {u"Percale"_s, u"Linen"_s, u"Satin Cotton"_s, u"Flannel"_s, u"Organic"_s}, 3, 40},
             {u"Bath"_s, T::Standard, S::Colours, 799, 5999, {u"Bath Towel"_s, u"Hand Towel"_s, u"Bath Mat"_s, u"Bathrobe"_s},
              {u"Terry"_s, u"Waffle"_s, u"Organic Cotton"_s, u"Plush"_s}, 3, 70},
             {u"Decoration"_s, T::Standard, S::Colours, 499, 4999, {u"Scented Candle"_s, u"Vase"_s, u"Cushion Cover"_s, u"Photo Frame"_s, u"Throw"_s},
              {u"Linen"_s, u"Ceramic"_s, u"Velvet"_s, u"Knitted"_s, u"Rattan"_s, u"Glass"_s}, 3, 70},
         }},
        {u"Food & Delicatessen"_s,
         {u"Feinkost Berger"_s, u"La Despensa"_s, u"Yama Farm"_s, u"Rösterei 1912"_s, u"Dolce Vita"_s},
         65,
         400,
         {
             {u"Coffee & Tea"_s, T::Reduced, S::Packs, 299, 1999,
              {u"Coffee Beans"_s, u"Ground Coffee"_s, u"Espresso"_s, u"Green Tea"_s, u"Herbal Tea"_s, u"Earl Grey"_s},
              {u"Organic"_s, u"Fair Trade"_s, u"House Blend"_s, u"Single Origin"_s, u"Decaf"_s}, 3, 350},
             {u"Sweets"_s, T::Reduced, S::Packs, 99, 999,
              {u"Dark Chocolate"_s, u"Milk Chocolate"_s, u"Pralines"_s, u"Butter Cookies"_s, u"Fruit Gums"_s, u"Marzipan"_s},
              {u"Organic"_s, u"Hazelnut"_s, u"Sea Salt"_s, u"Orange"_s, u"Classic"_s}, 3, 450},
             {u"Pantry"_s, T::Reduced, S::Packs, 129, 1499,
              {u"Olive Oil"_s, u"Pasta"_s, u"Balsamic Vinegar"_s, u"Honey"_s, u"Jam"_s, u"Rice"_s, u"Tomato Sauce"_s},
              {u"Extra Virgin"_s, u"Organic"_s, u"Artisan"_s, u"Wildflower"_s, u"Italian"_s, u"Spanish"_s}, 3, 300},
             {u"Cheese Counter"_s, T::BasicFood, S::Weighed, 1299, 4999,
              {u"Gouda"_s, u"Comté"_s, u"Manchego"_s, u"Parmigiano Reggiano"_s, u"Brie"_s, u"Emmental"_s, u"Gorgonzola"_s, u"Pecorino"_s},
              {u"Aged"_s, u"Mild"_s, u"Organic"_s, u"Mountain"_s, u"Farmhouse"_s}, 1, 300},
             {u"Deli Counter"_s, T::Reduced, S::Weighed, 999, 5999,
              {u"Serrano Ham"_s, u"Salami"_s, u"Olives"_s, u"Roasted Almonds"_s, u"Cashews"_s, u"Dried Apricots"_s},
              {u"Smoked"_s, u"Marinated"_s, u"Roasted"_s, u"Organic"_s, u"Spicy"_s}, 1, 300},
             {u"Bakery"_s, T::BasicFood, S::Single, 99, 599,
              {u"Sourdough Bread"_s, u"Baguette"_s, u"Croissant"_s, u"Pretzel"_s, u"Rye Bread"_s, u"Cinnamon Roll"_s},
              {u"Stone-Baked"_s, u"Wholegrain"_s, u"Butter"_s, u"Seeded"_s, u"Classic"_s}, 1, 600},
             // Alcohol takes the standard rate everywhere.
             {u"Wine & Spirits"_s, T::Standard, S::Single, 499, 3999,
              {u"Rioja Crianza"_s, u"Riesling"_s, u"Pinot Grigio"_s, u"Cava Brut"_s, u"Albariño"_s, u"Junmai Sake"_s, u"London Dry Gin"_s,
               u"Single Malt Whisky"_s},
              {u"Reserve"_s, u"Organic"_s, u"Estate"_s, u"Old Vines"_s, u"Limited"_s}, 2, 150},
         }},
        {u"Books & Stationery"_s,
         {u"Leuchtturm Verlag"_s, u"Ediciones Faro"_s, u"Kujira Books"_s, u"Paper & Ink"_s},
         60,
         400,
         {
             {u"Books"_s, T::Books, S::Book, 999, 2999, {}, {}, 4, 60},
             {u"Stationery"_s, T::Standard, S::Colours, 199, 2999,
              {u"Notebook"_s, u"Fountain Pen"_s, u"Ballpoint Pens 5-Pack"_s, u"Planner"_s, u"Sketchbook"_s, u"Greeting Card"_s},
              {u"A5"_s, u"Dotted"_s, u"Recycled"_s, u"Leather"_s, u"Classic"_s}, 2, 150},
         }},
        {u"Beauty"_s,
         {u"Aurelia"_s, u"Botanica"_s, u"Shiro Lab"_s, u"Pure Skin"_s},
         35,
         150,
         {
             {u"Skincare"_s, T::Standard, S::Volumes, 599, 4999, {u"Face Cream"_s, u"Serum"_s, u"Cleanser"_s, u"Sunscreen SPF 50"_s, u"Lip Balm"_s},
              {u"Hydrating"_s, u"Sensitive"_s, u"Vitamin C"_s, u"Night"_s, u"Organic"_s}, 2, 120},
             {u"Fragrance"_s, T::Standard, S::Volumes, 2999, 12999, {u"Eau de Parfum"_s, u"Eau de Toilette"_s, u"Body Mist"_s},
              {u"Citrus"_s, u"Amber"_s, u"Cedar"_s, u"Rose"_s, u"Fresh"_s, u"Oud"_s}, 1, 40},
             {u"Make-up"_s, T::Standard, S::Shades, 499, 3999, {u"Lipstick"_s, u"Mascara"_s, u"Foundation"_s, u"Nail Polish"_s, u"Eyeliner"_s},
              {u"Matte"_s, u"Long-Lasting"_s, u"Volume"_s, u"Satin"_s, u"Waterproof"_s}, 2, 110},
         }},
        {u"Electronics"_s,
         {u"Voltix"_s, u"Sonara"_s, u"Kumo Audio"_s, u"Linka"_s},
         60,
         300,
         {
             {u"Audio"_s, T::Standard, S::Colours, 1999, 24999, {u"Wireless Earbuds"_s, u"Headphones"_s, u"Bluetooth Speaker"_s},
              {u"Noise-Cancelling"_s, u"Sport"_s, u"Compact"_s, u"Studio"_s}, 1, 30},
             {u"Phone Accessories"_s, T::Standard, S::Colours, 999, 4999,
              {u"Phone Case"_s, u"USB-C Cable"_s, u"Charger 30 W"_s, u"Power Bank"_s, u"Screen Protector"_s},
              {u"Slim"_s, u"Braided"_s, u"Fast"_s, u"Magnetic"_s, u"Rugged"_s}, 2, 110},
             {u"Small Appliances"_s, T::Standard, S::Colours, 1999, 14999, {u"Hair Dryer"_s, u"Electric Toothbrush"_s, u"Toaster"_s, u"Blender"_s},
              {u"Compact"_s, u"Pro"_s, u"Travel"_s, u"Retro"_s}, 1, 25},
         }},
        {u"Toys & Games"_s,
         {u"Kleine Welt"_s, u"Juguetes Sol"_s, u"Tomo Toys"_s, u"Bausteinwerk"_s},
         55,
         600,
         {
             {u"Games & Puzzles"_s, T::Standard, S::Single, 999, 4999, {u"Board Game"_s, u"Card Game"_s, u"1000-Piece Puzzle"_s, u"Strategy Game"_s},
              {u"Family"_s, u"Classic"_s, u"Party"_s, u"Travel"_s}, 2, 60},
             {u"Plush & Dolls"_s, T::Standard, S::Colours, 999, 3999, {u"Teddy Bear"_s, u"Plush Bunny"_s, u"Doll"_s, u"Plush Whale"_s},
              {u"Cuddly"_s, u"Classic"_s, u"Giant"_s, u"Mini"_s}, 1, 60},
             {u"Building"_s, T::Standard, S::Single, 1499, 9999, {u"Building Set"_s, u"Wooden Blocks"_s, u"Marble Run"_s, u"Construction Kit"_s},
              {u"Creative"_s, u"Starter"_s, u"Deluxe"_s, u"Adventure"_s}, 1, 40},
         }},
        {u"Sports"_s,
         {u"Peakline"_s, u"Sendero"_s, u"Kaze Sports"_s},
         45,
         400,
         {
             {u"Running"_s, T::Standard, S::Apparel, 1999, 8999, {u"Running Shirt"_s, u"Running Shorts"_s, u"Running Jacket"_s, u"Running Tights"_s},
              {u"Lightweight"_s, u"Reflective"_s, u"Breathable"_s, u"Thermal"_s}, 2, 60},
             {u"Yoga & Fitness"_s, T::Standard, S::Colours, 999, 5999, {u"Yoga Mat"_s, u"Yoga Block"_s, u"Resistance Bands"_s, u"Water Bottle"_s},
              {u"Eco"_s, u"Non-Slip"_s, u"Insulated"_s, u"Pro"_s}, 1, 70},
             {u"Outdoor"_s, T::Standard, S::Colours, 1499, 12999, {u"Backpack 25 l"_s, u"Rain Jacket"_s, u"Hiking Socks"_s, u"Fleece"_s},
              {u"Waterproof"_s, u"Trail"_s, u"Packable"_s, u"Alpine"_s}, 1, 45},
         }},
    };

    QList<DemoLeaf> leaves;
    for (const Department &department : departments) {
        for (const LeafSpec &spec : department.leaves) {
            DemoLeaf leaf;
            leaf.path = QStringList{department.name} + spec.path.split(u'/');
            leaf.taxClass = spec.taxClass;
            leaf.scheme = spec.scheme;
            leaf.minPrice = spec.minPrice;
            leaf.maxPrice = spec.maxPrice;
            leaf.nouns = spec.nouns;
            leaf.modifiers = spec.modifiers;
            leaf.brands = department.brands;
            leaf.productShare = spec.productShare;
            leaf.demand = spec.demand;
            leaf.costPercent = department.costPercent;
            leaf.grams = department.grams;
            switch (spec.scheme) {
            case S::Packs:
                leaf.options = spec.path == "Coffee & Tea"_L1 ? QStringList{u"250 g"_s, u"500 g"_s, u"1 kg"_s}
                    : spec.path == "Sweets"_L1               ? QStringList{u"100 g"_s, u"200 g"_s, u"400 g"_s}
                                                             : QStringList{u"Regular"_s, u"Family Size"_s};
                break;
            case S::Volumes:
                leaf.options = {u"30 ml"_s, u"50 ml"_s, u"100 ml"_s};
                break;
            case S::Shades:
                leaf.options = {u"01 Ivory"_s, u"02 Sand"_s, u"03 Beige"_s, u"04 Rose"_s, u"05 Coral"_s, u"06 Berry"_s, u"07 Mocha"_s};
                break;
            case S::Book:
                leaf.options = {u"Paperback"_s, u"Hardcover"_s};
                break;
            default:
                break;
            }
            if (spec.path == "Wine & Spirits"_L1) {
                leaf.brands = {u"Weingut Kessler"_s, u"Bodegas Altamira"_s, u"Château Lune"_s, u"Cantina Rossi"_s, u"Kura Hoshino"_s};
                leaf.costPercent = 55;
                leaf.grams = 1300;
            }
            leaves.append(leaf);
        }
    }
    return leaves;
}

QList<qint64> euroPricePoints()
{
    // .49 and .99 below 20 euros, .99 on the usual steps above, as shelf prices are set.
    QList<qint64> points;
    for (qint64 euro = 0; euro < 20; ++euro) {
        points << euro * 100 + 49 << euro * 100 + 99;
    }
    for (qint64 euro = 20; euro < 100; ++euro) {
        if (euro % 5 == 4) {
            points << euro * 100 + 99;
        }
    }
    for (qint64 euro : {109, 119, 129, 139, 149, 159, 169, 179, 199, 219, 229, 249, 279, 299, 329, 349, 399, 449, 499, 599}) {
        points << euro * 100 + 99;
    }
    return points;
}

QList<qint64> yenPricePoints()
{
    return {48,   58,   78,   98,   108,  128,  148,  158,  178,  198,  248,  298,  348,  398,  448,  498,  598,  698,  798,  898,  980,  1080,
            1280, 1480, 1680, 1980, 2280, 2480, 2980, 3480, 3980, 4480, 4980, 5980, 6980, 7980, 8980, 9800, 10800, 12800, 14800, 16800,
            19800, 24800, 29800, 34800, 39800, 49800, 59800, 69800, 79800, 98000};
}

} // namespace

const QList<DemoLeaf> &demoCatalogLeaves()
{
    static const QList<DemoLeaf> leaves = buildLeaves();
    return leaves;
}

const QList<DemoColour> &demoColours()
{
    static const QList<DemoColour> colours = {
        {u"Black"_s, u"BLK"_s}, {u"White"_s, u"WHT"_s}, {u"Navy"_s, u"NVY"_s},  {u"Grey"_s, u"GRY"_s},  {u"Beige"_s, u"BGE"_s},
        {u"Olive"_s, u"OLV"_s}, {u"Burgundy"_s, u"BRG"_s}, {u"Blue"_s, u"BLU"_s}, {u"Red"_s, u"RED"_s},  {u"Green"_s, u"GRN"_s},
        {u"Pink"_s, u"PNK"_s},  {u"Camel"_s, u"CML"_s}, {u"Ecru"_s, u"ECR"_s},  {u"Khaki"_s, u"KHK"_s}, {u"Mustard"_s, u"MST"_s},
        {u"Sage"_s, u"SGE"_s},  {u"Terracotta"_s, u"TRC"_s},
    };
    return colours;
}

const QStringList &demoTitleAdjectives()
{
    static const QStringList words = {u"Silent"_s, u"Last"_s,     u"Hidden"_s, u"Golden"_s,   u"Lost"_s,     u"Winter"_s, u"Secret"_s,
                                      u"Distant"_s, u"Quiet"_s,   u"Burning"_s, u"Northern"_s, u"Forgotten"_s, u"Little"_s, u"Wild"_s};
    return words;
}

const QStringList &demoTitleNouns()
{
    static const QStringList words = {u"Harbour"_s, u"Garden"_s,   u"Letter"_s, u"Island"_s, u"Kitchen"_s,  u"River"_s,  u"Mountain"_s,
                                      u"Library"_s, u"Orchard"_s, u"Lighthouse"_s, u"Daughter"_s, u"Atlas"_s, u"Market"_s, u"Bridge"_s};
    return words;
}

const QStringList &demoTitlePlaces()
{
    static const QStringList words = {u"Lisbon"_s, u"Kyoto"_s,  u"Seville"_s, u"Hamburg"_s, u"Provence"_s,
                                      u"Patagonia"_s, u"Sicily"_s, u"Hokkaido"_s, u"Galicia"_s, u"the Baltic"_s};
    return words;
}

const QStringList &demoModelNames()
{
    static const QStringList words = {u"Marlene"_s, u"Oslo"_s,  u"Ravello"_s, u"Elsa"_s, u"Bruno"_s, u"Kyoto"_s, u"Lucía"_s, u"Hugo"_s,
                                      u"Sora"_s,    u"Greta"_s, u"Milan"_s,   u"Inès"_s, u"Yuki"_s,  u"Matteo"_s, u"Frida"_s, u"Nico"_s};
    return words;
}

const QList<qint64> &demoPricePoints(const QString &currency)
{
    static const QList<qint64> euro = euroPricePoints();
    static const QList<qint64> yen = yenPricePoints();
    return currency == "JPY"_L1 ? yen : euro;
}

qint64 demoConvertPrice(qint64 euroCents, const QString &currency, bool perHundredGrams)
{
    if (currency != "JPY"_L1) {
        return euroCents;
    }
    const qint64 yen = euroCents * 16 / 10;
    return perHundredGrams ? yen / 10 : yen;
}

} // namespace kassa
