-- Synchronisation, pull path. The server's change feed: every change the server commits, numbered
-- per company in commit order, gapless, with the scope a device needs to see it. The terminal's
-- pull cursor and the changes it received but could not apply (kept raw, never skipped). As in
-- 0012, server tables are empty on a terminal and the terminal's tables are empty on the server.

-- The feed. Not the server's outbox: that one is numbered per writing device (the server writes
-- for every company, so a company's rows there have gaps), it has no rows for ops applied from a
-- terminal's push (they are written as that terminal), and it does not say who may see a row.
-- Rows are appended by BusinessWrite::commit() as the last statements of the transaction, numbered
-- MAX + 1 per company under the outbox numbering lock held until commit, so the numbers of a
-- company are gapless and every reader sees a prefix of them. All rows of one transaction carry
-- the seq of its first row (txn_first_seq): a page is never cut inside a transaction.
CREATE TABLE change_feed (
    company_id TEXT NOT NULL REFERENCES companies (id),
    seq BIGINT NOT NULL CHECK (seq > 0),
    txn_first_seq BIGINT NOT NULL CHECK (txn_first_seq > 0 AND txn_first_seq <= seq),
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL CHECK (schema_version > 0),
    payload TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    -- who receives it: every device of the company, the devices of one shop, or no device (kept
    -- for the server's own consumers: web dashboards, later protocol versions)
    audience TEXT NOT NULL CHECK (audience IN ('company', 'shop', 'none')),
    shop_id TEXT NOT NULL DEFAULT '',
    -- the device whose push this row mirrors: not sent back to it (it has it)
    origin_device_id TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (company_id, seq)
);

-- Terminal side (local only, one row): the last feed seq applied and the server epoch it belongs
-- to, advanced in the same transaction as the page's effects.
CREATE TABLE sync_pull_state (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    epoch TEXT NOT NULL DEFAULT '',
    after_seq BIGINT NOT NULL DEFAULT 0 CHECK (after_seq >= 0),
    pulled_at BIGINT NOT NULL
);

-- Terminal side: changes received and not applied (a type or version this build does not know, or
-- one its data refused), whole, for a later version or a person.
CREATE TABLE sync_kept_changes (
    epoch TEXT NOT NULL,
    seq BIGINT NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    reason TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (epoch, seq)
);
