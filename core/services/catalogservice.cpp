#include "catalogservice.h"

#include "businesswrite.h"

#include "domain/barcode.h"
#include "domain/uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

const QStringList kUnits = {u"piece"_s, u"g"_s, u"ml"_s, u"cm"_s};
const QStringList kProductStatuses = {u"active"_s, u"draft"_s, u"archived"_s};

bool isUniqueViolation(const QString &text)
{
    return text.contains("UNIQUE"_L1, Qt::CaseInsensitive) || text.contains("duplicate key"_L1);
}

bool isForeignKeyViolation(const QString &text)
{
    return text.contains("FOREIGN KEY"_L1, Qt::CaseInsensitive) || text.contains("foreign key"_L1);
}

ServiceError variantProblem(const VariantDraft &draft, const QString &prefix)
{
    const QString p = prefix.isEmpty() ? QString() : prefix + u'.';
    if (draft.sku.trimmed().isEmpty() || draft.sku.size() > 64) {
        return ServiceError::validation(p + u"sku"_s, u"a SKU of 1 to 64 characters is needed"_s);
    }
    if (draft.price < 0) {
        return ServiceError::validation(p + u"price"_s, u"a price of 0 or more (minor units) is needed"_s);
    }
    if (!kUnits.contains(draft.unit)) {
        return ServiceError::validation(p + u"unit"_s, u"use one of %1"_s.arg(kUnits.join(u", "_s)));
    }
    if (draft.pricingUnit < 1) {
        return ServiceError::validation(p + u"pricing_unit"_s, u"must be 1 or more"_s);
    }
    for (qsizetype i = 0; i < draft.barcodes.size(); ++i) {
        const BarcodeValidation check = validateBarcode(draft.barcodes[i]);
        if (!check.valid) {
            return ServiceError::validation(p + u"barcodes[%1]"_s.arg(i), check.error);
        }
    }
    return {};
}

// Inserts a variant and its barcodes inside `write`; reports the field at fault.
bool insertVariant(BusinessWrite &write, const QString &productId, const QString &variantId, const VariantDraft &draft, const QString &prefix, ServiceError *error)
{
    const QString p = prefix.isEmpty() ? QString() : prefix + u'.';
    TenantQuery insert = write.query(u"INSERT INTO variants (id, company_id, product_id, sku, name, attributes, price, cost, unit, pricing_unit, weight_grams, "
                                     "active, created_at, updated_at) VALUES (:id, :company_id, :product_id, :sku, :name, :attributes, :price, :cost, :unit, "
                                     ":pricing_unit, :weight_grams, :active, :now, :now)"_s);
    insert.bind(u":id"_s, variantId);
    insert.bind(u":product_id"_s, productId);
    insert.bind(u":sku"_s, draft.sku.trimmed());
    insert.bind(u":name"_s, draft.name.trimmed());
    insert.bind(u":attributes"_s, QString::fromUtf8(QJsonDocument(draft.attributes).toJson(QJsonDocument::Compact)));
    insert.bind(u":price"_s, draft.price);
    insert.bind(u":cost"_s, draft.cost >= 0 ? QVariant(draft.cost) : QVariant());
    insert.bind(u":unit"_s, draft.unit);
    insert.bind(u":pricing_unit"_s, draft.pricingUnit);
    insert.bind(u":weight_grams"_s, draft.weightGrams >= 0 ? QVariant(draft.weightGrams) : QVariant());
    insert.bind(u":active"_s, draft.active ? 1 : 0);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        const QString text = insert.errorString();
        *error = isUniqueViolation(text) ? ServiceError::conflict(u"sku_taken"_s, u"%1sku: %2 is used by another variant"_s.arg(p, draft.sku.trimmed()))
                                         : ServiceError::internal(text);
        write.fail(text);
        return false;
    }
    for (qsizetype i = 0; i < draft.barcodes.size(); ++i) {
        const BarcodeValidation check = validateBarcode(draft.barcodes[i]);
        TenantQuery barcode = write.query(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (:company_id, :code, :variant_id, :kind)"_s);
        barcode.bind(u":code"_s, draft.barcodes[i]);
        barcode.bind(u":variant_id"_s, variantId);
        barcode.bind(u":kind"_s, barcodeKindName(check.kind));
        if (!barcode.exec()) {
            const QString text = barcode.errorString();
            *error = isUniqueViolation(text) ? ServiceError::conflict(u"barcode_taken"_s, u"%1barcodes[%2]: %3 belongs to another variant"_s.arg(p).arg(i).arg(draft.barcodes[i]))
                                             : ServiceError::internal(text);
            write.fail(text);
            return false;
        }
    }
    return true;
}

