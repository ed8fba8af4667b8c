// backup, restore, import and export: moving a database's data in and out.
#include "command.h"

#include "ops/backup.h"
#include "ops/csvexport.h"
#include "ops/csvimport.h"
#include "services/businesswrite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kassactl {

namespace {

bool isSqliteLocation(const QString &url)
{
    return !url.startsWith("postgres://"_L1) && !url.startsWith("postgresql://"_L1);
}

QString sqlitePath(const QString &url)
{
    return url.startsWith("sqlite:"_L1) ? url.mid(7) : url;
}

// Import and export work on an existing database; opening a mistyped path must not create one.
bool refuseMissingDatabase(Session &session)
{
    if (!session.databaseUrl.isEmpty() && isSqliteLocation(session.databaseUrl) && !QFileInfo::exists(sqlitePath(session.databaseUrl))) {
        session.fail(u"%1 does not exist (create it with kassactl init)"_s.arg(sqlitePath(session.databaseUrl)));
        return true;
    }
    return false;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

int runBackup(Session &session, const QStringList &args)
{
    Arguments arguments(args, {}, {});
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    if (arguments.positional().size() != 1) {
        return session.usage(u"backup takes one argument: the backup FILE"_s);
    }
    if (session.databaseUrl.isEmpty()) {
        return session.usage(u"--database PATH is required for backup"_s);
    }
    const QString file = arguments.positional().first();
    QString error;
    kassa::BackupStats stats;
    if (!kassa::backupDatabase(session.databaseUrl, file, &error, &stats)) {
        return session.fail(u"backup failed: %1"_s.arg(error));
    }
    const double copySeconds = qMax<qint64>(stats.milliseconds - stats.verifyMilliseconds, 1) / 1000.0;
    session.out << "backed up " << sqlitePath(session.databaseUrl) << " to " << file << ": " << megabytes(stats.bytes) << " MB, " << stats.pages
                << " pages copied in " << QString::number(copySeconds, 'f', 2) << " s (" << QString::number(double(stats.bytes) / (1024.0 * 1024.0) / copySeconds, 'f', 1)
                << " MB/s); integrity check ok in " << QString::number(stats.verifyMilliseconds / 1000.0, 'f', 2) << " s\n";
    return Ok;
}

int runRestore(Session &session, const QStringList &args)
{
    Arguments arguments(args, {}, {});
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    if (arguments.positional().size() != 1) {
        return session.usage(u"restore takes one argument: the backup FILE"_s);
    }
    if (session.databaseUrl.isEmpty()) {
        return session.usage(u"--database PATH is required for restore"_s);
    }
    const QString file = arguments.positional().first();
    QString error;
    kassa::RestoreResult result;
    if (!kassa::restoreDatabase(session.databaseUrl, file, &result, &error)) {
        return session.fail(u"restore refused: %1"_s.arg(error));
    }
    session.out << "restored " << file << " into " << sqlitePath(session.databaseUrl) << " (schema version " << result.backupSchemaVersion;
    if (result.schemaVersion != result.backupSchemaVersion) {
        session.out << ", migrated to " << result.schemaVersion;
    }
    session.out << ")\n";
    if (!result.previousCopy.isEmpty()) {
        session.out << "the database as it was before is kept as " << result.previousCopy << "\n";
    }
    // The restored database's own audit trail says where its jump back in time came from.
    if (session.open()) {
        kassa::BusinessWrite write(session.core, session.operatorActor({}), {});
        write.audit(u"database.restore"_s, u"database"_s, session.core.deviceId, {},
                    QJsonObject{{u"backup_file"_s, QFileInfo(file).absoluteFilePath()},
                                {u"backup_schema_version"_s, result.backupSchemaVersion},
                                {u"schema_version"_s, result.schemaVersion},
                                {u"previous_copy"_s, result.previousCopy.isEmpty() ? QString() : QFileInfo(result.previousCopy).absoluteFilePath()}});
        if (!write.commit()) {
            session.err << "kassactl: note: restored, but cannot record the restore in the audit log: " << write.errorString() << "\n";
        }
    }
    return Ok;
}

int runImport(Session &session, const QStringList &args)
{
    Arguments arguments(args, {u"company"_s}, {u"dry-run"_s, u"skip-bad-rows"_s});
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    kassa::CsvImportKind kind;
    if (arguments.positional().size() != 2 || !kassa::parseCsvImportKind(arguments.positional().first(), &kind)) {
        return session.usage(u"import takes products|stock|customers and a FILE.csv"_s);
    }
    const QString path = arguments.positional().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return session.fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    file.close();
    if (refuseMissingDatabase(session) || !session.open()) {
        return Failure;
    }
    const QString companyId = session.resolveCompany(arguments.value(u"company"_s));
    if (companyId.isEmpty()) {
        return Failure;
    }
    kassa::ImportOptions options;
    options.dryRun = arguments.has(u"dry-run"_s);
    options.skipBadRows = arguments.has(u"skip-bad-rows"_s);
    QElapsedTimer timer;
    timer.start();
    const kassa::ImportReport report = kassa::importCsv(session.core, session.operatorActor(companyId), companyId, kind, data, options);
    const qint64 elapsed = timer.elapsed();

    for (const QString &problem : report.fileErrors) {
        session.err << path << ": " << problem << "\n";
    }
    for (const kassa::ImportIssue &issue : report.badRows) {
        session.err << path << ": " << issue.toString() << (options.skipBadRows ? " (row skipped)" : "") << "\n";
    }
    if (!report.failure.isEmpty()) {
        return session.fail(u"import failed, nothing was written: %1"_s.arg(report.failure));
    }
    if (!report.fileErrors.isEmpty()) {
        return session.fail(u"nothing was imported: the file cannot be read as %1 (see above)"_s.arg(arguments.positional().first()));
    }
    if (!report.badRows.isEmpty() && !options.skipBadRows) {
        return session.fail(u"nothing was imported: %1 of %2 rows are bad (see above; fix them, or import the rest with --skip-bad-rows)"_s.arg(
                                report.skippedRows())
                                .arg(report.rowsRead));
    }
    for (const QString &note : report.notes) {
        // Notes say "created …"; a dry run created nothing.
        session.out << (options.dryRun && note.startsWith("created "_L1) ? u"would create "_s + note.mid(8) : note) << "\n";
    }
    const QString verb = options.dryRun ? u"dry run, nothing written: would create"_s : u"imported: created"_s;
    session.out << verb << " " << report.created << ", " << (options.dryRun ? "update " : "updated ") << report.updated << ", unchanged " << report.unchanged
                << ", skipped " << report.skippedRows() << " of " << report.rowsRead << " rows";
    if (!options.dryRun) {
        session.out << " in " << elapsed << " ms";
    }
    session.out << "\n";
    return Ok;
}

int runExport(Session &session, const QStringList &args)
{
    Arguments arguments(args, {u"company"_s}, {});
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    kassa::CsvExportKind kind;
    if (arguments.positional().size() != 2 || !kassa::parseCsvExportKind(arguments.positional().first(), &kind)) {
        return session.usage(u"export takes products|stock|customers|sales and a FILE.csv"_s);
    }
    if (refuseMissingDatabase(session) || !session.open()) {
        return Failure;
    }
    const QString companyId = session.resolveCompany(arguments.value(u"company"_s));
    if (companyId.isEmpty()) {
        return Failure;
    }
    const QString path = arguments.positional().at(1);
    // Written beside the target and renamed at the end, so a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return session.fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    kassa::ExportResult result;
    QString error;
    if (!kassa::exportCsv(*session.database, session.operatorActor(companyId), companyId, kind, &file, &result, &error)) {
        file.cancelWriting();
        return session.fail(u"export failed: %1"_s.arg(error));
    }
    if (!file.commit()) {
        return session.fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    }
    for (const QString &warning : result.warnings) {
        session.err << "kassactl: note: " << warning << "\n";
    }
    session.out << "exported " << result.rows << " rows to " << path << "\n";
    return Ok;
}

} // namespace kassactl
