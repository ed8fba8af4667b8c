// Gift cards as a ledger: sold at the till, redeemed as a tender, refunded onto and voided off,
// every balance the sum of its entries, and never below zero — also when two tills redeem the same
// card at the same moment through two connections.

#include "posfixture.h" // a till on TestFixture (testfixture.h), so this also runs as <name>_postgres

#include "ops/integritycheck.h"
#include "sales/giftcardledger.h"
#include "sales/returnservice.h"
#include "sales/saleservice.h"

#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <latch>

using namespace Qt::StringLiterals;
using kassa::ServiceError;
using kassa::TenderKind;

class TestGiftCardLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void soldRedeemedRefundedVoided();
    void giftCardLineRules();
    void concurrentRedemptionNeverBelowZero();

private:
    bool loadCard(const QString &code, qint64 amount, kassa::SaleRecord *sale = nullptr);
    qint64 balance(const QString &code);
    std::unique_ptr<PosFixture> m_fixture;
    QString m_giftCardItem;
};

void TestGiftCardLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGiftCardLedger::init()
{
    m_fixture = std::make_unique<PosFixture>();
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->problem()));
    QVERIFY(m_fixture->openShift());
    // A multi-purpose voucher is not taxed when sold: its own 0 % category, and no stock.
    PosFixture &f = *m_fixture;
    m_giftCardItem = f.item(u"GIFTCARD"_s, 0, 1900, 1, u"piece"_s, 0);
    const QString taxId = kassa::newId();
    QSqlQuery query(f.database().connection());
    query.prepare(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, 'Vouchers', 0)"_s);
    query.addBindValue(taxId);
    query.addBindValue(f.companyId);
    QVERIFY(query.exec());
    query.prepare(u"UPDATE products SET tax_category_id = ? WHERE id = (SELECT product_id FROM variants WHERE id = ?)"_s);
    query.addBindValue(taxId);
    query.addBindValue(m_giftCardItem);
    QVERIFY(query.exec());
}

void TestGiftCardLedger::cleanup()
{
    if (m_fixture) {
        const kassa::IntegrityReport report = kassa::checkIntegrity(m_fixture->database());
        QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    }
    m_fixture.reset();
}

bool TestGiftCardLedger::loadCard(const QString &code, qint64 amount, kassa::SaleRecord *sale)
{
    PosFixture &f = *m_fixture;
    kassa::DraftLine load = PosFixture::line(m_giftCardItem);
    load.giftCardCode = code;
    load.priceOverride = amount;
    kassa::SaleRecord made;
    ServiceError error;
    const bool ok = kassa::SaleService(f.context()).commit(f.cashier, PosFixture::cart({ load }, { PosFixture::cash(amount) }), &made, &error);
    if (!ok) {
        qWarning("loading gift card %s failed: %s: %s", qPrintable(code), qPrintable(error.field), qPrintable(error.message));
    }
    if (sale) {
        *sale = made;
    }
    return ok;
}

qint64 TestGiftCardLedger::balance(const QString &code)
{
    kassa::GiftCard card;
    return kassa::GiftCardLedger::find(m_fixture->database(), m_fixture->companyId, code, &card) ? card.balance : -1;
}

