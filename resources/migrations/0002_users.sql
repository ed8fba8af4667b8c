-- People: staff and customers who sign in. A super admin belongs to no company; everybody else to
-- exactly one. E-mail addresses are stored lower-case.

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    company_id TEXT REFERENCES companies (id),
    shop_id TEXT,
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('super_admin', 'company_admin', 'shop_manager', 'shop_staff', 'warehouse_staff', 'customer')),
    password_hash TEXT NOT NULL,
    pin_hash TEXT,
    pin_failed_attempts INTEGER NOT NULL DEFAULT 0,
    pin_locked_until BIGINT NOT NULL DEFAULT 0,
    login_failed_attempts INTEGER NOT NULL DEFAULT 0,
    login_locked_until BIGINT NOT NULL DEFAULT 0,
    discount_limit_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_limit_bp BETWEEN 0 AND 10000),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK ((role = 'super_admin') = (company_id IS NULL)),
    CHECK (role NOT IN ('shop_manager', 'shop_staff') OR shop_id IS NOT NULL),
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id)
);
CREATE UNIQUE INDEX users_company_email ON users (company_id, email);
CREATE UNIQUE INDEX users_platform_email ON users (email) WHERE company_id IS NULL;
