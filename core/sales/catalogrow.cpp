#include "catalogrow.h"

#include "preparedread.h"

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
const QString kCatalogRow = u"SELECT v.id, v.sku, p.name, v.name, v.price, sl.price_override, v.pricing_unit, v.unit, t.rate_bp, COALESCE(v.cost, -1), "
                            "v.active, p.status FROM variants v JOIN products p ON p.id = v.product_id "
                            "JOIN tax_categories t ON t.id = p.tax_category_id "
                            "LEFT JOIN shop_listings sl ON sl.shop_id = :shop_id AND sl.variant_id = v.id "
                            "WHERE v.company_id = :company_id AND v.id = :variant_id"_s;

QString findOne(Database &database, const QString &companyId, const QString &sql, const QString &placeholder, const QString &value)
{
    TenantQuery query = preparedRead(database, sql, companyId);
    query.bind(placeholder, value);
    if (!query.exec() || !query.next()) {
        return {};
    }
    const QString id = query.value(0).toString();
    query.finish();
    return id;
}
} // namespace

bool loadCatalogRow(Database &database, const QString &companyId, const QString &shopId, const QString &variantId, CatalogRow *row, QString *error)
{
    TenantQuery query = preparedRead(database, kCatalogRow, companyId);
    query.bind(u":shop_id"_s, shopId);
    query.bind(u":variant_id"_s, variantId);
    if (!query.exec()) {
        *error = query.errorString();
        return false;
    }
    if (!query.next()) {
        return false;
    }
    row->variantId = query.value(0).toString();
    row->sku = query.value(1).toString();
    const QString productName = query.value(2).toString();
    const QString variantName = query.value(3).toString();
    row->description = variantName.isEmpty() ? productName : productName + u" – "_s + variantName;
    row->price = query.value(5).isNull() ? query.value(4).toLongLong() : query.value(5).toLongLong();
    row->pricingUnit = query.value(6).toLongLong();
    row->unit = query.value(7).toString();
    row->taxRateBasisPoints = query.value(8).toInt();
    row->unitCost = query.value(9).toLongLong();
    row->active = query.value(10).toInt() == 1 && query.value(11).toString() != "archived"_L1;
    query.finish();
    return true;
}

QString findVariantByBarcode(Database &database, const QString &companyId, const QString &code)
{
    return findOne(database, companyId, u"SELECT variant_id FROM barcodes WHERE company_id = :company_id AND code = :code"_s, u":code"_s, code);
}

QString findVariantBySku(Database &database, const QString &companyId, const QString &sku)
{
    return findOne(database, companyId, u"SELECT id FROM variants WHERE company_id = :company_id AND sku = :sku"_s, u":sku"_s, sku);
}

} // namespace kassa
