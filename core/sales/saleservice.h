#pragma once

#include "salequote.h"
#include "salerecord.h"

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

namespace kassa
{

// Selling at the till: scanning codes into cart lines, pricing the cart (priceCart under the
// shop's policy, the same arithmetic for the display and the receipt), and committing it as one
// transaction: the sale, its lines and tenders, the stock leaving the shop floor, gift card and
// store credit postings, the outbox row `sale.committed` and the audit row. Refusals name the field.
//
// A sale needs an open shift on this terminal (ShiftService::open). Discounts above the cashier's
// users.discount_limit_bp and typed prices (price_override) need a manager's PIN in the draft's
// approval unless the cashier's role may do them.
class SaleService
{
public:
    explicit SaleService(CoreContext &context) : m_context(context) { }

    // Turns a scanned or typed code into a cart line: a barcode, a price- or weight-embedded
    // EAN-13 from a counter scale (prefix 20–24: the label's price, 25–29: the weight in grams;
    // the five item digits are the variant's barcode), or a SKU.
    bool scan(const Actor &actor, const QString &code, DraftLine *line, ServiceError *error);

    // Prices the draft and settles its tenders without writing anything. Tenders that do not cover
    // the total yet are fine here (quote->settlement.amountDue says what is missing).
    bool quote(const Actor &actor, const SaleDraft &draft, SaleQuote *quote, ServiceError *error);

    // Commits the draft as a sale. The tenders must cover the total. Committing a draft whose id
    // is a sale already returns that sale (with `replayed` set) instead of selling twice.
    bool commit(const Actor &actor, const SaleDraft &draft, SaleRecord *sale, ServiceError *error, bool *replayed = nullptr);

private:
    CoreContext &m_context;
};

} // namespace kassa
