// CSV: the RFC 4180 reader and writer behind every import and export, the header check, and the
// small cell formats the importers share (booleans, tax rates in percent, variant attributes).

#include "ops/csv.h"
#include "ops/importreport.h"
#include "ops/productcsv.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<QStringList>)

namespace {

QList<kassa::CsvColumn> productLikeColumns()
{
    return {{u"sku"_s, true}, {u"product_name"_s, true}, {u"price"_s, true}, {u"note"_s, false}};
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void semicolonFileKeepsCommasInFields();

    void encodeField_data();
    void encodeField();
    void writerRoundTrip();
    void writerStartsWithBomAndEndsLinesWithCrlf();

    void headerMatchesCaseInsensitively();
    void headerErrors_data();
    void headerErrors();
    void rowShape_data();
    void rowShape();

    void booleans_data();
    void booleans();
    void percent_data();
    void percent();
    void attributes_data();
    void attributes();
};

void TestCsv::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("simple") << "a,b,c\n1,2,3\n"_ba << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}} << QList<int>{1, 2};
    QTest::newRow("no-final-newline") << "a,b\n1,2"_ba << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("quoted-comma") << "name,price\n\"Shirt, blue\",19.99\n"_ba << QList<QStringList>{{u"name"_s, u"price"_s}, {u"Shirt, blue"_s, u"19.99"_s}}
                                  << QList<int>{1, 2};
    QTest::newRow("embedded-newline") << "name,note\n\"Ada\",\"line one\nline two\"\nBob,x\n"_ba
                                      << QList<QStringList>{{u"name"_s, u"note"_s}, {u"Ada"_s, u"line one\nline two"_s}, {u"Bob"_s, u"x"_s}}
                                      << QList<int>{1, 2, 3};
    QTest::newRow("embedded-crlf-becomes-lf") << "a\r\n\"x\r\ny\"\r\n"_ba << QList<QStringList>{{u"a"_s}, {u"x\ny"_s}} << QList<int>{1, 2};
    QTest::newRow("doubled-quote") << "a,b\n\"12\"\" pizza\",\"\"\"quoted\"\"\"\n"_ba
                                   << QList<QStringList>{{u"a"_s, u"b"_s}, {u"12\" pizza"_s, u"\"quoted\""_s}} << QList<int>{1, 2};
    QTest::newRow("crlf") << "a,b\r\n1,2\r\n3,4\r\n"_ba << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{1, 2, 3};
    QTest::newRow("lone-cr") << "a,b\r1,2\r"_ba << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("bom") << "\xEF\xBB\xBFsku,name\nA,\xC3\x84pfel\n"_ba << QList<QStringList>{{u"sku"_s, u"name"_s}, {u"A"_s, u"Äpfel"_s}} << QList<int>{1, 2};
    QTest::newRow("empty-fields") << "a,b,c\n,,\n"_ba << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {QString(), QString(), QString()}} << QList<int>{1, 2};
    QTest::newRow("quoted-empty") << "a,b\n\"\",x\n"_ba << QList<QStringList>{{u"a"_s, u"b"_s}, {QString(), u"x"_s}} << QList<int>{1, 2};
    QTest::newRow("blank-lines-skipped-but-counted") << "a\n\nx\n\r\ny\n"_ba << QList<QStringList>{{u"a"_s}, {u"x"_s}, {u"y"_s}} << QList<int>{1, 3, 5};
    QTest::newRow("row-after-multiline-record") << "a,b\n\"1\n2\n3\",x\ny,z\n"_ba
                                                << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1\n2\n3"_s, u"x"_s}, {u"y"_s, u"z"_s}} << QList<int>{1, 2, 3};
    QTest::newRow("spaces-around-quotes") << "a,b\n \"x, y\" , z\n"_ba << QList<QStringList>{{u"a"_s, u"b"_s}, {u"x, y"_s, u" z"_s}} << QList<int>{1, 2};
    QTest::newRow("stray-quote-inside-unquoted") << "a\n12\" pizza\n"_ba << QList<QStringList>{{u"a"_s}, {u"12\" pizza"_s}} << QList<int>{1, 2};
    QTest::newRow("semicolon-separator") << "sku;price\nA;19,99\n"_ba << QList<QStringList>{{u"sku"_s, u"price"_s}, {u"A"_s, u"19,99"_s}} << QList<int>{1, 2};
    QTest::newRow("empty-file") << QByteArray() << QList<QStringList>{} << QList<int>{};
}

void TestCsv::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, rows);

    QList<kassa::CsvRecord> parsed;
    QString error;
    QVERIFY2(kassa::parseCsv(input, &parsed, &error), qPrintable(error));
    QList<QStringList> fields;
    QList<int> numbers;
    for (const kassa::CsvRecord &record : parsed) {
        fields << record.fields;
        numbers << record.row;
    }
    QCOMPARE(fields, records);
    QCOMPARE(numbers, rows);
}

