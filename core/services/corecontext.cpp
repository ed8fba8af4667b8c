#include "corecontext.h"

#include "domain/uuid7.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

bool ensureLocalDevice(Database &database, const QString &kind, const QString &name, QString *deviceId, HybridLogicalClock *clock, QString *error)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT device_id FROM local_device WHERE singleton = 1"_s)) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next()) {
        *deviceId = query.value(0).toString();
    } else {
        Transaction transaction(db, database.dialect());
        const QString id = newId();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery insert(db);
        bool ok = insert.prepare(u"INSERT INTO devices (id, kind, name, created_at) VALUES (?, ?, ?, ?)"_s);
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
        if (!transaction.commit()) {
            *error = transaction.errorString();
            return false;
        }
        *deviceId = id;
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