QJsonObject variantJson(const QString &id, const VariantDraft &draft)
{
    QJsonArray barcodes;
    for (const QString &code : draft.barcodes) {
        barcodes.append(code);
    }
    return {{u"id"_s, id},
            {u"sku"_s, draft.sku.trimmed()},
            {u"name"_s, draft.name.trimmed()},
            {u"attributes"_s, draft.attributes},
            {u"price"_s, draft.price},
            {u"cost"_s, draft.cost >= 0 ? QJsonValue(draft.cost) : QJsonValue()},
            {u"unit"_s, draft.unit},
            {u"pricing_unit"_s, draft.pricingUnit},
            {u"barcodes"_s, barcodes}};
}

bool finish(BusinessWrite &write, ServiceError *error)
{
    if (!write.commit()) {
        if (!error->isSet()) {
            *error = ServiceError::internal(write.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

VariantDraft VariantDraft::fromJson(const QJsonObject &json, const QString &prefix, QList<ServiceError> *problems)
{
    VariantDraft draft;
    const QString p = prefix.isEmpty() ? QString() : prefix + u'.';
    const QStringList known = {u"sku"_s, u"name"_s, u"attributes"_s, u"price"_s, u"cost"_s, u"unit"_s, u"pricing_unit"_s, u"weight_grams"_s, u"barcodes"_s, u"active"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            problems->append(ServiceError::validation(p + it.key(), u"is not a variant field"_s));
        }
    }
    const auto text = [&](const QString &name, QString *target) {
        const QJsonValue value = json.value(name);
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isString()) {
            problems->append(ServiceError::validation(p + name, u"must be a string"_s));
            return;
        }
        *target = value.toString();
    };
    const auto number = [&](const QString &name, qint64 *target) {
        const QJsonValue value = json.value(name);
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isDouble() || value.toDouble() != double(value.toInteger())) {
            problems->append(ServiceError::validation(p + name, u"must be a whole number"_s));
            return;
        }
        *target = value.toInteger();
    };
    text(u"sku"_s, &draft.sku);
    text(u"name"_s, &draft.name);
    text(u"unit"_s, &draft.unit);
    number(u"price"_s, &draft.price);
    number(u"cost"_s, &draft.cost);
    number(u"pricing_unit"_s, &draft.pricingUnit);
    number(u"weight_grams"_s, &draft.weightGrams);
    if (json.contains(u"attributes"_s)) {
        if (!json.value(u"attributes"_s).isObject()) {
            problems->append(ServiceError::validation(p + u"attributes"_s, u"must be an object of names to values"_s));
        }
        draft.attributes = json.value(u"attributes"_s).toObject();
    }
    if (json.contains(u"barcodes"_s)) {
        const QJsonValue barcodes = json.value(u"barcodes"_s);
        if (!barcodes.isArray()) {
            problems->append(ServiceError::validation(p + u"barcodes"_s, u"must be an array of strings"_s));
        }
        for (const QJsonValue &code : barcodes.toArray()) {
            draft.barcodes << code.toString();
        }
    }
    if (json.contains(u"active"_s)) {
        draft.active = json.value(u"active"_s).toBool(true);
    }
    return draft;
}

QString CatalogService::createTaxCategory(const Actor &actor, const QString &name, int rateBasisPoints, ServiceError *error)
{
    if (!actor.can(Action::CompanySettings)) {
        *error = ServiceError::forbidden(u"%1 may not create tax categories"_s.arg(roleName(actor.role)));
        return {};
    }
    if (name.trimmed().isEmpty() || name.size() > 100) {
        *error = ServiceError::validation(u"name"_s, u"a name of 1 to 100 characters is needed"_s);
        return {};
    }
    if (rateBasisPoints < 0 || rateBasisPoints > 10000) {
        *error = ServiceError::validation(u"rate_bp"_s, u"must be between 0 and 10000 basis points"_s);
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (:id, :company_id, :name, :rate_bp)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":name"_s, name.trimmed());
    insert.bind(u":rate_bp"_s, rateBasisPoints);
    if (!insert.exec()) {
        if (isUniqueViolation(insert.errorString())) {
            *error = ServiceError::conflict(u"name_taken"_s, u"name: a tax category called %1 exists already"_s.arg(name.trimmed()));
            return {};
        }
        write.fail(insert.errorString());
    }
    const QJsonObject after{{u"id"_s, id}, {u"name"_s, name.trimmed()}, {u"rate_bp"_s, rateBasisPoints}};
    write.audit(u"tax_category.create"_s, u"tax_category"_s, id, {}, after);
    write.outbox(u"tax_category.upserted"_s, after);
    return finish(write, error) ? id : QString();
}

QString CatalogService::createCategory(const Actor &actor, const QString &name, const QString &parentId, int position, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return {};
    }
    if (name.trimmed().isEmpty() || name.size() > 200) {
        *error = ServiceError::validation(u"name"_s, u"a name of 1 to 200 characters is needed"_s);
        return {};
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO categories (id, company_id, parent_id, name, position) VALUES (:id, :company_id, :parent_id, :name, :position)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":parent_id"_s, nullIfEmpty(parentId));
    insert.bind(u":name"_s, name.trimmed());
    insert.bind(u":position"_s, position);
    if (!insert.exec()) {
        if (isForeignKeyViolation(insert.errorString())) {
            *error = ServiceError::validation(u"parent_id"_s, u"no category %1"_s.arg(parentId));
            return {};
        }
        write.fail(insert.errorString());
    }
    const QJsonObject after{{u"id"_s, id}, {u"name"_s, name.trimmed()}, {u"parent_id"_s, parentId.isEmpty() ? QJsonValue() : QJsonValue(parentId)}, {u"position"_s, position}};
    write.audit(u"category.create"_s, u"category"_s, id, {}, after);
    write.outbox(u"category.upserted"_s, after);
    return finish(write, error) ? id : QString();
}

