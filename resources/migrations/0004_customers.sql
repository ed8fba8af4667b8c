-- Customers of a company, in store and online, with addresses and what they agreed to.

CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    user_id TEXT,
    name TEXT NOT NULL DEFAULT '',
    email TEXT,
    phone TEXT,
    consent_marketing INTEGER NOT NULL DEFAULT 0 CHECK (consent_marketing IN (0, 1)),
    consent_marketing_at BIGINT,
    consent_email_receipts INTEGER NOT NULL DEFAULT 0 CHECK (consent_email_receipts IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, user_id) REFERENCES users (company_id, id)
);
CREATE INDEX customers_email ON customers (company_id, email);
CREATE INDEX customers_phone ON customers (company_id, phone);

CREATE TABLE customer_addresses (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    recipient TEXT NOT NULL DEFAULT '',
    line1 TEXT NOT NULL CHECK (length(line1) > 0),
    line2 TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL CHECK (length(city) > 0),
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL CHECK (length(country) = 2),
    phone TEXT NOT NULL DEFAULT '',
    is_default_shipping INTEGER NOT NULL DEFAULT 0 CHECK (is_default_shipping IN (0, 1)),
    is_default_billing INTEGER NOT NULL DEFAULT 0 CHECK (is_default_billing IN (0, 1)),
    created_at BIGINT NOT NULL,
    FOREIGN KEY (company_id, customer_id) REFERENCES customers (company_id, id)
);
CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id);
