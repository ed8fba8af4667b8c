// The stock ledger: whatever sequence of movements is posted (sales beyond zero, returns, counts,
// transfers, reservations and releases), every stock level equals the sum of its ledger, and the
// reservation rules hold: never reserve what is not available, never release what is not reserved.

#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "services/businesswrite.h"
#include "services/companyservice.h"
#include "services/stockledger.h"
#include "services/stockservice.h"
#include "testfixture.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::StockMovement;
using kassa::StockReason;

Q_DECLARE_METATYPE(kassa::StockReason)

namespace
{

struct Level {
    qint64 onHand = 0;
    qint64 reserved = 0;
    friend bool operator==(const Level &, const Level &) = default;
};

using Key = std::pair<QString, QString>; // location, variant
using Levels = QHash<Key, Level>;

quint32 testSeed()
{
    bool ok = false;
    const quint32 fromEnvironment = qEnvironmentVariable("KASSA_TEST_SEED").toUInt(&ok);
    return ok ? fromEnvironment : QRandomGenerator::system()->generate();
}

StockMovement movement(const QString &location, const QString &variant, qint64 quantity, StockReason reason)
{
    StockMovement m;
    m.locationId = location;
    m.variantId = variant;
    m.quantityDelta = quantity;
    m.reason = reason;
    return m;
}

// What stock_levels holds, and separately what the ledger sums to, keyed by location and variant.
Levels storedLevels(TestFixture &f, QString *problem)
{
    Levels levels;
    QSqlQuery query(f.database().connection());
    if (!query.exec(u"SELECT location_id, variant_id, on_hand, reserved, available FROM stock_levels"_s)) {
        *problem = query.lastError().text();
        return levels;
    }
    while (query.next()) {
        const Level level { query.value(2).toLongLong(), query.value(3).toLongLong() };
        if (query.value(4).toLongLong() != level.onHand - level.reserved) {
            *problem = u"available %1 is not on hand %2 - reserved %3"_s.arg(query.value(4).toLongLong()).arg(level.onHand).arg(level.reserved);
        }
        levels.insert({ query.value(0).toString(), query.value(1).toString() }, level);
    }
    return levels;
}

Levels ledgerSums(TestFixture &f)
{
    Levels sums;
    QSqlQuery query(f.database().connection());
    query.exec(u"SELECT location_id, variant_id, "
               "SUM(CASE WHEN reason IN ('reservation', 'release') THEN 0 ELSE quantity_delta END), "
               "SUM(CASE WHEN reason IN ('reservation', 'release') THEN quantity_delta ELSE 0 END) "
               "FROM stock_movements GROUP BY location_id, variant_id"_s);
    while (query.next()) {
        sums.insert({ query.value(0).toString(), query.value(1).toString() }, Level { query.value(2).toLongLong(), query.value(3).toLongLong() });
    }
    return sums;
}

QString describe(const Levels &levels)
{
    QStringList lines;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        lines << u"%1@%2: on hand %3, reserved %4"_s.arg(it.key().second, it.key().first).arg(it.value().onHand).arg(it.value().reserved);
    }
    lines.sort();
    return lines.join(u'\n');
}

bool reserve(TestFixture &f, const kassa::Actor &actor, const QString &location, const QString &variant, qint64 quantity, bool *insufficient, QString *error)
{
    kassa::BusinessWrite write(f.context(), actor);
    StockMovement hold = movement(location, variant, quantity, StockReason::Reservation);
    hold.refType = u"order"_s;
    hold.refId = kassa::newId();
    if (!kassa::StockLedger::reserve(write, hold, insufficient) || !write.commit()) {
        *error = write.errorString();
        return false;
    }
    return true;
}

} // namespace

class TestStockLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ledgerProperty();
    void integrityCheckSeesADriftedLevel();
    void reserveOnlyWhatIsAvailable();
    void reserveAfterOverselling();
    void reserveNeedsPositiveQuantity();
    void releaseLargerThanReservedRefused();
    void wrongSignRefused_data();
    void wrongSignRefused();