bool CatalogService::updateCategory(const Actor &actor, const QString &categoryId, const QJsonObject &changes, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery current = write.query(u"SELECT name, COALESCE(parent_id, ''), position FROM categories WHERE company_id = :company_id AND id = :id"_s);
    current.bind(u":id"_s, categoryId);
    if (!current.exec() || !current.next()) {
        *error = ServiceError::notFound(u"no category %1"_s.arg(categoryId));
        return false;
    }
    const QJsonObject before{{u"name"_s, current.value(0).toString()}, {u"parent_id"_s, current.value(1).toString()}, {u"position"_s, current.value(2).toInt()}};
    current.finish();
    QJsonObject after = before;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == "name"_L1 && it.value().isString() && !it.value().toString().trimmed().isEmpty() && it.value().toString().size() <= 200) {
            after.insert(u"name"_s, it.value().toString().trimmed());
        } else if (it.key() == "position"_L1 && it.value().isDouble()) {
            after.insert(u"position"_s, it.value().toInt());
        } else if (it.key() == "parent_id"_L1 && (it.value().isString() || it.value().isNull())) {
            after.insert(u"parent_id"_s, it.value().toString());
        } else {
            *error = ServiceError::validation(it.key(), u"cannot be set to this (name: text, parent_id: a category id or null, position: a number)"_s);
            return false;
        }
    }
    const QString parent = after.value(u"parent_id"_s).toString();
    if (!parent.isEmpty()) {
        // Walking up from the new parent must not meet this category: no cycles in the tree.
        TenantQuery ancestors = write.query(u"WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM categories WHERE company_id = :company_id AND id = :parent "
                                            "UNION ALL SELECT c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id) "
                                            "SELECT COUNT(*), SUM(CASE WHEN id = :id THEN 1 ELSE 0 END) FROM up"_s);
        ancestors.bind(u":parent"_s, parent);
        ancestors.bind(u":id"_s, categoryId);
        if (!ancestors.exec() || !ancestors.next() || ancestors.value(0).toLongLong() == 0) {
            *error = ServiceError::validation(u"parent_id"_s, u"no category %1"_s.arg(parent));
            return false;
        }
        if (ancestors.value(1).toLongLong() > 0) {
            *error = ServiceError::validation(u"parent_id"_s, u"a category cannot be moved under itself or its own subcategories"_s);
            return false;
        }
        ancestors.finish();
    }
    TenantQuery update = write.query(u"UPDATE categories SET name = :name, parent_id = :parent_id, position = :position WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":name"_s, after.value(u"name"_s).toString());
    update.bind(u":parent_id"_s, nullIfEmpty(parent));
    update.bind(u":position"_s, after.value(u"position"_s).toInt());
    update.bind(u":id"_s, categoryId);
    if (!update.exec()) {
        write.fail(update.errorString());
    }
    after.insert(u"id"_s, categoryId);
    write.audit(u"category.update"_s, u"category"_s, categoryId, before, after);
    write.outbox(u"category.upserted"_s, after);
    return finish(write, error);
}

