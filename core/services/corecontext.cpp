#include "corecontext.h"

#include "domain/uuid7.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
QString readLocalDevice(QSqlQuery &query, bool *ok)
{
    *ok = query.exec(u"SELECT device_id FROM local_device WHERE singleton = 1"_s);
    const QString id = *ok && query.next() ? query.value(0).toString() : QString();
    query.finish();
    return id;
}
} // namespace

bool ensureLocalDevice(Database &database, const QString &kind, const QString &name, QString *deviceId, HybridLogicalClock *clock, QString *error)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    bool ok = false;
    *deviceId = readLocalDevice(query, &ok);
    if (!ok) {
        *error = query.lastError().text();
        return false;
    }
    if (deviceId->isEmpty()) {
        Transaction transaction(db, database.dialect());
        if (!transaction.isActive()) {
            *error = transaction.errorString();
            return false;
        }
        // Two kassa-server processes starting on one new PostgreSQL database: the second waits
        // here for the first and then takes the identity the first made.
        if (!database.dialect().lockTransaction(db, Dialect::Serialized::DeviceIdentity, error)) {
            return false;
        }
        *deviceId = readLocalDevice(query, &ok);
        if (!ok) {
            *error = query.lastError().text();
            return false;
        }
        if (deviceId->isEmpty()) {
            const QString id = newId();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QSqlQuery insert(db);
            ok = insert.prepare(u"INSERT INTO devices (id, kind, name, created_at) VALUES (?, ?, ?, ?)"_s);
            insert.addBindValue(id);
            insert.addBindValue(kind);
            insert.addBindValue(name);
            insert.addBindValue(now);
            ok = ok && insert.exec();
            ok = ok && insert.prepare(u"INSERT INTO local_device (singleton, device_id) VALUES (1, ?)"_s);
            insert.addBindValue(id);
            ok = ok && insert.exec();
            if (!ok) {
                *error = insert.lastError().text();
                return false;
            }
            *deviceId = id;
        }
        if (!transaction.commit()) {
            *error = transaction.errorString();
            deviceId->clear();
            return false;
        }
    }
    if (clock) {
        QSqlQuery last(db);
        if (last.exec(u"SELECT COALESCE(MAX(occurred_at), 0) FROM outbox"_s) && last.next()) {
            clock->restore(last.value(0).toLongLong());
        }
    }
    return true;
}

} // namespace kassa