void TestGiftCardLedger::soldRedeemedRefundedVoided()
{
    PosFixture &f = *m_fixture;
    const QString scarf = f.item(u"SCARF"_s, 3000);
    kassa::SaleRecord loaded;
    QVERIFY(loadCard(u"GC-1000-2000"_s, 5000, &loaded));
    QCOMPARE(loaded.total, 5000);
    QCOMPARE(loaded.taxTotal, 0);
    QCOMPARE(loaded.lines[0].giftCardCode, u"GC10002000"_s);
    // Printed with dashes, typed without: the same card.
    QCOMPARE(balance(u"gc 1000 2000"_s), 5000);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM stock_movements WHERE ref_id = ?"_s, { loaded.id }), 0);

    // 30.00 of it pays for the scarf.
    kassa::SaleService sales(f.context());
    kassa::SaleRecord paid;
    ServiceError error;
    QVERIFY2(sales.commit(f.cashier, PosFixture::cart({ PosFixture::line(scarf) }, { { TenderKind::GiftCard, 3000, u"gc-1000-2000"_s } }), &paid, &error),
        qPrintable(error.message));
    QCOMPARE(paid.tenders[0].reference, u"GC10002000"_s);
    QCOMPARE(balance(u"GC10002000"_s), 2000);

    // 25.00 more is more than it holds: refused in the database, nothing written.
    const qint64 salesBefore = f.rowCount(u"sales"_s);
    kassa::SaleRecord refused;
    QVERIFY(!sales.commit(f.cashier, PosFixture::cart({ PosFixture::line(scarf) }, { { TenderKind::GiftCard, 2500, u"GC10002000"_s }, PosFixture::cash(500) }),
        &refused, &error));
    QCOMPARE(error.code, u"gift_card_refused"_s);
    QCOMPARE(error.field, u"tenders[0].reference"_s);
    QVERIFY2(error.message.contains(u"holds only 20.00"_s), qPrintable(error.message));
    QCOMPARE(f.rowCount(u"sales"_s), salesBefore);
    QCOMPARE(balance(u"GC10002000"_s), 2000);

    // The scarf comes back: the refund goes back onto the card it was paid with.
    kassa::ReturnDraft back = kassa::ReturnDraft::create(paid.id);
    back.lines = { { paid.lines[0].id, 1, u"wrong colour"_s, true } };
    kassa::SaleRecord returned;
    QVERIFY2(kassa::ReturnService(f.context()).commit(f.cashier, back, &returned, &error), qPrintable(error.message));
    QCOMPARE(returned.tenders[0].kind, TenderKind::GiftCard);
    QCOMPARE(returned.tenders[0].amount, -3000);
    QCOMPARE(balance(u"GC10002000"_s), 5000);

    // A loaded card cannot be returned; its sale can be voided only while the card still holds it.
    kassa::ReturnDraft cardBack = kassa::ReturnDraft::create(loaded.id);
    cardBack.lines = { { loaded.lines[0].id, 1, u"unwanted"_s, true } };
    QVERIFY(!kassa::ReturnService(f.context()).commit(f.cashier, cardBack, &refused, &error));
    QCOMPARE(error.field, u"lines[0].original_line_id"_s);
    QVERIFY(sales.commit(f.cashier, PosFixture::cart({ PosFixture::line(scarf) }, { { TenderKind::GiftCard, 3000, u"GC10002000"_s } }), &paid, &error));
    kassa::VoidRequest voidLoad = kassa::VoidRequest::create(loaded.id);
    voidLoad.reason = u"wrong card"_s;
    QVERIFY(!kassa::ReturnService(f.context()).voidSale(f.manager, voidLoad, &refused, &error));
    QCOMPARE(error.code, u"gift_card_refused"_s);
    QCOMPARE(balance(u"GC10002000"_s), 2000);
    // Voiding the scarf's sale puts the 30.00 back; then the load can be voided, leaving nothing.
    kassa::VoidRequest voidScarf = kassa::VoidRequest::create(paid.id);
    voidScarf.reason = u"scanned twice"_s;
    QVERIFY2(kassa::ReturnService(f.context()).voidSale(f.manager, voidScarf, &refused, &error), qPrintable(error.message));
    QCOMPARE(balance(u"GC10002000"_s), 5000);
    QVERIFY2(kassa::ReturnService(f.context()).voidSale(f.manager, voidLoad, &refused, &error), qPrintable(error.message));
    QCOMPARE(balance(u"GC10002000"_s), 0);

    const QList<kassa::GiftCardEntryRecord> history = kassa::GiftCardLedger::history(f.database(), f.companyId, u"GC10002000"_s);
    QCOMPARE(history.size(), 6); // issue, redeem, refund, redeem, reversal, reversal
    QCOMPARE(history.first().reason, kassa::ValueReason::Issue);
    QCOMPARE(history.last().reason, kassa::ValueReason::Reversal);
    qint64 sum = 0;
    for (const kassa::GiftCardEntryRecord &entry : history) {
        sum += entry.amountDelta;
    }
    QCOMPARE(sum, 0);
}

