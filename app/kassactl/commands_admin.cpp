// init, migrate, check and company: setting a database up and keeping it sound.
#include "command.h"

#include "ops/integritycheck.h"
#include "services/companyservice.h"
#include "services/userservice.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kassactl {

int runInit(Session &session, const QStringList &args)
{
    Arguments arguments(args, {u"admin-email"_s, u"admin-password"_s}, {});
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    if (!arguments.has(u"admin-email"_s) || !arguments.has(u"admin-password"_s)) {
        return session.usage(u"init needs --admin-email and --admin-password"_s);
    }
    if (!session.open()) {
        return Failure;
    }
    QString error;
    kassa::UserService users(session.core);
    const QString id = users.bootstrapSuperAdmin(arguments.value(u"admin-email"_s), arguments.value(u"admin-password"_s), &error);
    if (id.isEmpty()) {
        return session.fail(error);
    }
    session.out << "initialised " << session.databaseUrl << " at schema version " << kassa::Database::latestSchemaVersion() << "; super admin "
                << kassa::UserService::normalizeEmail(arguments.value(u"admin-email"_s)) << "\n";
    return Ok;
}

int runMigrate(Session &session, const QStringList &args)
{
    Arguments arguments(args, {u"to"_s}, {});
    const qint64 target = arguments.integer(u"to"_s, -1, 0, 9999);
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    if (!session.open(false)) {
        return Failure;
    }
    QString error;
    const int before = session.database->schemaVersion(&error);
    if (before < 0 || !session.database->migrate(&error, int(target))) {
        return session.fail(error);
    }
    const int after = session.database->schemaVersion(&error);
    session.out << "schema version " << before << " -> " << after << "\n";
    return Ok;
}

int runCheck(Session &session, const QStringList &args)
{
    Arguments arguments(args, {}, {});
    if (!arguments.isValid() || !arguments.positional().isEmpty()) {
        return session.usage(arguments.isValid() ? u"check takes no arguments"_s : arguments.errorString());
    }
    if (!QFileInfo::exists(session.databaseUrl) && !session.databaseUrl.contains("://"_L1) && !session.databaseUrl.startsWith("sqlite:"_L1)) {
        return session.fail(u"%1 does not exist"_s.arg(session.databaseUrl));
    }
    if (!session.open(false)) {
        return Failure;
    }
    const kassa::IntegrityReport report = kassa::checkIntegrity(*session.database);
    for (const QString &problem : report.problems) {
        session.err << "problem: " << problem << "\n";
    }
    if (!report.ok()) {
        session.err << report.problems.size() << " problem(s) found\n";
        return Failure;
    }
    session.out << "ok: database sound; " << report.levelsChecked << " stock levels equal the sum of " << report.movementsChecked << " movements\n";
    return Ok;
}

int runCompany(Session &session, const QStringList &args)
{
    if (args.isEmpty() || args.first() != "create"_L1) {
        return session.usage(u"company takes the subcommand create"_s);
    }
    Arguments arguments(args.mid(1), {u"slug"_s, u"name"_s, u"currency"_s, u"timezone"_s, u"country"_s, u"rounding"_s, u"tax-rounding"_s}, {});
    if (!arguments.isValid()) {
        return session.usage(arguments.errorString());
    }
    if (!arguments.has(u"slug"_s) || !arguments.has(u"name"_s)) {
        return session.usage(u"company create needs --slug and --name"_s);
    }
    if (!session.open()) {
        return Failure;
    }
    kassa::CompanyDraft draft;
    draft.slug = arguments.value(u"slug"_s);
    draft.name = arguments.value(u"name"_s);
    draft.currency = arguments.value(u"currency"_s, u"EUR"_s);
    draft.timezone = arguments.value(u"timezone"_s, u"UTC"_s);
    draft.country = arguments.value(u"country"_s);
    draft.roundingMode = arguments.value(u"rounding"_s, u"half_up"_s);
    draft.taxRounding = arguments.value(u"tax-rounding"_s, u"per_line"_s);
    QString error;
    kassa::CompanyService companies(session.core);
    const QString id = companies.createCompany(session.operatorActor({}), draft, &error);
    if (id.isEmpty()) {
        return session.fail(error);
    }
    session.out << id << "\n";
    return Ok;
}

} // namespace kassactl
