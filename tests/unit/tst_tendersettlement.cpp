// Paying a total: change from cash only, other tenders never beyond what is due, cash rounded to
// the smallest coin where the currency has no one-cent coins, refunds without change.

#include "sales/tendersettlement.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kassa::TenderInput;
using kassa::TenderKind;

Q_DECLARE_METATYPE(QList<kassa::TenderInput>)

namespace
{
TenderInput cash(qint64 amount)
{
    return { TenderKind::Cash, amount, {} };
}
TenderInput card(qint64 amount, const QString &reference = u"AUTH-1"_s)
{
    return { TenderKind::Card, amount, reference };
}
TenderInput giftCard(qint64 amount, const QString &code = u"GC-1"_s)
{
    return { TenderKind::GiftCard, amount, code };
}
} // namespace

class TestTenderSettlement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settles_data();
    void settles();
    void refuses_data();
    void refuses();
};

void TestTenderSettlement::settles_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<TenderInput>>("tenders");
    QTest::addColumn<qint64>("amountDue");
    QTest::addColumn<qint64>("change");
    QTest::addColumn<qint64>("cashRounding");
    QTest::addColumn<qint64>("cashDue");

    QTest::newRow("cash-exact") << qint64(1999) << u"EUR"_s << QList { cash(1999) } << qint64(0) << qint64(0) << qint64(0) << qint64(1999);
    QTest::newRow("cash-with-change") << qint64(1999) << u"EUR"_s << QList { cash(5000) } << qint64(0) << qint64(3001) << qint64(0) << qint64(1999);
    QTest::newRow("two-notes-change-on-last") << qint64(1999) << u"EUR"_s << QList { cash(1000), cash(2000) } << qint64(0) << qint64(1001) << qint64(0)
                                              << qint64(1999);
    QTest::newRow("card-exact") << qint64(1999) << u"EUR"_s << QList { card(1999) } << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("split-card-cash") << qint64(1999) << u"EUR"_s << QList { card(999), cash(2000) } << qint64(0) << qint64(1000) << qint64(0) << qint64(1000);
    QTest::newRow("gift-card-then-card") << qint64(5000) << u"EUR"_s << QList { giftCard(1234), card(3766) } << qint64(0) << qint64(0) << qint64(0)
                                         << qint64(0);
    QTest::newRow("nothing-yet") << qint64(1999) << u"EUR"_s << QList<TenderInput> {} << qint64(1999) << qint64(0) << qint64(0) << qint64(1999);
    QTest::newRow("card-part-paid") << qint64(1999) << u"EUR"_s << QList { card(999) } << qint64(1000) << qint64(0) << qint64(0) << qint64(1000);
    QTest::newRow("cash-short") << qint64(1999) << u"EUR"_s << QList { cash(1000) } << qint64(999) << qint64(0) << qint64(0) << qint64(1999);
    QTest::newRow("zero-total") << qint64(0) << u"EUR"_s << QList<TenderInput> {} << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    // Swiss francs: cash to 5 Rappen, half up; cards to the Rappen.
    QTest::newRow("chf-down") << qint64(1002) << u"CHF"_s << QList { cash(1000) } << qint64(0) << qint64(0) << qint64(-2) << qint64(1000);
    QTest::newRow("chf-up") << qint64(1003) << u"CHF"_s << QList { cash(2000) } << qint64(0) << qint64(995) << qint64(2) << qint64(1005);
    QTest::newRow("chf-short-in-cash-terms") << qint64(1003) << u"CHF"_s << QList { cash(1000) } << qint64(5) << qint64(0) << qint64(2) << qint64(1005);
    QTest::newRow("chf-card-exact") << qint64(1003) << u"CHF"_s << QList { card(1003) } << qint64(0) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("chf-split") << qint64(1003) << u"CHF"_s << QList { card(500), cash(505) } << qint64(0) << qint64(0) << qint64(2) << qint64(505);
    QTest::newRow("sek-whole-kronor") << qint64(12349) << u"SEK"_s << QList { cash(20000) } << qint64(0) << qint64(7700) << qint64(-49) << qint64(12300);
    QTest::newRow("jpy-no-decimals") << qint64(1234) << u"JPY"_s << QList { cash(2000) } << qint64(0) << qint64(766) << qint64(0) << qint64(1234);
    // Refunds: negative, paid back exactly, cash rounded too.
    QTest::newRow("refund-cash") << qint64(-1999) << u"EUR"_s << QList { cash(-1999) } << qint64(0) << qint64(0) << qint64(0) << qint64(-1999);
    QTest::newRow("refund-card-then-cash") << qint64(-1999) << u"EUR"_s << QList { card(-999), cash(-1000) } << qint64(0) << qint64(0) << qint64(0)
                                           << qint64(-1000);
    QTest::newRow("refund-chf-cash") << qint64(-1003) << u"CHF"_s << QList { cash(-1005) } << qint64(0) << qint64(0) << qint64(-2) << qint64(-1005);
    QTest::newRow("refund-part-paid") << qint64(-1999) << u"EUR"_s << QList { card(-999) } << qint64(-1000) << qint64(0) << qint64(0) << qint64(-1000);
}

