-- Tenancy: companies own shops (stores and warehouses); shops own locations; locations own bins.
-- Times are Unix milliseconds (BIGINT), money is minor units (BIGINT), ids are UUIDv7 text.
-- Child tables repeat company_id and reference (company_id, id) of their parent, so the database
-- itself refuses a row that points into another company.

CREATE TABLE companies (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 63),
    name TEXT NOT NULL CHECK (length(name) > 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    rounding_mode TEXT NOT NULL DEFAULT 'half_up' CHECK (rounding_mode IN ('half_up', 'half_even', 'half_down', 'up', 'down')),
    tax_rounding TEXT NOT NULL DEFAULT 'per_line' CHECK (tax_rounding IN ('per_line', 'per_total')),
    timezone TEXT NOT NULL DEFAULT 'UTC',
    country TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE shops (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    slug TEXT NOT NULL UNIQUE CHECK (length(slug) BETWEEN 1 AND 63),
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL DEFAULT 'store' CHECK (kind IN ('store', 'warehouse')),
    prices_include_tax INTEGER NOT NULL DEFAULT 1 CHECK (prices_include_tax IN (0, 1)),
    timezone TEXT NOT NULL DEFAULT 'UTC',
    address_line1 TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    tax_number TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    opening_hours TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (company_id, id)
);

CREATE TABLE locations (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    code TEXT NOT NULL CHECK (length(code) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('shop_floor', 'back_room', 'warehouse')),
    sellable INTEGER NOT NULL DEFAULT 1 CHECK (sellable IN (0, 1)),
    created_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    UNIQUE (shop_id, code),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id)
);

CREATE TABLE bins (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    location_id TEXT NOT NULL,
    code TEXT NOT NULL CHECK (length(code) > 0),
    walk_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (company_id, id),
    UNIQUE (location_id, code),
    FOREIGN KEY (company_id, location_id) REFERENCES locations (company_id, id)
);

-- Devices: terminals, servers and operator consoles that write data; the sync issue enrols them.
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    company_id TEXT REFERENCES companies (id),
    shop_id TEXT REFERENCES shops (id),
    kind TEXT NOT NULL CHECK (kind IN ('terminal', 'server', 'console')),
    name TEXT NOT NULL,
    receipt_prefix TEXT NOT NULL DEFAULT '',
    fenced INTEGER NOT NULL DEFAULT 0 CHECK (fenced IN (0, 1)),
    created_at BIGINT NOT NULL
);

-- This installation's own identity (exactly one row): which device writes here, its receipt
-- counter and the last hybrid-logical-clock stamp it handed out.
CREATE TABLE local_device (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    device_id TEXT NOT NULL REFERENCES devices (id),
    receipt_counter BIGINT NOT NULL DEFAULT 0,
    last_clock BIGINT NOT NULL DEFAULT 0
);
