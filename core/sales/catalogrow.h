#pragma once

#include "storage/database.h"

#include <QString>

namespace kassa
{

// What the till needs to know about a variant to sell it in a shop.
struct CatalogRow {
    QString variantId;
    QString sku;
    QString description; // product name, and the variant's name when it has one
    QString unit; // piece, g, ml, cm
    qint64 price = 0; // the shop's price: its listing's override, else the variant's
    qint64 pricingUnit = 1;
    qint64 unitCost = -1;
    int taxRateBasisPoints = 0;
    bool active = false; // the variant is active and its product is not archived
};

// Reads one variant as `shopId` sells it. Returns false when it is not found; `error` is set only
// when the database failed.
bool loadCatalogRow(Database &database, const QString &companyId, const QString &shopId, const QString &variantId, CatalogRow *row, QString *error);

// Finds a variant by one of its barcodes, then by its SKU; empty when neither matches.
QString findVariantByBarcode(Database &database, const QString &companyId, const QString &code);
QString findVariantBySku(Database &database, const QString &companyId, const QString &sku);

} // namespace kassa
