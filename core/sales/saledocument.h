#pragma once

#include "salerecord.h"

#include "services/businesswrite.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"
#include "services/stockledger.h"

namespace kassa
{

// The outbox type every till document travels as (sales, returns and voids alike), and the
// version of its payload.
inline constexpr int kSaleDocumentSchemaVersion = 1;
QString saleCommittedOutboxType();

// Writes a till document and everything that belongs to it inside `write`, in this order: its
// receipt number, its rows, its stock movements, the gift card and store credit postings its
// tenders and gift card lines imply, the removal of its parked cart, the outbox row (the whole
// document with its movements and ledger entries, self-contained, so the server needs nothing
// else to apply it) and the audit row. A gift card or store credit refusal comes back as a
// validation error naming the tender or line; the caller's write is then failed, so nothing of the
// document remains. `document` gets its receipt number and line/tender ids.
bool writeSaleDocument(
    BusinessWrite &write, CoreContext &context, const QString &shopSlug, SaleRecord &document, QList<StockMovement> &movements, ServiceError *error);

} // namespace kassa
