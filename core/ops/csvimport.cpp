#include "csvimport.h"

#include "csv.h"
#include "customerimport.h"
#include "productimport.h"
#include "stockimport.h"

using namespace Qt::StringLiterals;

namespace kassa {

bool parseCsvImportKind(const QString &name, CsvImportKind *kind)
{
    if (name == "products"_L1) {
        *kind = CsvImportKind::Products;
    } else if (name == "stock"_L1) {
        *kind = CsvImportKind::Stock;
    } else if (name == "customers"_L1) {
        *kind = CsvImportKind::Customers;
    } else {
        return false;
    }
    return true;
}

QString importExportRefusal(const Actor &actor, const QString &companyId, Action dataAction)
{
    if (!actor.can(Action::ImportExport) || !actor.can(dataAction)) {
        return u"%1 may not import or export this data (needs %2 and %3)"_s.arg(roleName(actor.role), actionName(Action::ImportExport), actionName(dataAction));
    }
    if (actor.role != Role::SuperAdmin && actor.companyId != companyId) {
        return u"%1 may import and export only her own company's data"_s.arg(roleName(actor.role));
    }
    if (companyId.isEmpty()) {
        return u"no company chosen"_s;
    }
    return {};
}

ImportReport importCsv(CoreContext &context, const Actor &actor, const QString &companyId, CsvImportKind kind, const QByteArray &data, const ImportOptions &options)
{
    ImportReport report;
    const Action dataAction = kind == CsvImportKind::Products ? Action::CatalogWrite : kind == CsvImportKind::Stock ? Action::StockAdjust : Action::CustomerWrite;
    if (const QString refusal = importExportRefusal(actor, companyId, dataAction); !refusal.isEmpty()) {
        report.failure = refusal;
        return report;
    }
    const QList<CsvColumn> columns = kind == CsvImportKind::Products ? productImportColumns()
        : kind == CsvImportKind::Stock                               ? stockImportColumns()
                                                                     : customerImportColumns();
    CsvTable table;
    if (!table.load(data, columns, &report.fileErrors)) {
        return report;
    }
    switch (kind) {
    case CsvImportKind::Products:
        return importProducts(context, actor, companyId, table, options);
    case CsvImportKind::Stock:
        return importStock(context, actor, companyId, table, options);
    case CsvImportKind::Customers:
        return importCustomers(context, actor, companyId, table, options);
    }
    return report;
}

} // namespace kassa
