// A business write commits its change, its outbox row and its audit row together or not at all,
// numbers the outbox without gaps per device, and only ever sees the acting company's rows.

#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "services/businesswrite.h"
#include "services/companyservice.h"
#include "services/stockservice.h"
#include "storage/tenantquery.h"
#include "testfixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using kassa::Role;
using kassa::StockMovement;
using kassa::StockReason;

Q_DECLARE_METATYPE(kassa::Role)
Q_DECLARE_METATYPE(kassa::StockReason)

namespace
{

constexpr qint64 kNow = 1'700'000'000'000;

StockMovement movement(const QString &location, const QString &variant, qint64 quantity, StockReason reason)
{
    StockMovement m;
    m.locationId = location;
    m.variantId = variant;
    m.quantityDelta = quantity;
    m.reason = reason;
    m.refType = u"sale"_s;
    m.refId = u"receipt-1"_s;
    return m;
}

QVariantList column(const QSqlDatabase &db, const QString &sql)
{
    QVariantList values;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << query.lastError().text();
    }
    while (query.next()) {
        values << query.value(0);
    }
    return values;
}

// Every row of the tables a stock posting touches, so "nothing was written" compares contents, not
// just counts.
QString snapshot(const QSqlDatabase &db)
{
    QStringList lines;
    for (const QString &sql : { u"SELECT id || ' ' || quantity_delta FROM stock_movements ORDER BY id"_s,
             u"SELECT location_id || ' ' || variant_id || ' ' || on_hand || ' ' || reserved || ' ' || available FROM stock_levels ORDER BY 1"_s,
             u"SELECT device_id || ' ' || seq || ' ' || type FROM outbox ORDER BY device_id, seq"_s,
             u"SELECT id || ' ' || action FROM audit_log ORDER BY id"_s }) {
        for (const QVariant &value : column(db, sql)) {
            lines << value.toString();
        }
        lines << u"--"_s;
    }
    return lines.join(u'\n');
}

struct OtherCompany {
    QString id, shopId, locationId, variantId;
    kassa::Actor admin;
};

} // namespace

class TestBusinessWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void postWritesChangeOutboxAndAudit();
    void payloadIsWhatQtWouldWrite_data();
    void payloadIsWhatQtWouldWrite();
    void outboxIsGaplessPerDevice();
    void concurrentWritersStayGapless();
    void outboxNumberingUsesThePrimaryKey();
    void failureMidOperationLeavesNothing_data();
    void failureMidOperationLeavesNothing();
    void failingOutboxOrAuditUndoesTheChange_data();
    void failingOutboxOrAuditUndoesTheChange();
    void permissionRefusalWritesNothing_data();
    void permissionRefusalWritesNothing();
    void failedWriteRefusesFurtherStatements();
    void abandonedWriteRollsBack();
    void tenantQueryBindsTheCompany();
    void tenantQueryNeedsACompany();
    void companyPlaceholder_data();
    void companyPlaceholder();

private:
    OtherCompany makeOtherCompany();

    std::unique_ptr<TestFixture> m_fixture;
    QStringList m_variants;
};

void TestBusinessWrite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBusinessWrite::init()
{
    m_fixture = std::make_unique<TestFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
    m_fixture->context().wallClock = [] { return kNow; };
    m_variants.clear();
    for (int i = 1; i <= 5; ++i) {
        m_variants << m_fixture->addVariant(u"SKU-%1"_s.arg(i), 199 * i);
        QVERIFY(!m_variants.last().isEmpty());
    }
}

void TestBusinessWrite::cleanup()
{
    m_fixture.reset();
}