private:
    std::unique_ptr<TestFixture> m_fixture;
};

void TestStockLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStockLedger::init()
{
    m_fixture = std::make_unique<TestFixture>();
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->errorString()));
}

void TestStockLedger::cleanup()
{
    m_fixture.reset();
}

void TestStockLedger::ledgerProperty()
{
    TestFixture &f = *m_fixture;
    const quint32 seed = testSeed();
    qInfo("ledgerProperty seed %u (replay with KASSA_TEST_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    // Four locations in two shops (a store's floor and back room, an extra shelf, a warehouse) and
    // six variants.
    kassa::CompanyService companies(f.context());
    QString error;
    kassa::ShopDraft warehouse;
    warehouse.slug = u"test-warehouse"_s;
    warehouse.name = u"Warehouse"_s;
    warehouse.kind = u"warehouse"_s;
    QVERIFY2(!companies.createShop(f.admin, warehouse, &error).isEmpty(), qPrintable(error));
    kassa::LocationDraft shelf;
    shelf.shopId = f.shopId;
    shelf.code = u"SHELF2"_s;
    shelf.name = u"Second shelf"_s;
    shelf.kind = u"shop_floor"_s;
    QVERIFY2(!companies.createLocation(f.admin, shelf, &error).isEmpty(), qPrintable(error));
    QStringList locations;
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"SELECT id FROM locations ORDER BY id"_s));
    while (query.next()) {
        locations << query.value(0).toString();
    }
    QCOMPARE(locations.size(), 4);
    QStringList variants;
    for (int i = 0; i < 6; ++i) {
        variants << f.addVariant(u"SKU-%1"_s.arg(i), 100 * (i + 1));
        QVERIFY(!variants.last().isEmpty());
    }

    const StockReason reasons[] = { StockReason::Sale, StockReason::Return, StockReason::Receipt, StockReason::Adjustment, StockReason::Count,
        StockReason::TransferOut, StockReason::TransferIn, StockReason::Reservation, StockReason::Release, StockReason::Waste };
    const kassa::Actor manager = f.actor(kassa::Role::ShopManager);
    kassa::StockService service(f.context());
    Levels model;
    qint64 expectedMovements = 0;
    int postedBatches = 0, refusedBatches = 0, reservations = 0, refusedReservations = 0;

    for (int batch = 0; expectedMovements < 3000; ++batch) {
        const QString where = u"seed %1, batch %2"_s.arg(seed).arg(batch);
        const int kind = int(random.bounded(10));
        if (kind == 0) {
            // A checkout reserving through the conditional update.
            const Key key { locations[random.bounded(int(locations.size()))], variants[random.bounded(int(variants.size()))] };
            const qint64 quantity = random.bounded(1, 16);
            const bool hasLevel = model.contains(key);
            const bool enough = hasLevel && model[key].onHand - model[key].reserved >= quantity;
            bool insufficient = false;
            const bool ok = reserve(f, manager, key.first, key.second, quantity, &insufficient, &error);
            QVERIFY2(ok == enough,
                qPrintable(where + u": reserve %1 of %2 gave %3 (%4)"_s.arg(quantity).arg(describe({ { key, model.value(key) } })).arg(ok).arg(error)));
            QCOMPARE(insufficient, !enough);
            if (ok) {
                model[key].reserved += quantity;
                ++expectedMovements;
                ++reservations;
            } else {
                ++refusedReservations;
            }
        } else {
            // A batch through StockService; now and then one of its movements is bad, and then
            // none of the batch may land.
            Levels pending = model;
            QList<StockMovement> movements;
            const int size = int(random.bounded(1, 9));
            const bool spoil = random.bounded(8) == 0;
            const int spoiledAt = int(random.bounded(size));
            for (int i = 0; i < size; ++i) {
                const Key key { locations[random.bounded(int(locations.size()))], variants[random.bounded(int(variants.size()))] };
                if (spoil && i == spoiledAt) {
                    switch (random.bounded(3)) {
                    case 0: // release more than is reserved
                        movements << movement(key.first, key.second, -(pending.value(key).reserved + random.bounded(1, 5)), StockReason::Release);
                        break;
                    case 1: // zero quantity
                        movements << movement(key.first, key.second, 0, StockReason::Adjustment);
                        break;
                    default: // a variant that does not exist
                        movements << movement(key.first, kassa::newId(), 1, StockReason::Receipt);
                        break;
                    }
                    continue;
                }
                StockReason reason = reasons[random.bounded(10)];
                if (reason == StockReason::Release && pending.value(key).reserved == 0) {
                    reason = StockReason::Reservation;
                }
                const qint64 size20 = random.bounded(1, 21);
                qint64 quantity = 0;
                switch (reason) {
                case StockReason::Sale:
                case StockReason::Waste:
                case StockReason::TransferOut:
                    quantity = -size20;
                    break;
                case StockReason::Return:
                case StockReason::Receipt:
                case StockReason::TransferIn:
                case StockReason::Reservation:
                    quantity = size20;
                    break;
                case StockReason::Adjustment:
                case StockReason::Count:
                    quantity = random.bounded(2) == 0 ? size20 : -size20;
                    break;
                case StockReason::Release:
                    quantity = -random.bounded(qint64(1), pending.value(key).reserved + 1);
                    break;
                }
                StockMovement m = movement(key.first, key.second, quantity, reason);
                m.refType = u"batch"_s;
                m.refId = QString::number(batch);
                movements << m;
                if (kassa::movesReserved(reason)) {
                    pending[key].reserved += quantity;
                } else {
                    pending[key].onHand += quantity;
                }
            }
            const bool posted = service.postMovements(manager, movements, &error);
            QVERIFY2(posted == !spoil, qPrintable(where + u": posting gave %1 (%2)"_s.arg(posted).arg(error)));
            if (posted) {
                model = pending;
                expectedMovements += movements.size();
                ++postedBatches;
            } else {
                ++refusedBatches;
            }
        }

        // After every batch: the levels are the model, the ledger sums are the levels, and the
        // integrity check agrees.
        QString problem;
        const Levels stored = storedLevels(f, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(where + u": "_s + problem));
        QVERIFY2(stored == model, qPrintable(where + u":\nstored\n%1\nexpected\n%2"_s.arg(describe(stored), describe(model))));
        const Levels sums = ledgerSums(f);
        QVERIFY2(sums == stored, qPrintable(where + u":\nledger\n%1\nlevels\n%2"_s.arg(describe(sums), describe(stored))));
        QCOMPARE(f.rowCount(u"stock_movements"_s), expectedMovements);
        const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
        QVERIFY2(report.ok(), qPrintable(where + u": "_s + report.problems.join(u'\n')));
    }
    qInfo("%d batches posted, %d refused as a whole; %d reservations, %d refused", postedBatches, refusedBatches, reservations, refusedReservations);
    // The run covered what it claims to: refusals of both kinds happened, and stock went negative.
    QVERIFY(refusedBatches > 0);
    QVERIFY(refusedReservations > 0);
    QVERIFY(reservations > 0);
    bool negative = false;
    for (const Level &level : std::as_const(model)) {
        negative = negative || level.onHand < 0 || level.onHand - level.reserved < 0;
    }
    QVERIFY(negative);
}

