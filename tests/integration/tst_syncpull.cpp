// The pull path of synchronisation, end to end in one process: staff changes through the staff API
// and a sale pushed by terminal A reach terminals A and B through the server's change feed
// (GET /sync/v1/pull, PullClient, FeedApplier). The server's database is the fixture's, so this
// also runs as tst_syncpull_postgres with the server on PostgreSQL.
#include "kassaserver.h"
#include "posfixture.h" // a till on TestFixture (testfixture.h): also runs as <name>_postgres

#include "enrolment.h"
#include "outboxbatch.h"
#include "pullclient.h"
#include "pushclient.h"

#include "commerce/sessionservice.h"
#include "ops/integritycheck.h"
#include "sales/saleservice.h"
#include "sales/shiftservice.h"
#include "services/businesswrite.h"
#include "services/catalogservice.h"
#include "services/changefeed.h"
#include "services/feedapplier.h"
#include "services/syncinbox.h"
#include "services/userservice.h"

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
using kassa::sync::PullClient;
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
                                         u"sync_received_ops"_s, u"sync_rejections"_s, u"sync_exceptions"_s,   u"sync_identity"_s,
                                         u"change_feed"_s,      u"sync_pull_state"_s,  u"sync_kept_changes"_s};
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

class TestSyncPull : public QObject
{
    Q_OBJECT