void TestCsv::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    // The quote opens on row 3 and the file ends inside it: the message must point at row 3, not
    // at the last line of the file.
    QTest::newRow("unterminated-quote") << "a,b\n1,2\n3,\"never closed\n4,5\n6,7\n"_ba << u"row 3, column 2: a quoted field is never closed"_s;
    QTest::newRow("text-after-closing-quote") << "a,b\n\"x\"y,2\n"_ba << u"row 2, column 1: text follows the closing quote"_s;
    QTest::newRow("not-utf8") << "a,b\n1,2\n\xE4pfel,3\n"_ba << u"line 3 is not UTF-8 text"_s;
}

void TestCsv::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    QList<kassa::CsvRecord> parsed;
    QString error;
    QVERIFY(!kassa::parseCsv(input, &parsed, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestCsv::semicolonFileKeepsCommasInFields()
{
    // Excel in a decimal-comma locale: ';' between fields, ',' inside prices and names.
    QList<kassa::CsvRecord> parsed;
    QString error;
    QChar separator;
    QVERIFY(kassa::parseCsv("name;price\nM\xC3\xBCller, Hans;19,99\n"_ba, &parsed, &error, &separator));
    QCOMPARE(separator, u';');
    QCOMPARE(parsed.at(1).fields, (QStringList{u"Müller, Hans"_s, u"19,99"_s}));
}

void TestCsv::encodeField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << u"Shirt"_s << u"Shirt"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Shirt, blue"_s << u"\"Shirt, blue\""_s;
    QTest::newRow("quote") << u"12\" pizza"_s << u"\"12\"\" pizza\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("semicolon") << u"size=M;colour=blue"_s << u"\"size=M;colour=blue\""_s;
    QTest::newRow("leading-space") << u" x"_s << u"\" x\""_s;
    QTest::newRow("unicode") << u"Äpfel – süß"_s << u"Äpfel – süß"_s;
}

void TestCsv::encodeField()
{
    QFETCH(QString, field);
    QFETCH(QString, encoded);
    QCOMPARE(kassa::CsvWriter::encodeField(field), encoded);
}

void TestCsv::writerRoundTrip()
{
    const QList<QStringList> rows = {{u"sku"_s, u"note"_s, u"price"_s},
                                     {u"A-1"_s, u"He said \"hi\", twice\nthen left"_s, u"19.99"_s},
                                     {u"B,2"_s, QString(), u"0.00"_s},
                                     {u"Ç"_s, u"\"\""_s, u";"_s}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    kassa::CsvWriter writer(&buffer);
    for (const QStringList &row : rows) {
        QVERIFY(writer.writeRow(row));
    }
    QCOMPARE(writer.rowsWritten(), rows.size());
    QList<kassa::CsvRecord> parsed;
    QString error;
    QVERIFY2(kassa::parseCsv(buffer.data(), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(parsed.at(i).fields, rows.at(i));
        QCOMPARE(parsed.at(i).row, int(i + 1));
    }
}

void TestCsv::writerStartsWithBomAndEndsLinesWithCrlf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    kassa::CsvWriter writer(&buffer);
    writer.writeRow({u"a"_s, u"b"_s});
    QCOMPARE(buffer.data(), "\xEF\xBB\xBF" "a,b\r\n"_ba);
}

void TestCsv::headerMatchesCaseInsensitively()
{
    kassa::CsvTable table;
    QStringList errors;
    QVERIFY2(table.load(" SKU ,Product Name,PRICE\nA-1, Shirt ,19.99\n"_ba, productLikeColumns(), &errors), qPrintable(errors.join(u'\n')));
    QCOMPARE(table.size(), 1);
    QCOMPARE(table.rowNumber(0), 2);
    QVERIFY(table.hasColumn(u"product_name"_s));
    QVERIFY(!table.hasColumn(u"note"_s));
    QCOMPARE(table.value(0, u"product_name"_s), u"Shirt"_s); // cells are trimmed
    QCOMPARE(table.value(0, u"note"_s), QString()); // an absent column reads as empty
    QCOMPARE(table.columnPosition(u"price"_s), 3);
}

void TestCsv::headerErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("unknown-column") << "sku,product_name,price,colour\n"_ba << QStringList{u"row 1, column 4: unknown column \"colour\""_s};
    QTest::newRow("missing-required-column") << "sku,price\n"_ba << QStringList{u"row 1: the required column \"product_name\" is missing"_s};
    QTest::newRow("repeated-column") << "sku,product_name,price,SKU\n"_ba << QStringList{u"row 1, column 4: column \"sku\" appears twice (also column 1)"_s};
    QTest::newRow("empty-header-cell") << "sku,,product_name,price\n"_ba << QStringList{u"row 1, column 2: the header cell is empty"_s};
    QTest::newRow("empty-file") << QByteArray() << QStringList{u"the file is empty"_s};
    QTest::newRow("unterminated-quote-in-data") << "sku,product_name,price\n\"A,B,1\n"_ba
                                                << QStringList{u"row 2, column 1: a quoted field is never closed"_s};
}

void TestCsv::headerErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);

    kassa::CsvTable table;
    QStringList errors;
    QVERIFY(!table.load(input, productLikeColumns(), &errors));
    QCOMPARE(errors.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(errors.at(i).startsWith(expected.at(i)), qPrintable(errors.at(i)));
    }
}

