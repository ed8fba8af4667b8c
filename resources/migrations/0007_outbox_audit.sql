-- The outbox: every business write on this installation appends one row in the same transaction.
-- seq is gapless per writing device; op_id makes the operation idempotent wherever it is applied.
CREATE TABLE outbox (
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL CHECK (seq > 0),
    op_id TEXT NOT NULL UNIQUE,
    company_id TEXT NOT NULL,
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL CHECK (schema_version > 0),
    payload TEXT NOT NULL,
    payload_hash TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    acked_at BIGINT,
    PRIMARY KEY (device_id, seq)
);
CREATE INDEX outbox_pending ON outbox (device_id, acked_at, seq);

-- The audit trail: who changed what, from which device, what it was before and after.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    company_id TEXT,
    actor_id TEXT NOT NULL DEFAULT '',
    actor_label TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_state TEXT,
    after_state TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_company_time ON audit_log (company_id, at);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