bool CatalogService::deleteCategory(const Actor &actor, const QString &categoryId, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery used = write.query(u"SELECT (SELECT COUNT(*) FROM products WHERE company_id = :company_id AND category_id = :id), "
                                   "(SELECT COUNT(*) FROM categories WHERE company_id = :company_id AND parent_id = :id)"_s);
    used.bind(u":id"_s, categoryId);
    if (!used.exec() || !used.next()) {
        *error = ServiceError::internal(used.errorString());
        return false;
    }
    if (used.value(0).toLongLong() > 0 || used.value(1).toLongLong() > 0) {
        *error = ServiceError::conflict(u"category_in_use"_s, u"the category still has %1 products and %2 subcategories; move them first"_s
                                                                  .arg(used.value(0).toLongLong())
                                                                  .arg(used.value(1).toLongLong()));
        return false;
    }
    used.finish();
    TenantQuery remove = write.query(u"DELETE FROM categories WHERE company_id = :company_id AND id = :id"_s);
    remove.bind(u":id"_s, categoryId);
    if (!remove.exec()) {
        write.fail(remove.errorString());
    } else if (remove.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"no category %1"_s.arg(categoryId));
        return false;
    }
    write.audit(u"category.delete"_s, u"category"_s, categoryId, QJsonObject{{u"id"_s, categoryId}}, {});
    write.outbox(u"category.deleted"_s, QJsonObject{{u"id"_s, categoryId}});
    return finish(write, error);
}

