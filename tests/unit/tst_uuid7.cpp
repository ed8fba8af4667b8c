// UUIDv7 ids: born on any terminal, they must be well-formed, unique and sort by birth, even when the
// terminal's clock stands still or is set back.

#include "domain/uuid7.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using kassa::UuidV7Generator;

namespace
{

// A deterministic "random" source, so a failure replays exactly.
UuidV7Generator::RandomSource counterRandom()
{
    return [state = quint64(0x9e3779b97f4a7c15ULL)]() mutable {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
}

} // namespace

class TestUuid7 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format();
    void isValid_data();
    void isValid();
    void timestampOf_data();
    void timestampOf();
    void monotonicWithFrozenClock();
    void monotonicWithBackwardsClock();
    void manyInOneMillisecond();
    void newClockMillisecondStartsFresh();
    void processWideGenerator();
};

void TestUuid7::format()
{
    const QString id = UuidV7Generator::format(0x0123456789abLL, 0xcde, 0x0123456789abcdefULL);
    QCOMPARE(id, u"01234567-89ab-7cde-8123-456789abcdef"_s);
    // Only 12 bits of randomA and 62 of randomB are used: the version and variant bits stay put.
    QCOMPARE(UuidV7Generator::format(0, 0xffffffffffffffffULL, 0xffffffffffffffffULL), u"00000000-0000-7fff-bfff-ffffffffffff"_s);
    QCOMPARE(UuidV7Generator::format(0, 0, 0), u"00000000-0000-7000-8000-000000000000"_s);
    QVERIFY(UuidV7Generator::isValid(id));
}

void TestUuid7::isValid_data()
{
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("v7") << u"01890a5d-ac96-774b-bcce-b302099a8057"_s << true;
    QTest::newRow("v7-variant-9") << u"01890a5d-ac96-774b-9cce-b302099a8057"_s << true;
    QTest::newRow("v7-variant-a") << u"01890a5d-ac96-774b-acce-b302099a8057"_s << true;
    QTest::newRow("v4") << u"01890a5d-ac96-474b-bcce-b302099a8057"_s << false;
    QTest::newRow("variant-c") << u"01890a5d-ac96-774b-ccce-b302099a8057"_s << false;
    QTest::newRow("variant-7") << u"01890a5d-ac96-774b-7cce-b302099a8057"_s << false;
    QTest::newRow("upper-case") << u"01890A5D-AC96-774B-BCCE-B302099A8057"_s << false;
    QTest::newRow("no-dashes") << u"01890a5dac96774bbcceb302099a8057"_s << false;
    QTest::newRow("dash-moved") << u"01890a5da-c96-774b-bcce-b302099a8057"_s << false;
    QTest::newRow("too-short") << u"01890a5d-ac96-774b-bcce-b302099a805"_s << false;
    QTest::newRow("too-long") << u"01890a5d-ac96-774b-bcce-b302099a80570"_s << false;
    QTest::newRow("not-hex") << u"01890a5d-ac96-774b-bcce-b302099a805g"_s << false;
    QTest::newRow("braces") << u"{1890a5d-ac96-774b-bcce-b302099a805}"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUuid7::isValid()
{
    QFETCH(QString, uuid);
    QFETCH(bool, valid);
    QCOMPARE(UuidV7Generator::isValid(uuid), valid);
}

void TestUuid7::timestampOf_data()
{
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("known") << u"01890a5d-ac96-774b-bcce-b302099a8057"_s << qint64(0x01890a5dac96LL);
    QTest::newRow("epoch") << u"00000000-0000-7000-8000-000000000000"_s << qint64(0);
    QTest::newRow("largest") << u"ffffffff-ffff-7fff-bfff-ffffffffffff"_s << qint64(0xffffffffffffLL);
    QTest::newRow("not-v7") << u"01890a5d-ac96-474b-bcce-b302099a8057"_s << qint64(-1);
    QTest::newRow("garbage") << u"hello"_s << qint64(-1);
}

void TestUuid7::timestampOf()
{
    QFETCH(QString, uuid);
    QFETCH(qint64, milliseconds);
    QCOMPARE(UuidV7Generator::timestampOf(uuid), milliseconds);
}

void TestUuid7::monotonicWithFrozenClock()
{
    const qint64 frozen = 1'700'000'000'000;
    UuidV7Generator generator([frozen] { return frozen; }, counterRandom());
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = generator.next();
        QVERIFY2(UuidV7Generator::isValid(id), qPrintable(id));
        QVERIFY2(id > previous, qPrintable(u"%1 after %2"_s.arg(id, previous)));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        QCOMPARE(UuidV7Generator::timestampOf(id), frozen);
        previous = id;
    }
}

