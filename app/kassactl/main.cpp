// kassactl: the operator's command line. Thin: reads the global options, picks the command, runs it.
#include "command.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const char *const kHelp = R"(kassactl — operate a Kassa database

Usage:
  kassactl --database PATH init --admin-email EMAIL --admin-password PASSWORD
  kassactl --database PATH seed --demo [--companies N] [--shops N] [--variants N]
           [--sales-lines N] [--days N] [--seed N] [--end-date YYYY-MM-DD] [--json]
  kassactl --database PATH check                 integrity: SQLite + ledger sums == levels
  kassactl --database PATH backup FILE           online backup, safe while Kassa runs
  kassactl --database PATH restore FILE
  kassactl --database PATH import products|stock|customers FILE.csv [--dry-run]
           [--skip-bad-rows] [--company SLUG]
  kassactl --database PATH export products|stock|customers|sales FILE.csv [--company SLUG]
  kassactl --database PATH migrate [--to VERSION]
  kassactl --database PATH company create --slug SLUG --name NAME [--currency EUR]
           [--timezone Europe/Berlin] [--country DE]
  kassactl --version | --help

PATH is an SQLite file, sqlite:PATH, or postgres://USER@HOST:PORT/DB.
Exit codes: 0 ok, 1 failure, 2 usage.
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kassactl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION_STRING));
    // Migrations and services log at info level; an operator wants only warnings unless asked.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(u"kassa.*.info=false"_s);
    }

    kassactl::Session session;
    QStringList args = app.arguments().mid(1);
    QString command;
    QStringList commandArgs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (command.isEmpty()) {
            if (arg == "--help"_L1 || arg == "-h"_L1) {
                session.out << kHelp;
                return kassactl::Ok;
            }
            if (arg == "--version"_L1) {
                session.out << "kassactl " << KASSA_VERSION_STRING << "\n";
                return kassactl::Ok;
            }
            if (arg == "--database"_L1) {
                if (i + 1 >= args.size()) {
                    return session.usage(u"--database needs a path"_s);
                }
                session.databaseUrl = args.at(++i);
                continue;
            }
            if (arg.startsWith("--database="_L1)) {
                session.databaseUrl = arg.mid(11);
                continue;
            }
            if (arg.startsWith("-"_L1)) {
                return session.usage(u"unknown option %1"_s.arg(arg));
            }
            command = arg;
        } else {
            commandArgs << arg;
        }
    }

    const QHash<QString, std::function<int(kassactl::Session &, const QStringList &)>> commands = {
        {u"init"_s, kassactl::runInit},
        {u"migrate"_s, kassactl::runMigrate},
        {u"check"_s, kassactl::runCheck},
        {u"company"_s, kassactl::runCompany},
        {u"seed"_s, kassactl::runSeed},
        {u"backup"_s, kassactl::runBackup},
        {u"restore"_s, kassactl::runRestore},
        {u"import"_s, kassactl::runImport},
        {u"export"_s, kassactl::runExport},
    };
    if (command.isEmpty()) {
        session.err << kHelp;
        return kassactl::Usage;
    }
    const auto it = commands.constFind(command);
    if (it == commands.constEnd()) {
        return session.usage(u"unknown command \"%1\""_s.arg(command));
    }
    return it.value()(session, commandArgs);
}