void TestStockLedger::integrityCheckSeesADriftedLevel()
{
    // The check the property test relies on does fail when a level drifts from its ledger.
    TestFixture &f = *m_fixture;
    const QString variant = f.addVariant(u"DRIFT"_s, 100);
    QString error;
    QVERIFY2(
        kassa::StockService(f.context()).postMovements(f.admin, { movement(f.floorLocationId, variant, 5, StockReason::Receipt) }, &error), qPrintable(error));
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
    QSqlQuery query(f.database().connection());
    QVERIFY(query.exec(u"UPDATE stock_levels SET on_hand = on_hand + 1, available = available + 1"_s));
    const kassa::IntegrityReport report = kassa::checkIntegrity(f.database());
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.join(u'\n').contains(u"ledger says on hand 5, reserved 0; level says 6, 0"_s), qPrintable(report.problems.join(u'\n')));
}

void TestStockLedger::reserveOnlyWhatIsAvailable()
{
    TestFixture &f = *m_fixture;
    const QString variant = f.addVariant(u"LAST-UNITS"_s, 100);
    const kassa::Actor manager = f.actor(kassa::Role::ShopManager);
    QString error;
    QVERIFY2(
        kassa::StockService(f.context()).postMovements(manager, { movement(f.floorLocationId, variant, 5, StockReason::Receipt) }, &error), qPrintable(error));
    const qint64 movementsBefore = f.rowCount(u"stock_movements"_s);

    bool insufficient = false;
    QVERIFY(!reserve(f, manager, f.floorLocationId, variant, 6, &insufficient, &error));
    QVERIFY(insufficient);
    QCOMPARE(error, u"less than 6 of %1 is available at %2"_s.arg(variant, f.floorLocationId));
    QCOMPARE(f.rowCount(u"stock_movements"_s), movementsBefore);

    QVERIFY2(reserve(f, manager, f.floorLocationId, variant, 5, &insufficient, &error), qPrintable(error));
    QVERIFY(!insufficient);
    QString problem;
    Levels levels = storedLevels(f, &problem);
    QCOMPARE(levels.value({ f.floorLocationId, variant }), (Level { 5, 5 }));
    QCOMPARE(f.rowCount(u"stock_movements"_s), movementsBefore + 1);

    // The last unit is gone: the next checkout is refused, and nothing is written for it.
    QVERIFY(!reserve(f, manager, f.floorLocationId, variant, 1, &insufficient, &error));
    QVERIFY(insufficient);
    QCOMPARE(f.rowCount(u"stock_movements"_s), movementsBefore + 1);
    // Nothing at a location that never had the variant.
    QVERIFY(!reserve(f, manager, f.backLocationId, variant, 1, &insufficient, &error));
    QVERIFY(insufficient);
    levels = storedLevels(f, &problem);
    QCOMPARE(levels.size(), 1);
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
}