OtherCompany TestBusinessWrite::makeOtherCompany()
{
    TestFixture &f = *m_fixture;
    OtherCompany other;
    kassa::CompanyService companies(f.context());
    QString error;
    kassa::CompanyDraft company;
    company.slug = u"otherco"_s;
    company.name = u"Other Company"_s;
    other.id = companies.createCompany(kassa::Actor::operatorConsole({}, f.context().deviceId), company, &error);
    if (other.id.isEmpty()) {
        qWarning() << error;
        return other;
    }
    other.admin = kassa::Actor::operatorConsole(other.id, f.context().deviceId);
    other.admin.role = Role::CompanyAdmin;
    kassa::ShopDraft shop;
    shop.slug = u"other-shop"_s;
    shop.name = u"Other Shop"_s;
    other.shopId = companies.createShop(other.admin, shop, &error);
    QSqlQuery query(f.database().connection());
    query.prepare(u"SELECT id FROM locations WHERE shop_id = ? AND code = 'FLOOR'"_s);
    query.addBindValue(other.shopId);
    if (query.exec() && query.next()) {
        other.locationId = query.value(0).toString();
    }
    const QString taxId = kassa::newId(), productId = kassa::newId();
    other.variantId = kassa::newId();
    for (const QString &sql : { u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES ('%1', '%2', 'Standard', 2000)"_s.arg(taxId, other.id),
             u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) VALUES ('%1', '%2', '%3', 'Other product', 0, 0)"_s.arg(
                 productId, other.id, taxId),
             u"INSERT INTO variants (id, company_id, product_id, sku, price, created_at, updated_at) VALUES ('%1', '%2', '%3', 'OTHER-1', 500, 0, 0)"_s.arg(
                 other.variantId, other.id, productId) }) {
        if (!query.exec(sql)) {
            qWarning() << query.lastError().text();
        }
    }
    return other;
}

void TestBusinessWrite::postWritesChangeOutboxAndAudit()
{
    TestFixture &f = *m_fixture;
    const QSqlDatabase db = f.database().connection();
    const qint64 seqBefore = column(db, u"SELECT COALESCE(MAX(seq), 0) FROM outbox"_s).value(0).toLongLong();
    const qint64 stampBefore = column(db, u"SELECT COALESCE(MAX(occurred_at), 0) FROM outbox"_s).value(0).toLongLong();
    const qint64 auditBefore = f.rowCount(u"audit_log"_s);

    // A five-line sale.
    QList<StockMovement> sale;
    for (int i = 0; i < 5; ++i) {
        sale << movement(f.floorLocationId, m_variants[i], -(i + 1), StockReason::Sale);
    }
    const kassa::Actor cashier = f.actor(Role::ShopStaff);
    QString error;
    QVERIFY2(kassa::StockService(f.context()).postMovements(cashier, sale, &error), qPrintable(error));

    // The change: five movements and five levels.
    QCOMPARE(f.rowCount(u"stock_movements"_s), qint64(5));
    QCOMPARE(column(db, u"SELECT on_hand FROM stock_levels ORDER BY on_hand DESC"_s), (QVariantList { -1, -2, -3, -4, -5 }));
    QCOMPARE(column(db, u"SELECT DISTINCT recorded_at FROM stock_movements"_s), QVariantList { kNow });
    QCOMPARE(column(db, u"SELECT DISTINCT device_id || '/' || actor_id || '/' || company_id FROM stock_movements"_s),
        QVariantList { u"%1/%2/%3"_s.arg(f.context().deviceId, cashier.userId, f.companyId) });

    // Exactly one outbox row, numbered next, carrying the movements, with the payload's SHA-256.
    QSqlQuery outbox(db);
    QVERIFY(outbox.exec(u"SELECT device_id, seq, op_id, company_id, type, schema_version, payload, payload_hash, occurred_at, created_at, acked_at "
                        "FROM outbox WHERE seq > %1"_s.arg(seqBefore)));
    QVERIFY(outbox.next());
    QCOMPARE(outbox.value(0).toString(), f.context().deviceId);
    QCOMPARE(outbox.value(1).toLongLong(), seqBefore + 1);
    QVERIFY(kassa::UuidV7Generator::isValid(outbox.value(2).toString()));
    QCOMPARE(outbox.value(3).toString(), f.companyId);
    QCOMPARE(outbox.value(4).toString(), u"stock.movements"_s);
    QCOMPARE(outbox.value(5).toInt(), 1);
    const QByteArray payload = outbox.value(6).toString().toUtf8();
    QCOMPARE(outbox.value(7).toString(), QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    QVERIFY(outbox.value(8).toLongLong() > stampBefore);
    QCOMPARE(outbox.value(9).toLongLong(), kNow);
    QVERIFY(outbox.value(10).isNull());
    QVERIFY(!outbox.next());
    const QJsonArray posted = QJsonDocument::fromJson(payload).object().value(u"movements"_s).toArray();
    QCOMPARE(posted.size(), 5);
    const QVariantList movementIds = column(db, u"SELECT id FROM stock_movements"_s);
    for (const QJsonValue &entry : posted) {
        const QJsonObject object = entry.toObject();
        QVERIFY(movementIds.contains(object.value(u"id"_s).toString()));
        QCOMPARE(object.value(u"reason"_s).toString(), u"sale"_s);
        QCOMPARE(object.value(u"location_id"_s).toString(), f.floorLocationId);
    }

    // Exactly one audit row: who, what, where, when.
    QCOMPARE(f.rowCount(u"audit_log"_s), auditBefore + 1);
    QSqlQuery audit(db);
    QVERIFY(audit.exec(
        u"SELECT company_id, actor_id, device_id, action, entity_type, entity_id, before_state, after_state, at FROM audit_log ORDER BY id DESC LIMIT 1"_s));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), f.companyId);
    QCOMPARE(audit.value(1).toString(), cashier.userId);
    QCOMPARE(audit.value(2).toString(), f.context().deviceId);
    QCOMPARE(audit.value(3).toString(), u"stock.post"_s);
    QCOMPARE(audit.value(4).toString(), u"sale"_s);
    QCOMPARE(audit.value(5).toString(), u"receipt-1"_s);
    QVERIFY(audit.value(6).isNull());
    QCOMPARE(QJsonDocument::fromJson(audit.value(7).toString().toUtf8()).object().value(u"movements"_s).toArray().size(), 5);
    QCOMPARE(audit.value(8).toLongLong(), kNow);
}

