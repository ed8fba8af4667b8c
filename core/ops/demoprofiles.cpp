#include "demoprofiles.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

QList<DemoName> foldedNames(const QStringList &names)
{
    QList<DemoName> result;
    for (const QString &name : names) {
        result.append({name, demoAsciiFold(name)});
    }
    return result;
}

QList<DemoName> pairedNames(const QStringList &pairs)
{
    QList<DemoName> result;
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2) {
        result.append({pairs[i], pairs[i + 1]});
    }
    return result;
}

QList<QDate> holidays(std::initializer_list<std::pair<int, int>> monthDays)
{
    QList<QDate> result;
    for (const auto &[month, day] : monthDays) {
        result.append(QDate(2000, month, day)); // only month and day count
    }
    return result;
}

void setHours(DemoCountryProfile &p, int weekdayOpen, int weekdayClose, int saturdayOpen, int saturdayClose, int sundayOpen, int sundayClose)
{
    for (int d = 0; d < 5; ++d) {
        p.openMinute[d] = weekdayOpen;
        p.closeMinute[d] = weekdayClose;
    }
    p.openMinute[5] = saturdayOpen;
    p.closeMinute[5] = saturdayClose;
    p.openMinute[6] = sundayOpen;
    p.closeMinute[6] = sundayClose;
}

void setArray(double *target, std::initializer_list<double> values)
{
    int i = 0;
    for (double v : values) {
        target[i++] = v;
    }
}

