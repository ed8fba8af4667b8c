// The hybrid logical clock that stamps outbox entries: strictly increasing on one device whatever
// its wall clock does, ahead of every stamp it has seen from the server, and across restarts.

#include "domain/hybridlogicalclock.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::HybridLogicalClock;

class TestHybridLogicalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makeAndSplit();
    void followsWallClock();
    void strictlyIncreasingWithFrozenClock();
    void strictlyIncreasingWhenClockStepsBack();
    void observeRemoteAhead();
    void observeRemoteBehind();
    void restore();
    void defaultClockIsWallClock();
};

void TestHybridLogicalClock::makeAndSplit()
{
    const qint64 stamp = HybridLogicalClock::make(1'700'000'000'123, 7);
    QCOMPARE(HybridLogicalClock::millisecondsOf(stamp), qint64(1'700'000'000'123));
    QCOMPARE(stamp & 0xffff, qint64(7));
    QVERIFY(HybridLogicalClock::make(1000, 0xffff) < HybridLogicalClock::make(1001, 0));
}

void TestHybridLogicalClock::followsWallClock()
{
    qint64 wall = 1'700'000'000'000;
    HybridLogicalClock clock([&wall] { return wall; });
    QCOMPARE(clock.now(), HybridLogicalClock::make(wall, 0));
    wall += 5;
    QCOMPARE(clock.now(), HybridLogicalClock::make(wall, 0));
    QCOMPARE(clock.now(), HybridLogicalClock::make(wall, 1));
    wall += 1;
    QCOMPARE(clock.now(), HybridLogicalClock::make(wall, 0));
}

void TestHybridLogicalClock::strictlyIncreasingWithFrozenClock()
{
    const qint64 wall = 1'700'000'000'000;
    HybridLogicalClock clock([wall] { return wall; });
    qint64 previous = 0;
    for (int i = 0; i < 10000; ++i) {
        const qint64 stamp = clock.now();
        QVERIFY2(stamp > previous, qPrintable(u"stamp %1 after %2"_s.arg(stamp).arg(previous)));
        previous = stamp;
    }
    QCOMPARE(HybridLogicalClock::millisecondsOf(previous), wall);
}

void TestHybridLogicalClock::strictlyIncreasingWhenClockStepsBack()
{
    qint64 wall = 1'700'000'060'000;
    HybridLogicalClock clock([&wall] { return wall; });
    const qint64 before = clock.now();
    wall -= 60'000; // the terminal's clock is corrected a minute back
    const qint64 after = clock.now();
    QVERIFY(after > before);
    QCOMPARE(HybridLogicalClock::millisecondsOf(after), HybridLogicalClock::millisecondsOf(before));
    qint64 previous = after;
    for (int i = 0; i < 100; ++i) {
        wall += (i % 3 == 0) ? -7 : 1;
        const qint64 stamp = clock.now();
        QVERIFY(stamp > previous);
        previous = stamp;
    }
    // Once the wall clock passes the stamps again, they follow it.
    wall = 1'700'000'120'000;
    QCOMPARE(clock.now(), HybridLogicalClock::make(wall, 0));
}

void TestHybridLogicalClock::observeRemoteAhead()
{
    qint64 wall = 1'700'000'000'000;
    HybridLogicalClock clock([&wall] { return wall; });
    const qint64 local = clock.now();
    // The server's clock runs 10 s ahead.
    const qint64 remote = HybridLogicalClock::make(wall + 10'000, 3);
    const qint64 observed = clock.observe(remote);
    QVERIFY(observed > remote);
    QVERIFY(observed > local);
    // Later local events stay after what was observed, even though the wall clock is behind.
    wall += 1;
    const qint64 next = clock.now();
    QVERIFY(next > observed);
    QCOMPARE(HybridLogicalClock::millisecondsOf(next), wall - 1 + 10'000);
}

void TestHybridLogicalClock::observeRemoteBehind()
{
    qint64 wall = 1'700'000'000'000;
    HybridLogicalClock clock([&wall] { return wall; });
    const qint64 local = clock.now();
    const qint64 observed = clock.observe(HybridLogicalClock::make(wall - 5000, 0));
    QVERIFY(observed > local);
    QCOMPARE(HybridLogicalClock::millisecondsOf(observed), wall);
    wall += 2;
    QCOMPARE(clock.observe(HybridLogicalClock::make(wall - 1, 9)), HybridLogicalClock::make(wall, 0));
}

void TestHybridLogicalClock::restore()
{
    // After a restart the wall clock reads earlier than the last stamp the device handed out.
    qint64 wall = 1'700'000'000'000;
    const qint64 lastBeforeRestart = HybridLogicalClock::make(wall + 30'000, 41);
    HybridLogicalClock clock([&wall] { return wall; });
    clock.restore(lastBeforeRestart);
    const qint64 first = clock.now();
    QCOMPARE(first, lastBeforeRestart + 1);
    // Restoring an older stamp never moves the clock back.
    clock.restore(HybridLogicalClock::make(wall - 1, 0));
    QVERIFY(clock.now() > first);
}

void TestHybridLogicalClock::defaultClockIsWallClock()
{
    HybridLogicalClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 stamp = clock.now();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(HybridLogicalClock::millisecondsOf(stamp) >= before);
    QVERIFY(HybridLogicalClock::millisecondsOf(stamp) <= after);
}

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "tst_hybridlogicalclock.moc"
