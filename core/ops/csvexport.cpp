#include "csvexport.h"

#include "categorytree.h"
#include "csv.h"
#include "csvimport.h"
#include "customerimport.h"
#include "domain/money.h"
#include "importreport.h"
#include "productcsv.h"
#include "productimport.h"
#include "stockimport.h"
#include "storage/tenantquery.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

QStringList headerOf(const QList<CsvColumn> &columns)
{
    QStringList names;
    for (const CsvColumn &column : columns) {
        names << column.name;
    }
    return names;
}

bool run(TenantQuery &query, const QString &sql, QString *error)
{
    if (!query.prepare(sql) || !query.exec()) {
        *error = u"cannot read the data: %1"_s.arg(query.errorString());
        return false;
    }
    return true;
}

QString money(qint64 minorUnits, const QString &currency)
{
    return Money(minorUnits, currency).toDecimalString();
}

bool exportProducts(const QSqlDatabase &db, const QString &companyId, CsvWriter &writer, QString *error)
{
    TenantQuery query(db, companyId);
    if (!run(query, u"SELECT currency FROM companies WHERE id = :company_id"_s, error) || !query.next()) {
        *error = error->isEmpty() ? u"the company does not exist"_s : *error;
        return false;
    }
    const QString currency = query.value(0).toString();
    CategoryTree categories;
    if (!categories.load(db, companyId, error)) {
        return false;
    }
    QHash<QString, QStringList> barcodes;
    if (!run(query, u"SELECT variant_id, code FROM barcodes WHERE company_id = :company_id ORDER BY code"_s, error)) {
        return false;
    }
    while (query.next()) {
        barcodes[query.value(0).toString()].append(query.value(1).toString());
    }
    if (!run(query,
             u"SELECT v.id, v.sku, p.name, v.name, COALESCE(p.category_id, ''), p.brand, v.price, v.cost, t.rate_bp, v.attributes, v.unit, "
             "v.pricing_unit, v.active FROM variants v JOIN products p ON p.id = v.product_id JOIN tax_categories t ON t.id = p.tax_category_id "
             "WHERE v.company_id = :company_id ORDER BY p.name, p.id, v.sku"_s,
             error)) {
        return false;
    }
    writer.writeRow(headerOf(productImportColumns()));
    while (query.next() && writer.ok()) {
        writer.writeRow({query.value(1).toString(), query.value(2).toString(), query.value(3).toString(), categories.pathOf(query.value(4).toString()),
                         query.value(5).toString(), money(query.value(6).toLongLong(), currency),
                         query.value(7).isNull() ? QString() : money(query.value(7).toLongLong(), currency), basisPointsToPercent(query.value(8).toInt()),
                         barcodes.value(query.value(0).toString()).join(u'|'),
                         formatAttributes(QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object()), query.value(10).toString(),
                         QString::number(query.value(11).toInt()), csvBool(query.value(12).toInt() == 1)});
    }
    return true;
}

bool exportStock(const QSqlDatabase &db, const QString &companyId, CsvWriter &writer, QString *error)
{
    TenantQuery query(db, companyId);
    if (!run(query,
             u"SELECT s.slug, l.code, v.sku, sl.on_hand FROM stock_levels sl JOIN locations l ON l.id = sl.location_id JOIN shops s ON s.id = l.shop_id "
             "JOIN variants v ON v.id = sl.variant_id WHERE sl.company_id = :company_id ORDER BY s.slug, l.code, v.sku"_s,
             error)) {
        return false;
    }
    writer.writeRow(headerOf(stockImportColumns()));
    while (query.next() && writer.ok()) {
        writer.writeRow({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), QString::number(query.value(3).toLongLong())});
    }
    return true;
}

bool exportCustomers(const QSqlDatabase &db, const QString &companyId, CsvWriter &writer, ExportResult *result, QString *error)
{
    TenantQuery query(db, companyId);
    if (!run(query,
             u"SELECT name, COALESCE(email, ''), COALESCE(phone, ''), consent_marketing, consent_email_receipts, note FROM customers "
             "WHERE company_id = :company_id ORDER BY name, id"_s,
             error)) {
        return false;
    }
    writer.writeRow(headerOf(customerImportColumns()));
    qint64 unmatchable = 0;
    while (query.next() && writer.ok()) {
        const QString email = query.value(1).toString();
        const QString phone = query.value(2).toString();
        unmatchable += email.isEmpty() && phone.isEmpty() ? 1 : 0;
        writer.writeRow({query.value(0).toString(), email, phone, csvBool(query.value(3).toInt() == 1), csvBool(query.value(4).toInt() == 1),
                         query.value(5).toString()});
    }
    if (unmatchable > 0) {
        result->warnings << u"%1 customers have neither an email nor a phone; an import of this file reports their rows as bad"_s.arg(unmatchable);
    }
    return true;
}