DemoCountryProfile germany()
{
    DemoCountryProfile p;
    p.slug = u"nordwind"_s;
    p.brand = u"Nordwind"_s;
    p.legalName = u"Nordwind Warenhaus GmbH"_s;
    p.currency = u"EUR"_s;
    p.timezone = u"Europe/Berlin"_s;
    p.country = u"DE"_s;
    p.roundingMode = u"half_up"_s;
    p.taxRounding = u"per_line"_s;
    p.skuPrefix = u"NW"_s;
    p.gs1Prefix = u"401"_s;
    p.taxRates = {{u"Regelsatz 19 %"_s, 1900}, {u"Ermäßigt 7 %"_s, 700}};
    // Food, bread and books all take the reduced 7 %.
    p.taxRateIndex[int(DemoTaxClass::Standard)] = 0;
    p.taxRateIndex[int(DemoTaxClass::Reduced)] = 1;
    p.taxRateIndex[int(DemoTaxClass::BasicFood)] = 1;
    p.taxRateIndex[int(DemoTaxClass::Books)] = 1;
    p.weighedPricingUnit = 1000;
    p.stores = {
        {u"Berlin"_s, u"Mitte"_s, u"BER"_s, u"10117"_s, u"Friedrichstraße 84"_s, 52.5163, 13.3889, u"30"_s},
        {u"Hamburg"_s, u"Altstadt"_s, u"HAM"_s, u"20095"_s, u"Mönckebergstraße 11"_s, 53.5511, 9.9937, u"40"_s},
        {u"München"_s, u"Altstadt"_s, u"MUC"_s, u"80331"_s, u"Kaufingerstraße 20"_s, 48.1374, 11.5755, u"89"_s},
        {u"Köln"_s, u"Innenstadt"_s, u"CGN"_s, u"50667"_s, u"Schildergasse 42"_s, 50.9375, 6.9603, u"221"_s},
        {u"Frankfurt am Main"_s, u"Innenstadt"_s, u"FRA"_s, u"60313"_s, u"Zeil 90"_s, 50.1147, 8.6821, u"69"_s},
        {u"Stuttgart"_s, u"Mitte"_s, u"STR"_s, u"70173"_s, u"Königstraße 27"_s, 48.7784, 9.1800, u"711"_s},
        {u"Düsseldorf"_s, u"Stadtmitte"_s, u"DUS"_s, u"40212"_s, u"Schadowstraße 45"_s, 51.2254, 6.7763, u"211"_s},
        {u"Leipzig"_s, u"Zentrum"_s, u"LEJ"_s, u"04109"_s, u"Grimmaische Straße 16"_s, 51.3397, 12.3731, u"341"_s},
        {u"Dresden"_s, u"Altstadt"_s, u"DRS"_s, u"01067"_s, u"Prager Straße 12"_s, 51.0504, 13.7373, u"351"_s},
        {u"Hannover"_s, u"Mitte"_s, u"HAJ"_s, u"30159"_s, u"Georgstraße 20"_s, 52.3744, 9.7386, u"511"_s},
        {u"Nürnberg"_s, u"Altstadt"_s, u"NUE"_s, u"90402"_s, u"Breite Gasse 35"_s, 49.4521, 11.0767, u"911"_s},
        {u"Bremen"_s, u"Mitte"_s, u"BRE"_s, u"28195"_s, u"Obernstraße 40"_s, 53.0793, 8.8017, u"421"_s},
        {u"Berlin"_s, u"Charlottenburg"_s, u"BCH"_s, u"10719"_s, u"Kurfürstendamm 52"_s, 52.5016, 13.3155, u"30"_s},
        {u"Hamburg"_s, u"Altona"_s, u"HAL"_s, u"22765"_s, u"Große Bergstraße 160"_s, 53.5497, 9.9371, u"40"_s},
        {u"München"_s, u"Schwabing"_s, u"MSW"_s, u"80801"_s, u"Leopoldstraße 44"_s, 48.1600, 11.5860, u"89"_s},
        {u"Münster"_s, u"Altstadt"_s, u"FMO"_s, u"48143"_s, u"Ludgeristraße 60"_s, 51.9607, 7.6261, u"251"_s},
    };
    p.warehouse = {u"Lohfelden"_s, u"Gewerbegebiet"_s, u"KSL"_s, u"34253"_s, u"Industriestraße 12"_s, 51.2701, 9.5310, u"561"_s};
    p.warehouseName = u"Nordwind Zentrallager Kassel"_s;
    // Shops close on Sundays and public holidays by law (Ladenschluss).
    setHours(p, 9 * 60, 20 * 60, 9 * 60, 20 * 60, 0, 0);
    p.openingHoursText = u"Mo-Sa 09:00-20:00; Su,PH off"_s;
    p.fixedHolidays = holidays({{1, 1}, {5, 1}, {10, 3}, {12, 25}, {12, 26}});
    setArray(p.weekdayFactor, {0.85, 0.80, 0.85, 0.95, 1.15, 1.45, 0.0});
    setArray(p.hourWeight, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0.55, 0.80, 1.00, 1.35, 1.30, 0.95, 0.95, 1.15, 1.40, 1.35, 0.80, 0, 0, 0, 0});
    p.cashPerMille = 450;
    p.otherPerMille = 0;
    p.splitPerMille = 25;
    p.cashNotes = {500, 1000, 2000, 5000, 10000};
    p.openingFloat = 15000;
    p.cardBrands = {u"girocard"_s, u"girocard"_s, u"Visa"_s, u"Mastercard"_s};
    p.givenNames = foldedNames({u"Anna"_s, u"Lena"_s, u"Julia"_s, u"Laura"_s, u"Sarah"_s, u"Lisa"_s, u"Marie"_s, u"Sophie"_s, u"Hannah"_s,
                                u"Katharina"_s, u"Sabine"_s, u"Petra"_s, u"Monika"_s, u"Ursula"_s, u"Claudia"_s, u"Jana"_s, u"Maximilian"_s,
                                u"Lukas"_s, u"Jonas"_s, u"Leon"_s, u"Felix"_s, u"Paul"_s, u"Tim"_s, u"Jan"_s, u"Niklas"_s, u"Stefan"_s, u"Thomas"_s,
                                u"Andreas"_s, u"Michael"_s, u"Klaus"_s, u"Jürgen"_s, u"Wolfgang"_s, u"Matthias"_s, u"Tobias"_s, u"Florian"_s,
                                u"Sebastian"_s, u"Jörg"_s, u"Ömer"_s});
    p.familyNames = foldedNames({u"Müller"_s, u"Schmidt"_s, u"Schneider"_s, u"Fischer"_s, u"Weber"_s, u"Meyer"_s, u"Wagner"_s, u"Becker"_s,
                                 u"Schulz"_s, u"Hoffmann"_s, u"Schäfer"_s, u"Koch"_s, u"Bauer"_s, u"Richter"_s, u"Klein"_s, u"Wolf"_s,
                                 u"Schröder"_s, u"Neumann"_s, u"Schwarz"_s, u"Zimmermann"_s, u"Braun"_s, u"Krüger"_s, u"Hofmann"_s,
                                 u"Hartmann"_s, u"Lange"_s, u"Schmitt"_s, u"Werner"_s, u"Schmitz"_s, u"Krause"_s, u"Meier"_s, u"Lehmann"_s,
                                 u"Köhler"_s, u"Maier"_s, u"Huber"_s, u"Kaiser"_s, u"Fuchs"_s, u"Peters"_s, u"Scholz"_s, u"Möller"_s,
                                 u"Weiß"_s, u"Yılmaz"_s, u"Nowak"_s});
    p.mobilePrefix = u"+49 15"_s;
    p.countryCallingCode = u"+49"_s;
    p.demoCustomerName = {u"Erika Mustermann"_s, u"erika.mustermann"_s};
    p.clothingSizes = {u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s};
    p.womenShoeSizes = {u"36"_s, u"37"_s, u"38"_s, u"39"_s, u"40"_s, u"41"_s, u"42"_s};
    p.menShoeSizes = {u"40"_s, u"41"_s, u"42"_s, u"43"_s, u"44"_s, u"45"_s, u"46"_s};
    p.kidsShoeSizes = {u"26"_s, u"28"_s, u"30"_s, u"32"_s, u"34"_s};
    p.beddingSizes = {u"135 × 200 cm"_s, u"155 × 220 cm"_s, u"200 × 200 cm"_s};
    return p;
}

