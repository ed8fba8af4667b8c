#pragma once

#include "corecontext.h"
#include "serviceerror.h"

#include "domain/actor.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace kassa {

struct VariantDraft {
    QString sku;
    QString name;
    QJsonObject attributes;
    qint64 price = -1; // required
    qint64 cost = -1; // -1: unknown
    QString unit = QStringLiteral("piece");
    qint64 pricingUnit = 1;
    qint64 weightGrams = -1; // -1: unknown
    QStringList barcodes;
    bool active = true;

    // Reads a variant from API JSON (field names as in the API), collecting problems under `prefix`.
    static VariantDraft fromJson(const QJsonObject &json, const QString &prefix, QList<ServiceError> *problems);
};

struct ProductDraft {
    QString name;
    QString description;
    QString brand;
    QString categoryId;
    QString taxCategoryId;
    QString status = QStringLiteral("active");
    QList<VariantDraft> variants;
};

// The catalog as the back office changes it: tax categories, the category tree, products, their
// variants and barcodes, and per-shop listings. Each call is one business operation (audit +
// outbox); prices need price.write, everything else catalog.write. Bad input names its field.
class CatalogService
{
public:
    explicit CatalogService(CoreContext &context)
        : m_context(context)
    {
    }

    QString createTaxCategory(const Actor &actor, const QString &name, int rateBasisPoints, ServiceError *error);
    QString createCategory(const Actor &actor, const QString &name, const QString &parentId, int position, ServiceError *error);
    // name, parent_id (never under itself or its own descendants), position.
    bool updateCategory(const Actor &actor, const QString &categoryId, const QJsonObject &changes, ServiceError *error);
    // Only an empty category (no products, no subcategories) can go.
    bool deleteCategory(const Actor &actor, const QString &categoryId, ServiceError *error);

    QString createProduct(const Actor &actor, const ProductDraft &draft, ServiceError *error);
    // name, description, brand, category_id, tax_category_id, status.
    bool updateProduct(const Actor &actor, const QString &productId, const QJsonObject &changes, ServiceError *error);
    QString addVariant(const Actor &actor, const QString &productId, const VariantDraft &draft, ServiceError *error);
    // name, price (recorded in price_changes), cost, attributes, active, weight_grams.
    bool updateVariant(const Actor &actor, const QString &variantId, const QJsonObject &changes, ServiceError *error);
    bool addBarcode(const Actor &actor, const QString &variantId, const QString &code, ServiceError *error);
    bool removeBarcode(const Actor &actor, const QString &variantId, const QString &code, ServiceError *error);
    // A shop's own price (-1: the variant's) and visibility for a variant.
    bool setListing(const Actor &actor, const QString &shopId, const QString &variantId, qint64 priceOverride, bool visible, ServiceError *error);
    bool removeListing(const Actor &actor, const QString &shopId, const QString &variantId, ServiceError *error);

private:
    CoreContext &m_context;
};

} // namespace kassa