void TestStockLedger::reserveAfterOverselling()
{
    // An offline till sold more than the shelf had: on hand is negative, nothing can be reserved.
    TestFixture &f = *m_fixture;
    const QString variant = f.addVariant(u"OVERSOLD"_s, 100);
    const kassa::Actor staff = f.actor(kassa::Role::ShopStaff);
    QString error;
    kassa::StockService service(f.context());
    QVERIFY2(service.postMovements(f.admin, { movement(f.floorLocationId, variant, 2, StockReason::Receipt) }, &error), qPrintable(error));
    QVERIFY2(service.postMovements(staff, { movement(f.floorLocationId, variant, -5, StockReason::Sale) }, &error), qPrintable(error));
    QString problem;
    QCOMPARE(storedLevels(f, &problem).value({ f.floorLocationId, variant }), (Level { -3, 0 }));
    bool insufficient = false;
    QVERIFY(!reserve(f, f.admin, f.floorLocationId, variant, 1, &insufficient, &error));
    QVERIFY(insufficient);
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
}

void TestStockLedger::reserveNeedsPositiveQuantity()
{
    TestFixture &f = *m_fixture;
    const QString variant = f.addVariant(u"ZERO"_s, 100);
    QString error;
    QVERIFY2(
        kassa::StockService(f.context()).postMovements(f.admin, { movement(f.floorLocationId, variant, 5, StockReason::Receipt) }, &error), qPrintable(error));
    for (qint64 quantity : { qint64(0), qint64(-2) }) {
        bool insufficient = true;
        QVERIFY(!reserve(f, f.admin, f.floorLocationId, variant, quantity, &insufficient, &error));
        QVERIFY(!insufficient);
        QCOMPARE(error, u"a reservation needs a positive quantity"_s);
    }
    QString problem;
    QCOMPARE(storedLevels(f, &problem).value({ f.floorLocationId, variant }), (Level { 5, 0 }));
}

