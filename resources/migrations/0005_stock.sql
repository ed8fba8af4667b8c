-- Stock is a ledger. stock_movements is append-only; stock_levels is its running projection,
-- updated in the same transaction. Reservations and releases move `reserved`; every other reason
-- moves `on_hand`. available = on_hand - reserved, always.

CREATE TABLE stock_movements (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    location_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    quantity_delta BIGINT NOT NULL CHECK (quantity_delta <> 0),
    reason TEXT NOT NULL CHECK (reason IN ('sale', 'return', 'receipt', 'adjustment', 'count', 'transfer_out', 'transfer_in', 'reservation', 'release', 'waste')),
    ref_type TEXT NOT NULL DEFAULT '',
    ref_id TEXT NOT NULL DEFAULT '',
    occurred_at BIGINT NOT NULL,
    recorded_at BIGINT NOT NULL,
    device_id TEXT NOT NULL DEFAULT '',
    actor_id TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (company_id, location_id) REFERENCES locations (company_id, id),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);
CREATE INDEX stock_movements_item ON stock_movements (location_id, variant_id, occurred_at);
CREATE INDEX stock_movements_ref ON stock_movements (ref_type, ref_id);

CREATE TABLE stock_levels (
    company_id TEXT NOT NULL,
    location_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    on_hand BIGINT NOT NULL DEFAULT 0,
    reserved BIGINT NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    available BIGINT NOT NULL DEFAULT 0,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (location_id, variant_id),
    CHECK (available = on_hand - reserved),
    FOREIGN KEY (company_id, location_id) REFERENCES locations (company_id, id),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);
CREATE INDEX stock_levels_variant ON stock_levels (variant_id);
