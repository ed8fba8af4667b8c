#include "demowriter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct TableColumns {
    DemoTable table;
    QString name;
    QStringList columns;
};

const QList<TableColumns> &tableColumns()
{
    // Columns in the order DemoWriter::row() receives their values.
    static const QList<TableColumns> tables = {
        {DemoTable::Companies, u"companies"_s,
         {u"id"_s, u"slug"_s, u"name"_s, u"currency"_s, u"rounding_mode"_s, u"tax_rounding"_s, u"timezone"_s, u"country"_s, u"created_at"_s,
          u"updated_at"_s}},
        {DemoTable::TaxCategories, u"tax_categories"_s, {u"id"_s, u"company_id"_s, u"name"_s, u"rate_bp"_s}},
        {DemoTable::Shops, u"shops"_s,
         {u"id"_s, u"company_id"_s, u"slug"_s, u"name"_s, u"kind"_s, u"prices_include_tax"_s, u"timezone"_s, u"address_line1"_s, u"postal_code"_s,
          u"city"_s, u"country"_s, u"phone"_s, u"email"_s, u"tax_number"_s, u"latitude"_s, u"longitude"_s, u"opening_hours"_s, u"created_at"_s,
          u"updated_at"_s}},
        {DemoTable::Locations, u"locations"_s,
         {u"id"_s, u"company_id"_s, u"shop_id"_s, u"code"_s, u"name"_s, u"kind"_s, u"sellable"_s, u"created_at"_s}},
        {DemoTable::Bins, u"bins"_s, {u"id"_s, u"company_id"_s, u"location_id"_s, u"code"_s, u"walk_order"_s}},
        {DemoTable::Devices, u"devices"_s, {u"id"_s, u"company_id"_s, u"shop_id"_s, u"kind"_s, u"name"_s, u"receipt_prefix"_s, u"created_at"_s}},
        {DemoTable::Users, u"users"_s,
         {u"id"_s, u"company_id"_s, u"shop_id"_s, u"email"_s, u"name"_s, u"role"_s, u"password_hash"_s, u"pin_hash"_s, u"discount_limit_bp"_s,
          u"created_at"_s, u"updated_at"_s}},
        {DemoTable::Categories, u"categories"_s, {u"id"_s, u"company_id"_s, u"parent_id"_s, u"name"_s, u"position"_s}},
        {DemoTable::Products, u"products"_s,
         {u"id"_s, u"company_id"_s, u"category_id"_s, u"tax_category_id"_s, u"name"_s, u"description"_s, u"brand"_s, u"status"_s, u"created_at"_s,
          u"updated_at"_s}},
        {DemoTable::Variants, u"variants"_s,
         {u"id"_s, u"company_id"_s, u"product_id"_s, u"sku"_s, u"name"_s, u"attributes"_s, u"price"_s, u"cost"_s, u"unit"_s, u"pricing_unit"_s,
          u"weight_grams"_s, u"active"_s, u"created_at"_s, u"updated_at"_s}},
        {DemoTable::Barcodes, u"barcodes"_s, {u"company_id"_s, u"code"_s, u"variant_id"_s, u"kind"_s}},
        {DemoTable::ShopListings, u"shop_listings"_s, {u"company_id"_s, u"shop_id"_s, u"variant_id"_s, u"price_override"_s, u"visible"_s}},
        {DemoTable::PriceChanges, u"price_changes"_s,
         {u"id"_s, u"company_id"_s, u"variant_id"_s, u"shop_id"_s, u"old_price"_s, u"new_price"_s, u"changed_at"_s, u"changed_by"_s}},
        {DemoTable::Customers, u"customers"_s,
         {u"id"_s, u"company_id"_s, u"user_id"_s, u"name"_s, u"email"_s, u"phone"_s, u"consent_marketing"_s, u"consent_marketing_at"_s,
          u"consent_email_receipts"_s, u"note"_s, u"created_at"_s, u"updated_at"_s}},
        {DemoTable::CustomerAddresses, u"customer_addresses"_s,
         {u"id"_s, u"company_id"_s, u"customer_id"_s, u"label"_s, u"recipient"_s, u"line1"_s, u"postal_code"_s, u"city"_s, u"country"_s, u"phone"_s,
          u"is_default_shipping"_s, u"is_default_billing"_s, u"created_at"_s}},
        {DemoTable::StockMovements, u"stock_movements"_s,
         {u"id"_s, u"company_id"_s, u"location_id"_s, u"variant_id"_s, u"quantity_delta"_s, u"reason"_s, u"ref_type"_s, u"ref_id"_s,
          u"occurred_at"_s, u"recorded_at"_s, u"device_id"_s, u"actor_id"_s}},
        {DemoTable::Shifts, u"shifts"_s,
         {u"id"_s, u"company_id"_s, u"shop_id"_s, u"device_id"_s, u"opened_by"_s, u"opened_at"_s, u"opening_float"_s, u"closed_by"_s,
          u"closed_at"_s, u"counted_cash"_s, u"expected_cash"_s, u"status"_s}},
        {DemoTable::Sales, u"sales"_s,
         {u"id"_s, u"company_id"_s, u"shop_id"_s, u"device_id"_s, u"shift_id"_s, u"receipt_number"_s, u"kind"_s, u"original_sale_id"_s,
          u"channel"_s, u"customer_id"_s, u"cashier_id"_s, u"currency"_s, u"prices_include_tax"_s, u"subtotal"_s, u"discount_total"_s,
          u"tax_total"_s, u"total"_s, u"note"_s, u"occurred_at"_s, u"recorded_at"_s}},
        {DemoTable::SaleLines, u"sale_lines"_s,
         {u"id"_s, u"company_id"_s, u"sale_id"_s, u"line_number"_s, u"variant_id"_s, u"description"_s, u"quantity"_s, u"unit_price"_s,
          u"pricing_unit"_s, u"line_discount"_s, u"cart_discount_share"_s, u"tax_rate_bp"_s, u"tax_amount"_s, u"line_total"_s, u"unit_cost"_s,
          u"original_line_id"_s, u"return_reason"_s, u"restock"_s}},
        {DemoTable::SaleTenders, u"sale_tenders"_s, {u"id"_s, u"company_id"_s, u"sale_id"_s, u"kind"_s, u"amount"_s, u"change_given"_s, u"reference"_s}},
        {DemoTable::StockLevels, u"stock_levels"_s,
         {u"company_id"_s, u"location_id"_s, u"variant_id"_s, u"on_hand"_s, u"reserved"_s, u"available"_s, u"updated_at"_s}},
        {DemoTable::AuditLog, u"audit_log"_s,
         {u"id"_s, u"company_id"_s, u"actor_id"_s, u"actor_label"_s, u"device_id"_s, u"action"_s, u"entity_type"_s, u"entity_id"_s,
          u"before_state"_s, u"after_state"_s, u"at"_s}},
    };
    return tables;
}

} // namespace

bool DemoWriter::declareTables()
{
    for (const TableColumns &entry : tableColumns()) {
        const int handle = m_sink.addTable(entry.name, entry.columns);
        if (handle < 0) {
            m_failed = true;
            return false;
        }
        m_handles[int(entry.table)] = handle;
        m_columns[int(entry.table)] = int(entry.columns.size());
    }
    return true;
}

QString DemoWriter::tableName(DemoTable table)
{
    for (const TableColumns &entry : tableColumns()) {
        if (entry.table == table) {
            return entry.name;
        }
    }
    return {};
}

} // namespace kassa
