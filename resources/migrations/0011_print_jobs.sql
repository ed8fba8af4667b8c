-- The print queue of a terminal: every receipt, reprint and Z report it is to print, with the
-- printer's bytes. A job is written in its own small transaction after the sale committed, never
-- inside it, so a printer that is off or missing never blocks or rolls back a sale: the job waits
-- here (pending, its attempts and last error counted) until the printer takes it.
-- Jobs belong to the installation that printed them (device_id) and are not synchronised.
-- The payload is base64 text rather than BLOB/BYTEA: one portable column type on SQLite and
-- PostgreSQL, and every generic tool (backup, export, integrity check) handles it as text.
CREATE TABLE print_jobs (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    device_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'reprint', 'z_report')),
    sale_id TEXT,
    shift_id TEXT,
    printer TEXT NOT NULL CHECK (length(printer) BETWEEN 1 AND 100),
    title TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    payload_size INTEGER NOT NULL CHECK (payload_size >= 0),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'printed', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    printed_at BIGINT,
    UNIQUE (company_id, id),
    CHECK (kind = 'z_report' OR sale_id IS NOT NULL),
    CHECK (kind <> 'z_report' OR shift_id IS NOT NULL),
    FOREIGN KEY (company_id, sale_id) REFERENCES sales (company_id, id),
    FOREIGN KEY (company_id, shift_id) REFERENCES shifts (company_id, id)
);
-- The runner's question, "the oldest pending job for this printer", and the status bar's count.
CREATE INDEX print_jobs_queue ON print_jobs (device_id, printer, state, created_at);
CREATE INDEX print_jobs_sale ON print_jobs (sale_id);