    std::unique_ptr<PosFixture> m_f;
    std::unique_ptr<kassa::server::KassaServer> m_server;
    quint16 m_port = 0;
    QString m_managerToken, m_adminToken;
    QString m_coffee, m_mug;
    Terminal m_a, m_b;
    QString m_otherCompany, m_otherProduct;

    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonObject json;
    };

    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body, const QByteArray &authorization = {}, const QString &query = {})
    {
        HttpRequest request;
        request.method = method;
        request.path = path;
        request.query = QUrlQuery(query);
        request.remoteAddress = u"10.9.0.1"_s;
        request.requestId = kassa::newId();
        if (method != "GET") {
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        }
        if (!authorization.isEmpty()) {
            request.headers.append(std::pair<QByteArray, QByteArray>("Authorization", authorization));
        }
        const HttpResponse response = m_server->process(request);
        return {response.status, response.body, QJsonDocument::fromJson(response.body).object()};
    }

    Reply rawPull(const Terminal &terminal, qint64 after, int limit)
    {
        return call("GET", u"/sync/v1/pull"_s, {}, "Device " + terminal.identity.token.toLatin1(), u"after=%1&limit=%2"_s.arg(after).arg(limit));
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
        const Reply code = call("POST", u"/api/v1/staff/terminals/enrolment-codes"_s, {{u"shop_id"_s, m_f->shopId}, {u"name"_s, u"Till"_s}},
                                "Bearer " + m_managerToken.toLatin1());
        if (code.status != 201) {
            return false;
        }
        kassa::sync::Enrolment enrolment(*terminal->database);
        QSignalSpy enrolled(&enrolment, &kassa::sync::Enrolment::enrolled);
        enrolment.enrol(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)), code.json.value(u"code"_s).toString(), file);
        if (!enrolled.wait(10000)) {
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

    // A whole pull round with the real client; the cursor it ends at, or -1.
    qint64 pullAll(Terminal &terminal, int pageSize = 3)
    {
        PullClient client(*terminal.database);
        client.setPageSize(pageSize);
        QSignalSpy finished(&client, &PullClient::finished);
        QSignalSpy failed(&client, &PullClient::failed);
        client.pull();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000)) {
            return -1;
        }
        if (!failed.isEmpty()) {
            qWarning() << "pull failed:" << failed.first();
            return -1;
        }
        return finished.first().at(0).toLongLong();
    }

    bool pushAll(Terminal &terminal)
    {
        PushClient client(*terminal.database);
        QSignalSpy finished(&client, &PushClient::finished);
        client.pushPending();
        return QTest::qWaitFor([&client] { return !client.isBusy(); }, 20000) && finished.size() == 1;
    }

    static qint64 cursorOf(Terminal &terminal)
    {
        return terminalScalar(*terminal.database, u"SELECT COALESCE((SELECT after_seq FROM sync_pull_state), 0)"_s);
    }

    qint64 newest()
    {
        QString error;
        return kassa::ChangeFeed::newest(m_f->database(), m_f->companyId, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_f = std::make_unique<PosFixture>();
        QVERIFY2(m_f->ready(), qPrintable(m_f->problem()));
        m_coffee = m_f->item(u"PULL-COFFEE"_s, 450);
        m_mug = m_f->item(u"PULL-MUG"_s, 1200, 1900, 1, u"piece"_s, 20);
        m_server = std::make_unique<kassa::server::KassaServer>(m_f->context(), kassa::server::ApiSettings{1024 * 1024, {}, 100000, 5, 20, false});
        m_port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port > 0);
        m_managerToken = tokenOf(m_f->manager);
        {
            // The catalog and prices are the company admin's.
            kassa::UserDraft draft;
            draft.companyId = m_f->companyId;
            draft.email = u"pull-admin@example.com"_s;
            draft.name = u"Pull Admin"_s;
            draft.role = kassa::Role::CompanyAdmin;
            draft.password = u"correct horse battery"_s;
            QString error;
            kassa::Actor admin = m_f->admin;
            admin.userId = kassa::UserService(m_f->context()).createUser(m_f->admin, draft, &error, true);
            QVERIFY2(!admin.userId.isEmpty(), qPrintable(error));
            m_adminToken = tokenOf(admin);
        }
        QVERIFY(!m_managerToken.isEmpty() && !m_adminToken.isEmpty());
        QVERIFY(makeTerminal(&m_a, u"a.db"_s));
        QVERIFY(makeTerminal(&m_b, u"b.db"_s));

        // Another company with a product of its own, written through the services (so in the feed).
        m_otherCompany = kassa::newId();
        QSqlQuery query(m_f->database().connection());
        query.prepare(u"INSERT INTO companies (id, slug, name, currency, created_at, updated_at) VALUES (?, 'bravo-secret', 'Bravo Secret Co', 'EUR', 1, 1)"_s);
        query.addBindValue(m_otherCompany);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        kassa::Actor other;
        other.userId = kassa::newId();
        other.companyId = m_otherCompany;
        other.role = kassa::Role::CompanyAdmin;
        other.label = u"bravo admin"_s;
        ServiceError error;
        kassa::CatalogService catalog(m_f->context());
        kassa::ProductDraft draft;
        draft.name = u"Bravo Secret Espresso"_s;
        draft.taxCategoryId = catalog.createTaxCategory(other, u"Bravo VAT"_s, 2000, &error);
        QVERIFY2(!draft.taxCategoryId.isEmpty(), qPrintable(error.message));
        kassa::VariantDraft variant;
        variant.sku = u"BRAVO-SECRET-SKU"_s;
        variant.price = 999;
        draft.variants << variant;
        m_otherProduct = catalog.createProduct(other, draft, &error);
        QVERIFY2(!m_otherProduct.isEmpty(), qPrintable(error.message));
    }

    void priceChangeAndNewProductReachTheTerminal()
    {
        const Reply price = call("PATCH", u"/api/v1/staff/variants/%1"_s.arg(m_coffee), {{u"price"_s, 475}}, "Bearer " + m_adminToken.toLatin1());
        QCOMPARE(price.status, 200);
        const QString tax = m_f->taxCategoryId;
        const Reply made = call("POST", u"/api/v1/staff/products"_s,
                                {{u"name"_s, u"Pull Tea"_s}, {u"tax_category_id"_s, tax},
                                 {u"variants"_s, QJsonArray{QJsonObject{{u"sku"_s, u"PULL-TEA"_s}, {u"price"_s, 300}, {u"barcodes"_s, QJsonArray{u"4006381333931"_s}}}}}},
                                "Bearer " + m_adminToken.toLatin1());
        QCOMPARE(made.status, 201);
        const QString productId = made.json.value(u"id"_s).toString();
        QVERIFY(!productId.isEmpty());

        const qint64 cursor = pullAll(m_a);
        QCOMPARE(cursor, newest());
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT price FROM variants WHERE id = ?"_s, {m_coffee}), 475);
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT COUNT(*) FROM products WHERE id = ? AND name = 'Pull Tea'"_s, {productId}), 1);
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT v.price FROM variants v JOIN barcodes b ON b.variant_id = v.id WHERE b.code = '4006381333931'"_s), 300);
        QCOMPARE(cursorOf(m_a), cursor);
        // The numbers of a company run 1..N without a gap, whatever else the server wrote.
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM change_feed WHERE company_id = ?"_s, {m_f->companyId}), newest());
        QCOMPARE(m_f->scalar(u"SELECT MIN(seq) FROM change_feed WHERE company_id = ?"_s, {m_f->companyId}), 1);
    }

    void saleOnAChangesStockOnB()
    {
        QVERIFY(pullAll(m_b) > 0);
        kassa::ShiftRecord shift;
        ServiceError error;
        QVERIFY2(kassa::ShiftService(m_a.context).open(m_f->cashier, {}, 10000, &shift, &error), qPrintable(error.message));
        kassa::SaleRecord sale;
        QVERIFY2(kassa::SaleService(m_a.context).commit(m_f->cashier, PosFixture::cart({PosFixture::line(m_mug, 3)}, {PosFixture::card(3600)}), &sale, &error),
                 qPrintable(error.message));
        QCOMPARE(terminalScalar(*m_b.database, u"SELECT on_hand FROM stock_levels WHERE location_id = ? AND variant_id = ?"_s, {m_f->floorLocationId, m_mug}), 20);
        QVERIFY(pushAll(m_a));
        QCOMPARE(m_f->onHand(m_mug), 17);
        QVERIFY(pullAll(m_b) > 0);
        QCOMPARE(terminalScalar(*m_b.database, u"SELECT on_hand FROM stock_levels WHERE location_id = ? AND variant_id = ?"_s, {m_f->floorLocationId, m_mug}), 17);
        // B has A's sale as a document of its shop (kept raw: this build does not apply it); A does
        // not get its own sale back but gets the stock, and its own unpushed sales stay counted.
        QCOMPARE(terminalScalar(*m_b.database, u"SELECT COUNT(*) FROM sync_kept_changes WHERE type = 'sale.committed' AND payload LIKE ?"_s,
                                {QString(u"%"_s + sale.id + u"%"_s)}),
                 1);
        kassa::SaleRecord unpushed;
        QVERIFY(kassa::SaleService(m_a.context).commit(m_f->cashier, PosFixture::cart({PosFixture::line(m_mug)}, {PosFixture::card(1200)}), &unpushed, &error));
        QVERIFY(pullAll(m_a) > 0);
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT COUNT(*) FROM sync_kept_changes WHERE type = 'sale.committed'"_s), 0);
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT on_hand FROM stock_levels WHERE location_id = ? AND variant_id = ?"_s, {m_f->floorLocationId, m_mug}), 16);
        // Both ledgers still equal their levels.
        for (Terminal *t : {&m_a, &m_b}) {
            const kassa::IntegrityReport report = kassa::checkIntegrity(*t->database);
            QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
        }
        QVERIFY(pushAll(m_a));
    }

    void pagesNeverSplitATransaction()
    {
        // Every transaction of the feed, asked for with limit=1 from just before it, comes whole.
        QSqlQuery query(m_f->database().connection());
        query.prepare(u"SELECT txn_first_seq, MAX(seq), COUNT(*) FROM change_feed WHERE company_id = ? GROUP BY txn_first_seq ORDER BY txn_first_seq"_s);
        query.addBindValue(m_f->companyId);
        QVERIFY(query.exec());
        int multi = 0;
        QList<std::pair<qint64, qint64>> transactions;
        while (query.next()) {
            transactions.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
            multi += query.value(2).toInt() > 1 ? 1 : 0;
        }
        QVERIFY(multi >= 1); // the pushed sale: the document and the stock it left
        for (const auto &[first, last] : std::as_const(transactions)) {
            const Reply page = rawPull(m_b, first - 1, 1);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(u"next_after"_s).toInteger(), last);
        }
        const Reply bad = rawPull(m_b, -1, 1);
        QCOMPARE(bad.status, 422);
        QCOMPARE(call("GET", u"/sync/v1/pull"_s, {}, "Bearer " + m_managerToken.toLatin1(), u"after=0"_s).status, 401);
    }

    void cursorAndDataCommitTogether()
    {
        const qint64 before = cursorOf(m_a);
        QCOMPARE(call("PATCH", u"/api/v1/staff/variants/%1"_s.arg(m_coffee), {{u"price"_s, 499}}, "Bearer " + m_adminToken.toLatin1()).status, 200);
        // The cursor cannot be stored (the disk said no): the price change goes with it.
        QSqlQuery trigger(m_a.database->connection());
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_cursor BEFORE UPDATE ON sync_pull_state BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        QCOMPARE(pullAll(m_a), -1);
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT price FROM variants WHERE id = ?"_s, {m_coffee}), 475);
        QCOMPARE(cursorOf(m_a), before);
        QVERIFY(trigger.exec(u"DROP TRIGGER refuse_cursor"_s));
        QCOMPARE(pullAll(m_a), newest());
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT price FROM variants WHERE id = ?"_s, {m_coffee}), 499);
    }

    void companyIsolation()
    {
        QVERIFY(m_f->scalar(u"SELECT COUNT(*) FROM change_feed WHERE company_id = ?"_s, {m_otherCompany}) >= 2);
        const Reply all = rawPull(m_a, 0, 1000);
        QCOMPARE(all.status, 200);
        QVERIFY(all.json.value(u"changes"_s).toArray().size() > 3);
        for (const QString &secret : {m_otherCompany, m_otherProduct, u"BRAVO-SECRET-SKU"_s, u"Bravo Secret"_s, u"Bravo VAT"_s}) {
            QVERIFY2(!all.body.contains(secret.toUtf8()), qPrintable(secret));
        }
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT COUNT(*) FROM variants WHERE sku = 'BRAVO-SECRET-SKU'"_s), 0);
        // Numbered on their own: B's company has its own gapless 1..N.
        QString error;
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM change_feed WHERE company_id = ?"_s, {m_otherCompany}),
                 kassa::ChangeFeed::newest(m_f->database(), m_otherCompany, &error));
    }

    void unknownChangesAreKeptRaw()
    {
        // A newer server sends something this terminal does not know: kept whole, the cursor moves on.
        {
            kassa::BusinessWrite write(m_f->context(), m_f->admin);
            write.feed(u"customer.upserted"_s, R"({"id":"c-pull-1","name":"Kim"})", 1, 1);
            QVERIFY(write.commit());
        }
        QSqlQuery insert(m_f->database().connection());
        insert.prepare(u"INSERT INTO change_feed (company_id, seq, txn_first_seq, type, schema_version, payload, occurred_at, audience, shop_id, origin_device_id, created_at) "
                       "VALUES (?, ?, ?, 'loyalty.tier_changed', 3, '{\"tier\":\"gold\"}', 1, 'company', '', '', 1)"_s);
        const qint64 seq = newest() + 1;
        insert.addBindValue(m_f->companyId);
        insert.addBindValue(seq);
        insert.addBindValue(seq);
        QVERIFY(insert.exec());
        QCOMPARE(pullAll(m_a), seq);
        QSqlQuery kept(m_a.database->connection());
        QVERIFY(kept.exec(u"SELECT schema_version, payload, reason FROM sync_kept_changes WHERE type = 'loyalty.tier_changed'"_s) && kept.next());
        QCOMPARE(kept.value(0).toInt(), 3);
        QCOMPARE(QJsonDocument::fromJson(kept.value(1).toString().toUtf8()).object().value(u"tier"_s).toString(), u"gold"_s);
        QVERIFY(kept.value(2).toString().startsWith(u"unknown_type"_s));
        QCOMPARE(terminalScalar(*m_a.database, u"SELECT COUNT(*) FROM sync_kept_changes WHERE type = 'customer.upserted'"_s), 1);
    }

    void repeatedPullIsHarmless()
    {
        const QString state = u"SELECT (SELECT COUNT(*) FROM sync_kept_changes) * 1000000 + (SELECT COUNT(*) FROM stock_movements) * 1000 + "
                              "(SELECT SUM(on_hand) FROM stock_levels) + (SELECT SUM(price) FROM variants)"_s;
        const qint64 before = terminalScalar(*m_b.database, state);
        QVERIFY(pullAll(m_b) > 0);
        const qint64 settled = terminalScalar(*m_b.database, state);
        const qint64 cursor = cursorOf(m_b);
        // The same pages again (a response lost after the apply committed): nothing changes.
        const Reply page = rawPull(m_b, 0, 1000);
        QList<kassa::PulledChange> changes;
        for (const QJsonValue &value : page.json.value(u"changes"_s).toArray()) {
            const QJsonObject c = value.toObject();
            changes.append({c.value(u"seq"_s).toInteger(), c.value(u"type"_s).toString(), int(c.value(u"schema_version"_s).toInteger()),
                            QJsonDocument(c.value(u"payload"_s).toObject()).toJson(QJsonDocument::Compact), c.value(u"occurred_at"_s).toInteger()});
        }
        kassa::FeedApplyResult result;
        QString error;
        QVERIFY2(kassa::FeedApplier(*m_b.database, m_b.identity.companyId, m_b.identity.deviceId)
                     .apply(page.json.value(u"epoch"_s).toString(), changes, page.json.value(u"next_after"_s).toInteger(), &result, &error),
                 qPrintable(error));
        QCOMPARE(result.applied, 0);
        QCOMPARE(result.skipped, changes.size());
        QCOMPARE(terminalScalar(*m_b.database, state), settled);
        QCOMPARE(cursorOf(m_b), cursor);
        QCOMPARE(pullAll(m_b), cursor);
        QCOMPARE(terminalScalar(*m_b.database, state), settled);
        Q_UNUSED(before);
        const kassa::IntegrityReport report = kassa::checkIntegrity(*m_b.database);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        for (Terminal *t : {&m_a, &m_b}) {
            if (t->database) {
                t->database->closeAll();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_syncpull.moc"
