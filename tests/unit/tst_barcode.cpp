// Barcodes as a scanner or a person types them: GTINs with their check digit, internal codes, and
// the price- or weight-carrying EAN-13 of goods weighed at the counter.

#include "domain/barcode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kassa::BarcodeKind;

Q_DECLARE_METATYPE(kassa::BarcodeKind)

class TestBarcode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data();
    void checkDigit();
    void validate_data();
    void validate();
    void kindNames();
    void variableMeasure_data();
    void variableMeasure();
};

void TestBarcode::checkDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("expected");
    QTest::newRow("ean13") << u"400638133393"_s << 1;
    QTest::newRow("ean13-other") << u"590123412345"_s << 7;
    QTest::newRow("ean8") << u"9638507"_s << 4;
    QTest::newRow("upca") << u"03600029145"_s << 2;
    QTest::newRow("all-zero") << u"000000000000"_s << 0;
}

void TestBarcode::checkDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, expected);
    QCOMPARE(kassa::gs1CheckDigit(digits), expected);
}

void TestBarcode::validate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<BarcodeKind>("kind");
    QTest::addColumn<QString>("error");

    const QString printable = u"an internal code may contain only printable ASCII characters without spaces"_s;
    QTest::newRow("ean13") << u"4006381333931"_s << true << BarcodeKind::Ean13 << QString();
    QTest::newRow("ean13-other") << u"5901234123457"_s << true << BarcodeKind::Ean13 << QString();
    QTest::newRow("ean13-bad-check-digit") << u"4006381333932"_s << false << BarcodeKind::Ean13 << u"EAN13 4006381333932 has check digit 2, expected 1"_s;
    QTest::newRow("ean13-swapped-digits") << u"4006381339331"_s << false << BarcodeKind::Ean13 << u"EAN13 4006381339331 has check digit 1, expected 9"_s;
    QTest::newRow("ean8") << u"96385074"_s << true << BarcodeKind::Ean8 << QString();
    QTest::newRow("ean8-other") << u"73513537"_s << true << BarcodeKind::Ean8 << QString();
    QTest::newRow("ean8-bad-check-digit") << u"96385070"_s << false << BarcodeKind::Ean8 << u"EAN8 96385070 has check digit 0, expected 4"_s;
    QTest::newRow("upca") << u"036000291452"_s << true << BarcodeKind::UpcA << QString();
    QTest::newRow("upca-other") << u"012345678905"_s << true << BarcodeKind::UpcA << QString();
    QTest::newRow("upca-bad-check-digit") << u"036000291453"_s << false << BarcodeKind::UpcA << u"UPCA 036000291453 has check digit 3, expected 2"_s;
    QTest::newRow("variable-measure-ean13") << u"2012345012349"_s << true << BarcodeKind::Ean13 << QString();

    QTest::newRow("internal-shelf-label") << u"SHELF-001"_s << true << BarcodeKind::Internal << QString();
    QTest::newRow("internal-short-number") << u"12345"_s << true << BarcodeKind::Internal << QString();
    QTest::newRow("internal-fourteen-digits") << u"14006381333938"_s << true << BarcodeKind::Internal << QString();
    QTest::newRow("internal-punctuation") << u"A#1/2*x"_s << true << BarcodeKind::Internal << QString();
    QTest::newRow("internal-64-characters") << QString(64, u'X') << true << BarcodeKind::Internal << QString();
    QTest::newRow("internal-single-character") << u"7"_s << true << BarcodeKind::Internal << QString();

    QTest::newRow("empty") << QString() << false << BarcodeKind::Internal << u"the barcode is empty"_s;
    QTest::newRow("too-long") << QString(65, u'X') << false << BarcodeKind::Internal << u"an internal code may have at most 64 characters"_s;
    QTest::newRow("inner-space") << u"ABC 123"_s << false << BarcodeKind::Internal << printable;
    QTest::newRow("ean13-with-leading-space") << u" 4006381333931"_s << false << BarcodeKind::Internal << printable;
    QTest::newRow("ean13-with-trailing-newline") << u"4006381333931\n"_s << false << BarcodeKind::Internal << printable;
    QTest::newRow("tab") << u"AB\tC"_s << false << BarcodeKind::Internal << printable;
    QTest::newRow("non-ascii") << u"Käse-1"_s << false << BarcodeKind::Internal << printable;
    QTest::newRow("delete-character") << u"AB\u007fC"_s << false << BarcodeKind::Internal << printable;
}

void TestBarcode::validate()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(BarcodeKind, kind);
    QFETCH(QString, error);

    const kassa::BarcodeValidation result = kassa::validateBarcode(code);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.error, error);
    // A GTIN with a wrong check digit is still recognised as what it tried to be.
    if (valid || error.contains(u"check digit"_s)) {
        QCOMPARE(result.kind, kind);
    }
}

void TestBarcode::kindNames()
{
    const QList<std::pair<BarcodeKind, QString>> names
        = { { BarcodeKind::Ean13, u"ean13"_s }, { BarcodeKind::Ean8, u"ean8"_s }, { BarcodeKind::UpcA, u"upca"_s }, { BarcodeKind::Internal, u"internal"_s } };
    for (const auto &[kind, name] : names) {
        QCOMPARE(kassa::barcodeKindName(kind), name);
        BarcodeKind parsed = kind == BarcodeKind::Internal ? BarcodeKind::Ean13 : BarcodeKind::Internal;
        QVERIFY(kassa::parseBarcodeKind(name, &parsed));
        QCOMPARE(parsed, kind);
    }
    BarcodeKind untouched = BarcodeKind::Ean8;
    QVERIFY(!kassa::parseBarcodeKind(u"EAN13"_s, &untouched));
    QVERIFY(!kassa::parseBarcodeKind(u"qr"_s, &untouched));
    QCOMPARE(untouched, BarcodeKind::Ean8);
}

void TestBarcode::variableMeasure_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("itemCode");
    QTest::addColumn<qint64>("value");

    QTest::newRow("prefix-20-price") << u"2012345012349"_s << true << 20 << u"12345"_s << qint64(1234);
    QTest::newRow("prefix-29-weight") << u"2900001002509"_s << true << 29 << u"00001"_s << qint64(250);
    QTest::newRow("bad-check-digit") << u"2012345012340"_s << false << 0 << QString() << qint64(0);
    QTest::newRow("not-prefix-2") << u"4006381333931"_s << false << 0 << QString() << qint64(0);
    QTest::newRow("ean8-with-prefix-2") << u"22123459"_s << false << 0 << QString() << qint64(0);
    QTest::newRow("twelve-digits") << u"201234501234"_s << false << 0 << QString() << qint64(0);
    QTest::newRow("letters") << u"20ABCDE012349"_s << false << 0 << QString() << qint64(0);
    QTest::newRow("empty") << QString() << false << 0 << QString() << qint64(0);
}

void TestBarcode::variableMeasure()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(int, prefix);
    QFETCH(QString, itemCode);
    QFETCH(qint64, value);

    const kassa::VariableMeasureCode parsed = kassa::parseVariableMeasureCode(code);
    QCOMPARE(parsed.valid, valid);
    QCOMPARE(parsed.prefix, prefix);
    QCOMPARE(parsed.itemCode, itemCode);
    QCOMPARE(parsed.value, value);
}

QTEST_GUILESS_MAIN(TestBarcode)
#include "tst_barcode.moc"
