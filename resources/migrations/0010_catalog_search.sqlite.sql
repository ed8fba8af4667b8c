-- The till's product search (core/sales/catalogsearch.cpp): one FTS5 row per variant, its rowid the
-- variant's rowid (VACUUM keeps the rowids of tables that have an index, as variants has), with
-- * company: the variant's company as one token no typed word can match or prefix: U+E000 (a
--   private-use character, a token character for unicode61 but never part of a word the search
--   builds) followed by the hex of the company id. Every search ANDs it, so FTS5 skips other
--   companies' rows in the index instead of the query throwing them away one by one;
-- * product, variant, sku, barcodes (space separated): what a cashier types.
-- unicode61 with remove_diacritics 2 folds case and accents ("cafe" finds "Café", "musli" finds
-- "Müsli"). Prefix indexes for 1, 2 and 3 characters: every word typed is a prefix term, and a
-- word's first letter (the second word of "chunky s") would otherwise merge the doclists of every
-- term starting with that letter, tens of thousands of rows at 100k variants.
-- The table keeps its own copy of the text (not external content) so a trigger can delete or
-- rewrite a row without knowing what was indexed before.
CREATE VIRTUAL TABLE catalog_search USING fts5 (
    company,
    product,
    variant,
    sku,
    barcodes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

INSERT INTO catalog_search (rowid, company, product, variant, sku, barcodes)
SELECT v.rowid, char(57344) || hex(v.company_id), COALESCE(p.name, ''), v.name, v.sku,
       COALESCE((SELECT group_concat(b.code, ' ') FROM barcodes b WHERE b.variant_id = v.id), '')
FROM variants v LEFT JOIN products p ON p.id = v.product_id;

-- The triggers keep the index in step with products, variants and barcodes. They read only through
-- primary keys on inserts: bulk loads (the demo seed's SqlRowSink) drop the secondary indexes
-- while they write, and a lookup by product_id or variant_id there would scan the table per row.
--
-- A new variant has no barcodes yet (they reference it), so it is indexed with its product's name
-- and an empty barcode list; each barcode adds itself below.
CREATE TRIGGER catalog_search_variant_insert AFTER INSERT ON variants
BEGIN
    INSERT INTO catalog_search (rowid, company, product, variant, sku, barcodes)
    VALUES (NEW.rowid, char(57344) || hex(NEW.company_id), COALESCE((SELECT name FROM products WHERE id = NEW.product_id), ''), NEW.name, NEW.sku, '');
END;

CREATE TRIGGER catalog_search_variant_update AFTER UPDATE OF company_id, product_id, name, sku ON variants
WHEN OLD.company_id IS NOT NEW.company_id OR OLD.product_id IS NOT NEW.product_id OR OLD.name IS NOT NEW.name OR OLD.sku IS NOT NEW.sku
BEGIN
    DELETE FROM catalog_search WHERE rowid = OLD.rowid;
    INSERT INTO catalog_search (rowid, company, product, variant, sku, barcodes)
    VALUES (NEW.rowid, char(57344) || hex(NEW.company_id), COALESCE((SELECT name FROM products WHERE id = NEW.product_id), ''), NEW.name, NEW.sku,
            COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE variant_id = NEW.id), ''));
END;

CREATE TRIGGER catalog_search_variant_delete AFTER DELETE ON variants
BEGIN
    DELETE FROM catalog_search WHERE rowid = OLD.rowid;
END;

-- Products: a product is inserted before its variants and deleted after them (they reference it),
-- so only a rename concerns the index.
CREATE TRIGGER catalog_search_product_rename AFTER UPDATE OF name ON products
WHEN OLD.name IS NOT NEW.name
BEGIN
    UPDATE catalog_search SET product = NEW.name WHERE rowid IN (SELECT rowid FROM variants WHERE product_id = NEW.id);
END;

CREATE TRIGGER catalog_search_barcode_insert AFTER INSERT ON barcodes
BEGIN
    UPDATE catalog_search SET barcodes = ltrim(barcodes || ' ' || NEW.code)
    WHERE rowid = (SELECT rowid FROM variants WHERE id = NEW.variant_id);
END;

CREATE TRIGGER catalog_search_barcode_update AFTER UPDATE OF code, variant_id ON barcodes
WHEN OLD.code IS NOT NEW.code OR OLD.variant_id IS NOT NEW.variant_id
BEGIN
    UPDATE catalog_search SET barcodes = COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE variant_id = OLD.variant_id), '')
    WHERE rowid = (SELECT rowid FROM variants WHERE id = OLD.variant_id);
    UPDATE catalog_search SET barcodes = COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE variant_id = NEW.variant_id), '')
    WHERE rowid = (SELECT rowid FROM variants WHERE id = NEW.variant_id);
END;

CREATE TRIGGER catalog_search_barcode_delete AFTER DELETE ON barcodes
BEGIN
    UPDATE catalog_search SET barcodes = COALESCE((SELECT group_concat(code, ' ') FROM barcodes WHERE variant_id = OLD.variant_id), '')
    WHERE rowid = (SELECT rowid FROM variants WHERE id = OLD.variant_id);
END;
