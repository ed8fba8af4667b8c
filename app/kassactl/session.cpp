#include "command.h"

#include "security/passwords.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassactl {

bool Session::open(bool migrate)
{
    if (databaseUrl.isEmpty()) {
        err << "kassactl: --database PATH is required for this command\n";
        return false;
    }
    if (!kassa::initializeCrypto()) {
        err << "kassactl: libsodium failed to initialise\n";
        return false;
    }
    QString error;
    database = kassa::Database::open(databaseUrl, &error);
    if (!database) {
        err << "kassactl: " << error << "\n";
        return false;
    }
    if (migrate && !database->migrate(&error)) {
        err << "kassactl: " << error << "\n";
        return false;
    }
    core.database = database.get();
    core.clock = &clock;
    if (migrate && !kassa::ensureLocalDevice(*database, u"console"_s, u"kassactl"_s, &core.deviceId, &clock, &error)) {
        err << "kassactl: " << error << "\n";
        return false;
    }
    // What the operator changes on a server's database (imports, companies) reaches the tills
    // through the pull feed, as the server's own changes do. A till's database (enrolled with a
    // server: it has a sync identity) feeds nobody.
    if (migrate) {
        QSqlQuery enrolled(database->connection());
        core.changeFeed = !(enrolled.exec(u"SELECT 1 FROM sync_identity"_s) && enrolled.next());
    }
    return true;
}

QString Session::resolveCompany(const QString &slug)
{
    QSqlQuery query(database->connection());
    if (!slug.isEmpty()) {
        query.prepare(u"SELECT id FROM companies WHERE slug = ?"_s);
        query.addBindValue(slug);
        if (query.exec() && query.next()) {
            return query.value(0).toString();
        }
        err << "kassactl: no company with the slug \"" << slug << "\"\n";
        return {};
    }
    query.exec(u"SELECT id, slug FROM companies ORDER BY slug"_s);
    QStringList ids, slugs;
    while (query.next()) {
        ids << query.value(0).toString();
        slugs << query.value(1).toString();
    }
    if (ids.size() == 1) {
        return ids.first();
    }
    if (ids.isEmpty()) {
        err << "kassactl: the database has no company yet (kassactl company create, or seed --demo)\n";
    } else {
        err << "kassactl: the database has several companies; choose one with --company " << slugs.join(u'|') << "\n";
    }
    return {};
}

kassa::Actor Session::operatorActor(const QString &companyId) const
{
    return kassa::Actor::operatorConsole(companyId, core.deviceId);
}

int Session::fail(const QString &message)
{
    err << "kassactl: " << message << "\n";
    err.flush();
    return Failure;
}

int Session::usage(const QString &message)
{
    err << "kassactl: " << message << "\n(see kassactl --help)\n";
    err.flush();
    return Usage;
}

Arguments::Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith("--"_L1)) {
            QString name = arg.mid(2);
            QString inlineValue;
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (valueOptions.contains(name)) {
                if (eq >= 0) {
                    m_values.insert(name, inlineValue);
                } else if (i + 1 < args.size()) {
                    m_values.insert(name, args.at(++i));
                } else {
                    m_error = u"--%1 needs a value"_s.arg(name);
                    return;
                }
            } else if (flagOptions.contains(name) && eq < 0) {
                m_flags << name;
            } else {
                m_error = u"unknown option --%1"_s.arg(name);
                return;
            }
        } else {
            m_positional << arg;
        }
    }
}

qint64 Arguments::integer(const QString &name, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!m_values.contains(name)) {
        return fallback;
    }
    bool ok = false;
    const qint64 value = m_values.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        m_error = u"--%1 takes a whole number from %2 to %3 (got \"%4\")"_s.arg(name).arg(minimum).arg(maximum).arg(m_values.value(name));
        return fallback;
    }
    return value;
}

} // namespace kassactl
