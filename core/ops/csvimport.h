#pragma once

#include "domain/actor.h"
#include "importreport.h"
#include "services/corecontext.h"

#include <QByteArray>

namespace kassa {

// The CSV imports behind `kassactl import` and the back office. The formats are described in
// productimport.h, stockimport.h and customerimport.h.
enum class CsvImportKind { Products, Stock, Customers };

bool parseCsvImportKind(const QString &name, CsvImportKind *kind);

// Checks that `actor` may import into `companyId`, reads the file's header and runs the import as
// one business write. Nothing is written when the report has file errors, a failure, or bad rows
// without `skipBadRows`, nor in a dry run.
ImportReport importCsv(CoreContext &context, const Actor &actor, const QString &companyId, CsvImportKind kind, const QByteArray &data, const ImportOptions &options);

// Whether `actor` may import or export this company's data at all (the permission table's
// import_export, within her own company unless she is a super admin); empty when she may.
QString importExportRefusal(const Actor &actor, const QString &companyId, Action dataAction);

} // namespace kassa
