#pragma once

#include "changefeed.h"

#include <QSet>
#include "corecontext.h"
#include "domain/actor.h"
#include "storage/tenantquery.h"

#include <QJsonObject>
#include <QString>

namespace kassa {

// One business operation's write: a transaction on the acting company's data that also appends
// the operation's audit rows and its outbox row, so the change, its audit trail and its sync record
// commit together or not at all. Services open one, do their writes through query(), call audit()
// and outbox(), then commit(); any early return rolls everything back.
class BusinessWrite
{
public:
    // `companyId` defaults to the actor's; a super admin acting on a company passes it explicitly.
    BusinessWrite(CoreContext &context, const Actor &actor, const QString &companyId = {});

    [[nodiscard]] bool isOpen() const { return m_transaction.isActive() && m_error.isEmpty(); }
    [[nodiscard]] const QString &companyId() const { return m_companyId; }
    [[nodiscard]] const Actor &actor() const { return m_actor; }
    [[nodiscard]] const QString &deviceId() const { return m_context.deviceId; }
    // The wall-clock time of this operation, the same for all its rows.
    [[nodiscard]] qint64 now() const { return m_now; }
    [[nodiscard]] QSqlDatabase connection() const { return m_db; }
    [[nodiscard]] const Dialect &dialect() const { return m_context.database->dialect(); }

    // A statement prepared once per connection, bound to this operation's company.
    TenantQuery query(const QString &sql);

    bool audit(const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &before, const QJsonObject &after);
    // Appends the outbox row that carries this operation to other devices. `occurredAt` is the
    // operation's hybrid-logical-clock stamp, taken here.
    bool outbox(const QString &type, const QJsonObject &payload, int schemaVersion = 1);
    // The same with the JSON already written (compact, UTF-8): an operation whose audit row records
    // its outbox payload serialises it once for both (a hot path: every sale's stock posting).
    bool auditJson(const QString &action, const QString &entityType, const QString &entityId, const QJsonObject &before, const QByteArray &afterJson);
    bool outboxJson(const QString &type, const QByteArray &payloadJson, int schemaVersion = 1);

    // Server only (CoreContext::changeFeed): a change for the pull feed besides what outbox()
    // records there by itself, e.g. an op applied from a terminal's push. `originDeviceId` is not
    // sent back the row. Written at commit(), last, so the feed numbers follow commit order.
    void feed(const QString &type, const QByteArray &payloadJson, int schemaVersion, qint64 occurredAt, const QString &originDeviceId = {});
    // Server only: stock of (location, variant) changed; commit() appends stock.levels_changed
    // with the levels as this transaction leaves them.
    void stockChanged(const QString &locationId, const QString &variantId);

    // Marks the operation failed with a message for the person who asked; always returns false.
    bool fail(const QString &message);
    bool commit();
    [[nodiscard]] const QString &errorString() const { return m_error; }

private:
    bool writeFeed();
    bool auditPlatform(const QString &action, const QString &entityType, const QString &entityId, const QVariant &before, const QVariant &after);

    CoreContext &m_context;
    Actor m_actor;
    QString m_companyId;
    QSqlDatabase m_db;
    Transaction m_transaction;
    qint64 m_now;
    QString m_error;
    QList<FeedEntry> m_feed;
    QList<std::pair<QString, QString>> m_stockTouched; // in the order touched
    QSet<QString> m_stockTouchedKeys; // location and variant, for a constant-time "seen already" (imports touch thousands)
};

} // namespace kassa
