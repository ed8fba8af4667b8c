-- Sales are append-only documents. A return or a void is a new document that references the
-- original; its quantities and amounts are negative, so sums over documents are net figures.

CREATE TABLE shifts (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    opening_float BIGINT NOT NULL CHECK (opening_float >= 0),
    closed_by TEXT,
    closed_at BIGINT,
    counted_cash BIGINT,
    expected_cash BIGINT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id)
);
CREATE INDEX shifts_shop ON shifts (shop_id, opened_at);

CREATE TABLE sales (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    shift_id TEXT,
    receipt_number TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'void')),
    original_sale_id TEXT,
    channel TEXT NOT NULL DEFAULT 'pos' CHECK (channel IN ('pos', 'online')),
    customer_id TEXT,
    cashier_id TEXT,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    prices_include_tax INTEGER NOT NULL CHECK (prices_include_tax IN (0, 1)),
    subtotal BIGINT NOT NULL,
    discount_total BIGINT NOT NULL,
    tax_total BIGINT NOT NULL,
    total BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '',
    occurred_at BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    UNIQUE (company_id, receipt_number),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id),
    FOREIGN KEY (company_id, shift_id) REFERENCES shifts (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id),
    FOREIGN KEY (company_id, original_sale_id) REFERENCES sales (company_id, id)
);
CREATE INDEX sales_shop_time ON sales (shop_id, occurred_at);
CREATE INDEX sales_company_time ON sales (company_id, occurred_at);
CREATE INDEX sales_customer ON sales (customer_id);
CREATE INDEX sales_shift ON sales (shift_id);

CREATE TABLE sale_lines (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    sale_id TEXT NOT NULL,
    line_number INTEGER NOT NULL CHECK (line_number > 0),
    variant_id TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    quantity BIGINT NOT NULL CHECK (quantity <> 0),
    unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
    pricing_unit INTEGER NOT NULL DEFAULT 1 CHECK (pricing_unit > 0),
    line_discount BIGINT NOT NULL DEFAULT 0,
    cart_discount_share BIGINT NOT NULL DEFAULT 0,
    tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax_amount BIGINT NOT NULL,
    line_total BIGINT NOT NULL,
    unit_cost BIGINT,
    original_line_id TEXT,
    return_reason TEXT,
    restock INTEGER CHECK (restock IN (0, 1)),
    UNIQUE (sale_id, line_number),
    FOREIGN KEY (company_id, sale_id) REFERENCES sales (company_id, id),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);
CREATE INDEX sale_lines_variant ON sale_lines (variant_id);

CREATE TABLE sale_tenders (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    sale_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cash', 'card', 'gift_card', 'store_credit', 'voucher', 'other')),
    amount BIGINT NOT NULL,
    change_given BIGINT NOT NULL DEFAULT 0 CHECK (change_given >= 0),
    reference TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (company_id, sale_id) REFERENCES sales (company_id, id)
);
CREATE INDEX sale_tenders_sale ON sale_tenders (sale_id);

CREATE TABLE cash_movements (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    shift_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('cash_in', 'cash_out')),
    amount BIGINT NOT NULL CHECK (amount > 0),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    actor_id TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    FOREIGN KEY (company_id, shift_id) REFERENCES shifts (company_id, id)
);
