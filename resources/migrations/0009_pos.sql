-- The POS terminal: what a till needs beyond the sales documents of 0006. Cash rounding and the
-- approving manager on a sale, the Z report on its shift, the open cart that survives a crash,
-- gift cards and store credit as ledgers (append-only entries plus a balance kept in the same
-- transaction, never below zero).

-- What the total was rounded by because the customer paid (part of) it in cash in a currency
-- without its smallest coins (CHF to 5 Rappen): tenders net of change = total + cash_rounding.
ALTER TABLE sales ADD COLUMN cash_rounding BIGINT NOT NULL DEFAULT 0;
-- The manager whose PIN approved a discount above the cashier's limit, a price override or a void.
ALTER TABLE sales ADD COLUMN approved_by TEXT;
-- A line that loads a gift card (a gift card sold at the till) names the card; it moves no stock.
ALTER TABLE sale_lines ADD COLUMN gift_card_code TEXT;
-- Returns and voids are found from their original; the Z report reads a shift's documents.
CREATE INDEX sales_original ON sales (original_sale_id);
CREATE INDEX sale_lines_original ON sale_lines (original_line_id);
CREATE INDEX cash_movements_shift ON cash_movements (shift_id);

-- One open shift per terminal: the database refuses a second, also from a second window.
CREATE UNIQUE INDEX shifts_one_open_per_device ON shifts (device_id) WHERE status = 'open';
-- The Z report as it was printed at close (JSON), so a reprint shows the same figures.
ALTER TABLE shifts ADD COLUMN z_report TEXT;

-- The close's count per tender: what the shift's documents say should be there and what was
-- counted (cash in the drawer, the card terminal's batch total).
CREATE TABLE shift_counts (
    company_id TEXT NOT NULL,
    shift_id TEXT NOT NULL,
    tender_kind TEXT NOT NULL CHECK (tender_kind IN ('cash', 'card', 'gift_card', 'store_credit', 'voucher', 'other')),
    expected BIGINT NOT NULL,
    counted BIGINT NOT NULL,
    PRIMARY KEY (shift_id, tender_kind),
    FOREIGN KEY (company_id, shift_id) REFERENCES shifts (company_id, id)
);

-- Carts at a till that are not sales yet: the one being rung up ('open', saved on every change)
-- and those put aside ('parked'). The id is the draft's, which becomes the sale's id on commit,
-- when the row goes in the same transaction. After a crash the open cart is found here and parked.
CREATE TABLE parked_sales (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    cashier_id TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('open', 'parked')),
    label TEXT NOT NULL DEFAULT '',
    line_count INTEGER NOT NULL DEFAULT 0,
    draft TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id)
);
CREATE INDEX parked_sales_device ON parked_sales (device_id, state, updated_at);

CREATE TABLE gift_cards (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    code TEXT NOT NULL CHECK (length(code) BETWEEN 4 AND 64),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    balance BIGINT NOT NULL CHECK (balance >= 0),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
    customer_id TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    UNIQUE (company_id, code),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id)
);

CREATE TABLE gift_card_entries (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    gift_card_id TEXT NOT NULL,
    amount_delta BIGINT NOT NULL CHECK (amount_delta <> 0),
    reason TEXT NOT NULL CHECK (reason IN ('issue', 'redeem', 'refund', 'reversal', 'adjustment')),
    ref_type TEXT NOT NULL DEFAULT '',
    ref_id TEXT NOT NULL DEFAULT '',
    occurred_at BIGINT NOT NULL,
    device_id TEXT NOT NULL DEFAULT '',
    actor_id TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (company_id, gift_card_id) REFERENCES gift_cards (company_id, id)
);
CREATE INDEX gift_card_entries_card ON gift_card_entries (gift_card_id, occurred_at);

CREATE TABLE store_credit_accounts (
    company_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    balance BIGINT NOT NULL CHECK (balance >= 0),
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (company_id, customer_id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id)
);

CREATE TABLE store_credit_entries (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    amount_delta BIGINT NOT NULL CHECK (amount_delta <> 0),
    reason TEXT NOT NULL CHECK (reason IN ('issue', 'redeem', 'refund', 'reversal', 'adjustment')),
    ref_type TEXT NOT NULL DEFAULT '',
    ref_id TEXT NOT NULL DEFAULT '',
    occurred_at BIGINT NOT NULL,
    device_id TEXT NOT NULL DEFAULT '',
    actor_id TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (company_id, customer_id) REFERENCES store_credit_accounts (company_id, customer_id)
);
CREATE INDEX store_credit_entries_customer ON store_credit_entries (customer_id, occurred_at);