DemoCountryProfile spain()
{
    DemoCountryProfile p;
    p.slug = u"mercado-sol"_s;
    p.brand = u"Mercado Sol"_s;
    p.legalName = u"Mercado Sol S.L."_s;
    p.currency = u"EUR"_s;
    p.timezone = u"Europe/Madrid"_s;
    p.country = u"ES"_s;
    p.roundingMode = u"half_up"_s;
    p.taxRounding = u"per_line"_s;
    p.skuPrefix = u"MS"_s;
    p.gs1Prefix = u"841"_s;
    // IVA: bread, cheese and books take the super-reduced 4 %, other food 10 %.
    p.taxRates = {{u"IVA general 21 %"_s, 2100}, {u"IVA reducido 10 %"_s, 1000}, {u"IVA superreducido 4 %"_s, 400}};
    p.taxRateIndex[int(DemoTaxClass::Standard)] = 0;
    p.taxRateIndex[int(DemoTaxClass::Reduced)] = 1;
    p.taxRateIndex[int(DemoTaxClass::BasicFood)] = 2;
    p.taxRateIndex[int(DemoTaxClass::Books)] = 2;
    p.weighedPricingUnit = 1000;
    p.stores = {
        {u"Madrid"_s, u"Centro"_s, u"MAD"_s, u"28013"_s, u"Gran Vía 32"_s, 40.4200, -3.7038, u"91"_s},
        {u"Barcelona"_s, u"Eixample"_s, u"BCN"_s, u"08007"_s, u"Passeig de Gràcia 55"_s, 41.3925, 2.1650, u"93"_s},
        {u"Valencia"_s, u"Ciutat Vella"_s, u"VLC"_s, u"46002"_s, u"Calle de Colón 27"_s, 39.4699, -0.3763, u"96"_s},
        {u"Sevilla"_s, u"Centro"_s, u"SVQ"_s, u"41004"_s, u"Calle Sierpes 48"_s, 37.3891, -5.9845, u"95"_s},
        {u"Zaragoza"_s, u"Centro"_s, u"ZAZ"_s, u"50004"_s, u"Paseo de la Independencia 19"_s, 41.6488, -0.8891, u"976"_s},
        {u"Málaga"_s, u"Centro"_s, u"AGP"_s, u"29005"_s, u"Calle Larios 8"_s, 36.7213, -4.4214, u"952"_s},
        {u"Bilbao"_s, u"Abando"_s, u"BIO"_s, u"48001"_s, u"Gran Vía de Don Diego López de Haro 20"_s, 43.2630, -2.9350, u"94"_s},
        {u"Alicante"_s, u"Centro"_s, u"ALC"_s, u"03001"_s, u"Avenida de Maisonnave 12"_s, 38.3452, -0.4810, u"965"_s},
        {u"Murcia"_s, u"Centro"_s, u"MJV"_s, u"30004"_s, u"Gran Vía Escultor Salzillo 9"_s, 37.9922, -1.1307, u"968"_s},
        {u"Palma"_s, u"Centre"_s, u"PMI"_s, u"07001"_s, u"Avinguda de Jaume III 15"_s, 39.5696, 2.6502, u"971"_s},
        {u"Valladolid"_s, u"Centro"_s, u"VLL"_s, u"47001"_s, u"Calle Santiago 20"_s, 41.6523, -4.7245, u"983"_s},
        {u"Granada"_s, u"Centro"_s, u"GRX"_s, u"18001"_s, u"Calle Recogidas 10"_s, 37.1773, -3.5986, u"958"_s},
        {u"Madrid"_s, u"Salamanca"_s, u"MSA"_s, u"28001"_s, u"Calle de Serrano 47"_s, 40.4260, -3.6860, u"91"_s},
        {u"Barcelona"_s, u"Diagonal"_s, u"BDI"_s, u"08019"_s, u"Avinguda Diagonal 208"_s, 41.4036, 2.1900, u"93"_s},
    };
    p.warehouse = {u"Getafe"_s, u"Los Olivos"_s, u"GTF"_s, u"28906"_s, u"Calle Torneros 14"_s, 40.3000, -3.7100, u"91"_s};
    p.warehouseName = u"Mercado Sol Almacén Central Getafe"_s;
    // Later hours than in the north; open on Sundays with fewer customers.
    setHours(p, 10 * 60, 21 * 60, 10 * 60, 21 * 60, 11 * 60, 20 * 60);
    p.openingHoursText = u"Mo-Sa 10:00-21:00; Su 11:00-20:00; PH off"_s;
    p.fixedHolidays = holidays({{1, 1}, {1, 6}, {5, 1}, {8, 15}, {10, 12}, {11, 1}, {12, 6}, {12, 8}, {12, 25}});
    setArray(p.weekdayFactor, {0.85, 0.80, 0.85, 0.95, 1.15, 1.50, 0.35});
    setArray(p.hourWeight, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.60, 0.90, 1.10, 1.30, 1.00, 0.70, 0.80, 1.10, 1.35, 1.45, 1.10, 0, 0, 0});
    p.cashPerMille = 300;
    p.otherPerMille = 0;
    p.splitPerMille = 20;
    p.cashNotes = {500, 1000, 2000, 5000, 10000};
    p.openingFloat = 15000;
    p.cardBrands = {u"Visa"_s, u"Visa"_s, u"Mastercard"_s, u"Maestro"_s};
    p.givenNames = foldedNames({u"María"_s, u"Lucía"_s, u"Carmen"_s, u"Ana"_s, u"Laura"_s, u"Marta"_s, u"Paula"_s, u"Sofía"_s, u"Elena"_s,
                                u"Isabel"_s, u"Cristina"_s, u"Pilar"_s, u"Rosa"_s, u"Alba"_s, u"Nuria"_s, u"Irene"_s, u"Antonio"_s, u"José"_s,
                                u"Manuel"_s, u"Francisco"_s, u"David"_s, u"Javier"_s, u"Daniel"_s, u"Carlos"_s, u"Alejandro"_s, u"Pablo"_s,
                                u"Sergio"_s, u"Jorge"_s, u"Alberto"_s, u"Raúl"_s, u"Miguel"_s, u"Juan"_s, u"Luis"_s, u"Álvaro"_s, u"Diego"_s,
                                u"Adrián"_s, u"Jordi"_s, u"Montserrat"_s, u"Iñaki"_s});
    p.familyNames = foldedNames({u"García"_s, u"Rodríguez"_s, u"González"_s, u"Fernández"_s, u"López"_s, u"Martínez"_s, u"Sánchez"_s,
                                 u"Pérez"_s, u"Gómez"_s, u"Martín"_s, u"Jiménez"_s, u"Ruiz"_s, u"Hernández"_s, u"Díaz"_s, u"Moreno"_s,
                                 u"Muñoz"_s, u"Álvarez"_s, u"Romero"_s, u"Alonso"_s, u"Gutiérrez"_s, u"Navarro"_s, u"Torres"_s, u"Domínguez"_s,
                                 u"Vázquez"_s, u"Ramos"_s, u"Gil"_s, u"Ramírez"_s, u"Serrano"_s, u"Blanco"_s, u"Molina"_s, u"Morales"_s,
                                 u"Suárez"_s, u"Ortega"_s, u"Delgado"_s, u"Castro"_s, u"Ortiz"_s, u"Puig"_s, u"Etxeberria"_s});
    p.twoFamilyNames = true;
    p.mobilePrefix = u"+34 6"_s;
    p.countryCallingCode = u"+34"_s;
    p.demoCustomerName = {u"Lucía Martínez Ruiz"_s, u"lucia.martinez"_s};
    p.clothingSizes = {u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s, u"XXL"_s};
    p.womenShoeSizes = {u"36"_s, u"37"_s, u"38"_s, u"39"_s, u"40"_s, u"41"_s};
    p.menShoeSizes = {u"39"_s, u"40"_s, u"41"_s, u"42"_s, u"43"_s, u"44"_s, u"45"_s};
    p.kidsShoeSizes = {u"24"_s, u"26"_s, u"28"_s, u"30"_s, u"32"_s, u"34"_s};
    p.beddingSizes = {u"90 cm"_s, u"135 cm"_s, u"150 cm"_s, u"180 cm"_s};
    return p;
}

