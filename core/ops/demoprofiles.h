#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kassa {

// What the demo data knows about the three markets it models: the company, its shops and
// warehouse, tax rates, opening hours and shopping rhythm, how people pay, their names and phone
// numbers. Company i of the demo uses profile i % 3.

// Which tax rate a kind of goods takes; each country maps these to its own rates.
enum class DemoTaxClass { Standard, Reduced, BasicFood, Books };

struct DemoTaxRate {
    QString name;
    int rateBasisPoints = 0;
};

struct DemoSite {
    QString city;
    QString district;
    QString code; // receipt prefix part, e.g. BER
    QString postalCode;
    QString street;
    double latitude = 0;
    double longitude = 0;
    QString areaCode; // telephone area code without the trunk prefix
};

struct DemoName {
    QString display; // as written in the country
    QString ascii; // for e-mail addresses
};

struct DemoCountryProfile {
    // Company
    QString slug;
    QString brand; // what shops are called after
    QString legalName;
    QString currency;
    QString timezone;
    QString country;
    QString roundingMode;
    QString taxRounding;
    QString skuPrefix;
    QString gs1Prefix; // three digits of the GS1 member organisation's range
    QList<DemoTaxRate> taxRates;
    int taxRateIndex[4] = {0, 0, 0, 0}; // per DemoTaxClass
    qint64 weighedPricingUnit = 1000; // grams the shelf price of weighed goods refers to

    // Shops
    QList<DemoSite> stores;
    DemoSite warehouse;
    QString warehouseName;
    // Opening hours per weekday (Monday first) in minutes after local midnight; open == close
    // means closed.
    int openMinute[7] = {};
    int closeMinute[7] = {};
    QString openingHoursText; // OpenStreetMap syntax, as stored on the shop
    QList<QDate> fixedHolidays; // month and day only (year ignored): shops closed
    double weekdayFactor[7] = {}; // Monday first
    double hourWeight[24] = {}; // customers by local hour

    // Payments
    int cashPerMille = 500;
    int otherPerMille = 0; // e-money and QR payments
    int splitPerMille = 20;
    QList<qint64> cashNotes; // what customers hand over, in minor units
    qint64 openingFloat = 0;
    QStringList cardBrands;
    QStringList otherTenders;

    // People
    QList<DemoName> givenNames;
    QList<DemoName> familyNames;
    bool familyNameFirst = false;
    bool twoFamilyNames = false;
    QString mobilePrefix; // e.g. "+49 15"
    QString countryCallingCode; // e.g. "+49"
    DemoName demoCustomerName;

    // Sizes as the country labels them
    QStringList clothingSizes;
    QStringList womenShoeSizes;
    QStringList menShoeSizes;
    QStringList kidsShoeSizes;
    QStringList beddingSizes;
};

const QList<DemoCountryProfile> &demoCountryProfiles();

// Lower-case ASCII for e-mail addresses and slugs: "Müller" → "mueller", "Álvarez" → "alvarez".
QString demoAsciiFold(const QString &text);

// How busy shops of this profile are on `date` relative to an ordinary day: the season (December
// peak, summer dip), Black Friday, sales periods. Weekday and holidays are separate.
double demoSeasonFactor(const DemoCountryProfile &profile, const QDate &date);
bool demoIsHoliday(const DemoCountryProfile &profile, const QDate &date);
// Closing time on `date` (shorter on Christmas Eve and New Year's Eve), minutes after midnight.
int demoClosingMinute(const DemoCountryProfile &profile, const QDate &date);

} // namespace kassa
