-- Synchronisation, push path: how a terminal becomes a known device of a company (a one-time
-- enrolment code, then a device token), and how the server applies a terminal's outbox exactly
-- once (a cursor per device advanced in the same transaction as each op's effects, the hash of every
-- op it took, rejections kept whole). Server tables are empty on a terminal and the terminal's one
-- table (sync_identity) is empty on the server; both carry the same schema so one migration serves.

-- This database's identity for synchronisation: a random id made once, on first use. Restoring a
-- backup renews it (restoreDatabase() for SQLite; after a pg_restore delete the row and the next
-- sync request makes a new one), so terminals learn that the server may have lost what it had
-- acknowledged and offer their archived ops again.
CREATE TABLE sync_epoch (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    epoch TEXT NOT NULL CHECK (length(epoch) > 0),
    created_at BIGINT NOT NULL
);

-- One-time codes a manager makes for a new till of a shop. Only the code's digest is stored.
CREATE TABLE enrolment_codes (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    shop_id TEXT NOT NULL,
    code_digest TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    device_id TEXT REFERENCES devices (id),
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id)
);
CREATE INDEX enrolment_codes_shop ON enrolment_codes (company_id, shop_id, created_at);

-- The credential an enrolled device sends (Authorization: Device TOKEN); only its digest is stored.
CREATE TABLE device_credentials (
    device_id TEXT PRIMARY KEY REFERENCES devices (id),
    company_id TEXT NOT NULL REFERENCES companies (id),
    token_digest TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- Per device: the last outbox seq applied (or consumed as a rejection) and that op's hash. A
-- device is fenced when the same seq came with another hash (a cloned or restored terminal):
-- nothing of it is applied until a manager unfences it.
CREATE TABLE sync_push_cursors (
    device_id TEXT PRIMARY KEY REFERENCES devices (id),
    company_id TEXT NOT NULL REFERENCES companies (id),
    last_seq BIGINT NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    last_hash TEXT NOT NULL DEFAULT '',
    fenced INTEGER NOT NULL DEFAULT 0 CHECK (fenced IN (0, 1)),
    fence_reason TEXT NOT NULL DEFAULT '',
    fenced_at BIGINT,
    first_push_at BIGINT,
    last_push_at BIGINT
);

-- Every op the server took from a device, applied or rejected, with its hash: a resent older seq
-- is acknowledged only when its hash is the one stored here, and fences the device otherwise.
CREATE TABLE sync_received_ops (
    device_id TEXT NOT NULL REFERENCES devices (id),
    seq BIGINT NOT NULL CHECK (seq > 0),
    company_id TEXT NOT NULL REFERENCES companies (id),
    op_id TEXT NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    payload_hash TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'rejected')),
    received_at BIGINT NOT NULL,
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX sync_received_ops_op ON sync_received_ops (op_id);

-- Ops that were consumed without effect (business validation failed, unknown type or version, a
-- document that names rows the server does not have), kept whole for a person to resolve; they
-- never block the device's queue.
CREATE TABLE sync_rejections (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    device_id TEXT NOT NULL REFERENCES devices (id),
    seq BIGINT NOT NULL,
    op_id TEXT NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    reason_code TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT,
    UNIQUE (company_id, id),
    UNIQUE (device_id, seq)
);
CREATE INDEX sync_rejections_open ON sync_rejections (company_id, resolved_at, created_at);

-- What applying a sale found and kept rather than refused: stock below zero, a price other than
-- the server's, a gift card or store credit posting the server could not make.
CREATE TABLE sync_exceptions (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    device_id TEXT NOT NULL REFERENCES devices (id),
    kind TEXT NOT NULL CHECK (kind IN ('negative_stock', 'price_deviation', 'value_ledger_refused', 'shop_mismatch')),
    ref_type TEXT NOT NULL DEFAULT '',
    ref_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    UNIQUE (company_id, id)
);
CREATE INDEX sync_exceptions_open ON sync_exceptions (company_id, resolved_at, created_at);

-- Terminal side (local only, one row): which server this installation is enrolled with, as which
-- device, with which token (sent as is, so kept as is: it is this installation's own secret), and
-- the server epoch it last saw. Empty on a server.
CREATE TABLE sync_identity (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    server_url TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices (id),
    token TEXT NOT NULL,
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    receipt_prefix TEXT NOT NULL,
    epoch TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    fenced INTEGER NOT NULL DEFAULT 0 CHECK (fenced IN (0, 1)),
    fence_reason TEXT NOT NULL DEFAULT ''
);