void TestTenderSettlement::settles()
{
    QFETCH(qint64, total);
    QFETCH(QString, currency);
    QFETCH(QList<TenderInput>, tenders);
    QFETCH(qint64, amountDue);
    QFETCH(qint64, change);
    QFETCH(qint64, cashRounding);
    QFETCH(qint64, cashDue);

    kassa::Settlement settlement;
    kassa::ServiceError error;
    QVERIFY2(kassa::settleTenders(total, currency, tenders, &settlement, &error), qPrintable(error.field + u": "_s + error.message));
    QCOMPARE(settlement.amountDue, amountDue);
    QCOMPARE(settlement.change, change);
    QCOMPARE(settlement.cashRounding, cashRounding);
    QCOMPARE(settlement.cashDue, cashDue);
    QCOMPARE(settlement.tenders.size(), tenders.size());
    qint64 recordedChange = 0;
    qint64 paid = 0;
    for (const kassa::SettledTender &tender : settlement.tenders) {
        QVERIFY(tender.change == 0 || tender.kind == TenderKind::Cash);
        recordedChange += tender.change;
        paid += tender.amount - tender.change;
    }
    QCOMPARE(recordedChange, change);
    if (settlement.isComplete()) {
        // What the tenders leave in the till is the total plus what cash rounding added.
        QCOMPARE(paid, total + settlement.cashRounding);
    }
}

void TestTenderSettlement::refuses_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<TenderInput>>("tenders");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    QTest::newRow("card-above-total") << qint64(1999) << QList { card(2000) } << u"tenders[0].amount"_s << u"tender_exceeds_total"_s;
    QTest::newRow("second-card-above-total") << qint64(1999) << QList { cash(500), card(1000), giftCard(1000) } << u"tenders[2].amount"_s
                                             << u"tender_exceeds_total"_s;
    QTest::newRow("zero-amount") << qint64(1999) << QList { cash(0) } << u"tenders[0].amount"_s << u"validation_failed"_s;
    QTest::newRow("negative-on-a-sale") << qint64(1999) << QList { card(-1999) } << u"tenders[0].amount"_s << u"validation_failed"_s;
    QTest::newRow("positive-on-a-refund") << qint64(-1999) << QList { cash(1999) } << u"tenders[0].amount"_s << u"validation_failed"_s;
    QTest::newRow("card-without-reference") << qint64(1999) << QList { card(1999, u"  "_s) } << u"tenders[0].reference"_s << u"validation_failed"_s;
    QTest::newRow("gift-card-without-code") << qint64(1999) << QList { giftCard(1999, QString()) } << u"tenders[0].reference"_s << u"validation_failed"_s;
    QTest::newRow("refund-card-beyond") << qint64(-1999) << QList { card(-2000) } << u"tenders[0].amount"_s << u"tender_exceeds_total"_s;
    QTest::newRow("refund-cash-beyond") << qint64(-1999) << QList { cash(-2000) } << u"tenders[0].amount"_s << u"tender_exceeds_total"_s;
    QTest::newRow("tender-on-nothing") << qint64(0) << QList { cash(100) } << u"tenders[0].amount"_s << u"validation_failed"_s;
}

void TestTenderSettlement::refuses()
{
    QFETCH(qint64, total);
    QFETCH(QList<TenderInput>, tenders);
    QFETCH(QString, field);
    QFETCH(QString, code);

    kassa::Settlement settlement;
    kassa::ServiceError error;
    QVERIFY(!kassa::settleTenders(total, u"EUR"_s, tenders, &settlement, &error));
    QCOMPARE(error.field, field);
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestTenderSettlement)
#include "tst_tendersettlement.moc"