void TestUuid7::monotonicWithBackwardsClock()
{
    // The clock is set back twice (NTP step, a person fixing the time) and jumps forward once.
    const QList<qint64> readings = { 5000, 5001, 5001, 4000, 3999, 5001, 5002, 4500, 9000, 8999, 9000, 1 };
    qsizetype index = 0;
    UuidV7Generator generator([&] { return readings[std::min(index++, readings.size() - 1)]; }, counterRandom());
    QString previous;
    qint64 previousTime = 0;
    for (int i = 0; i < 200; ++i) {
        const QString id = generator.next();
        QVERIFY2(id > previous, qPrintable(u"id %1 (clock %2) after %3"_s.arg(id).arg(readings[std::min(index - 1, readings.size() - 1)]).arg(previous)));
        const qint64 time = UuidV7Generator::timestampOf(id);
        QVERIFY(time >= previousTime);
        previous = id;
        previousTime = time;
    }
    // Time never went back below the latest reading seen.
    QCOMPARE(previousTime, qint64(9000));
}

void TestUuid7::manyInOneMillisecond()
{
    // More ids in one millisecond than the 12-bit counter holds: order and uniqueness still hold,
    // by borrowing the next milliseconds; the borrowed time stays close to the real one.
    const qint64 frozen = 1'700'000'000'000;
    UuidV7Generator generator([frozen] { return frozen; }, counterRandom());
    const int count = 10000;
    QStringList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        ids << generator.next();
    }
    QSet<QString> unique(ids.begin(), ids.end());
    QCOMPARE(unique.size(), qsizetype(count));
    for (int i = 1; i < count; ++i) {
        QVERIFY2(ids[i] > ids[i - 1], qPrintable(u"id %1 is not after %2"_s.arg(ids[i], ids[i - 1])));
    }
    const qint64 last = UuidV7Generator::timestampOf(ids.last());
    QVERIFY(last > frozen); // it had to borrow
    QVERIFY2(last <= frozen + count / 2048 + 1, qPrintable(QString::number(last - frozen)));
}

void TestUuid7::newClockMillisecondStartsFresh()
{
    qint64 now = 1000;
    UuidV7Generator generator([&now] { return now; }, counterRandom());
    const QString first = generator.next();
    ++now;
    const QString second = generator.next();
    QCOMPARE(UuidV7Generator::timestampOf(first), qint64(1000));
    QCOMPARE(UuidV7Generator::timestampOf(second), qint64(1001));
    QVERIFY(second > first);
    // The counter starts in the lower half of its 12 bits, so at least 2048 ids fit in a millisecond.
    const int counter = second.mid(15, 3).toInt(nullptr, 16);
    QVERIFY2(counter <= 0x7ff, qPrintable(second));
}

void TestUuid7::processWideGenerator()
{
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 5000; ++i) {
        const QString id = kassa::newId();
        QVERIFY(UuidV7Generator::isValid(id));
        QVERIFY(id > previous);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        previous = id;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(qAbs(UuidV7Generator::timestampOf(previous) - now) < 60'000);
}

QTEST_GUILESS_MAIN(TestUuid7)
#include "tst_uuid7.moc"
