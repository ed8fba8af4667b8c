#pragma once

#include "domain/actor.h"
#include "storage/database.h"

class QIODevice;

namespace kassa {

// CSV exports behind `kassactl export`. Products, stock and customers are written in exactly the
// import formats (productimport.h, stockimport.h, customerimport.h), so exporting a file and
// importing it again changes nothing. Sales are one row per sale line:
//
//   receipt_number, occurred_at, shop, kind, line_number, sku, description, quantity, unit_price,
//   line_discount, tax_rate, tax_amount, line_total, currency, customer_email
//
// occurred_at is ISO 8601 in the shop's time zone with its offset (2024-05-03T14:05:09+02:00);
// amounts are decimals in the sale's currency; tax_rate is percent; returns and voids have negative
// quantities and amounts. Everything is read in one transaction, so the file is one moment's state.
enum class CsvExportKind { Products, Stock, Customers, Sales };

bool parseCsvExportKind(const QString &name, CsvExportKind *kind);

struct ExportResult {
    qint64 rows = 0; // data rows, without the header
    QStringList warnings; // things a person should know about the file
};

bool exportCsv(Database &database, const Actor &actor, const QString &companyId, CsvExportKind kind, QIODevice *device, ExportResult *result, QString *error);

} // namespace kassa
