#pragma once

#include "csv.h"
#include "domain/actor.h"
#include "importreport.h"
#include "services/corecontext.h"

namespace kassa {

// Products CSV: one row per variant (what is sold and stocked), upserted by SKU.
//
//   sku, product_name, variant_name, category, brand, price, cost, tax_rate, barcodes, attributes,
//   unit, pricing_unit, active
//
// Required columns: sku, product_name, price, tax_rate. A column the file does not have leaves that
// field of an existing variant alone (a new one gets the default); an empty cell sets the field to
// its default (no category, no cost, no barcodes, unit piece, pricing_unit 1, active true).
//
// * sku — 1–64 characters, unique in the company and in the file. A known SKU updates its variant;
//   a variant never moves to another product by import.
// * product_name — rows with the same product_name are variants of one product. A new SKU joins the
//   product of that name (from the file, else the one product of that name in the database) or
//   makes a new product. For a known SKU, a different product_name renames its product.
// * variant_name — e.g. "M / blue"; may be empty.
// * category — a path from the top, "Clothing > Shirts"; categories that do not exist are created.
// * brand — free text.
// * price, cost — decimals in the company currency ("19.99"; "1999" for JPY), not negative. A
//   changed price is recorded in price_changes.
// * tax_rate — percent ("19", "5.5", "7,7", "19 %"); the product gets a tax category of that rate,
//   which is created ("19 %") when the company has none.
// * barcodes — GTINs (EAN-13, EAN-8, UPC-A, with a correct check digit) or internal codes,
//   separated by "|". A code used by another variant is an error.
// * attributes — "size=M;colour=blue"; stored as a JSON object of strings.
// * unit — piece, g, ml or cm; pricing_unit — how many units the price is for (1000 with g for a
//   price per kilogram).
// * active — true/false, 1/0, yes/no.
//
// Product-level fields (product_name, category, brand, tax_rate) must agree on all rows of one
// product. Each created or changed product and variant gets an audit row; each product touched gets
// one `product.upserted` outbox entry carrying the product with all its variants; created
// categories and tax categories get `category.upserted` / `tax_category.upserted`.
QList<CsvColumn> productImportColumns();
ImportReport importProducts(CoreContext &context, const Actor &actor, const QString &companyId, const CsvTable &table, const ImportOptions &options);

} // namespace kassa