void TestCsv::rowShape_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("problem");

    QTest::newRow("complete") << "A,Shirt,1"_ba << QString();
    QTest::newRow("padded-with-empty-cells") << "A,Shirt,1,,"_ba << QString();
    QTest::newRow("too-short") << "A,Shirt"_ba << u"has 2 fields but the header has 3"_s;
    QTest::newRow("unquoted-comma") << "A,Shirt, blue,1"_ba << u"column 4 has text but the header has only 3 columns (a comma inside an unquoted field?)"_s;
}

void TestCsv::rowShape()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, problem);

    kassa::CsvTable table;
    QStringList errors;
    QVERIFY(table.load("sku,product_name,price\n"_ba + row + "\n"_ba, productLikeColumns(), &errors));
    QCOMPARE(table.shapeProblem(0), problem);
}

void TestCsv::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("value");

    QTest::newRow("true") << u"true"_s << true << true;
    QTest::newRow("TRUE") << u"TRUE"_s << true << true;
    QTest::newRow("1") << u"1"_s << true << true;
    QTest::newRow("yes") << u"Yes"_s << true << true;
    QTest::newRow("false") << u"false"_s << true << false;
    QTest::newRow("0") << u"0"_s << true << false;
    QTest::newRow("no") << u"no"_s << true << false;
    QTest::newRow("empty-is-fallback") << QString() << true << true;
    QTest::newRow("ja") << u"ja"_s << false << false;
    QTest::newRow("2") << u"2"_s << false << false;
}

void TestCsv::booleans()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, value);

    bool parsed = false;
    QCOMPARE(kassa::parseCsvBool(text, true, &parsed), valid);
    if (valid) {
        QCOMPARE(parsed, value);
    }
}

void TestCsv::percent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("basisPoints"); // -1: refused

    QTest::newRow("19") << u"19"_s << 1900;
    QTest::newRow("5.5") << u"5.5"_s << 550;
    QTest::newRow("7,7") << u"7,7"_s << 770;
    QTest::newRow("7.25") << u"7.25"_s << 725;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("with-percent-sign") << u"19 %"_s << 1900;
    QTest::newRow("hundred") << u"100"_s << 10000;
    QTest::newRow("above-hundred") << u"100.01"_s << -1;
    QTest::newRow("three-decimals") << u"19.555"_s << -1;
    QTest::newRow("negative") << u"-5"_s << -1;
    QTest::newRow("fraction-not-percent") << u".19"_s << -1;
    QTest::newRow("words") << u"nineteen"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCsv::percent()
{
    QFETCH(QString, text);
    QFETCH(int, basisPoints);

    int parsed = -1;
    QCOMPARE(kassa::parsePercentToBasisPoints(text, &parsed), basisPoints >= 0);
    if (basisPoints >= 0) {
        QCOMPARE(parsed, basisPoints);
        // What export writes reads back as the same rate.
        int again = -1;
        QVERIFY(kassa::parsePercentToBasisPoints(kassa::basisPointsToPercent(parsed), &again));
        QCOMPARE(again, parsed);
    }
}

void TestCsv::attributes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json"); // empty: refused
    QTest::addColumn<QString>("written");

    QTest::newRow("two") << u"size=M;colour=blue"_s << u"{\"colour\":\"blue\",\"size\":\"M\"}"_s << u"colour=blue;size=M"_s;
    QTest::newRow("spaces-and-trailing-semicolon") << u" size = M ; "_s << u"{\"size\":\"M\"}"_s << u"size=M"_s;
    QTest::newRow("empty") << QString() << u"{}"_s << QString();
    QTest::newRow("empty-value") << u"engraving="_s << u"{\"engraving\":\"\"}"_s << u"engraving="_s;
    QTest::newRow("no-equals") << u"size"_s << QString() << QString();
    QTest::newRow("no-name") << u"=M"_s << QString() << QString();
    QTest::newRow("twice") << u"size=M;size=L"_s << QString() << QString();
}

void TestCsv::attributes()
{
    QFETCH(QString, text);
    QFETCH(QString, json);
    QFETCH(QString, written);

    QJsonObject attributes;
    QString error;
    const bool ok = kassa::parseAttributes(text, &attributes, &error);
    QCOMPARE(ok, !json.isEmpty());
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)), json);
    QCOMPARE(kassa::formatAttributes(attributes), written);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