void TestGiftCardLedger::giftCardLineRules()
{
    PosFixture &f = *m_fixture;
    kassa::SaleService sales(f.context());
    kassa::DraftLine load = PosFixture::line(m_giftCardItem);
    load.giftCardCode = u"GC-7"_s;
    load.priceOverride = 2000;
    kassa::SaleRecord sale;
    ServiceError error;
    QVERIFY(!sales.commit(f.cashier, PosFixture::cart({ load }, { PosFixture::cash(2000) }), &sale, &error));
    QCOMPARE(error.field, u"lines[0].gift_card_code"_s); // GC7: too short to be a card
    load.giftCardCode = u"GC-7777"_s;
    load.priceOverride = -1;
    QVERIFY(!sales.commit(f.cashier, PosFixture::cart({ load }, { PosFixture::cash(2000) }), &sale, &error));
    QCOMPARE(error.field, u"lines[0].price_override"_s);
    load.priceOverride = 2000;
    load.lineDiscount = 100;
    QVERIFY(!sales.commit(f.cashier, PosFixture::cart({ load }, { PosFixture::cash(1900) }), &sale, &error));
    QCOMPARE(error.field, u"lines[0].line_discount"_s);
    load.lineDiscount = 0;
    QVERIFY(!sales.commit(f.cashier, PosFixture::cart({ load }, { PosFixture::cash(1900) }, 100), &sale, &error));
    QCOMPARE(error.field, u"cart_discount"_s);
    // A gift card is not paid with itself; loading needs no price_override permission.
    QVERIFY(!sales.commit(f.cashier, PosFixture::cart({ load }, { { TenderKind::GiftCard, 2000, u"GC-7777"_s } }), &sale, &error));
    QCOMPARE(error.code, u"gift_card_refused"_s);
    QVERIFY2(sales.commit(f.cashier, PosFixture::cart({ load }, { PosFixture::card(2000) }), &sale, &error), qPrintable(error.message));
    QVERIFY(sale.approvedBy.isEmpty());
    QCOMPARE(balance(u"GC7777"_s), 2000);
    // Topping it up adds to the same card.
    QVERIFY(loadCard(u"GC7777"_s, 1500));
    QCOMPARE(balance(u"GC7777"_s), 3500);
}

void TestGiftCardLedger::concurrentRedemptionNeverBelowZero()
{
    PosFixture &f = *m_fixture;
    const QString tablet = f.item(u"TABLET"_s, 700);
    constexpr int kRounds = 12;
    int bothSucceeded = 0;
    int oneSucceeded = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QString code = u"RACE-%1-CARD"_s.arg(round);
        QVERIFY(loadCard(code, 1000));
        // Two tills (two threads, two connections) redeem 7.00 of the 10.00 at the same moment.
        std::latch start(2);
        bool succeeded[2] = { false, false };
        QString problems[2];
        QList<QThread *> threads;
        for (int t = 0; t < 2; ++t) {
            threads << QThread::create([&, t] {
                kassa::SaleService sales(f.context());
                const kassa::SaleDraft draft = PosFixture::cart({ PosFixture::line(tablet) }, { { TenderKind::GiftCard, 700, code } });
                kassa::SaleRecord sale;
                ServiceError error;
                start.arrive_and_wait();
                succeeded[t] = sales.commit(f.cashier, draft, &sale, &error);
                problems[t] = error.code;
                f.database().releaseThreadConnection();
            });
        }
        for (QThread *thread : threads) {
            thread->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        if (succeeded[0] && succeeded[1]) {
            ++bothSucceeded;
        } else if (succeeded[0] || succeeded[1]) {
            ++oneSucceeded;
            QCOMPARE(succeeded[0] ? problems[1] : problems[0], u"gift_card_refused"_s);
        }
        QCOMPARE(balance(code), 300);
    }
    QCOMPARE(bothSucceeded, 0);
    QCOMPARE(oneSucceeded, kRounds);
    QCOMPARE(f.scalar(u"SELECT COUNT(*) FROM gift_cards WHERE balance < 0"_s), 0);
    // The table refuses a negative balance even when the conditional update is bypassed.
    QSqlQuery query(f.database().connection());
    QVERIFY(!query.exec(u"UPDATE gift_cards SET balance = balance - 1000"_s));
}

QTEST_GUILESS_MAIN(TestGiftCardLedger)
#include "tst_giftcardledger.moc"