void TestBusinessWrite::payloadIsWhatQtWouldWrite_data()
{
    QTest::addColumn<QString>("reference");
    QTest::newRow("plain") << u"receipt-1"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes-and-backslashes") << u"He said \"hi\" \\ C:\\till\\"_s;
    QTest::newRow("control-characters") << u"line\nbreak\ttab\rreturn\bback\fform\u0001\u001f"_s;
    QTest::newRow("non-ascii") << u"Größe ✓ 日本 😀"_s;
    QTest::newRow("delete-and-slash") << u"a\u007fb/c"_s;
}

void TestBusinessWrite::payloadIsWhatQtWouldWrite()
{
    // The stock posting writes its payload without QJsonDocument (it is on every sale's path); the
    // bytes must be exactly what QJsonDocument writes, whatever the text in it.
    QFETCH(QString, reference);
    TestFixture &f = *m_fixture;
    StockMovement first = movement(f.floorLocationId, m_variants[0], 3, StockReason::Receipt);
    first.refType = reference;
    first.refId = reference;
    StockMovement second = movement(f.backLocationId, m_variants[1], -2, StockReason::Adjustment);
    second.refType = u"count"_s;
    second.refId = reference + u'!';
    second.occurredAt = -5;
    QString error;
    QVERIFY2(kassa::StockService(f.context()).postMovements(f.admin, { first, second }, &error), qPrintable(error));

    QJsonArray expected;
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(
        u"SELECT id, location_id, occurred_at, quantity_delta, reason, ref_id, ref_type, variant_id FROM stock_movements ORDER BY quantity_delta DESC"_s));
    while (query.next()) {
        expected.append(QJsonObject { { u"id"_s, query.value(0).toString() }, { u"location_id"_s, query.value(1).toString() },
            { u"occurred_at"_s, query.value(2).toLongLong() }, { u"quantity_delta"_s, query.value(3).toLongLong() }, { u"reason"_s, query.value(4).toString() },
            { u"ref_id"_s, query.value(5).toString() }, { u"ref_type"_s, query.value(6).toString() }, { u"variant_id"_s, query.value(7).toString() } });
    }
    QCOMPARE(expected.size(), 2);
    QCOMPARE(expected[0].toObject().value(u"ref_id"_s).toString(), reference);
    const QByteArray qtBytes = QJsonDocument(QJsonObject { { u"movements"_s, expected } }).toJson(QJsonDocument::Compact);
    QVERIFY(query.exec(u"SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1"_s) && query.next());
    QCOMPARE(query.value(0).toString().toUtf8(), qtBytes);
    QVERIFY(query.exec(u"SELECT after_state FROM audit_log WHERE action = 'stock.post'"_s) && query.next());
    QCOMPARE(query.value(0).toString().toUtf8(), qtBytes);
}