void TestStockLedger::releaseLargerThanReservedRefused()
{
    TestFixture &f = *m_fixture;
    const QString variant = f.addVariant(u"HELD"_s, 100);
    const kassa::Actor manager = f.actor(kassa::Role::ShopManager);
    kassa::StockService service(f.context());
    QString error;
    QVERIFY2(service.postMovements(manager,
                 { movement(f.floorLocationId, variant, 10, StockReason::Receipt), movement(f.floorLocationId, variant, 3, StockReason::Reservation) }, &error),
        qPrintable(error));
    const qint64 movements = f.rowCount(u"stock_movements"_s);
    const qint64 outbox = f.rowCount(u"outbox"_s);
    const qint64 audit = f.rowCount(u"audit_log"_s);

    // A sale that lands together with a release of 4 when only 3 are held: the whole batch is refused.
    QVERIFY(!service.postMovements(
        manager, { movement(f.floorLocationId, variant, -1, StockReason::Sale), movement(f.floorLocationId, variant, -4, StockReason::Release) }, &error));
    QCOMPARE(error, u"cannot release 4 of %1 at %2: less than that is reserved"_s.arg(variant, f.floorLocationId));
    QCOMPARE(f.rowCount(u"stock_movements"_s), movements);
    QCOMPARE(f.rowCount(u"outbox"_s), outbox);
    QCOMPARE(f.rowCount(u"audit_log"_s), audit);
    QString problem;
    QCOMPARE(storedLevels(f, &problem).value({ f.floorLocationId, variant }), (Level { 10, 3 }));

    // Nothing reserved at all at the back room.
    QVERIFY(!service.postMovements(manager, { movement(f.backLocationId, variant, -1, StockReason::Release) }, &error));
    QCOMPARE(error, u"cannot release 1 of %1 at %2: less than that is reserved"_s.arg(variant, f.backLocationId));
    QCOMPARE(storedLevels(f, &problem).size(), 1);

    // Releasing exactly what is held works, in two steps.
    QVERIFY2(service.postMovements(manager, { movement(f.floorLocationId, variant, -2, StockReason::Release) }, &error), qPrintable(error));
    QVERIFY2(service.postMovements(manager, { movement(f.floorLocationId, variant, -1, StockReason::Release) }, &error), qPrintable(error));
    QCOMPARE(storedLevels(f, &problem).value({ f.floorLocationId, variant }), (Level { 10, 0 }));
    QVERIFY(!service.postMovements(manager, { movement(f.floorLocationId, variant, -1, StockReason::Release) }, &error));
    QVERIFY(kassa::checkIntegrity(f.database()).ok());
}

void TestStockLedger::wrongSignRefused_data()
{
    QTest::addColumn<StockReason>("reason");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative-reservation") << StockReason::Reservation << qint64(-2) << u"a reservation of %1 needs a positive quantity"_s;
    QTest::newRow("positive-release") << StockReason::Release << qint64(2) << u"a release of %1 needs a negative quantity"_s;
    QTest::newRow("zero-receipt") << StockReason::Receipt << qint64(0) << u"a stock movement of %1 has a quantity of zero"_s;
}

void TestStockLedger::wrongSignRefused()
{
    QFETCH(StockReason, reason);
    QFETCH(qint64, quantity);
    QFETCH(QString, message);
    TestFixture &f = *m_fixture;
    const QString variant = f.addVariant(u"SIGN"_s, 100);
    kassa::StockService service(f.context());
    QString error;
    QVERIFY2(service.postMovements(f.admin,
                 { movement(f.floorLocationId, variant, 10, StockReason::Receipt), movement(f.floorLocationId, variant, 4, StockReason::Reservation) }, &error),
        qPrintable(error));
    QVERIFY(!service.postMovements(f.admin, { movement(f.floorLocationId, variant, quantity, reason) }, &error));
    QCOMPARE(error, message.arg(variant));
    QString problem;
    QCOMPARE(storedLevels(f, &problem).value({ f.floorLocationId, variant }), (Level { 10, 4 }));
    QCOMPARE(f.rowCount(u"stock_movements"_s), qint64(2));
}

QTEST_GUILESS_MAIN(TestStockLedger)
#include "tst_stockledger.moc"
