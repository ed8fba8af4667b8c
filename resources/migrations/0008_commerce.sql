-- Online commerce: sessions, idempotent requests, carts, coupons, shipping, orders with their
-- status timeline, stock reservations, reviews and wishlists.

-- Bearer tokens: 256 random bits given to the client once; only their BLAKE2b digest is stored.
CREATE TABLE api_tokens (
    token_digest TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    company_id TEXT REFERENCES companies (id),
    kind TEXT NOT NULL DEFAULT 'session' CHECK (kind IN ('session', 'device')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    revoked_at BIGINT,
    remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- A POST or PATCH with an Idempotency-Key: the first answer is kept and replayed for 24 hours.
CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
    response_status INTEGER,
    response_content_type TEXT,
    response_body TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

CREATE TABLE shipping_options (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    shop_id TEXT,
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('flat', 'by_weight', 'free_above', 'pickup')),
    amount BIGINT NOT NULL DEFAULT 0 CHECK (amount >= 0),
    amount_per_kg BIGINT NOT NULL DEFAULT 0 CHECK (amount_per_kg >= 0),
    free_above BIGINT CHECK (free_above >= 0),
    tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id)
);

CREATE TABLE coupons (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    kind TEXT NOT NULL CHECK (kind IN ('percentage', 'fixed', 'free_shipping')),
    value BIGINT NOT NULL DEFAULT 0 CHECK (value >= 0),
    minimum_subtotal BIGINT NOT NULL DEFAULT 0 CHECK (minimum_subtotal >= 0),
    starts_at BIGINT,
    ends_at BIGINT,
    usage_limit INTEGER CHECK (usage_limit > 0),
    usage_limit_per_customer INTEGER CHECK (usage_limit_per_customer > 0),
    times_used INTEGER NOT NULL DEFAULT 0 CHECK (times_used >= 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    UNIQUE (company_id, code),
    CHECK (kind <> 'percentage' OR value <= 10000),
    CHECK (usage_limit IS NULL OR times_used <= usage_limit)
);

CREATE TABLE carts (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    token_digest TEXT NOT NULL,
    user_id TEXT,
    customer_id TEXT,
    email TEXT NOT NULL DEFAULT '',
    coupon_id TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'checked_out', 'merged', 'abandoned')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id),
    FOREIGN KEY (company_id, coupon_id) REFERENCES coupons (company_id, id)
);
CREATE INDEX carts_customer ON carts (customer_id, status);

CREATE TABLE cart_items (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    cart_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity > 0 AND quantity <= 1000000),
    added_at BIGINT NOT NULL,
    UNIQUE (cart_id, variant_id),
    FOREIGN KEY (company_id, cart_id) REFERENCES carts (company_id, id),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    number TEXT NOT NULL,
    cart_id TEXT NOT NULL UNIQUE,
    user_id TEXT,
    customer_id TEXT,
    email TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('placed', 'paid', 'picking', 'shipped', 'delivered', 'cancelled', 'returned')),
    payment_status TEXT NOT NULL CHECK (payment_status IN ('pending', 'authorized', 'paid', 'partially_refunded', 'refunded', 'failed', 'voided')),
    fulfilment_status TEXT NOT NULL CHECK (fulfilment_status IN ('unfulfilled', 'picking', 'packed', 'shipped', 'delivered', 'returned')),
    payment_method TEXT NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    prices_include_tax INTEGER NOT NULL CHECK (prices_include_tax IN (0, 1)),
    subtotal BIGINT NOT NULL,
    discount_total BIGINT NOT NULL,
    shipping_total BIGINT NOT NULL,
    tax_total BIGINT NOT NULL,
    total BIGINT NOT NULL CHECK (total >= 0),
    shipping_option_id TEXT,
    shipping_address TEXT NOT NULL DEFAULT '{}',
    coupon_id TEXT,
    carrier TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    reservation_expires_at BIGINT,
    placed_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    UNIQUE (company_id, number),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id)
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);
CREATE INDEX orders_shop_status ON orders (shop_id, status, placed_at);

CREATE TABLE order_lines (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    line_number INTEGER NOT NULL CHECK (line_number > 0),
    variant_id TEXT NOT NULL,
    sku TEXT NOT NULL,
    description TEXT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
    discount BIGINT NOT NULL DEFAULT 0,
    tax_rate_bp INTEGER NOT NULL,
    tax_amount BIGINT NOT NULL,
    line_total BIGINT NOT NULL,
    UNIQUE (order_id, line_number),
    FOREIGN KEY (company_id, order_id) REFERENCES orders (company_id, id),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);

-- The status timeline a customer sees: one row per transition.
CREATE TABLE order_events (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    actor_id TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL,
    FOREIGN KEY (company_id, order_id) REFERENCES orders (company_id, id)
);
CREATE INDEX order_events_order ON order_events (order_id, at);

-- Stock held for an order until it ships, is cancelled or the hold expires.
CREATE TABLE stock_reservations (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    location_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    state TEXT NOT NULL DEFAULT 'held' CHECK (state IN ('held', 'committed', 'released')),
    expires_at BIGINT NOT NULL,
    FOREIGN KEY (company_id, order_id) REFERENCES orders (company_id, id),
    FOREIGN KEY (company_id, location_id) REFERENCES locations (company_id, id)
);
CREATE INDEX stock_reservations_order ON stock_reservations (order_id);
CREATE INDEX stock_reservations_expiry ON stock_reservations (state, expires_at);

CREATE TABLE coupon_redemptions (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    coupon_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    customer_key TEXT NOT NULL,
    at BIGINT NOT NULL,
    FOREIGN KEY (company_id, coupon_id) REFERENCES coupons (company_id, id)
);
CREATE INDEX coupon_redemptions_customer ON coupon_redemptions (coupon_id, customer_key);

CREATE TABLE order_returns (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'rejected', 'received', 'refunded')),
    reason TEXT NOT NULL DEFAULT '',
    lines TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    FOREIGN KEY (company_id, order_id) REFERENCES orders (company_id, id)
);

CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    verified_purchase INTEGER NOT NULL DEFAULT 0 CHECK (verified_purchase IN (0, 1)),
    moderation TEXT NOT NULL DEFAULT 'pending' CHECK (moderation IN ('pending', 'approved', 'rejected')),
    created_at BIGINT NOT NULL,
    UNIQUE (product_id, customer_id),
    FOREIGN KEY (company_id, product_id) REFERENCES products (company_id, id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id)
);

CREATE TABLE wishlist_items (
    company_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (customer_id, variant_id),
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);

-- Human-readable document numbers (order W-000123) handed out in commit order: the row is locked
-- by the increment, so two servers on one PostgreSQL never hand out the same number.
CREATE TABLE document_counters (
    company_id TEXT NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL,
    value BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (company_id, name)
);

-- Storefront listing orders: by name and by newest within a company's active products.
CREATE INDEX products_listing_name ON products (company_id, status, name, id);
CREATE INDEX products_listing_newest ON products (company_id, status, created_at, id);