bool exportSales(const QSqlDatabase &db, const QString &companyId, CsvWriter &writer, QString *error)
{
    TenantQuery query(db, companyId);
    if (!run(query,
             u"SELECT s.receipt_number, s.occurred_at, sh.slug, sh.timezone, s.kind, l.line_number, v.sku, l.description, l.quantity, l.unit_price, "
             "l.line_discount, l.tax_rate_bp, l.tax_amount, l.line_total, s.currency, COALESCE(c.email, '') "
             "FROM sales s JOIN sale_lines l ON l.sale_id = s.id JOIN shops sh ON sh.id = s.shop_id JOIN variants v ON v.id = l.variant_id "
             "LEFT JOIN customers c ON c.id = s.customer_id WHERE s.company_id = :company_id ORDER BY s.occurred_at, s.receipt_number, l.line_number"_s,
             error)) {
        return false;
    }
    writer.writeRow({u"receipt_number"_s, u"occurred_at"_s, u"shop"_s, u"kind"_s, u"line_number"_s, u"sku"_s, u"description"_s, u"quantity"_s,
                     u"unit_price"_s, u"line_discount"_s, u"tax_rate"_s, u"tax_amount"_s, u"line_total"_s, u"currency"_s, u"customer_email"_s});
    QHash<QString, QTimeZone> zones;
    while (query.next() && writer.ok()) {
        const QString zoneName = query.value(3).toString();
        auto zone = zones.find(zoneName);
        if (zone == zones.end()) {
            QTimeZone timeZone(zoneName.toUtf8());
            zone = zones.insert(zoneName, timeZone.isValid() ? timeZone : QTimeZone(QByteArrayLiteral("UTC")));
        }
        const QString currency = query.value(14).toString();
        writer.writeRow({query.value(0).toString(), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), zone.value()).toString(Qt::ISODate),
                         query.value(2).toString(), query.value(4).toString(), QString::number(query.value(5).toInt()), query.value(6).toString(),
                         query.value(7).toString(), QString::number(query.value(8).toLongLong()), money(query.value(9).toLongLong(), currency),
                         money(query.value(10).toLongLong(), currency), basisPointsToPercent(query.value(11).toInt()), money(query.value(12).toLongLong(), currency),
                         money(query.value(13).toLongLong(), currency), currency, query.value(15).toString()});
    }
    return true;
}

} // namespace

bool parseCsvExportKind(const QString &name, CsvExportKind *kind)
{
    if (name == "products"_L1) {
        *kind = CsvExportKind::Products;
    } else if (name == "stock"_L1) {
        *kind = CsvExportKind::Stock;
    } else if (name == "customers"_L1) {
        *kind = CsvExportKind::Customers;
    } else if (name == "sales"_L1) {
        *kind = CsvExportKind::Sales;
    } else {
        return false;
    }
    return true;
}

bool exportCsv(Database &database, const Actor &actor, const QString &companyId, CsvExportKind kind, QIODevice *device, ExportResult *result, QString *error)
{
    const Action dataAction = kind == CsvExportKind::Products ? Action::CatalogRead
        : kind == CsvExportKind::Stock                        ? Action::StockRead
        : kind == CsvExportKind::Customers                    ? Action::CustomerRead
                                                              : Action::ReportRead;
    if (const QString refusal = importExportRefusal(actor, companyId, dataAction); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    QSqlDatabase db = database.connection();
    // One read transaction: the file shows one moment even while terminals keep selling.
    if (!db.transaction()) {
        *error = u"cannot start reading: %1"_s.arg(db.lastError().text());
        return false;
    }
    CsvWriter writer(device);
    bool ok = false;
    switch (kind) {
    case CsvExportKind::Products:
        ok = exportProducts(db, companyId, writer, error);
        break;
    case CsvExportKind::Stock:
        ok = exportStock(db, companyId, writer, error);
        break;
    case CsvExportKind::Customers:
        ok = exportCustomers(db, companyId, writer, result, error);
        break;
    case CsvExportKind::Sales:
        ok = exportSales(db, companyId, writer, error);
        break;
    }
    db.rollback(); // nothing was written; ending the read transaction is all that is left
    if (ok && !writer.ok()) {
        *error = u"cannot write the file: %1"_s.arg(device->errorString());
        ok = false;
    }
    result->rows = ok ? writer.rowsWritten() - 1 : 0;
    return ok;
}

} // namespace kassa