QString CatalogService::createProduct(const Actor &actor, const ProductDraft &draft, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return {};
    }
    if (draft.name.trimmed().isEmpty() || draft.name.size() > 300) {
        *error = ServiceError::validation(u"name"_s, u"a name of 1 to 300 characters is needed"_s);
        return {};
    }
    if (draft.taxCategoryId.isEmpty()) {
        *error = ServiceError::validation(u"tax_category_id"_s, u"a tax category is needed"_s);
        return {};
    }
    if (!kProductStatuses.contains(draft.status)) {
        *error = ServiceError::validation(u"status"_s, u"use active, draft or archived"_s);
        return {};
    }
    if (draft.variants.isEmpty()) {
        *error = ServiceError::validation(u"variants"_s, u"a product needs at least one variant"_s);
        return {};
    }
    for (qsizetype i = 0; i < draft.variants.size(); ++i) {
        if (const ServiceError problem = variantProblem(draft.variants[i], u"variants[%1]"_s.arg(i)); problem.isSet()) {
            *error = problem;
            return {};
        }
    }
    const QString id = newId();
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO products (id, company_id, category_id, tax_category_id, name, description, brand, status, created_at, updated_at) "
                                     "VALUES (:id, :company_id, :category_id, :tax_category_id, :name, :description, :brand, :status, :now, :now)"_s);
    insert.bind(u":id"_s, id);
    insert.bind(u":category_id"_s, nullIfEmpty(draft.categoryId));
    insert.bind(u":tax_category_id"_s, draft.taxCategoryId);
    insert.bind(u":name"_s, draft.name.trimmed());
    insert.bind(u":description"_s, draft.description);
    insert.bind(u":brand"_s, draft.brand.trimmed());
    insert.bind(u":status"_s, draft.status);
    insert.bind(u":now"_s, write.now());
    if (!insert.exec()) {
        if (isForeignKeyViolation(insert.errorString())) {
            *error = ServiceError::validation(u"category_id"_s, u"the category or tax category does not exist in this company"_s);
            return {};
        }
        write.fail(insert.errorString());
    }
    QJsonArray variants;
    for (qsizetype i = 0; i < draft.variants.size(); ++i) {
        const QString variantId = newId();
        if (write.isOpen() && !insertVariant(write, id, variantId, draft.variants[i], u"variants[%1]"_s.arg(i), error)) {
            return {};
        }
        variants.append(variantJson(variantId, draft.variants[i]));
    }
    const QJsonObject after{{u"id"_s, id},
                            {u"name"_s, draft.name.trimmed()},
                            {u"brand"_s, draft.brand.trimmed()},
                            {u"category_id"_s, draft.categoryId},
                            {u"tax_category_id"_s, draft.taxCategoryId},
                            {u"status"_s, draft.status},
                            {u"variants"_s, variants}};
    write.audit(u"product.create"_s, u"product"_s, id, {}, after);
    write.outbox(u"product.upserted"_s, after);
    return finish(write, error) ? id : QString();
}

bool CatalogService::updateProduct(const Actor &actor, const QString &productId, const QJsonObject &changes, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery current = write.query(u"SELECT name, description, brand, COALESCE(category_id, ''), tax_category_id, status FROM products "
                                      "WHERE company_id = :company_id AND id = :id"_s);
    current.bind(u":id"_s, productId);
    if (!current.exec() || !current.next()) {
        *error = ServiceError::notFound(u"no product %1"_s.arg(productId));
        return false;
    }
    const QStringList columns = {u"name"_s, u"description"_s, u"brand"_s, u"category_id"_s, u"tax_category_id"_s, u"status"_s};
    QJsonObject before;
    for (int i = 0; i < columns.size(); ++i) {
        before.insert(columns[i], current.value(i).toString());
    }
    current.finish();
    QJsonObject after = before;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!columns.contains(it.key())) {
            *error = ServiceError::validation(it.key(), u"is not a product field (%1)"_s.arg(columns.join(u", "_s)));
            return false;
        }
        if (!it.value().isString() && !(it.key() == "category_id"_L1 && it.value().isNull())) {
            *error = ServiceError::validation(it.key(), u"must be a string"_s);
            return false;
        }
        const QString value = it.value().toString();
        if ((it.key() == "name"_L1 && (value.trimmed().isEmpty() || value.size() > 300)) || (it.key() == "tax_category_id"_L1 && value.isEmpty())) {
            *error = ServiceError::validation(it.key(), u"must not be empty"_s);
            return false;
        }
        if (it.key() == "status"_L1 && !kProductStatuses.contains(value)) {
            *error = ServiceError::validation(u"status"_s, u"use active, draft or archived"_s);
            return false;
        }
        after.insert(it.key(), it.key() == "name"_L1 ? value.trimmed() : value);
    }
    TenantQuery update = write.query(u"UPDATE products SET name = :name, description = :description, brand = :brand, category_id = :category_id, "
                                     "tax_category_id = :tax_category_id, status = :status, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    for (const QString &column : columns) {
        update.bind(u":"_s + column, column == "category_id"_L1 ? nullIfEmpty(after.value(column).toString()) : QVariant(after.value(column).toString()));
    }
    update.bind(u":now"_s, write.now());
    update.bind(u":id"_s, productId);
    if (!update.exec()) {
        if (isForeignKeyViolation(update.errorString())) {
            *error = ServiceError::validation(changes.contains(u"category_id"_s) ? u"category_id"_s : u"tax_category_id"_s, u"does not exist in this company"_s);
            return false;
        }
        write.fail(update.errorString());
    }
    after.insert(u"id"_s, productId);
    write.audit(u"product.update"_s, u"product"_s, productId, before, after);
    write.outbox(u"product.upserted"_s, after);
    return finish(write, error);
}