void TestBusinessWrite::outboxIsGaplessPerDevice()
{
    TestFixture &f = *m_fixture;
    // A second writer on the same database (a server process next to the terminal, say).
    QSqlQuery query(f.database().connection());
    const QString secondDevice = kassa::newId();
    QVERIFY(query.exec(u"INSERT INTO devices (id, kind, name, created_at) VALUES ('%1', 'server', 'second', 0)"_s.arg(secondDevice)));
    kassa::HybridLogicalClock secondClock;
    kassa::CoreContext second = f.context();
    second.deviceId = secondDevice;
    second.clock = &secondClock;

    kassa::StockService first(f.context());
    kassa::StockService other(second);
    const QSqlDatabase db = f.database().connection();
    const QString countSql = u"SELECT COUNT(*) FROM outbox WHERE device_id = '%1'"_s;
    // The fixture's company and shop were written from the first device already.
    const qint64 firstInitial = column(db, countSql.arg(f.context().deviceId)).value(0).toLongLong();
    QVERIFY(firstInitial > 0);
    QString error;
    qint64 firstWrites = 0, secondWrites = 0;
    for (int i = 0; i < 30; ++i) {
        const bool useSecond = i % 3 == 0;
        // Every fourth operation fails (a zero quantity): it must not use up a number.
        const qint64 quantity = i % 4 == 3 ? 0 : 1;
        const bool ok
            = (useSecond ? other : first).postMovements(f.admin, { movement(f.backLocationId, m_variants[i % 5], quantity, StockReason::Receipt) }, &error);
        QCOMPARE(ok, quantity != 0);
        if (ok) {
            ++(useSecond ? secondWrites : firstWrites);
        }
    }
    QVariantList expectedFirst, expectedSecond;
    for (qint64 seq = 1; seq <= firstInitial + firstWrites; ++seq) {
        expectedFirst << seq;
    }
    for (qint64 seq = 1; seq <= secondWrites; ++seq) {
        expectedSecond << seq;
    }
    QCOMPARE(column(db, u"SELECT seq FROM outbox WHERE device_id = '%1' ORDER BY seq"_s.arg(f.context().deviceId)), expectedFirst);
    QCOMPARE(column(db, u"SELECT seq FROM outbox WHERE device_id = '%1' ORDER BY seq"_s.arg(secondDevice)), expectedSecond);
    const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestBusinessWrite::concurrentWritersStayGapless()
{
    // Two threads of one installation (a till's screen and its sync worker, say) post at once: each
    // write waits for the other's transaction, none fails, and the outbox numbers stay gapless.
    TestFixture &f = *m_fixture;
    const QSqlDatabase db = f.database().connection();
    const qint64 before = f.rowCount(u"outbox"_s);
    constexpr int perThread = 40;
    std::atomic<int> failures { 0 };
    const auto work = [&](int offset) {
        kassa::StockService service(f.context());
        QString error;
        for (int i = 0; i < perThread; ++i) {
            if (!service.postMovements(f.admin, { movement(f.backLocationId, m_variants[(i + offset) % 5], 1, StockReason::Receipt) }, &error)) {
                ++failures;
                qWarning() << error;
            }
        }
        f.database().releaseThreadConnection();
    };
    std::unique_ptr<QThread> first(QThread::create(work, 0));
    std::unique_ptr<QThread> second(QThread::create(work, 2));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    QCOMPARE(failures.load(), 0);
    QCOMPARE(f.rowCount(u"stock_movements"_s), qint64(2 * perThread));
    QCOMPARE(column(db, u"SELECT SUM(on_hand) FROM stock_levels"_s), QVariantList { 2 * perThread });
    QVariantList expected;
    for (qint64 seq = 1; seq <= before + 2 * perThread; ++seq) {
        expected << seq;
    }
    QCOMPARE(column(db, u"SELECT seq FROM outbox WHERE device_id = '%1' ORDER BY seq"_s.arg(f.context().deviceId)), expected);
    // Stamps are unique and follow the numbering.
    QCOMPARE(column(db,
                 u"SELECT COUNT(*) FROM outbox o JOIN outbox p ON p.device_id = o.device_id AND p.seq = o.seq + 1 "
                 "WHERE p.occurred_at <= o.occurred_at"_s),
        QVariantList { 0 });
    const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestBusinessWrite::outboxNumberingUsesThePrimaryKey()
{
    // The next outbox number is read on every write; on a terminal that keeps years of acknowledged
    // entries it must be one index seek on (device_id, seq), not a scan of the device's entries.
    TestFixture &f = *m_fixture;
    if (!f.database().dialect().isSqlite()) {
        QSKIP("reads SQLite's query plan");
    }
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox WHERE device_id = 'x'"_s));
    QStringList plan;
    while (query.next()) {
        plan << query.value(3).toString();
    }
    QCOMPARE(plan.size(), 1);
    static const QRegularExpression search(u"^SEARCH outbox USING COVERING INDEX (\\S+) \\(device_id=\\?\\)$"_s);
    const QRegularExpressionMatch match = search.match(plan.first());
    QVERIFY2(match.hasMatch(), qPrintable(plan.first()));
    QVERIFY(query.exec(u"PRAGMA index_info(%1)"_s.arg(match.captured(1))));
    QStringList columns;
    while (query.next()) {
        columns << query.value(2).toString();
    }
    QCOMPARE(columns, (QStringList { u"device_id"_s, u"seq"_s }));
    // And SQLite reads a single entry for it (the min/max optimisation seeks to the device's last
    // entry with SeekLE; a scan would start with SeekGE and walk forward).
    QVERIFY(query.exec(u"EXPLAIN SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox WHERE device_id = 'x'"_s));
    QStringList opcodes;
    while (query.next()) {
        opcodes << query.value(1).toString();
    }
    QVERIFY2(opcodes.contains(u"SeekLE"_s) && !opcodes.contains(u"SeekGE"_s), qPrintable(opcodes.join(u' ')));
}

void TestBusinessWrite::failureMidOperationLeavesNothing_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("message");
    QTest::newRow("variant-of-another-company") << u"foreign-variant"_s << u"cannot record the stock movement of %1 at %2: FOREIGN KEY constraint failed"_s;
    QTest::newRow("location-of-another-company") << u"foreign-location"_s << u"cannot record the stock movement of %1 at %2: FOREIGN KEY constraint failed"_s;
    QTest::newRow("missing-location") << u"missing-location"_s << u"cannot record the stock movement of %1 at %2: FOREIGN KEY constraint failed"_s;
    QTest::newRow("missing-variant") << u"missing-variant"_s << u"cannot record the stock movement of %1 at %2: FOREIGN KEY constraint failed"_s;
    QTest::newRow("zero-quantity") << u"zero"_s << u"a stock movement of %1 has a quantity of zero"_s;
    QTest::newRow("release-more-than-reserved") << u"release"_s << u"cannot release 1 of %1 at %2: less than that is reserved"_s;
}

void TestBusinessWrite::failureMidOperationLeavesNothing()
{
    QFETCH(QString, problem);
    QFETCH(QString, message);
    TestFixture &f = *m_fixture;
    const OtherCompany other = makeOtherCompany();
    QVERIFY(!other.variantId.isEmpty() && !other.locationId.isEmpty());
    kassa::StockService service(f.context());
    QString error;
    // Stock that the first movement of the failing batch would change.
    QVERIFY2(service.postMovements(f.admin, { movement(f.floorLocationId, m_variants[0], 10, StockReason::Receipt) }, &error), qPrintable(error));
    const QSqlDatabase db = f.database().connection();
    const QString before = snapshot(db);

    StockMovement bad = movement(f.floorLocationId, m_variants[1], -1, StockReason::Sale);
    if (problem == "foreign-variant"_L1) {
        bad.variantId = other.variantId;
    } else if (problem == "foreign-location"_L1) {
        bad.locationId = other.locationId;
    } else if (problem == "missing-location"_L1) {
        bad.locationId = kassa::newId();
    } else if (problem == "missing-variant"_L1) {
        bad.variantId = kassa::newId();
    } else if (problem == "zero"_L1) {
        bad.quantityDelta = 0;
    } else if (problem == "release"_L1) {
        bad.reason = StockReason::Release;
    }
    const QList<StockMovement> batch
        = { movement(f.floorLocationId, m_variants[0], -3, StockReason::Sale), bad, movement(f.floorLocationId, m_variants[2], -1, StockReason::Sale) };
    QVERIFY(!service.postMovements(f.admin, batch, &error));
    const QString expected = QString(message).replace(u"%1"_s, bad.variantId).replace(u"%2"_s, bad.locationId);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    // Neither the first movement, nor a level, nor an outbox or audit row.
    QCOMPARE(snapshot(db), before);
    const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));

    // The same connection works on afterwards, and numbers on without a gap.
    const qint64 seq = column(db, u"SELECT MAX(seq) FROM outbox"_s).value(0).toLongLong();
    QVERIFY2(service.postMovements(f.admin, { batch[0], batch[2] }, &error), qPrintable(error));
    QCOMPARE(column(db, u"SELECT MAX(seq) FROM outbox"_s).value(0).toLongLong(), seq + 1);
}

