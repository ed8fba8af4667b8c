// Money as the cashier reads and types it (ui/moneytext): locale separators, currency exponents,
// what is refused.
#include "moneytext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kassa::ui::formatMoney;
using kassa::ui::parseMoney;

class TestMoneyText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("euro-german") << qint64(123450) << u"EUR"_s << u"de_DE"_s << u"1.234,50\u00a0€"_s;
        QTest::newRow("euro-english") << qint64(123450) << u"EUR"_s << u"en_GB"_s << u"€1,234.50"_s;
        QTest::newRow("euro-cents") << qint64(5) << u"EUR"_s << u"en_GB"_s << u"€0.05"_s;
        QTest::newRow("negative") << qint64(-1999) << u"EUR"_s << u"de_DE"_s << u"-19,99\u00a0€"_s;
        QTest::newRow("yen-has-no-decimals") << qint64(1235) << u"JPY"_s << u"en_GB"_s << u"¥1,235"_s;
        QTest::newRow("dinar-three-decimals") << qint64(1500) << u"KWD"_s << u"en_GB"_s << u"KWD1.500"_s;
        QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"fr_FR"_s << u"0,00\u00a0€"_s;
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(minor, currency, QLocale(locale)), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << u"20"_s << u"EUR"_s << u"de_DE"_s << true << qint64(2000);
        QTest::newRow("german-comma") << u"12,5"_s << u"EUR"_s << u"de_DE"_s << true << qint64(1250);
        QTest::newRow("point-in-german-too") << u"12.50"_s << u"EUR"_s << u"de_DE"_s << true << qint64(1250);
        QTest::newRow("german-grouping") << u"1.234,50"_s << u"EUR"_s << u"de_DE"_s << true << qint64(123450);
        QTest::newRow("german-thousands-only") << u"1.234"_s << u"EUR"_s << u"de_DE"_s << true << qint64(123400);
        QTest::newRow("english-grouping") << u"1,234.50"_s << u"EUR"_s << u"en_GB"_s << true << qint64(123450);
        QTest::newRow("with-symbol") << u"€ 7,20"_s << u"EUR"_s << u"de_DE"_s << true << qint64(720);
        QTest::newRow("as-formatted") << u"1.234,50\u00a0€"_s << u"EUR"_s << u"de_DE"_s << true << qint64(123450);
        QTest::newRow("yen") << u"1,235"_s << u"JPY"_s << u"en_GB"_s << true << qint64(1235);
        QTest::newRow("too-many-decimals") << u"1.234"_s << u"EUR"_s << u"en_GB"_s << false << qint64(0);
        QTest::newRow("yen-decimals") << u"12.5"_s << u"JPY"_s << u"ja_JP"_s << false << qint64(0);
        QTest::newRow("letters") << u"12a"_s << u"EUR"_s << u"de_DE"_s << false << qint64(0);
        QTest::newRow("negative") << u"-5"_s << u"EUR"_s << u"de_DE"_s << false << qint64(0);
        QTest::newRow("empty") << u" "_s << u"EUR"_s << u"de_DE"_s << false << qint64(0);
        QTest::newRow("absurd") << u"99999999999999"_s << u"EUR"_s << u"de_DE"_s << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        qint64 parsed = 0;
        QCOMPARE(parseMoney(text, currency, QLocale(locale), &parsed), ok);
        if (ok) {
            QCOMPARE(parsed, minor);
        }
    }

    // What the till shows, typed back, is the same amount.
    void roundTrip()
    {
        for (const QString &locale : {u"de_DE"_s, u"en_GB"_s, u"fr_FR"_s, u"es_ES"_s, u"ar_SA"_s}) {
            for (const qint64 amount : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456), qint64(100000000)}) {
                qint64 parsed = -1;
                const QString text = formatMoney(amount, u"EUR"_s, QLocale(locale));
                QVERIFY2(parseMoney(text, u"EUR"_s, QLocale(locale), &parsed), qPrintable(locale + u": "_s + text));
                QCOMPARE(parsed, amount);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMoneyText)
#include "tst_moneytext.moc"
