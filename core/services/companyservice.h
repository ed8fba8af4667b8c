#pragma once

#include "corecontext.h"
#include "serviceerror.h"
#include "domain/actor.h"

#include <QString>

#include <optional>

namespace kassa {

struct CompanyDraft {
    QString slug;
    QString name;
    QString currency = QStringLiteral("EUR");
    QString roundingMode = QStringLiteral("half_up");
    QString taxRounding = QStringLiteral("per_line");
    QString timezone = QStringLiteral("UTC");
    QString country;
};

struct ShopDraft {
    QString slug;
    QString name;
    QString kind = QStringLiteral("store"); // store or warehouse
    bool pricesIncludeTax = true;
    QString timezone = QStringLiteral("UTC");
    QString addressLine1, postalCode, city, country, phone, email;
};

struct LocationDraft {
    QString shopId;
    QString code;
    QString name;
    QString kind; // shop_floor, back_room, warehouse
    bool sellable = true;
};

// A change to a shop: only the members that are set change.
struct ShopPatch {
    std::optional<QString> name;
    std::optional<QString> addressLine1, postalCode, city, country, phone, email;
    std::optional<QString> timezone;
    std::optional<bool> active; // false: the storefront and the tills of this shop close
};

// A change to a location.
struct LocationPatch {
    std::optional<QString> name;
    std::optional<bool> sellable; // whether stock here can be sold
};

// Companies, their shops and warehouses, locations and bins. One transaction per call, audited.
class CompanyService
{
public:
    explicit CompanyService(CoreContext &context)
        : m_context(context)
    {
    }

    // Super admin only. Returns the new company's id, or empty with `error` naming the bad field.
    QString createCompany(const Actor &actor, const CompanyDraft &draft, QString *error);
    // Creates the shop and its standard locations: a store gets FLOOR (shop floor) and BACK (back
    // room); a warehouse gets WH. Returns the shop id.
    QString createShop(const Actor &actor, const ShopDraft &draft, QString *error);
    QString createLocation(const Actor &actor, const LocationDraft &draft, QString *error);
    // Change a shop or a location of the actor's company (shop.manage), in one audited transaction
    // each, the audit row holding the state before and after. 404 for another company's, 422 naming
    // the field.
    bool updateShop(const Actor &actor, const QString &shopId, const ShopPatch &patch, ServiceError *error);
    bool updateLocation(const Actor &actor, const QString &locationId, const LocationPatch &patch, ServiceError *error);
    QString createBin(const Actor &actor, const QString &locationId, const QString &code, int walkOrder, QString *error);

    // Finds a company by slug (for the command line and the storefront); empty when unknown.
    QString companyIdBySlug(const QString &slug);

    static bool isValidSlug(const QString &slug);

private:
    CoreContext &m_context;
};

} // namespace kassa
