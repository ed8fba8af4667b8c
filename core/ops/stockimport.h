#pragma once

#include "csv.h"
#include "domain/actor.h"
#include "importreport.h"
#include "services/corecontext.h"

namespace kassa {

// Stock CSV: the quantity on hand per location and variant, as a count sheet says it.
//
//   shop, location, sku, on_hand
//
// All four columns are required.
// * shop — the shop's slug ("berlin-mitte").
// * location — the location's code in that shop (FLOOR, BACK, WH, …), any case.
// * sku — a variant that exists.
// * on_hand — a whole number in the variant's unit (pieces, grams, …); may be negative, as levels
//   can be after offline sales.
//
// The stock ledger is never overwritten: each row whose on_hand differs from the current level
// posts one `adjustment` movement of (on_hand − current) through StockLedger, referenced as
// ref_type "import" with one id per import; an equal row posts nothing. A shop, location and SKU
// may appear once per file. Each movement gets an audit row and a `stock.movements` outbox entry.
QList<CsvColumn> stockImportColumns();
ImportReport importStock(CoreContext &context, const Actor &actor, const QString &companyId, const CsvTable &table, const ImportOptions &options);

} // namespace kassa
