#include "productimport.h"

#include "categorytree.h"
#include "domain/barcode.h"
#include "domain/money.h"
#include "domain/uuid7.h"
#include "productcsv.h"
#include "services/businesswrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct VariantFields {
    QString name;
    QJsonObject attributes;
    qint64 price = 0;
    std::optional<qint64> cost;
    QString unit = u"piece"_s;
    int pricingUnit = 1;
    bool active = true;
    QStringList barcodes; // sorted

    // Attributes in the database may hold numbers where a file holds text; compared as text, so
    // exporting and importing a file changes nothing.
    bool operator==(const VariantFields &other) const
    {
        return name == other.name && stringifiedAttributes(attributes) == stringifiedAttributes(other.attributes) && price == other.price
            && cost == other.cost && unit == other.unit && pricingUnit == other.pricingUnit && active == other.active && barcodes == other.barcodes;
    }
};

struct ProductFields {
    QString name;
    QStringList category; // path from the top; empty for none
    QString brand;
    int taxRate = 0; // basis points
};

struct ExistingProduct {
    QString id;
    QString name;
    QString categoryId;
    QString brand;
    QString taxCategoryId;
};

struct Row {
    qsizetype index = 0;
    int number = 0;
    bool bad = false;
    QString sku;
    // What the file says about the product; absent columns are filled in once the product is known.
    QString productName;
    std::optional<QStringList> category;
    std::optional<QString> brand;
    int taxRate = 0;
    ProductFields product;
    VariantFields variant;
    QHash<QString, BarcodeKind> barcodeKinds;
    bool exists = false;
    QString variantId;
    QString existingProductId;
    VariantFields before;
    QString productKey; // "id:<product id>" or "new:<name>"
};

QJsonValue optionalMoney(const std::optional<qint64> &amount)
{
    return amount ? QJsonValue(*amount) : QJsonValue();
}

QJsonObject variantState(const QString &sku, const QString &productId, const VariantFields &fields)
{
    return QJsonObject{{u"sku"_s, sku},
                       {u"product_id"_s, productId},
                       {u"name"_s, fields.name},
                       {u"attributes"_s, fields.attributes},
                       {u"price"_s, fields.price},
                       {u"cost"_s, optionalMoney(fields.cost)},
                       {u"unit"_s, fields.unit},
                       {u"pricing_unit"_s, fields.pricingUnit},
                       {u"active"_s, fields.active},
                       {u"barcodes"_s, QJsonArray::fromStringList(fields.barcodes)}};
}

class ProductImporter
{
public:
    ProductImporter(CoreContext &context, const Actor &actor, const QString &companyId, const CsvTable &table, const ImportOptions &options)
        : m_write(context, actor, companyId)
        , m_table(table)
        , m_options(options)
    {
    }

    ImportReport run();

private:
    void issue(Row &row, const QString &column, const QString &message)
    {
        row.bad = true;
        m_report.badRows.append(ImportIssue{row.number, column, message});
    }

    bool loadCompany();
    Row parseRow(qsizetype index);
    bool parseMoney(Row &row, const QString &column, std::optional<qint64> *amount);
    bool findVariant(const QString &sku, Row *row);
    bool barcodesOf(const QString &variantId, QList<std::pair<QString, QString>> *codes);
    const ExistingProduct *existingProduct(const QString &id);
    QStringList productsNamed(const QString &name);
    void checkAcrossRows();
    bool apply(Row &row);
    QString taxCategoryFor(const ExistingProduct *product, int rate);
    bool writeProduct(Row &row, QString *productId, bool *changed);
    bool writeVariant(Row &row, const QString &productId, bool *created, bool *changed);
    bool writeBarcodes(const Row &row, const QString &variantId, const QStringList &before);
    bool publish(const QString &productId);
    bool failed(const QString &message)
    {
        m_write.fail(message);
        return false;
    }

    BusinessWrite m_write;
    const CsvTable &m_table;
    ImportOptions m_options;
    ImportReport m_report;
    QString m_currency;
    CategoryTree m_categories;
    QHash<QString, int> m_taxRateById;
    QList<std::pair<QString, int>> m_taxCategoriesByName; // id, rate — ordered by name
    QSet<QString> m_taxCategoryNames;
    QHash<QString, ExistingProduct> m_products;
    std::optional<QHash<QString, QStringList>> m_productIdsByName;
    QList<Row> m_rows;
    QHash<QString, QString> m_newProductIds; // product key -> id made in this import
    QSet<QString> m_productsWritten;
    QSet<QString> m_productsChanged;
    QStringList m_productsToPublish; // in the order first touched
    QSet<QString> m_productsPublished;
};