QString CatalogService::addVariant(const Actor &actor, const QString &productId, const VariantDraft &draft, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return {};
    }
    if (const ServiceError problem = variantProblem(draft, {}); problem.isSet()) {
        *error = problem;
        return {};
    }
    BusinessWrite write(m_context, actor);
    TenantQuery product = write.query(u"SELECT 1 FROM products WHERE company_id = :company_id AND id = :id"_s);
    product.bind(u":id"_s, productId);
    if (!product.exec() || !product.next()) {
        *error = ServiceError::notFound(u"no product %1"_s.arg(productId));
        return {};
    }
    product.finish();
    const QString id = newId();
    if (!insertVariant(write, productId, id, draft, {}, error)) {
        return {};
    }
    QJsonObject after = variantJson(id, draft);
    after.insert(u"product_id"_s, productId);
    write.audit(u"variant.create"_s, u"variant"_s, id, {}, after);
    write.outbox(u"variant.upserted"_s, after);
    return finish(write, error) ? id : QString();
}

bool CatalogService::updateVariant(const Actor &actor, const QString &variantId, const QJsonObject &changes, ServiceError *error)
{
    const bool touchesPrice = changes.contains(u"price"_s) || changes.contains(u"cost"_s);
    if (!actor.can(Action::CatalogWrite) && !(touchesPrice && changes.size() <= 2 && actor.can(Action::PriceWrite))) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return false;
    }
    if (touchesPrice && !actor.can(Action::PriceWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change prices"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery current = write.query(u"SELECT name, price, cost, attributes, active, weight_grams FROM variants WHERE company_id = :company_id AND id = :id"_s);
    current.bind(u":id"_s, variantId);
    if (!current.exec() || !current.next()) {
        *error = ServiceError::notFound(u"no variant %1"_s.arg(variantId));
        return false;
    }
    const QJsonObject before{{u"name"_s, current.value(0).toString()},
                             {u"price"_s, current.value(1).toLongLong()},
                             {u"cost"_s, current.value(2).isNull() ? QJsonValue() : QJsonValue(current.value(2).toLongLong())},
                             {u"attributes"_s, QJsonDocument::fromJson(current.value(3).toString().toUtf8()).object()},
                             {u"active"_s, current.value(4).toInt() == 1},
                             {u"weight_grams"_s, current.value(5).isNull() ? QJsonValue() : QJsonValue(current.value(5).toLongLong())}};
    current.finish();
    QJsonObject after = before;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const bool wholeNumber = value.isDouble() && value.toDouble() == double(value.toInteger()) && value.toInteger() >= 0;
        if (key == "name"_L1 && value.isString() && value.toString().size() <= 200) {
            after.insert(key, value.toString().trimmed());
        } else if ((key == "price"_L1 && wholeNumber) || ((key == "cost"_L1 || key == "weight_grams"_L1) && (wholeNumber || value.isNull()))) {
            after.insert(key, value);
        } else if (key == "attributes"_L1 && value.isObject()) {
            after.insert(key, value);
        } else if (key == "active"_L1 && value.isBool()) {
            after.insert(key, value);
        } else {
            *error = ServiceError::validation(key, key == "price"_L1 || key == "cost"_L1 || key == "weight_grams"_L1 ? u"must be a whole number of 0 or more"_s
                                                                                                                 : u"cannot be set to this value"_s);
            return false;
        }
    }
    TenantQuery update = write.query(u"UPDATE variants SET name = :name, price = :price, cost = :cost, attributes = :attributes, active = :active, "
                                     "weight_grams = :weight_grams, updated_at = :now WHERE company_id = :company_id AND id = :id"_s);
    update.bind(u":name"_s, after.value(u"name"_s).toString());
    update.bind(u":price"_s, after.value(u"price"_s).toInteger());
    update.bind(u":cost"_s, after.value(u"cost"_s).isNull() ? QVariant() : QVariant(after.value(u"cost"_s).toInteger()));
    update.bind(u":attributes"_s, QString::fromUtf8(QJsonDocument(after.value(u"attributes"_s).toObject()).toJson(QJsonDocument::Compact)));
    update.bind(u":active"_s, after.value(u"active"_s).toBool() ? 1 : 0);
    update.bind(u":weight_grams"_s, after.value(u"weight_grams"_s).isNull() ? QVariant() : QVariant(after.value(u"weight_grams"_s).toInteger()));
    update.bind(u":now"_s, write.now());
    update.bind(u":id"_s, variantId);
    if (!update.exec()) {
        write.fail(update.errorString());
    }
    if (after.value(u"price"_s).toInteger() != before.value(u"price"_s).toInteger()) {
        TenantQuery history = write.query(u"INSERT INTO price_changes (id, company_id, variant_id, old_price, new_price, changed_at, changed_by) "
                                          "VALUES (:id, :company_id, :variant_id, :old_price, :new_price, :now, :actor)"_s);
        history.bind(u":id"_s, newId());
        history.bind(u":variant_id"_s, variantId);
        history.bind(u":old_price"_s, before.value(u"price"_s).toInteger());
        history.bind(u":new_price"_s, after.value(u"price"_s).toInteger());
        history.bind(u":now"_s, write.now());
        history.bind(u":actor"_s, actor.userId);
        if (write.isOpen() && !history.exec()) {
            write.fail(history.errorString());
        }
    }
    after.insert(u"id"_s, variantId);
    write.audit(u"variant.update"_s, u"variant"_s, variantId, before, after);
    write.outbox(u"variant.upserted"_s, after);
    return finish(write, error);
}

