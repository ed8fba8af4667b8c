#include "stockimport.h"

#include "domain/uuid7.h"
#include "services/stockledger.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct StockRow {
    int number = 0;
    QString shop, location, sku;
    QString locationId, variantId;
    qint64 target = 0;
    qint64 current = 0;
    bool hadLevel = false;
};

struct ShopLocations {
    QString shopId;
    QHash<QString, QString> idByCode; // upper-case code -> location id
};

} // namespace

QList<CsvColumn> stockImportColumns()
{
    return {{u"shop"_s, true}, {u"location"_s, true}, {u"sku"_s, true}, {u"on_hand"_s, true}};
}

ImportReport importStock(CoreContext &context, const Actor &actor, const QString &companyId, const CsvTable &table, const ImportOptions &options)
{
    ImportReport report;
    report.rowsRead = table.size();
    BusinessWrite write(context, actor, companyId);
    if (!write.isOpen()) {
        report.failure = write.errorString();
        return report;
    }
    QHash<QString, std::optional<ShopLocations>> shops; // by slug; nullopt when unknown
    QHash<QString, QString> variantBySku;
    QHash<QString, int> rowOfItem; // location id + variant id -> first row
    QList<StockRow> rows;

    const auto shopNamed = [&](const QString &slug) -> const std::optional<ShopLocations> & {
        auto it = shops.find(slug);
        if (it != shops.end()) {
            return it.value();
        }
        std::optional<ShopLocations> found;
        TenantQuery shop = write.query(u"SELECT id FROM shops WHERE company_id = :company_id AND slug = :slug"_s);
        shop.bind(u":slug"_s, slug);
        if (!shop.exec()) {
            write.fail(u"cannot look up shop %1: %2"_s.arg(slug, shop.errorString()));
        } else if (shop.next()) {
            found.emplace();
            found->shopId = shop.value(0).toString();
            shop.finish();
            TenantQuery locations = write.query(u"SELECT id, code FROM locations WHERE company_id = :company_id AND shop_id = :shop_id"_s);
            locations.bind(u":shop_id"_s, found->shopId);
            if (!locations.exec()) {
                write.fail(u"cannot read the locations of %1: %2"_s.arg(slug, locations.errorString()));
            }
            while (locations.next()) {
                found->idByCode.insert(locations.value(1).toString().toUpper(), locations.value(0).toString());
            }
        }
        return shops.insert(slug, found).value();
    };

    for (qsizetype index = 0; index < table.size() && write.isOpen(); ++index) {
        StockRow row;
        row.number = table.rowNumber(index);
        bool bad = false;
        const auto issue = [&](const QString &column, const QString &message) {
            report.badRows.append(ImportIssue{row.number, column, message});
            bad = true;
        };
        if (const QString problem = table.shapeProblem(index); !problem.isEmpty()) {
            issue({}, problem);
            continue;
        }
        row.shop = table.value(index, u"shop"_s);
        row.location = table.value(index, u"location"_s);
        row.sku = table.value(index, u"sku"_s);
        const QString quantity = table.value(index, u"on_hand"_s);

        const std::optional<ShopLocations> *shop = nullptr;
        if (row.shop.isEmpty()) {
            issue(u"shop"_s, u"is empty; write the shop's slug"_s);
        } else {
            shop = &shopNamed(row.shop);
            if (!shop->has_value()) {
                issue(u"shop"_s, u"there is no shop \"%1\" in this company"_s.arg(row.shop));
            }
        }
        if (row.location.isEmpty()) {
            issue(u"location"_s, u"is empty; write the location's code (FLOOR, BACK, WH, …)"_s);
        } else if (shop && shop->has_value()) {
            row.locationId = (*shop)->idByCode.value(row.location.toUpper());
            if (row.locationId.isEmpty()) {
                QStringList codes = (*shop)->idByCode.keys();
                codes.sort();
                issue(u"location"_s, u"shop %1 has no location \"%2\" (it has %3)"_s.arg(row.shop, row.location, codes.join(u", "_s)));
            }
        }
        if (row.sku.isEmpty()) {
            issue(u"sku"_s, u"is empty"_s);
        } else {
            auto it = variantBySku.find(row.sku);
            if (it == variantBySku.end()) {
                TenantQuery variant = write.query(u"SELECT id FROM variants WHERE company_id = :company_id AND sku = :sku"_s);
                variant.bind(u":sku"_s, row.sku);
                if (!variant.exec()) {
                    write.fail(u"cannot look up SKU %1: %2"_s.arg(row.sku, variant.errorString()));
                    break;
                }
                it = variantBySku.insert(row.sku, variant.next() ? variant.value(0).toString() : QString());
                variant.finish();
            }
            row.variantId = it.value();
            if (row.variantId.isEmpty()) {
                issue(u"sku"_s, u"there is no SKU \"%1\"; import the products first"_s.arg(row.sku));
            }
        }
        bool ok = false;
        row.target = quantity.toLongLong(&ok);
        if (!ok) {
            issue(u"on_hand"_s, u"\"%1\" is not a whole number"_s.arg(quantity));
        }
        if (!row.locationId.isEmpty() && !row.variantId.isEmpty()) {
            const QString item = row.locationId + u'/' + row.variantId;
            if (const auto first = rowOfItem.constFind(item); first != rowOfItem.constEnd()) {
                issue(u"sku"_s, u"%1 at %2 %3 is on row %4 already"_s.arg(row.sku, row.shop, row.location).arg(first.value()));
            } else {
                rowOfItem.insert(item, row.number);
            }
        }
        if (!bad) {
            rows.append(row);
        }
    }
    if (!write.isOpen()) {
        report.failure = write.errorString();
        return report;
    }
    if (!report.badRows.isEmpty() && !options.skipBadRows) {
        return report;
    }

    // Read the levels inside this write transaction, so the adjustments are against what is on hand
    // at the moment they are posted, whatever terminals sold since the count sheet was made.
    const QString importId = newId();
    QList<StockMovement> movements;
    QList<const StockRow *> movedRows;
    for (StockRow &row : rows) {
        TenantQuery level = write.query(u"SELECT on_hand FROM stock_levels WHERE company_id = :company_id AND location_id = :location_id AND variant_id = :variant_id"_s);
        level.bind(u":location_id"_s, row.locationId);
        level.bind(u":variant_id"_s, row.variantId);
        if (!level.exec()) {
            report.failure = u"cannot read the stock level of %1: %2"_s.arg(row.sku, level.errorString());
            return report;
        }
        row.hadLevel = level.next();
        row.current = row.hadLevel ? level.value(0).toLongLong() : 0;
        level.finish();
        if (row.target == row.current) {
            ++report.unchanged;
            continue;
        }
        ++(row.hadLevel ? report.updated : report.created);
        StockMovement movement;
        movement.locationId = row.locationId;
        movement.variantId = row.variantId;
        movement.quantityDelta = row.target - row.current;
        movement.reason = StockReason::Adjustment;
        movement.refType = u"import"_s;
        movement.refId = importId;
        movements.append(movement);
        movedRows.append(&row);
    }
    if (!movements.isEmpty() && StockLedger::post(write, movements)) {
        for (qsizetype i = 0; i < movements.size() && write.isOpen(); ++i) {
            const StockMovement &m = movements.at(i);
            const StockRow &row = *movedRows.at(i);
            const QJsonObject movement{{u"id"_s, m.id},
                                       {u"location_id"_s, m.locationId},
                                       {u"variant_id"_s, m.variantId},
                                       {u"quantity_delta"_s, m.quantityDelta},
                                       {u"reason"_s, stockReasonName(m.reason)},
                                       {u"ref_type"_s, m.refType},
                                       {u"ref_id"_s, m.refId},
                                       {u"occurred_at"_s, m.occurredAt}};
            const QJsonObject where{{u"shop"_s, row.shop}, {u"location"_s, row.location}, {u"sku"_s, row.sku}};
            QJsonObject before = where;
            before.insert(u"on_hand"_s, row.current);
            QJsonObject after = where;
            after.insert(u"on_hand"_s, row.target);
            after.insert(u"movement"_s, movement);
            write.audit(u"stock.import"_s, u"stock_movement"_s, m.id, before, after);
            write.outbox(u"stock.movements"_s, QJsonObject{{u"movements"_s, QJsonArray{movement}}});
        }
    }
    if (!write.isOpen()) {
        report.failure = write.errorString();
        report.created = report.updated = report.unchanged = 0;
        return report;
    }
    if (options.dryRun) {
        return report;
    }
    if (!write.commit()) {
        report.failure = write.errorString();
        return report;
    }
    report.committed = true;
    return report;
}

} // namespace kassa
