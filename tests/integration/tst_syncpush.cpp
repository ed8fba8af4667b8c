// The push path of synchronisation, end to end in one process: a manager makes an enrolment code,
// a terminal (its own SQLite database, a copy of the server's made at enrolment as a stand-in for
// the snapshot bootstrap) enrols over HTTP, sells with the real till services and pushes its
// outbox through PushClient to a KassaServer listening on 127.0.0.1. The server's database is the
// fixture's, so this also runs as tst_syncpush_postgres with the server on PostgreSQL.
#include "kassaserver.h"
#include "posfixture.h" // a till on TestFixture (testfixture.h): also runs as <name>_postgres

#include "enrolment.h"
#include "outboxbatch.h"
#include "pushclient.h"

#include "commerce/sessionservice.h"
#include "ops/integritycheck.h"
#include "sales/returnservice.h"
#include "sales/saleservice.h"
#include "sales/shiftservice.h"
#include "services/businesswrite.h"
#include "services/syncinbox.h"
#include "services/userservice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::ServiceError;
using kassa::server::HttpRequest;
using kassa::server::HttpResponse;
using kassa::sync::OutboxBatch;
using kassa::sync::OutboxOp;
using kassa::sync::PushClient;

namespace {

// A terminal: its own database and core context, enrolled with the server.
struct Terminal {
    std::unique_ptr<kassa::Database> database;
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    kassa::sync::SyncIdentity identity;
};

qint64 terminalScalar(kassa::Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

// The server's rows copied into a fresh terminal database: what the snapshot bootstrap will do.
// Sync state, the outbox and the audit trail stay behind; the search index fills through its
// triggers.
QString copyServerInto(kassa::Database &server, kassa::Database &terminal)
{
    static const QStringList kSkipped = {u"outbox"_s,         u"audit_log"_s,        u"local_device"_s,      u"api_tokens"_s,
                                         u"sync_epoch"_s,     u"enrolment_codes"_s,  u"device_credentials"_s, u"sync_push_cursors"_s,
                                         u"sync_received_ops"_s, u"sync_rejections"_s, u"sync_exceptions"_s,   u"sync_identity"_s};
    QSqlDatabase target = terminal.connection();
    QSqlQuery tables(target);
    if (!tables.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"_s)) {
        return tables.lastError().text();
    }
    QStringList names;
    QStringList virtualTables;
    while (tables.next()) {
        if (tables.value(1).toString().startsWith(u"CREATE VIRTUAL"_s, Qt::CaseInsensitive)) {
            virtualTables << tables.value(0).toString();
        } else {
            names << tables.value(0).toString();
        }
    }
    QSqlQuery write(target);
    if (!write.exec(u"BEGIN"_s) || !write.exec(u"PRAGMA defer_foreign_keys = ON"_s)) {
        return write.lastError().text();
    }
    for (const QString &name : std::as_const(names)) {
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&name](const QString &v) { return name.startsWith(v + u'_'); });
        if (kSkipped.contains(name) || shadow) {
            continue;
        }
        QSqlQuery read(server.connection());
        if (!read.exec(u"SELECT * FROM "_s + name)) {
            continue; // a table the server's dialect does not have
        }
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << u"?"_s;
        }
        QSqlQuery insert(target);
        if (!insert.prepare(u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(name, columns.join(u", "_s), marks.join(u", "_s)))) {
            return insert.lastError().text();
        }
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i) {
                insert.addBindValue(read.value(i));
            }
            if (!insert.exec()) {
                return name + u": "_s + insert.lastError().text();
            }
        }
    }
    if (!write.exec(u"COMMIT"_s)) {
        return write.lastError().text();
    }
    return {};
}

} // namespace

class TestSyncPush : public QObject
{
    Q_OBJECT

    std::unique_ptr<PosFixture> m_f;
    std::unique_ptr<kassa::server::KassaServer> m_server;
    quint16 m_port = 0;
    QString m_managerToken, m_cashierToken, m_clerkToken;
    QString m_coffee, m_mug;
    Terminal m_terminal;
    QStringList m_terminalSales; // ids of the documents the terminal committed