DemoCountryProfile japan()
{
    DemoCountryProfile p;
    p.slug = u"hoshi"_s;
    p.brand = u"Hoshi"_s;
    p.legalName = u"Hoshi Department Store K.K."_s;
    p.currency = u"JPY"_s;
    p.timezone = u"Asia/Tokyo"_s;
    p.country = u"JP"_s;
    // Japanese retailers usually drop the fraction of a yen of consumption tax and round once per
    // receipt and rate, as qualified invoices allow.
    p.roundingMode = u"down"_s;
    p.taxRounding = u"per_total"_s;
    p.skuPrefix = u"HS"_s;
    p.gs1Prefix = u"458"_s;
    // Food takes the reduced 8 %; books do not (only newspapers by subscription would).
    p.taxRates = {{u"標準税率 10%"_s, 1000}, {u"軽減税率 8%"_s, 800}};
    p.taxRateIndex[int(DemoTaxClass::Standard)] = 0;
    p.taxRateIndex[int(DemoTaxClass::Reduced)] = 1;
    p.taxRateIndex[int(DemoTaxClass::BasicFood)] = 1;
    p.taxRateIndex[int(DemoTaxClass::Books)] = 0;
    p.weighedPricingUnit = 100; // deli counters in Japan price per 100 g
    p.stores = {
        {u"Tokyo"_s, u"Shibuya"_s, u"SBY"_s, u"150-0043"_s, u"2-24-1 Dogenzaka"_s, 35.6595, 139.7005, u"3"_s},
        {u"Tokyo"_s, u"Ginza"_s, u"GNZ"_s, u"104-0061"_s, u"4-6-16 Ginza"_s, 35.6717, 139.7650, u"3"_s},
        {u"Tokyo"_s, u"Shinjuku"_s, u"SJK"_s, u"160-0022"_s, u"3-14-1 Shinjuku"_s, 35.6909, 139.7044, u"3"_s},
        {u"Yokohama"_s, u"Minatomirai"_s, u"YKH"_s, u"220-0012"_s, u"2-3-8 Minatomirai"_s, 35.4570, 139.6320, u"45"_s},
        {u"Osaka"_s, u"Umeda"_s, u"UMD"_s, u"530-0001"_s, u"3-1-1 Umeda"_s, 34.7025, 135.4959, u"6"_s},
        {u"Osaka"_s, u"Namba"_s, u"NMB"_s, u"542-0076"_s, u"5-1-5 Namba"_s, 34.6661, 135.5006, u"6"_s},
        {u"Nagoya"_s, u"Sakae"_s, u"NGO"_s, u"460-0008"_s, u"3-5-1 Sakae"_s, 35.1681, 136.9066, u"52"_s},
        {u"Kyoto"_s, u"Shijo"_s, u"KYO"_s, u"600-8001"_s, u"68 Shijo-dori Kawaramachi"_s, 35.0036, 135.7681, u"75"_s},
        {u"Fukuoka"_s, u"Tenjin"_s, u"FUK"_s, u"810-0001"_s, u"2-5-35 Tenjin"_s, 33.5911, 130.3983, u"92"_s},
        {u"Sapporo"_s, u"Chuo"_s, u"SPK"_s, u"060-0061"_s, u"3-2 Minami 1-jo Nishi"_s, 43.0592, 141.3540, u"11"_s},
        {u"Kobe"_s, u"Sannomiya"_s, u"UKB"_s, u"651-0096"_s, u"8-7 Sannomiya-cho"_s, 34.6913, 135.1955, u"78"_s},
        {u"Sendai"_s, u"Aoba"_s, u"SDJ"_s, u"980-0811"_s, u"3-6-1 Ichibancho"_s, 38.2600, 140.8700, u"22"_s},
        {u"Tokyo"_s, u"Ikebukuro"_s, u"IKB"_s, u"171-0022"_s, u"1-28-1 Minami-Ikebukuro"_s, 35.7295, 139.7109, u"3"_s},
    };
    p.warehouse = {u"Kawasaki"_s, u"Higashi-Ogishima"_s, u"KWS"_s, u"210-0869"_s, u"6-1 Higashi-Ogishima"_s, 35.4900, 139.7400, u"44"_s};
    p.warehouseName = u"Hoshi Kawasaki Distribution Center"_s;
    // Department stores open every day but New Year's Day; Sundays are nearly as busy as Saturdays.
    setHours(p, 10 * 60, 20 * 60, 10 * 60, 20 * 60, 10 * 60, 20 * 60);
    p.openingHoursText = u"Mo-Su 10:00-20:00; Jan 01 off"_s;
    p.fixedHolidays = holidays({{1, 1}});
    setArray(p.weekdayFactor, {0.85, 0.80, 0.85, 0.90, 1.05, 1.45, 1.30});
    setArray(p.hourWeight, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.70, 1.00, 1.30, 1.30, 1.10, 1.10, 1.20, 1.35, 1.30, 0.90, 0, 0, 0, 0});
    p.cashPerMille = 400;
    p.otherPerMille = 200;
    p.splitPerMille = 15;
    p.cashNotes = {1000, 5000, 10000};
    p.openingFloat = 50000;
    p.cardBrands = {u"JCB"_s, u"Visa"_s, u"Mastercard"_s};
    p.otherTenders = {u"Suica"_s, u"PayPay"_s, u"iD"_s};
    p.givenNames = pairedNames({u"陽翔"_s, u"haruto"_s, u"蓮"_s, u"ren"_s, u"湊"_s, u"minato"_s, u"大翔"_s, u"hiroto"_s, u"悠真"_s, u"yuma"_s,
                                u"翔太"_s, u"shota"_s, u"健太"_s, u"kenta"_s, u"大輔"_s, u"daisuke"_s, u"拓海"_s, u"takumi"_s, u"颯太"_s, u"sota"_s,
                                u"直樹"_s, u"naoki"_s, u"誠"_s, u"makoto"_s, u"陽葵"_s, u"himari"_s, u"結菜"_s, u"yuna"_s, u"葵"_s, u"aoi"_s,
                                u"凛"_s, u"rin"_s, u"芽依"_s, u"mei"_s, u"さくら"_s, u"sakura"_s, u"美咲"_s, u"misaki"_s, u"陽菜"_s, u"hina"_s,
                                u"七海"_s, u"nanami"_s, u"遥"_s, u"haruka"_s, u"由美"_s, u"yumi"_s, u"恵子"_s, u"keiko"_s});
    p.familyNames = pairedNames({u"佐藤"_s, u"sato"_s, u"鈴木"_s, u"suzuki"_s, u"高橋"_s, u"takahashi"_s, u"田中"_s, u"tanaka"_s, u"伊藤"_s,
                                 u"ito"_s, u"渡辺"_s, u"watanabe"_s, u"山本"_s, u"yamamoto"_s, u"中村"_s, u"nakamura"_s, u"小林"_s,
                                 u"kobayashi"_s, u"加藤"_s, u"kato"_s, u"吉田"_s, u"yoshida"_s, u"山田"_s, u"yamada"_s, u"佐々木"_s, u"sasaki"_s,
                                 u"山口"_s, u"yamaguchi"_s, u"松本"_s, u"matsumoto"_s, u"井上"_s, u"inoue"_s, u"木村"_s, u"kimura"_s, u"林"_s,
                                 u"hayashi"_s, u"斎藤"_s, u"saito"_s, u"清水"_s, u"shimizu"_s, u"森"_s, u"mori"_s, u"池田"_s, u"ikeda"_s});
    p.familyNameFirst = true;
    p.mobilePrefix = u"+81 90"_s;
    p.countryCallingCode = u"+81"_s;
    p.demoCustomerName = {u"山田 花子"_s, u"hanako.yamada"_s};
    p.clothingSizes = {u"S"_s, u"M"_s, u"L"_s, u"LL"_s, u"3L"_s};
    p.womenShoeSizes = {u"22.5"_s, u"23.0"_s, u"23.5"_s, u"24.0"_s, u"24.5"_s, u"25.0"_s};
    p.menShoeSizes = {u"25.0"_s, u"25.5"_s, u"26.0"_s, u"26.5"_s, u"27.0"_s, u"27.5"_s, u"28.0"_s};
    p.kidsShoeSizes = {u"16.0"_s, u"17.0"_s, u"18.0"_s, u"19.0"_s, u"20.0"_s, u"21.0"_s};
    p.beddingSizes = {u"シングル"_s, u"セミダブル"_s, u"ダブル"_s};
    return p;
}