void TestBusinessWrite::failingOutboxOrAuditUndoesTheChange_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("message");
    QTest::newRow("outbox-insert-fails") << u"outbox"_s << u"cannot append to the outbox: disk quota reached"_s;
    QTest::newRow("audit-insert-fails") << u"audit_log"_s << u"cannot write the audit trail: disk quota reached"_s;
}

void TestBusinessWrite::failingOutboxOrAuditUndoesTheChange()
{
    QFETCH(QString, table);
    QFETCH(QString, message);
    TestFixture &f = *m_fixture;
    if (!f.database().dialect().isSqlite()) {
        QSKIP("makes the insert fail with an SQLite trigger");
    }
    const QSqlDatabase db = f.database().connection();
    QSqlQuery query(db);
    QVERIFY2(query.exec(u"CREATE TRIGGER refuse_insert BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'disk quota reached'); END"_s.arg(table)),
        qPrintable(query.lastError().text()));
    const QString before = snapshot(db);
    kassa::StockService service(f.context());
    QString error;
    QVERIFY(!service.postMovements(f.admin, { movement(f.floorLocationId, m_variants[0], 4, StockReason::Receipt) }, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QCOMPARE(snapshot(db), before);

    QVERIFY(query.exec(u"DROP TRIGGER refuse_insert"_s));
    QVERIFY2(service.postMovements(f.admin, { movement(f.floorLocationId, m_variants[0], 4, StockReason::Receipt) }, &error), qPrintable(error));
    QCOMPARE(f.rowCount(u"stock_movements"_s), qint64(1));
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
}

void TestBusinessWrite::permissionRefusalWritesNothing_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<StockReason>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("shop_staff-adjustment") << Role::ShopStaff << StockReason::Adjustment
                                           << u"shop_staff may not post adjustment movements (needs stock.adjust)"_s;
    QTest::newRow("shop_staff-count") << Role::ShopStaff << StockReason::Count << u"shop_staff may not post count movements (needs count.approve)"_s;
    QTest::newRow("shop_staff-transfer_out") << Role::ShopStaff << StockReason::TransferOut
                                             << u"shop_staff may not post transfer_out movements (needs transfer.ship_receive)"_s;
    QTest::newRow("warehouse_staff-sale") << Role::WarehouseStaff << StockReason::Sale << u"warehouse_staff may not post sale movements (needs sale.create)"_s;
    QTest::newRow("warehouse_staff-waste") << Role::WarehouseStaff << StockReason::Waste
                                           << u"warehouse_staff may not post waste movements (needs stock.adjust)"_s;
    QTest::newRow("customer-return") << Role::Customer << StockReason::Return << u"customer may not post return movements (needs sale.return)"_s;
    QTest::newRow("customer-reservation") << Role::Customer << StockReason::Reservation
                                          << u"customer may not post reservation movements (needs order.fulfil)"_s;
}

void TestBusinessWrite::permissionRefusalWritesNothing()
{
    QFETCH(Role, role);
    QFETCH(StockReason, reason);
    QFETCH(QString, message);
    TestFixture &f = *m_fixture;
    const QSqlDatabase db = f.database().connection();
    const QString before = snapshot(db);
    // A movement the role may post, then one it may not: the whole batch is refused.
    QList<StockMovement> batch;
    if (role != Role::Customer) {
        batch << movement(f.floorLocationId, m_variants[0], 1, role == Role::ShopStaff ? StockReason::Return : StockReason::TransferIn);
    }
    batch << movement(f.floorLocationId, m_variants[1], reason == StockReason::Return || reason == StockReason::Reservation ? 1 : -1, reason);
    QString error;
    QVERIFY(!kassa::StockService(f.context()).postMovements(f.actor(role), batch, &error));
    QCOMPARE(error, message);
    QCOMPARE(snapshot(db), before);
}

void TestBusinessWrite::failedWriteRefusesFurtherStatements()
{
    TestFixture &f = *m_fixture;
    const qint64 before = f.rowCount(u"tax_categories"_s);
    kassa::BusinessWrite write(f.context(), f.admin);
    QVERIFY(write.isOpen());
    kassa::TenantQuery insert = write.query(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (:id, :company_id, :name, 700)"_s);
    insert.bind(u":id"_s, kassa::newId());
    insert.bind(u":name"_s, u"Reduced"_s);
    QVERIFY2(insert.exec(), qPrintable(insert.errorString()));
    QVERIFY(!write.fail(u"the customer walked away"_s));
    QVERIFY(!write.isOpen());

    kassa::TenantQuery later = write.query(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (:id, :company_id, 'Zero', 0)"_s);
    later.bind(u":id"_s, kassa::newId());
    QVERIFY(!later.exec());
    QCOMPARE(later.errorString(), u"the operation already failed: the customer walked away"_s);
    QVERIFY(!write.audit(u"x"_s, u"y"_s, u"z"_s, {}, {}));
    QVERIFY(!write.outbox(u"x"_s, {}));
    QVERIFY(!write.commit());
    QCOMPARE(write.errorString(), u"the customer walked away"_s);
    QCOMPARE(f.rowCount(u"tax_categories"_s), before);
}

void TestBusinessWrite::abandonedWriteRollsBack()
{
    TestFixture &f = *m_fixture;
    const qint64 before = f.rowCount(u"tax_categories"_s);
    {
        kassa::BusinessWrite write(f.context(), f.admin);
        kassa::TenantQuery insert = write.query(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (:id, :company_id, 'Reduced', 700)"_s);
        insert.bind(u":id"_s, kassa::newId());
        QVERIFY(insert.exec());
        QVERIFY(write.audit(u"tax.create"_s, u"tax_category"_s, u"t"_s, {}, {}));
        // An early return: no commit.
    }
    QCOMPARE(f.rowCount(u"tax_categories"_s), before);
    // The connection is free for the next operation.
    kassa::BusinessWrite next(f.context(), f.admin);
    QVERIFY2(next.isOpen(), qPrintable(next.errorString()));
    QVERIFY(next.commit());
}

void TestBusinessWrite::tenantQueryBindsTheCompany()
{
    TestFixture &f = *m_fixture;
    const OtherCompany other = makeOtherCompany();
    QVERIFY(!other.variantId.isEmpty());
    const QString sql = u"SELECT sku FROM variants WHERE company_id = :company_id ORDER BY sku"_s;
    const auto skus = [](kassa::TenantQuery &query) {
        QStringList result;
        while (query.next()) {
            result << query.value(0).toString();
        }
        return result;
    };
    const QStringList ours = { u"SKU-1"_s, u"SKU-2"_s, u"SKU-3"_s, u"SKU-4"_s, u"SKU-5"_s };

    kassa::TenantQuery mine(f.database().connection(), f.companyId);
    QVERIFY(mine.prepare(sql));
    QVERIFY(mine.exec());
    QCOMPARE(skus(mine), ours);

    kassa::TenantQuery theirs(f.database().connection(), other.id);
    QVERIFY(theirs.prepare(sql));
    QVERIFY(theirs.exec());
    QCOMPARE(skus(theirs), QStringList { u"OTHER-1"_s });

    // Binding another company's id by mistake does not widen the query: the acting company wins.
    mine.bind(u":company_id"_s, other.id);
    QVERIFY(mine.exec());
    QCOMPARE(skus(mine), ours);

    // The same through a statement prepared once and shared (the hot-path form).
    QString error;
    QSqlQuery *prepared = f.database().prepared(sql, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    kassa::TenantQuery sharedTheirs(prepared, sql, other.id);
    QVERIFY(sharedTheirs.exec());
    QCOMPARE(skus(sharedTheirs), QStringList { u"OTHER-1"_s });
    kassa::TenantQuery sharedMine(f.database().prepared(sql), sql, f.companyId);
    QVERIFY(sharedMine.exec());
    QCOMPARE(skus(sharedMine), ours);

    // A business write of one company cannot touch another company's rows either.
    kassa::BusinessWrite write(f.context(), other.admin);
    kassa::TenantQuery update = write.query(u"UPDATE variants SET price = 1 WHERE company_id = :company_id AND sku = :sku"_s);
    update.bind(u":sku"_s, u"SKU-1"_s);
    QVERIFY(update.exec());
    QCOMPARE(update.numRowsAffected(), 0);
    QVERIFY(write.commit());
    QCOMPARE(column(f.database().connection(), u"SELECT price FROM variants WHERE sku = 'SKU-1'"_s), QVariantList { 199 });
}

void TestBusinessWrite::tenantQueryNeedsACompany()
{
    TestFixture &f = *m_fixture;
    const QString sql = u"SELECT sku FROM variants WHERE company_id = :company_id"_s;
    kassa::TenantQuery query(f.database().connection(), QString());
    QVERIFY(!query.prepare(sql));
    QVERIFY(!query.exec());
    QCOMPARE(query.errorString(), u"no company chosen for a query on company data"_s);
    kassa::TenantQuery prepared(f.database().prepared(sql), sql, QString());
    QVERIFY(!prepared.exec());
    QCOMPARE(prepared.errorString(), u"no company chosen for a query on company data"_s);
}

void TestBusinessWrite::companyPlaceholder_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("hasPlaceholder");
    QTest::newRow("filter") << u"SELECT * FROM variants WHERE company_id = :company_id"_s << true;
    QTest::newRow("insert-value") << u"INSERT INTO bins (id, company_id) VALUES (:id, :company_id)"_s << true;
    QTest::newRow("at-end-of-line") << u"SELECT 1 WHERE company_id = :company_id\nAND x = 1"_s << true;
    QTest::newRow("no-filter") << u"SELECT * FROM variants"_s << false;
    QTest::newRow("positional") << u"SELECT * FROM variants WHERE company_id = ?"_s << false;
    QTest::newRow("longer-name") << u"SELECT * FROM variants WHERE company_id = :company_identifier"_s << false;
    QTest::newRow("column-only") << u"SELECT company_id FROM variants"_s << false;
}

void TestBusinessWrite::companyPlaceholder()
{
    QFETCH(QString, sql);
    QFETCH(bool, hasPlaceholder);
    QCOMPARE(kassa::TenantQuery::hasCompanyPlaceholder(sql), hasPlaceholder);
}

QTEST_GUILESS_MAIN(TestBusinessWrite)
#include "tst_businesswrite.moc"
