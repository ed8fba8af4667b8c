-- Catalog: tax categories, a category tree, products with variants, barcodes, per-shop listings.

CREATE TABLE tax_categories (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    UNIQUE (company_id, id),
    UNIQUE (company_id, name)
);

CREATE TABLE categories (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    parent_id TEXT,
    name TEXT NOT NULL CHECK (length(name) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, parent_id) REFERENCES categories (company_id, id)
);
CREATE INDEX categories_parent ON categories (company_id, parent_id);

CREATE TABLE products (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies (id),
    category_id TEXT,
    tax_category_id TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    brand TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'draft', 'archived')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    FOREIGN KEY (company_id, category_id) REFERENCES categories (company_id, id),
    FOREIGN KEY (company_id, tax_category_id) REFERENCES tax_categories (company_id, id)
);
CREATE INDEX products_category ON products (company_id, category_id);

-- A variant is what is sold and stocked. Price and cost are minor units of the company's currency,
-- per `pricing_unit` units of `unit` (1 piece; 1000 g for a price per kilogram).
CREATE TABLE variants (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    sku TEXT NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
    name TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '{}',
    price BIGINT NOT NULL CHECK (price >= 0),
    cost BIGINT CHECK (cost >= 0),
    unit TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'g', 'ml', 'cm')),
    pricing_unit INTEGER NOT NULL DEFAULT 1 CHECK (pricing_unit > 0),
    weight_grams INTEGER CHECK (weight_grams >= 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (company_id, id),
    UNIQUE (company_id, sku),
    FOREIGN KEY (company_id, product_id) REFERENCES products (company_id, id)
);
CREATE INDEX variants_product ON variants (product_id);

CREATE TABLE barcodes (
    company_id TEXT NOT NULL,
    code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    variant_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ean13', 'ean8', 'upca', 'internal')),
    PRIMARY KEY (company_id, code),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);
CREATE INDEX barcodes_variant ON barcodes (variant_id);

-- Whether and at what price a shop sells a variant; without a row the variant's own price applies.
CREATE TABLE shop_listings (
    company_id TEXT NOT NULL,
    shop_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    price_override BIGINT CHECK (price_override >= 0),
    visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
    PRIMARY KEY (shop_id, variant_id),
    FOREIGN KEY (company_id, shop_id) REFERENCES shops (company_id, id),
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);

CREATE TABLE product_images (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    product_id TEXT NOT NULL,
    file_path TEXT NOT NULL,
    alt_text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (company_id, product_id) REFERENCES products (company_id, id)
);

-- Every price change, so reports can tell a price effect from a volume effect.
CREATE TABLE price_changes (
    id TEXT PRIMARY KEY,
    company_id TEXT NOT NULL,
    variant_id TEXT NOT NULL,
    shop_id TEXT,
    old_price BIGINT NOT NULL,
    new_price BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT,
    FOREIGN KEY (company_id, variant_id) REFERENCES variants (company_id, id)
);
CREATE INDEX price_changes_variant ON price_changes (variant_id, changed_at);