bool sameMonthDay(const QDate &a, const QDate &b)
{
    return a.month() == b.month() && a.day() == b.day();
}

} // namespace

const QList<DemoCountryProfile> &demoCountryProfiles()
{
    static const QList<DemoCountryProfile> profiles = {germany(), spain(), japan()};
    return profiles;
}

QString demoAsciiFold(const QString &text)
{
    static const QHash<QChar, QString> special = {
        {u'ä', u"ae"_s}, {u'ö', u"oe"_s}, {u'ü', u"ue"_s}, {u'ß', u"ss"_s}, {u'Ä', u"ae"_s}, {u'Ö', u"oe"_s}, {u'Ü', u"ue"_s},
        {u'ı', u"i"_s},  {u'ñ', u"n"_s},  {u'Ñ', u"n"_s},  {u'ç', u"c"_s},  {u'à', u"a"_s},  {u'è', u"e"_s},  {u'ò', u"o"_s},
    };
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (const auto it = special.constFind(c); it != special.constEnd()) {
            result += it.value();
            continue;
        }
        // Accented Latin letters decompose into the letter and a combining mark; keep the letter.
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        const QChar base = decomposed.at(0);
        if (base.isLetterOrNumber() && base.unicode() < 0x80) {
            result += base.toLower();
        } else if (base == u' ' || base == u'-' || base == u'.') {
            result += base;
        }
    }
    return result;
}