ImportReport ProductImporter::run()
{
    m_report.rowsRead = m_table.size();
    if (!m_write.isOpen() || !loadCompany()) {
        m_report.failure = m_write.errorString();
        return m_report;
    }
    for (qsizetype i = 0; i < m_table.size(); ++i) {
        m_rows.append(parseRow(i));
    }
    checkAcrossRows();
    std::stable_sort(m_report.badRows.begin(), m_report.badRows.end(), [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    if (!m_write.isOpen()) {
        m_report.failure = m_write.errorString();
        return m_report;
    }
    if (!m_report.badRows.isEmpty() && !m_options.skipBadRows) {
        return m_report; // nothing is written: the write rolls back when it goes out of scope
    }
    for (Row &row : m_rows) {
        if (!row.bad && !apply(row)) {
            break;
        }
    }
    for (const QString &productId : std::as_const(m_productsToPublish)) {
        if (!m_write.isOpen() || !publish(productId)) {
            break;
        }
    }
    if (!m_write.isOpen()) {
        m_report.failure = m_write.errorString();
        m_report.created = m_report.updated = m_report.unchanged = 0;
        return m_report;
    }
    if (m_options.dryRun) {
        return m_report;
    }
    if (!m_write.commit()) {
        m_report.failure = m_write.errorString();
        return m_report;
    }
    m_report.committed = true;
    return m_report;
}

bool ProductImporter::loadCompany()
{
    TenantQuery company = m_write.query(u"SELECT currency FROM companies WHERE id = :company_id"_s);
    if (!company.exec() || !company.next()) {
        return failed(u"cannot read the company: %1"_s.arg(company.errorString()));
    }
    m_currency = company.value(0).toString();
    company.finish();
    TenantQuery taxes = m_write.query(u"SELECT id, name, rate_bp FROM tax_categories WHERE company_id = :company_id ORDER BY name, id"_s);
    if (!taxes.exec()) {
        return failed(u"cannot read the tax categories: %1"_s.arg(taxes.errorString()));
    }
    while (taxes.next()) {
        const QString id = taxes.value(0).toString();
        m_taxRateById.insert(id, taxes.value(2).toInt());
        m_taxCategoriesByName.append({id, taxes.value(2).toInt()});
        m_taxCategoryNames.insert(taxes.value(1).toString());
    }
    QString error;
    if (!m_categories.load(m_write.connection(), m_write.companyId(), &error)) {
        return failed(error);
    }
    return true;
}

bool ProductImporter::parseMoney(Row &row, const QString &column, std::optional<qint64> *amount)
{
    const QString text = m_table.value(row.index, column);
    if (text.isEmpty()) {
        amount->reset();
        return true;
    }
    Money money;
    if (!Money::fromDecimalString(text, m_currency, &money)) {
        issue(row, column, u"\"%1\" is not an amount in %2; write it like %3"_s.arg(text, m_currency, Money(1999, m_currency).toDecimalString()));
        return false;
    }
    if (money.minorUnits() < 0) {
        issue(row, column, u"\"%1\" is negative"_s.arg(text));
        return false;
    }
    *amount = money.minorUnits();
    return true;
}

bool ProductImporter::findVariant(const QString &sku, Row *row)
{
    TenantQuery query = m_write.query(u"SELECT id, product_id, name, attributes, price, cost, unit, pricing_unit, active FROM variants "
                                      "WHERE company_id = :company_id AND sku = :sku"_s);
    query.bind(u":sku"_s, sku);
    if (!query.exec()) {
        return failed(u"cannot look up SKU %1: %2"_s.arg(sku, query.errorString()));
    }
    if (!query.next()) {
        row->exists = false;
        return true;
    }
    row->exists = true;
    row->variantId = query.value(0).toString();
    row->existingProductId = query.value(1).toString();
    VariantFields &before = row->before;
    before.name = query.value(2).toString();
    before.attributes = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    before.price = query.value(4).toLongLong();
    if (!query.value(5).isNull()) {
        before.cost = query.value(5).toLongLong();
    }
    before.unit = query.value(6).toString();
    before.pricingUnit = query.value(7).toInt();
    before.active = query.value(8).toInt() == 1;
    query.finish();
    QList<std::pair<QString, QString>> codes;
    if (!barcodesOf(row->variantId, &codes)) {
        return false;
    }
    for (const auto &[code, kind] : std::as_const(codes)) {
        before.barcodes.append(code);
    }
    return true;
}

bool ProductImporter::barcodesOf(const QString &variantId, QList<std::pair<QString, QString>> *codes)
{
    // No ORDER BY: with one, SQLite (without ANALYZE statistics) walks the (company_id, code)
    // primary key through every barcode of the company instead of using barcodes_variant.
    TenantQuery query = m_write.query(u"SELECT code, kind FROM barcodes WHERE company_id = :company_id AND variant_id = :variant_id"_s);
    query.bind(u":variant_id"_s, variantId);
    if (!query.exec()) {
        return failed(u"cannot read the barcodes of variant %1: %2"_s.arg(variantId, query.errorString()));
    }
    codes->clear();
    while (query.next()) {
        codes->append({query.value(0).toString(), query.value(1).toString()});
    }
    std::sort(codes->begin(), codes->end());
    return true;
}

const ExistingProduct *ProductImporter::existingProduct(const QString &id)
{
    auto it = m_products.find(id);
    if (it != m_products.end()) {
        return &it.value();
    }
    TenantQuery query = m_write.query(u"SELECT name, COALESCE(category_id, ''), brand, tax_category_id FROM products WHERE company_id = :company_id AND id = :id"_s);
    query.bind(u":id"_s, id);
    if (!query.exec() || !query.next()) {
        failed(u"cannot read product %1: %2"_s.arg(id, query.errorString()));
        return nullptr;
    }
    ExistingProduct product{id, query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
    query.finish();
    return &m_products.insert(id, product).value();
}

QStringList ProductImporter::productsNamed(const QString &name)
{
    // Read once, and only when a file has new SKUs: products.name has no index, and a scan per row
    // would make a large import quadratic.
    if (!m_productIdsByName) {
        m_productIdsByName.emplace();
        TenantQuery query = m_write.query(u"SELECT id, name FROM products WHERE company_id = :company_id ORDER BY id"_s);
        if (!query.exec()) {
            failed(u"cannot read the products: %1"_s.arg(query.errorString()));
            return {};
        }
        while (query.next()) {
            (*m_productIdsByName)[query.value(1).toString()].append(query.value(0).toString());
        }
    }
    return m_productIdsByName->value(name);
}

Row ProductImporter::parseRow(qsizetype index)
{
    Row row;
    row.index = index;
    row.number = m_table.rowNumber(index);
    if (const QString problem = m_table.shapeProblem(index); !problem.isEmpty()) {
        issue(row, {}, problem);
        return row;
    }
    const auto cell = [&](const QString &column) { return m_table.value(index, column); };
    const auto has = [&](const QString &column) { return m_table.hasColumn(column); };

    row.sku = cell(u"sku"_s);
    if (row.sku.isEmpty()) {
        issue(row, u"sku"_s, u"is empty; every row needs a SKU"_s);
    } else if (row.sku.size() > 64) {
        issue(row, u"sku"_s, u"\"%1\" is longer than 64 characters"_s.arg(row.sku));
    } else if (!findVariant(row.sku, &row)) {
        return row;
    }

    row.productName = cell(u"product_name"_s);
    if (row.productName.isEmpty()) {
        issue(row, u"product_name"_s, u"is empty; every product needs a name"_s);
    }
    if (has(u"category"_s)) {
        QStringList segments;
        QString error;
        if (CategoryTree::splitPath(cell(u"category"_s), &segments, &error)) {
            row.category = segments;
        } else {
            issue(row, u"category"_s, error);
        }
    }
    if (has(u"brand"_s)) {
        row.brand = cell(u"brand"_s);
    }
    if (!parsePercentToBasisPoints(cell(u"tax_rate"_s), &row.taxRate)) {
        issue(row, u"tax_rate"_s, u"\"%1\" is not a tax rate; write the percentage, like 19 or 5.5"_s.arg(cell(u"tax_rate"_s)));
    }

    VariantFields &variant = row.variant;
    variant = row.exists ? row.before : VariantFields{};
    if (has(u"variant_name"_s)) {
        variant.name = cell(u"variant_name"_s);
    }
    std::optional<qint64> price;
    if (cell(u"price"_s).isEmpty()) {
        issue(row, u"price"_s, u"is empty; every variant needs a price (0 for free)"_s);
    } else if (parseMoney(row, u"price"_s, &price)) {
        variant.price = *price;
    }
    if (has(u"cost"_s)) {
        std::optional<qint64> cost;
        if (parseMoney(row, u"cost"_s, &cost)) {
            variant.cost = cost;
        }
    }
    if (has(u"barcodes"_s)) {
        variant.barcodes.clear();
        const QStringList codes = cell(u"barcodes"_s).split(u'|');
        for (const QString &part : codes) {
            const QString code = part.trimmed();
            if (code.isEmpty()) {
                continue;
            }
            const BarcodeValidation validation = validateBarcode(code);
            if (!validation.valid) {
                // GTIN messages name the code already; internal-code messages do not.
                issue(row, u"barcodes"_s, validation.error.contains(code) ? validation.error : u"\"%1\": %2"_s.arg(code, validation.error));
            } else if (row.barcodeKinds.contains(code)) {
                issue(row, u"barcodes"_s, u"\"%1\" is listed twice"_s.arg(code));
            } else {
                row.barcodeKinds.insert(code, validation.kind);
                variant.barcodes.append(code);
            }
        }
        variant.barcodes.sort();
    }
    if (has(u"attributes"_s)) {
        QString error;
        if (!parseAttributes(cell(u"attributes"_s), &variant.attributes, &error)) {
            issue(row, u"attributes"_s, error);
        }
    }
    if (has(u"unit"_s)) {
        const QString unit = cell(u"unit"_s).toLower();
        static const QStringList units = {u"piece"_s, u"g"_s, u"ml"_s, u"cm"_s};
        if (unit.isEmpty()) {
            variant.unit = u"piece"_s;
        } else if (units.contains(unit)) {
            variant.unit = unit;
        } else {
            issue(row, u"unit"_s, u"\"%1\" is not a unit; use piece, g, ml or cm"_s.arg(cell(u"unit"_s)));
        }
    }
    if (has(u"pricing_unit"_s)) {
        const QString text = cell(u"pricing_unit"_s);
        bool ok = true;
        const int pricingUnit = text.isEmpty() ? 1 : text.toInt(&ok);
        if (!ok || pricingUnit < 1 || pricingUnit > 1000000) {
            issue(row, u"pricing_unit"_s, u"\"%1\" is not a whole number from 1 to 1000000"_s.arg(text));
        } else {
            variant.pricingUnit = pricingUnit;
        }
    }
    if (has(u"active"_s) && !parseCsvBool(cell(u"active"_s), true, &variant.active)) {
        issue(row, u"active"_s, u"\"%1\" is not true/false, 1/0 or yes/no"_s.arg(cell(u"active"_s)));
    }
    return row;
}

void ProductImporter::checkAcrossRows()
{
    // The same SKU twice: the file does not say which row is meant, so every later one is wrong.
    QHash<QString, int> rowOfSku;
    for (Row &row : m_rows) {
        if (row.sku.isEmpty()) {
            continue;
        }
        const auto it = rowOfSku.constFind(row.sku);
        if (it != rowOfSku.constEnd()) {
            issue(row, u"sku"_s, u"SKU %1 is on row %2 already"_s.arg(row.sku).arg(it.value()));
        } else {
            rowOfSku.insert(row.sku, row.number);
        }
    }

    // Which product each row belongs to: a known SKU's own product; for a new SKU, the product of the
    // same name from the file, else from the database, else a new one.
    QHash<QString, QString> keyByName;
    for (Row &row : m_rows) {
        if (!row.bad && row.exists) {
            row.productKey = u"id:"_s + row.existingProductId;
            if (!keyByName.contains(row.productName)) {
                keyByName.insert(row.productName, row.productKey);
            }
        }
    }
    for (Row &row : m_rows) {
        if (row.bad || row.exists) {
            continue;
        }
        if (const auto it = keyByName.constFind(row.productName); it != keyByName.constEnd()) {
            row.productKey = it.value();
            continue;
        }
        const QStringList ids = productsNamed(row.productName);
        if (ids.size() > 1) {
            issue(row, u"product_name"_s,
                  u"%1 products are called \"%2\"; rename them or add this variant through a row of a SKU of the one you mean"_s.arg(ids.size()).arg(
                      row.productName));
            continue;
        }
        row.productKey = ids.isEmpty() ? u"new:"_s + row.productName : u"id:"_s + ids.first();
        keyByName.insert(row.productName, row.productKey);
    }

    // The product's fields: what the file says, and for a column it does not have, what is there.
    for (Row &row : m_rows) {
        if (row.bad) {
            continue;
        }
        ProductFields &product = row.product;
        product.name = row.productName;
        product.taxRate = row.taxRate;
        if (row.productKey.startsWith("id:"_L1)) {
            const ExistingProduct *existing = existingProduct(row.productKey.mid(3));
            if (!existing) {
                return;
            }
            QStringList currentPath;
            QString ignored;
            CategoryTree::splitPath(m_categories.pathOf(existing->categoryId), &currentPath, &ignored);
            product.category = row.category.value_or(currentPath);
            product.brand = row.brand.value_or(existing->brand);
        } else {
            product.category = row.category.value_or(QStringList());
            product.brand = row.brand.value_or(QString());
        }
    }

    // Barcodes: each belongs to one variant, in the file and in the database.
    QHash<QString, int> rowOfBarcode;
    for (Row &row : m_rows) {
        if (row.bad) {
            continue;
        }
        for (const QString &code : std::as_const(row.variant.barcodes)) {
            if (const auto it = rowOfBarcode.constFind(code); it != rowOfBarcode.constEnd()) {
                issue(row, u"barcodes"_s, u"\"%1\" is on row %2 too; a barcode belongs to one variant"_s.arg(code).arg(it.value()));
                continue;
            }
            rowOfBarcode.insert(code, row.number);
            TenantQuery owner = m_write.query(u"SELECT b.variant_id, v.sku FROM barcodes b JOIN variants v ON v.id = b.variant_id "
                                              "WHERE b.company_id = :company_id AND b.code = :code"_s);
            owner.bind(u":code"_s, code);
            if (!owner.exec()) {
                failed(u"cannot look up barcode %1: %2"_s.arg(code, owner.errorString()));
                return;
            }
            if (owner.next() && owner.value(0).toString() != row.variantId) {
                issue(row, u"barcodes"_s, u"\"%1\" belongs to SKU %2 already"_s.arg(code, owner.value(1).toString()));
            }
            owner.finish();
        }
    }

    // Product-level fields must agree on every row of one product, or the file says two things.
    QHash<QString, const Row *> firstRowOfProduct;
    for (Row &row : m_rows) {
        if (row.bad) {
            continue;
        }
        const auto it = firstRowOfProduct.constFind(row.productKey);
        if (it == firstRowOfProduct.constEnd()) {
            firstRowOfProduct.insert(row.productKey, &row);
            continue;
        }
        const ProductFields &first = it.value()->product;
        const int firstRow = it.value()->number;
        const auto differs = [&](const QString &column, const QString &mine, const QString &theirs) {
            issue(row, column, u"\"%1\" differs from \"%2\" on row %3 of the same product"_s.arg(mine, theirs).arg(firstRow));
        };
        if (row.product.name != first.name) {
            differs(u"product_name"_s, row.product.name, first.name);
        }
        if (CategoryTree::joinPath(row.product.category).toCaseFolded() != CategoryTree::joinPath(first.category).toCaseFolded()) {
            differs(u"category"_s, CategoryTree::joinPath(row.product.category), CategoryTree::joinPath(first.category));
        }
        if (row.product.brand != first.brand) {
            differs(u"brand"_s, row.product.brand, first.brand);
        }
        if (row.product.taxRate != first.taxRate) {
            differs(u"tax_rate"_s, basisPointsToPercent(row.product.taxRate), basisPointsToPercent(first.taxRate));
        }
    }
}

QString ProductImporter::taxCategoryFor(const ExistingProduct *product, int rate)
{
    // Keep the product's own tax category when its rate is right: two categories may share a rate
    // (food and books at 7 %), and a CSV that names only the rate must not move products between them.
    if (product && m_taxRateById.value(product->taxCategoryId, -1) == rate) {
        return product->taxCategoryId;
    }
    for (const auto &[id, categoryRate] : std::as_const(m_taxCategoriesByName)) {
        if (categoryRate == rate) {
            return id;
        }
    }
    QString name = basisPointsToPercent(rate) + u" %"_s;
    for (int suffix = 2; m_taxCategoryNames.contains(name); ++suffix) {
        name = basisPointsToPercent(rate) + u" % (%1)"_s.arg(suffix);
    }
    const QString id = newId();
    TenantQuery insert = m_write.query(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (:id, :company_id, :name, :rate_bp)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":name"_s, name);
    insert.bind(u":rate_bp"_s, rate);
    if (!insert.exec()) {
        failed(u"cannot create the tax category %1: %2"_s.arg(name, insert.errorString()));
        return {};
    }
    m_taxRateById.insert(id, rate);
    m_taxCategoriesByName.append({id, rate});
    m_taxCategoryNames.insert(name);
    const QJsonObject after{{u"id"_s, id}, {u"name"_s, name}, {u"rate_bp"_s, rate}};
    m_write.audit(u"tax_category.create"_s, u"tax_category"_s, id, {}, after);
    m_write.outbox(u"tax_category.upserted"_s, after);
    m_report.notes.append(u"created tax category \"%1\""_s.arg(name));
    return id;
}

bool ProductImporter::writeProduct(Row &row, QString *productId, bool *changed)
{
    const bool isNew = row.productKey.startsWith("new:"_L1);
    *productId = isNew ? m_newProductIds.value(row.productKey) : row.productKey.mid(3);
    if (m_productsWritten.contains(row.productKey)) {
        *changed = m_productsChanged.contains(*productId);
        return true;
    }
    m_productsWritten.insert(row.productKey);
    const ExistingProduct *existing = isNew ? nullptr : existingProduct(*productId);
    if (!isNew && !existing) {
        return false;
    }
    const QString taxCategoryId = taxCategoryFor(existing, row.product.taxRate);
    QString categoryId;
    if (!row.product.category.isEmpty()) {
        const QString wanted = CategoryTree::joinPath(row.product.category).toCaseFolded();
        if (existing && !existing->categoryId.isEmpty() && m_categories.pathOf(existing->categoryId).toCaseFolded() == wanted) {
            categoryId = existing->categoryId; // the same path: keep it even when a namesake sibling exists
        } else {
            QStringList created;
            categoryId = m_categories.ensure(m_write, row.product.category, &created);
            for (const QString &path : std::as_const(created)) {
                m_report.notes.append(u"created category \"%1\""_s.arg(path));
            }
        }
    }
    if (!m_write.isOpen()) {
        return false;
    }
    const QJsonObject after{{u"name"_s, row.product.name},
                            {u"category"_s, CategoryTree::joinPath(row.product.category)},
                            {u"category_id"_s, categoryId},
                            {u"brand"_s, row.product.brand},
                            {u"tax_category_id"_s, taxCategoryId},
                            {u"tax_rate_bp"_s, row.product.taxRate}};
    if (isNew) {
        *productId = newId();
        m_newProductIds.insert(row.productKey, *productId);
        TenantQuery insert = m_write.query(u"INSERT INTO products (id, company_id, category_id, tax_category_id, name, brand, created_at, updated_at) "
                                           "VALUES (:id, :company_id, :category_id, :tax_category_id, :name, :brand, :now, :now)"_s);
        insert.bind(u":id"_s, *productId);
        insert.bind(u":category_id"_s, nullIfEmpty(categoryId));
        insert.bind(u":tax_category_id"_s, taxCategoryId);
        insert.bind(u":name"_s, row.product.name);
        insert.bind(u":brand"_s, row.product.brand);
        insert.bind(u":now"_s, m_write.now());
        if (!insert.exec()) {
            return failed(u"row %1: cannot create product \"%2\": %3"_s.arg(row.number).arg(row.product.name, insert.errorString()));
        }
        *changed = true;
        m_productsChanged.insert(*productId);
        return m_write.audit(u"product.create"_s, u"product"_s, *productId, {}, after);
    }
    *changed = existing->name != row.product.name || existing->categoryId != categoryId || existing->brand != row.product.brand
        || existing->taxCategoryId != taxCategoryId;
    if (!*changed) {
        return true;
    }
    TenantQuery update = m_write.query(u"UPDATE products SET name = :name, category_id = :category_id, brand = :brand, tax_category_id = :tax_category_id, "
                                       "updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":id"_s, *productId);
    update.bind(u":category_id"_s, nullIfEmpty(categoryId));
    update.bind(u":tax_category_id"_s, taxCategoryId);
    update.bind(u":name"_s, row.product.name);
    update.bind(u":brand"_s, row.product.brand);
    update.bind(u":now"_s, m_write.now());
    if (!update.exec()) {
        return failed(u"row %1: cannot update product \"%2\": %3"_s.arg(row.number).arg(row.product.name, update.errorString()));
    }
    m_productsChanged.insert(*productId);
    const QJsonObject before{{u"name"_s, existing->name},
                             {u"category"_s, m_categories.pathOf(existing->categoryId)},
                             {u"category_id"_s, existing->categoryId},
                             {u"brand"_s, existing->brand},
                             {u"tax_category_id"_s, existing->taxCategoryId},
                             {u"tax_rate_bp"_s, m_taxRateById.value(existing->taxCategoryId)}};
    return m_write.audit(u"product.update"_s, u"product"_s, *productId, before, after);
}

bool ProductImporter::writeBarcodes(const Row &row, const QString &variantId, const QStringList &before)
{
    for (const QString &code : before) {
        if (row.variant.barcodes.contains(code)) {
            continue;
        }
        TenantQuery remove = m_write.query(u"DELETE FROM barcodes WHERE company_id = :company_id AND code = :code AND variant_id = :variant_id"_s);
        remove.bind(u":code"_s, code);
        remove.bind(u":variant_id"_s, variantId);
        if (!remove.exec()) {
            return failed(u"row %1: cannot remove barcode %2: %3"_s.arg(row.number).arg(code, remove.errorString()));
        }
    }
    for (const QString &code : row.variant.barcodes) {
        if (before.contains(code)) {
            continue;
        }
        TenantQuery insert = m_write.query(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (:company_id, :code, :variant_id, :kind)"_s);
        insert.bind(u":code"_s, code);
        insert.bind(u":variant_id"_s, variantId);
        insert.bind(u":kind"_s, barcodeKindName(row.barcodeKinds.value(code, BarcodeKind::Internal)));
        if (!insert.exec()) {
            return failed(u"row %1: cannot add barcode %2: %3"_s.arg(row.number).arg(code, insert.errorString()));
        }
    }
    return true;
}

bool ProductImporter::writeVariant(Row &row, const QString &productId, bool *created, bool *changed)
{
    const VariantFields &v = row.variant;
    const QString attributes = QString::fromUtf8(QJsonDocument(v.attributes).toJson(QJsonDocument::Compact));
    *created = !row.exists;
    *changed = row.exists && !(v == row.before);
    if (row.exists && !*changed) {
        return true;
    }
    const QString variantId = row.exists ? row.variantId : newId();
    TenantQuery write = m_write.query(
        row.exists ? u"UPDATE variants SET name = :name, attributes = :attributes, price = :price, cost = :cost, unit = :unit, pricing_unit = :pricing_unit, "
                     "active = :active, updated_at = :now WHERE company_id = :company_id AND id = :id"_s
                   : u"INSERT INTO variants (id, company_id, product_id, sku, name, attributes, price, cost, unit, pricing_unit, active, created_at, updated_at) "
                     "VALUES (:id, :company_id, :product_id, :sku, :name, :attributes, :price, :cost, :unit, :pricing_unit, :active, :now, :now)"_s);
    write.bind(u":id"_s, variantId);
    if (!row.exists) {
        write.bind(u":product_id"_s, productId);
        write.bind(u":sku"_s, row.sku);
    }
    write.bind(u":name"_s, v.name);
    write.bind(u":attributes"_s, attributes);
    write.bind(u":price"_s, v.price);
    write.bind(u":cost"_s, v.cost ? QVariant(*v.cost) : QVariant());
    write.bind(u":unit"_s, v.unit);
    write.bind(u":pricing_unit"_s, v.pricingUnit);
    write.bind(u":active"_s, v.active ? 1 : 0);
    write.bind(u":now"_s, m_write.now());
    if (!write.exec()) {
        return failed(u"row %1: cannot write SKU %2: %3"_s.arg(row.number).arg(row.sku, write.errorString()));
    }
    if (!writeBarcodes(row, variantId, row.exists ? row.before.barcodes : QStringList())) {
        return false;
    }
    if (row.exists && row.before.price != v.price) {
        TenantQuery change = m_write.query(u"INSERT INTO price_changes (id, company_id, variant_id, shop_id, old_price, new_price, changed_at, changed_by) "
                                           "VALUES (:id, :company_id, :variant_id, NULL, :old_price, :new_price, :now, :changed_by)"_s);
        change.bind(u":id"_s, newId());
        change.bind(u":variant_id"_s, variantId);
        change.bind(u":old_price"_s, row.before.price);
        change.bind(u":new_price"_s, v.price);
        change.bind(u":now"_s, m_write.now());
        change.bind(u":changed_by"_s, nullIfEmpty(m_write.actor().userId));
        if (!change.exec()) {
            return failed(u"row %1: cannot record the price change of SKU %2: %3"_s.arg(row.number).arg(row.sku, change.errorString()));
        }
    }
    const QJsonObject after = variantState(row.sku, productId, v);
    if (row.exists) {
        return m_write.audit(u"variant.update"_s, u"variant"_s, variantId, variantState(row.sku, row.existingProductId, row.before), after);
    }
    return m_write.audit(u"variant.create"_s, u"variant"_s, variantId, {}, after);
}

bool ProductImporter::apply(Row &row)
{
    QString productId;
    bool productChanged = false;
    bool created = false;
    bool variantChanged = false;
    if (!writeProduct(row, &productId, &productChanged) || !writeVariant(row, productId, &created, &variantChanged)) {
        return false;
    }
    if (created) {
        ++m_report.created;
    } else if (variantChanged || productChanged) {
        ++m_report.updated;
    } else {
        ++m_report.unchanged;
    }
    if ((created || variantChanged || productChanged) && !m_productsPublished.contains(productId)) {
        m_productsPublished.insert(productId);
        m_productsToPublish.append(productId);
    }
    return m_write.isOpen();
}

bool ProductImporter::publish(const QString &productId)
{
    // The outbox carries the whole product as it now is, variants and barcodes included, so a
    // terminal applies one self-contained record whatever else the file changed.
    TenantQuery product = m_write.query(u"SELECT name, COALESCE(category_id, ''), brand, tax_category_id, status, description FROM products "
                                        "WHERE company_id = :company_id AND id = :id"_s);
    product.bind(u":id"_s, productId);
    if (!product.exec() || !product.next()) {
        return failed(u"cannot read back product %1: %2"_s.arg(productId, product.errorString()));
    }
    QJsonObject payload{{u"id"_s, productId},
                        {u"name"_s, product.value(0).toString()},
                        {u"category_id"_s, product.value(1).toString().isEmpty() ? QJsonValue() : QJsonValue(product.value(1).toString())},
                        {u"brand"_s, product.value(2).toString()},
                        {u"tax_category_id"_s, product.value(3).toString()},
                        {u"status"_s, product.value(4).toString()},
                        {u"description"_s, product.value(5).toString()}};
    product.finish();
    // Sorted here rather than by ORDER BY, which would make SQLite walk the company's whole
    // (company_id, sku) index instead of variants_product.
    TenantQuery variants = m_write.query(u"SELECT sku, id, name, attributes, price, cost, unit, pricing_unit, active FROM variants "
                                         "WHERE company_id = :company_id AND product_id = :product_id"_s);
    variants.bind(u":product_id"_s, productId);
    if (!variants.exec()) {
        return failed(u"cannot read back the variants of product %1: %2"_s.arg(productId, variants.errorString()));
    }
    QMap<QString, QJsonObject> bySku;
    while (variants.next()) {
        bySku.insert(variants.value(0).toString(),
                     QJsonObject{{u"id"_s, variants.value(1).toString()},
                                 {u"sku"_s, variants.value(0).toString()},
                                 {u"name"_s, variants.value(2).toString()},
                                 {u"attributes"_s, QJsonDocument::fromJson(variants.value(3).toString().toUtf8()).object()},
                                 {u"price"_s, variants.value(4).toLongLong()},
                                 {u"cost"_s, variants.value(5).isNull() ? QJsonValue() : QJsonValue(variants.value(5).toLongLong())},
                                 {u"unit"_s, variants.value(6).toString()},
                                 {u"pricing_unit"_s, variants.value(7).toInt()},
                                 {u"active"_s, variants.value(8).toInt() == 1}});
    }
    QJsonArray variantList;
    for (QJsonObject &variant : bySku) {
        QList<std::pair<QString, QString>> codes;
        if (!barcodesOf(variant.value(u"id"_s).toString(), &codes)) {
            return false;
        }
        QJsonArray barcodes;
        for (const auto &[code, kind] : std::as_const(codes)) {
            barcodes.append(QJsonObject{{u"code"_s, code}, {u"kind"_s, kind}});
        }
        variant.insert(u"barcodes"_s, barcodes);
        variantList.append(variant);
    }
    payload.insert(u"variants"_s, variantList);
    return m_write.outbox(u"product.upserted"_s, payload);
}

} // namespace

QList<CsvColumn> productImportColumns()
{
    return {{u"sku"_s, true},          {u"product_name"_s, true}, {u"variant_name"_s, false}, {u"category"_s, false}, {u"brand"_s, false},
            {u"price"_s, true},        {u"cost"_s, false},        {u"tax_rate"_s, true},      {u"barcodes"_s, false}, {u"attributes"_s, false},
            {u"unit"_s, false},        {u"pricing_unit"_s, false}, {u"active"_s, false}};
}

ImportReport importProducts(CoreContext &context, const Actor &actor, const QString &companyId, const CsvTable &table, const ImportOptions &options)
{
    ProductImporter importer(context, actor, companyId, table, options);
    return importer.run();
}

} // namespace kassa