    struct Reply {
        int status = 0;
        QJsonObject json;
    };

    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body, const QByteArray &authorization = {})
    {
        HttpRequest request;
        request.method = method;
        request.path = path;
        request.remoteAddress = u"10.9.0.1"_s;
        request.requestId = kassa::newId();
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        if (!authorization.isEmpty()) {
            request.headers.append(std::pair<QByteArray, QByteArray>("Authorization", authorization));
        }
        const HttpResponse response = m_server->process(request);
        return {response.status, QJsonDocument::fromJson(response.body).object()};
    }

    Reply rawPush(const Terminal &terminal, const QList<OutboxOp> &ops, const QString &epoch = {})
    {
        QJsonArray array;
        for (const OutboxOp &op : ops) {
            array.append(op.toJson());
        }
        return call("POST", u"/sync/v1/push"_s, {{u"epoch"_s, epoch.isEmpty() ? terminal.identity.epoch : epoch}, {u"ops"_s, array}},
                    "Device " + terminal.identity.token.toLatin1());
    }

    QString tokenOf(const kassa::Actor &actor)
    {
        kassa::UserRecord user;
        if (!kassa::UserService(m_f->context()).findUser(actor.userId, &user)) {
            return {};
        }
        ServiceError error;
        return kassa::SessionService(m_f->context()).issue(user, u"test"_s, &error);
    }

    QString enrolmentCode()
    {
        const Reply reply = call("POST", u"/api/v1/staff/terminals/enrolment-codes"_s, {{u"shop_id"_s, m_f->shopId}, {u"name"_s, u"Till"_s}},
                                 "Bearer " + m_managerToken.toLatin1());
        return reply.status == 201 ? reply.json.value(u"code"_s).toString() : QString();
    }

    // A fresh terminal database from the server's rows, enrolled over HTTP with a new code.
    bool makeTerminal(Terminal *terminal, const QString &file)
    {
        QString error;
        terminal->database = kassa::Database::open(m_f->filePath(file), &error);
        if (!terminal->database || !terminal->database->migrate(&error)) {
            qWarning() << error;
            return false;
        }
        error = copyServerInto(m_f->database(), *terminal->database);
        if (!error.isEmpty()) {
            qWarning() << "copy:" << error;
            return false;
        }
        const QString code = enrolmentCode();
        if (code.isEmpty()) {
            return false;
        }
        kassa::sync::Enrolment enrolment(*terminal->database);
        QSignalSpy enrolled(&enrolment, &kassa::sync::Enrolment::enrolled);
        QSignalSpy failed(&enrolment, &kassa::sync::Enrolment::failed);
        enrolment.enrol(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)), code, u"Till at the door"_s);
        if (!enrolled.wait(10000)) {
            qWarning() << "enrolment failed" << (failed.isEmpty() ? QVariantList() : failed.first());
            return false;
        }
        terminal->context.database = terminal->database.get();
        terminal->context.clock = &terminal->clock;
        if (!kassa::ensureLocalDevice(*terminal->database, u"terminal"_s, u"till"_s, &terminal->context.deviceId, &terminal->clock, &error)) {
            qWarning() << error;
            return false;
        }
        return kassa::sync::SyncIdentity::load(*terminal->database, &terminal->identity, &error);
    }

    kassa::SaleRecord sell(Terminal &terminal, const kassa::SaleDraft &draft)
    {
        kassa::SaleRecord sale;
        ServiceError error;
        if (!kassa::SaleService(terminal.context).commit(m_f->cashier, draft, &sale, &error)) {
            qWarning("sale failed: %s %s", qPrintable(error.field), qPrintable(error.message));
        }
        if (&terminal == &m_terminal) {
            m_terminalSales << sale.id;
        }
        return sale;
    }

    bool openShift(Terminal &terminal)
    {
        kassa::ShiftRecord shift;
        ServiceError error;
        const bool ok = kassa::ShiftService(terminal.context).open(m_f->cashier, {}, 10000, &shift, &error);
        if (!ok) {
            qWarning() << error.message;
        }
        return ok;
    }

    // Pushes everything pending; true when the round finished with nothing pending.
    bool pushAll(Terminal &terminal, QList<QVariantList> *acknowledged = nullptr, QList<QVariantList> *resends = nullptr)
    {
        PushClient client(*terminal.database);
        client.setBatchSize(3); // several batches even for a handful of ops
        QSignalSpy finished(&client, &PushClient::finished);
        QSignalSpy failed(&client, &PushClient::failed);
        QSignalSpy fenced(&client, &PushClient::fenced);
        QSignalSpy acks(&client, &PushClient::batchAcknowledged);
        QSignalSpy resent(&client, &PushClient::resendRequested);
        client.pushPending();
        if (!QTest::qWaitFor([&client] { return !client.isBusy(); }, 20000)) {
            qWarning("the push round did not end");
            return false;
        }
        if (acknowledged) {
            *acknowledged = acks;
        }
        if (resends) {
            *resends = resent;
        }
        if (!failed.isEmpty()) {
            qWarning() << "push failed:" << failed.first();
        }
        return finished.size() == 1 && OutboxBatch::pendingCount(*terminal.database, terminal.identity.deviceId) == 0;
    }

    qint64 serverCount(const QString &sql, const QVariantList &values = {}) { return m_f->scalar(sql, values); }

    qint64 serverSalesOfTerminal() { return serverCount(u"SELECT COUNT(*) FROM sales WHERE device_id = ?"_s, {m_terminal.identity.deviceId}); }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<PosFixture>();
        QVERIFY2(m_f->ready(), qPrintable(m_f->problem()));
        m_coffee = m_f->item(u"SYNC-COFFEE"_s, 450);
        m_mug = m_f->item(u"SYNC-MUG"_s, 1200, 1900, 1, u"piece"_s, 2); // two on the shelf
        m_server = std::make_unique<kassa::server::KassaServer>(m_f->context(), kassa::server::ApiSettings{1024 * 1024, {}, 100000, 5, 20, false});
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port > 0);
        m_managerToken = tokenOf(m_f->manager);
        m_cashierToken = tokenOf(m_f->cashier);
        m_clerkToken = tokenOf(m_f->clerk);
        QVERIFY(!m_managerToken.isEmpty() && !m_cashierToken.isEmpty() && !m_clerkToken.isEmpty());
    }

    void enrolmentCodes()
    {
        const QString path = u"/api/v1/staff/terminals/enrolment-codes"_s;
        const QJsonObject body{{u"shop_id"_s, m_f->shopId}};
        // Shop managers and above; not the cashier, not the warehouse, not anonymous.
        QCOMPARE(call("POST", path, body, "Bearer " + m_cashierToken.toLatin1()).status, 403);
        QCOMPARE(call("POST", path, body, "Bearer " + m_clerkToken.toLatin1()).status, 403);
        QCOMPARE(call("POST", path, body).status, 401);
        // A shop manager enrols tills of her own shop only; the shop is required.
        QCOMPARE(call("POST", path, {{u"shop_id"_s, kassa::newId()}}, "Bearer " + m_managerToken.toLatin1()).status, 403);
        QCOMPARE(call("POST", path, {{u"name"_s, u"No shop"_s}}, "Bearer " + m_managerToken.toLatin1()).status, 422);
        const Reply made = call("POST", path, body, "Bearer " + m_managerToken.toLatin1());
        QCOMPARE(made.status, 201);
        const QString code = made.json.value(u"code"_s).toString();
        QCOMPARE(code.size(), 12);
        for (const QChar c : code) {
            QVERIFY2(QByteArray(kassa::SyncInbox::kEnrolmentAlphabet).contains(char(c.unicode())), qPrintable(code));
        }
        // Stored hashed only.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM enrolment_codes WHERE code_digest = ?"_s, {code}), 0);
        QVERIFY(QDateTime::fromString(made.json.value(u"expires_at"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch()
                > QDateTime::currentMSecsSinceEpoch() + 23 * 3600 * 1000);

        // Used once, then refused; typed with dashes and in lower case is the same code.
        const QString typed = code.left(4).toLower() + u"-"_s + code.mid(4);
        const Reply first = call("POST", u"/sync/v1/enrol"_s, {{u"code"_s, typed}, {u"name"_s, u"Back till"_s}});
        QCOMPARE(first.status, 201);
        QVERIFY(!first.json.value(u"token"_s).toString().isEmpty());
        QVERIFY(!first.json.value(u"epoch"_s).toString().isEmpty());
        QVERIFY(first.json.value(u"receipt_prefix"_s).toString().endsWith(u"-1"_s));
        QCOMPARE(first.json.value(u"shop_id"_s).toString(), m_f->shopId);
        QCOMPARE(first.json.value(u"company_id"_s).toString(), m_f->companyId);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM devices WHERE id = ? AND kind = 'terminal' AND shop_id = ?"_s,
                             {first.json.value(u"device_id"_s).toString(), m_f->shopId}),
                 1);
        const Reply again = call("POST", u"/sync/v1/enrol"_s, {{u"code"_s, code}, {u"name"_s, u"Clone"_s}});
        QCOMPARE(again.status, 422);
        QCOMPARE(again.json.value(u"code"_s).toString(), u"enrolment_code_used"_s);

        // Expired after 24 h.
        const Reply late = call("POST", path, body, "Bearer " + m_managerToken.toLatin1());
        QCOMPARE(late.status, 201);
        QSqlQuery query(m_f->database().connection());
        query.prepare(u"UPDATE enrolment_codes SET expires_at = 1 WHERE id = ?"_s);
        query.addBindValue(late.json.value(u"id"_s).toString());
        QVERIFY(query.exec());
        const Reply expired = call("POST", u"/sync/v1/enrol"_s, {{u"code"_s, late.json.value(u"code"_s).toString()}});
        QCOMPARE(expired.status, 422);
        QCOMPARE(expired.json.value(u"code"_s).toString(), u"enrolment_code_expired"_s);

        const Reply unknown = call("POST", u"/sync/v1/enrol"_s, {{u"code"_s, u"ABCDEFGHJKMN"_s}});
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.json.value(u"code"_s).toString(), u"enrolment_code_invalid"_s);

        // A push without a device token, or with a staff one, is refused.
        QCOMPARE(call("POST", u"/sync/v1/push"_s, {{u"epoch"_s, u"x"_s}, {u"ops"_s, QJsonArray()}}).status, 401);
        QCOMPARE(call("POST", u"/sync/v1/push"_s, {{u"epoch"_s, u"x"_s}, {u"ops"_s, QJsonArray()}}, "Bearer " + m_managerToken.toLatin1()).status, 401);
        QCOMPARE(call("POST", u"/sync/v1/push"_s, {{u"epoch"_s, u"x"_s}, {u"ops"_s, QJsonArray()}}, "Device not-a-real-token-at-all").status, 401);
    }

    void enrolOverHttp()
    {
        QVERIFY(makeTerminal(&m_terminal, u"terminal.db"_s));
        QCOMPARE(m_terminal.context.deviceId, m_terminal.identity.deviceId);
        QVERIFY(m_terminal.identity.receiptPrefix.endsWith(u"-2"_s)); // the first went to the back till
        QCOMPARE(terminalScalar(*m_terminal.database, u"SELECT COUNT(*) FROM devices WHERE id = ? AND receipt_prefix = ? AND company_id = ?"_s,
                                {m_terminal.identity.deviceId, m_terminal.identity.receiptPrefix, m_f->companyId}),
                 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM device_credentials WHERE device_id = ? AND token_digest <> ?"_s,
                             {m_terminal.identity.deviceId, m_terminal.identity.token}),
                 1);
    }

    void salesArriveExactlyOnce()
    {
        Terminal &t = m_terminal;
        QVERIFY(openShift(t));
        ServiceError error;
        QVERIFY(kassa::ShiftService(t.context).cashMovement(m_f->cashier, kassa::CashMovementKind::CashIn, 5000, u"change from the bank"_s, &error));
        const kassa::SaleRecord first = sell(t, PosFixture::cart({PosFixture::line(m_coffee, 2)}, {PosFixture::cash(1000)}));
        QVERIFY(first.receiptNumber.startsWith(t.identity.receiptPrefix + u'-'));
        const kassa::SaleRecord second = sell(t, PosFixture::cart({PosFixture::line(m_coffee), PosFixture::line(m_mug)}, {PosFixture::card(1650)}));
        // Three mugs where the server knows of two: the sale goes in, the stock goes below zero.
        const kassa::SaleRecord third = sell(t, PosFixture::cart({PosFixture::line(m_mug, 3)}, {PosFixture::card(3600)}));
        kassa::VoidRequest voiding = kassa::VoidRequest::create(second.id);
        voiding.reason = u"rang up twice"_s;
        voiding.approval = {m_f->manager.userId, PosFixture::kManagerPin};
        kassa::SaleRecord voided;
        QVERIFY2(kassa::ReturnService(t.context).voidSale(m_f->cashier, voiding, &voided, &error), qPrintable(error.message));
        m_terminalSales << voided.id;
        kassa::ShiftCount count;
        count.cash = 16000;
        kassa::ShiftReport z;
        QVERIFY2(kassa::ShiftService(t.context).close(m_f->cashier, count, &z, &error), qPrintable(error.message));
        QCOMPARE(terminalScalar(*t.database, u"SELECT COUNT(*) FROM outbox WHERE device_id = ?"_s, {t.identity.deviceId}), 7);

        QList<QVariantList> acks;
        QVERIFY(pushAll(t, &acks));
        QVERIFY(acks.size() >= 3); // 7 ops in batches of 3, then the empty probe
        QCOMPARE(acks.constLast().at(0).toLongLong(), 7);

        // Every document once, with its lines, tenders and stock movements.
        QCOMPARE(serverSalesOfTerminal(), 4);
        for (const QString &id : std::as_const(m_terminalSales)) {
            const QVariantList ids{id};
            QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, ids), 1);
            QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sale_lines WHERE sale_id = ?"_s, ids),
                     terminalScalar(*t.database, u"SELECT COUNT(*) FROM sale_lines WHERE sale_id = ?"_s, ids));
            QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ?"_s, ids),
                     terminalScalar(*t.database, u"SELECT COUNT(*) FROM sale_tenders WHERE sale_id = ?"_s, ids));
            QCOMPARE(serverCount(u"SELECT COALESCE(SUM(quantity_delta), 0) * 1000 + COUNT(*) FROM stock_movements WHERE ref_id = ?"_s, ids),
                     terminalScalar(*t.database, u"SELECT COALESCE(SUM(quantity_delta), 0) * 1000 + COUNT(*) FROM stock_movements WHERE ref_id = ?"_s, ids));
            QCOMPARE(serverCount(u"SELECT total FROM sales WHERE id = ?"_s, ids), terminalScalar(*t.database, u"SELECT total FROM sales WHERE id = ?"_s, ids));
        }
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM stock_movements WHERE device_id = ?"_s, {t.identity.deviceId}),
                 terminalScalar(*t.database, u"SELECT COUNT(*) FROM stock_movements WHERE device_id = ?"_s, {t.identity.deviceId}));
        // The shift with its cash movement and its close.
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM shifts WHERE device_id = ? AND status = 'closed' AND counted_cash = 16000 AND z_report IS NOT NULL"_s,
                             {t.identity.deviceId}),
                 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM cash_movements c JOIN shifts s ON s.id = c.shift_id WHERE s.device_id = ? AND c.actor_id = ?"_s,
                             {t.identity.deviceId, m_f->cashier.userId}),
                 1);
        QVERIFY(serverCount(u"SELECT COUNT(*) FROM shift_counts c JOIN shifts s ON s.id = c.shift_id WHERE s.device_id = ?"_s, {t.identity.deviceId}) >= 1);
        // Below zero is kept and raised.
        QCOMPARE(m_f->onHand(m_mug), -1);
        QVERIFY(serverCount(u"SELECT COUNT(*) FROM sync_exceptions WHERE kind = 'negative_stock' AND ref_id = ?"_s, {third.id}) >= 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sync_received_ops WHERE device_id = ? AND outcome = 'applied'"_s, {t.identity.deviceId}), 7);
        QCOMPARE(serverCount(u"SELECT last_seq FROM sync_push_cursors WHERE device_id = ?"_s, {t.identity.deviceId}), 7);
        QCOMPARE(terminalScalar(*t.database, u"SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL"_s), 0);
    }

    void replayedBatchChangesNothing()
    {
        // The response was lost: the terminal sends the same ops again.
        QList<OutboxOp> ops;
        QString error;
        QVERIFY(OutboxBatch::read(*m_terminal.database, m_terminal.identity.deviceId, 1, 100, 1 << 20, &ops, &error));
        QCOMPARE(ops.size(), 7);
        const QString tables = u"SELECT (SELECT COUNT(*) FROM sales) * 1000000 + (SELECT COUNT(*) FROM sale_lines) * 10000 + "
                               "(SELECT COUNT(*) FROM stock_movements) * 100 + (SELECT COUNT(*) FROM cash_movements)"_s;
        const qint64 before = serverCount(tables);
        const qint64 mugs = m_f->onHand(m_mug);
        const Reply reply = rawPush(m_terminal, ops);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"acked_through"_s).toInteger(), 7);
        QCOMPARE(reply.json.value(u"replayed"_s).toInt(), 7);
        QCOMPARE(reply.json.value(u"applied"_s).toInt(), 0);
        QCOMPARE(serverCount(tables), before);
        QCOMPARE(m_f->onHand(m_mug), mugs);
        // And a tampered payload is refused whole before anything is looked at.
        QList<OutboxOp> flipped = ops.mid(0, 1);
        flipped[0].payload.replace("\"id\"", "\"iD\"");
        const Reply tampered = rawPush(m_terminal, flipped);
        QCOMPARE(tampered.status, 422);
        QCOMPARE(tampered.json.value(u"code"_s).toString(), u"payload_hash_mismatch"_s);
    }

    void gapIsRefusedAndRecovered()
    {
        Terminal &t = m_terminal;
        QVERIFY(openShift(t)); // seq 8
        sell(t, PosFixture::cart({PosFixture::line(m_coffee)}, {PosFixture::cash(500)})); // 9
        sell(t, PosFixture::cart({PosFixture::line(m_coffee, 3)}, {PosFixture::card(1350)})); // 10
        QList<OutboxOp> ops;
        QString error;
        QVERIFY(OutboxBatch::read(*t.database, t.identity.deviceId, 9, 10, 1 << 20, &ops, &error));
        QCOMPARE(ops.size(), 2);
        const Reply gap = rawPush(t, ops);
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.json.value(u"code"_s).toString(), u"sequence_gap"_s);
        QCOMPARE(gap.json.value(u"resend_from"_s).toInteger(), 8);
        QCOMPARE(serverSalesOfTerminal(), 4);

        // The client believes seq 8 arrived (its acknowledgement was recorded, the server's was not):
        // it starts at 9, is told to resend from 8 and takes it from its archive.
        QSqlQuery query(t.database->connection());
        QVERIFY(query.exec(u"UPDATE outbox SET acked_at = 1 WHERE seq = 8"_s));
        QList<QVariantList> resends;
        QVERIFY(pushAll(t, nullptr, &resends));
        QCOMPARE(resends.size(), 1);
        QCOMPARE(resends.first().at(0).toLongLong(), 8);
        QCOMPARE(resends.first().at(1).toString(), u"sequence_gap"_s);
        QCOMPARE(serverSalesOfTerminal(), 6);
        QCOMPARE(serverCount(u"SELECT last_seq FROM sync_push_cursors WHERE device_id = ?"_s, {t.identity.deviceId}), 10);
    }

    void unknownTypeBecomesRejection()
    {
        Terminal &t = m_terminal;
        {
            kassa::BusinessWrite write(t.context, m_f->cashier);
            QVERIFY(write.outbox(u"loyalty.points_added"_s, {{u"customer_id"_s, u"c-1"_s}, {u"points"_s, 40}}, 3)); // 11
            QVERIFY(write.commit());
        }
        const kassa::SaleRecord after = sell(t, PosFixture::cart({PosFixture::line(m_coffee)}, {PosFixture::cash(450)})); // 12
        QList<QVariantList> acks;
        QVERIFY(pushAll(t, &acks));
        QJsonArray rejected;
        for (const QVariantList &ack : std::as_const(acks)) {
            for (const QJsonValue &value : ack.at(3).value<QJsonArray>()) {
                rejected.append(value);
            }
        }
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().toObject().value(u"code"_s).toString(), u"unknown_type"_s);
        QCOMPARE(rejected.first().toObject().value(u"seq"_s).toInteger(), 11);
        // Kept whole, not lost; the op after it applied.
        QSqlQuery query(m_f->database().connection());
        query.prepare(u"SELECT type, schema_version, payload, reason_code, resolved_at IS NULL FROM sync_rejections WHERE device_id = ? AND seq = 11"_s);
        query.addBindValue(t.identity.deviceId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), u"loyalty.points_added"_s);
        QCOMPARE(query.value(1).toInt(), 3);
        QCOMPARE(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object().value(u"points"_s).toInt(), 40);
        QCOMPARE(query.value(3).toString(), u"unknown_type"_s);
        QCOMPARE(query.value(4).toInt(), 1);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, {after.id}), 1);
        QCOMPARE(serverCount(u"SELECT last_seq FROM sync_push_cursors WHERE device_id = ?"_s, {t.identity.deviceId}), 12);
    }

    void newEpochResendsFromTheCursor()
    {
        // The server was restored: a new epoch. The terminal is told where to resend from; what the
        // server has is acknowledged without being applied again.
        QString error;
        QVERIFY(kassa::SyncInbox::renewEpoch(m_f->database(), nullptr, &error));
        const kassa::SaleRecord sale = sell(m_terminal, PosFixture::cart({PosFixture::line(m_coffee)}, {PosFixture::cash(450)})); // 13
        QList<QVariantList> resends;
        QVERIFY(pushAll(m_terminal, nullptr, &resends));
        QCOMPARE(resends.size(), 1);
        QCOMPARE(resends.first().at(1).toString(), u"epoch_changed"_s);
        QCOMPARE(resends.first().at(0).toLongLong(), 13);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, {sale.id}), 1);
        QString epoch;
        QVERIFY(kassa::SyncInbox(m_f->context()).epoch(&epoch, &error));
        kassa::sync::SyncIdentity identity;
        QVERIFY(kassa::sync::SyncIdentity::load(*m_terminal.database, &identity, &error));
        QCOMPARE(identity.epoch, epoch);
        m_terminal.identity = identity;
        QCOMPARE(serverSalesOfTerminal(), 8);
    }

    void clonedTerminalIsFenced()
    {
        // A copy of the terminal's disk starts selling as the same device.
        QSqlQuery checkpoint(m_terminal.database->connection());
        QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        checkpoint.finish();
        QVERIFY(QFile::copy(m_f->filePath(u"terminal.db"_s), m_f->filePath(u"clone.db"_s)));
        Terminal clone;
        QString error;
        clone.database = kassa::Database::open(m_f->filePath(u"clone.db"_s), &error);
        QVERIFY2(clone.database, qPrintable(error));
        clone.context.database = clone.database.get();
        clone.context.clock = &clone.clock;
        QVERIFY(kassa::ensureLocalDevice(*clone.database, u"terminal"_s, u"till"_s, &clone.context.deviceId, &clone.clock, &error));
        QVERIFY(kassa::sync::SyncIdentity::load(*clone.database, &clone.identity, &error));
        QCOMPARE(clone.context.deviceId, m_terminal.context.deviceId);

        const kassa::SaleRecord original = sell(m_terminal, PosFixture::cart({PosFixture::line(m_coffee)}, {PosFixture::cash(450)})); // 14
        const kassa::SaleRecord copied = sell(clone, PosFixture::cart({PosFixture::line(m_coffee, 2)}, {PosFixture::cash(900)})); // 14 as well
        QVERIFY(pushAll(m_terminal));
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, {original.id}), 1);
        const qint64 salesBefore = serverCount(u"SELECT COUNT(*) FROM sales"_s);

        PushClient client(*clone.database);
        QSignalSpy fenced(&client, &PushClient::fenced);
        client.pushPending();
        QVERIFY(fenced.wait(10000));
        QVERIFY(fenced.first().at(0).toString().contains(u"seq 14"_s));
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, {copied.id}), 0);
        QCOMPARE(serverCount(u"SELECT fenced FROM sync_push_cursors WHERE device_id = ?"_s, {m_terminal.identity.deviceId}), 1);
        QCOMPARE(serverCount(u"SELECT fenced FROM devices WHERE id = ?"_s, {m_terminal.identity.deviceId}), 1);
        QCOMPARE(terminalScalar(*clone.database, u"SELECT fenced FROM sync_identity"_s), 1);

        // Everything of the device is refused now, the original's next sale too, until a manager decides.
        const kassa::SaleRecord later = sell(m_terminal, PosFixture::cart({PosFixture::line(m_coffee)}, {PosFixture::cash(450)})); // 15
        QList<OutboxOp> ops;
        QVERIFY(OutboxBatch::read(*m_terminal.database, m_terminal.identity.deviceId, 15, 10, 1 << 20, &ops, &error));
        const Reply refused = rawPush(m_terminal, ops);
        QCOMPARE(refused.status, 423);
        QCOMPARE(refused.json.value(u"code"_s).toString(), u"device_fenced"_s);
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sales"_s), salesBefore);

        ServiceError serviceError;
        QVERIFY(!kassa::SyncInbox(m_f->context()).unfence(m_f->cashier, m_terminal.identity.deviceId, &serviceError));
        QVERIFY2(kassa::SyncInbox(m_f->context()).unfence(m_f->manager, m_terminal.identity.deviceId, &serviceError), qPrintable(serviceError.message));
        QVERIFY(pushAll(m_terminal));
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sales WHERE id = ?"_s, {later.id}), 1);
        QCOMPARE(serverSalesOfTerminal(), 10);
        clone.database->closeAll();
    }

    void ledgerEqualsLevels()
    {
        const kassa::IntegrityReport server = kassa::checkIntegrity(m_f->database());
        QVERIFY2(server.ok(), qPrintable(server.problems.join(u'\n')));
        QVERIFY(server.movementsChecked > 0);
        const kassa::IntegrityReport terminal = kassa::checkIntegrity(*m_terminal.database);
        QVERIFY2(terminal.ok(), qPrintable(terminal.problems.join(u'\n')));
        // All stock the terminal moved reached the server, and nothing else moved there.
        for (const QString &variant : {m_coffee, m_mug}) {
            QCOMPARE(m_f->onHand(variant), terminalScalar(*m_terminal.database, u"SELECT on_hand FROM stock_levels WHERE location_id = ? AND variant_id = ?"_s,
                                                          {m_f->floorLocationId, variant}));
        }
        QCOMPARE(serverCount(u"SELECT COUNT(*) FROM sync_received_ops WHERE device_id = ?"_s, {m_terminal.identity.deviceId}),
                 terminalScalar(*m_terminal.database, u"SELECT COUNT(*) FROM outbox WHERE device_id = ?"_s, {m_terminal.identity.deviceId}));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        if (m_terminal.database) {
            m_terminal.database->closeAll();
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_syncpush.moc"