bool demoIsHoliday(const DemoCountryProfile &profile, const QDate &date)
{
    for (const QDate &holiday : profile.fixedHolidays) {
        if (sameMonthDay(holiday, date)) {
            return true;
        }
    }
    return false;
}

int demoClosingMinute(const DemoCountryProfile &profile, const QDate &date)
{
    const int weekday = date.dayOfWeek() - 1;
    const int regular = profile.closeMinute[weekday];
    // Christmas Eve and New Year's Eve close at two in Germany and Spain; Japan works through.
    if (profile.country != "JP"_L1 && date.month() == 12 && (date.day() == 24 || date.day() == 31)) {
        return qMin(regular, 14 * 60);
    }
    return regular;
}

double demoSeasonFactor(const DemoCountryProfile &profile, const QDate &date)
{
    static const double month[12] = {0.85, 0.80, 0.92, 0.97, 1.00, 0.95, 0.90, 0.80, 0.95, 1.00, 1.12, 1.40};
    double factor = month[date.month() - 1];
    const bool japan = profile.country == "JP"_L1;
    if (profile.country == "ES"_L1 && date.month() == 8) {
        factor = 0.68; // August: half the country is on holiday
    }
    if (date.month() == 12 && date.day() <= 23) {
        factor *= 1.0 + 0.6 * date.day() / 23.0; // the run-up to Christmas
    }
    if (!japan && date.month() == 11 && date.dayOfWeek() == 5 && date.day() >= 23 && date.day() <= 29) {
        factor *= 1.9; // Black Friday: the fourth Friday of November
    }
    if (profile.country == "ES"_L1 && date.month() == 1 && date.day() >= 7 && date.day() <= 14) {
        factor *= 1.35; // the January sales (rebajas) start after Epiphany
    }
    if (japan && date.month() == 1 && date.day() >= 2 && date.day() <= 3) {
        factor *= 2.2; // New Year lucky bags (fukubukuro)
    }
    if (japan && ((date.month() == 4 && date.day() >= 29) || (date.month() == 5 && date.day() <= 5))) {
        factor *= 1.25; // Golden Week
    }
    return factor;
}

} // namespace kassa