bool CatalogService::addBarcode(const Actor &actor, const QString &variantId, const QString &code, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return false;
    }
    const BarcodeValidation check = validateBarcode(code);
    if (!check.valid) {
        *error = ServiceError::validation(u"code"_s, check.error);
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery insert = write.query(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (:company_id, :code, :variant_id, :kind)"_s);
    insert.bind(u":code"_s, code);
    insert.bind(u":variant_id"_s, variantId);
    insert.bind(u":kind"_s, barcodeKindName(check.kind));
    if (!insert.exec()) {
        const QString text = insert.errorString();
        *error = isUniqueViolation(text) ? ServiceError::conflict(u"barcode_taken"_s, u"code: %1 belongs to a variant already"_s.arg(code))
            : isForeignKeyViolation(text) ? ServiceError::notFound(u"no variant %1"_s.arg(variantId))
                                          : ServiceError::internal(text);
        return false;
    }
    const QJsonObject after{{u"variant_id"_s, variantId}, {u"code"_s, code}, {u"kind"_s, barcodeKindName(check.kind)}};
    write.audit(u"barcode.add"_s, u"variant"_s, variantId, {}, after);
    write.outbox(u"barcode.added"_s, after);
    return finish(write, error);
}

bool CatalogService::removeBarcode(const Actor &actor, const QString &variantId, const QString &code, ServiceError *error)
{
    if (!actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change the catalog"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery remove = write.query(u"DELETE FROM barcodes WHERE company_id = :company_id AND code = :code AND variant_id = :variant_id"_s);
    remove.bind(u":code"_s, code);
    remove.bind(u":variant_id"_s, variantId);
    if (!remove.exec()) {
        write.fail(remove.errorString());
    } else if (remove.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"variant %1 has no barcode %2"_s.arg(variantId, code));
        return false;
    }
    const QJsonObject before{{u"variant_id"_s, variantId}, {u"code"_s, code}};
    write.audit(u"barcode.remove"_s, u"variant"_s, variantId, before, {});
    write.outbox(u"barcode.removed"_s, before);
    return finish(write, error);
}

bool CatalogService::setListing(const Actor &actor, const QString &shopId, const QString &variantId, qint64 priceOverride, bool visible, ServiceError *error)
{
    if (!actor.can(Action::PriceWrite) && !actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change shop prices"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery upsert = write.query(u"INSERT INTO shop_listings (company_id, shop_id, variant_id, price_override, visible) VALUES (:company_id, :shop_id, "
                                     ":variant_id, :price_override, :visible) ON CONFLICT (shop_id, variant_id) DO UPDATE SET "
                                     "price_override = excluded.price_override, visible = excluded.visible"_s);
    upsert.bind(u":shop_id"_s, shopId);
    upsert.bind(u":variant_id"_s, variantId);
    upsert.bind(u":price_override"_s, priceOverride >= 0 ? QVariant(priceOverride) : QVariant());
    upsert.bind(u":visible"_s, visible ? 1 : 0);
    if (!upsert.exec()) {
        const QString text = upsert.errorString();
        *error = isForeignKeyViolation(text) ? ServiceError::notFound(u"no such shop or variant in this company"_s) : ServiceError::internal(text);
        return false;
    }
    const QJsonObject after{{u"shop_id"_s, shopId}, {u"variant_id"_s, variantId}, {u"price_override"_s, priceOverride >= 0 ? QJsonValue(priceOverride) : QJsonValue()},
                            {u"visible"_s, visible}};
    write.audit(u"listing.set"_s, u"shop_listing"_s, variantId, {}, after);
    write.outbox(u"listing.upserted"_s, after);
    return finish(write, error);
}

bool CatalogService::removeListing(const Actor &actor, const QString &shopId, const QString &variantId, ServiceError *error)
{
    if (!actor.can(Action::PriceWrite) && !actor.can(Action::CatalogWrite)) {
        *error = ServiceError::forbidden(u"%1 may not change shop prices"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery remove = write.query(u"DELETE FROM shop_listings WHERE company_id = :company_id AND shop_id = :shop_id AND variant_id = :variant_id"_s);
    remove.bind(u":shop_id"_s, shopId);
    remove.bind(u":variant_id"_s, variantId);
    if (!remove.exec()) {
        write.fail(remove.errorString());
    } else if (remove.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"no listing of variant %1 in shop %2"_s.arg(variantId, shopId));
        return false;
    }
    const QJsonObject before{{u"shop_id"_s, shopId}, {u"variant_id"_s, variantId}};
    write.audit(u"listing.remove"_s, u"shop_listing"_s, variantId, before, {});
    write.outbox(u"listing.removed"_s, before);
    return finish(write, error);
}

} // namespace kassa
