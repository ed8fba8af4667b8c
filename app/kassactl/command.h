#pragma once

#include "domain/actor.h"
#include "domain/hybridlogicalclock.h"
#include "services/corecontext.h"
#include "storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

// The operator's command line. Each command lives in its own file and is registered in main.cpp.
namespace kassactl {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

struct Session {
    QString databaseUrl;
    std::unique_ptr<kassa::Database> database;
    kassa::HybridLogicalClock clock;
    kassa::CoreContext core;
    QTextStream out{stdout};
    QTextStream err{stderr};

    // Opens the database, migrates it to the newest schema and makes sure this console has a device
    // identity. Prints the reason and returns false on failure.
    bool open(bool migrate = true);
    // The company a command acts on: `slug` if given, else the only company; prints why not.
    QString resolveCompany(const QString &slug);
    kassa::Actor operatorActor(const QString &companyId) const;
    int fail(const QString &message);
    int usage(const QString &message);
};

// A tiny option reader for one command's arguments: "--name value", "--flag", positionals.
class Arguments
{
public:
    Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions);
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &errorString() const { return m_error; }
    [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    [[nodiscard]] bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    [[nodiscard]] const QStringList &positional() const { return m_positional; }
    // An integer option; sets the error (and returns the fallback) when it is not a whole number in range.
    qint64 integer(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum);

private:
    QHash<QString, QString> m_values;
    QStringList m_flags;
    QStringList m_positional;
    QString m_error;
};

int runInit(Session &session, const QStringList &args);
int runMigrate(Session &session, const QStringList &args);
int runCheck(Session &session, const QStringList &args);
int runSeed(Session &session, const QStringList &args);
int runBackup(Session &session, const QStringList &args);
int runRestore(Session &session, const QStringList &args);
int runImport(Session &session, const QStringList &args);
int runExport(Session &session, const QStringList &args);
int runCompany(Session &session, const QStringList &args);

} // namespace kassactl
