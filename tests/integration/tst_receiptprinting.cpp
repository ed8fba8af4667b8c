// Printing receipts after a real sale: the receipt loaded from the database (shop, cashier, tax
// breakdown), encoded to exactly the golden ESC/POS bytes, queued after the sale committed and
// printed by the queue runner to a fake network printer on loopback. A printer that is off never
// blocks selling: the job stays pending with its attempts and the reason counted, the sale is
// intact, more sales go on, and once the printer is back everything prints in order. The PDF
// receipt (80 mm) and invoice (A4) are checked for their page size and, through pdftotext, for the
// receipt number, the total and a tax line. File and serial transports are tried too.

#include "posfixture.h" // a till on TestFixture (testfixture.h), so this also runs as <name>_postgres

#include "printertransport.h"
#include "printqueuerunner.h"
#include "receiptpdf.h"

#include "receipts/escposencoder.h"
#include "receipts/printjobstore.h"
#include "receipts/receiptdocument.h"
#include "sales/salerepository.h"
#include "sales/saleservice.h"
#include "sales/shiftservice.h"
#include "services/businesswrite.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <memory>

using namespace Qt::StringLiterals;
using kassa::PrintJob;
using kassa::PrintJobState;
using kassa::PrintJobStore;

namespace
{

constexpr qint64 kAt = 1710509400000; // 2024-03-15 13:30 UTC, 14:30 in the shop (Europe/Berlin)
const QString kPrinter = u"front"_s;

// A network receipt printer on 127.0.0.1: each connection is one job, its bytes complete when the
// till closes the connection.
class FakePrinter : public QObject
{
public:
    FakePrinter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto bytes = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [socket, bytes] { bytes->append(socket->readAll()); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket, bytes] {
                    bytes->append(socket->readAll());
                    jobs.append(*bytes);
                    socket->deleteLater();
                });
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> jobs;

private:
    QTcpServer m_server;
};

QString goldenPath(const QString &name)
{
    return QStringLiteral(KASSA_SOURCE_DIR "/tests/data/escpos/") + name + u".bin"_s;
}

// The golden bytes (KASSA_UPDATE_GOLDEN=1 writes `actual` as the new golden file first).
QByteArray golden(const QString &name, const QByteArray &actual)
{
    QFile file(goldenPath(name));
    if (qEnvironmentVariableIntValue("KASSA_UPDATE_GOLDEN") == 1 && file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(actual);
        file.close();
    }
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A port on loopback that nothing listens on: a printer that is switched off. Taken below the
// ephemeral range (32768 and up on Linux), so no connection attempt of the till can be given it
// as its own local port and connect to itself.
quint16 closedPort()
{
    QTcpServer server;
    for (quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(10000));; port = port < 30000 ? quint16(port + 1) : quint16(20000)) {
        if (server.listen(QHostAddress::LocalHost, port)) {
            server.close();
            return port;
        }
    }
}

QString pdfText(const QString &path, QString *problem)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        *problem = u"pdftotext (poppler-utils, scripts/packages.txt) is not installed"_s;
        return {};
    }
    QProcess process;
    process.start(tool, { u"-layout"_s, path, u"-"_s });
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *problem = u"pdftotext failed: %1"_s.arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page sizes in points of a PDF, from its /MediaBox entries.
QList<QSizeF> mediaBoxes(const QByteArray &pdf)
{
    static const QRegularExpression box(u"/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"_s);
    QList<QSizeF> sizes;
    auto matches = box.globalMatch(QString::fromLatin1(pdf));
    while (matches.hasNext()) {
        const auto match = matches.next();
        sizes << QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    }
    return sizes;
}

} // namespace

class TestReceiptPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void receiptOfARealSale();
    void queuedReceiptReachesThePrinter();
    void printerOffNeverBlocksSelling();
    void queueIsOutsideTheSaleTransaction();
    void reprintAndZReport();
    void failedJobsAndTheQueueList();
    void pdfReceiptAndInvoice();
    void invoiceRunsOverPages();
    void fileAndSerialTransports();

private:
    kassa::SaleRecord sell(const QList<kassa::DraftLine> &lines, const QList<kassa::TenderInput> &tenders);
    kassa::SaleRecord standardSale();

    std::unique_ptr<PosFixture> m_fixture;
    QString m_rolls;
    QString m_coffee;
};

void TestReceiptPrinting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReceiptPrinting::init()
{
    m_fixture = std::make_unique<PosFixture>();
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->problem()));
    PosFixture &f = *m_fixture;
    // Everything a receipt shows is fixed, so its bytes are too: the time, the till's receipt
    // prefix, the shop's details, the products' names.
    f.context().wallClock = [] { return kAt; };
    QSqlQuery query(f.database().connection());
    query.prepare(u"UPDATE devices SET receipt_prefix = 'BER-1' WHERE id = ?"_s);
    query.addBindValue(f.context().deviceId);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    query.prepare(u"UPDATE shops SET name = ?, address_line1 = ?, postal_code = '50667', city = ?, phone = '+49 221 123456', "
                  "tax_number = 'DE123456789' WHERE id = ?"_s);
    query.addBindValue(u"Bäckerei Müller"_s);
    query.addBindValue(u"Hauptstraße 1"_s);
    query.addBindValue(u"Köln"_s);
    query.addBindValue(f.shopId);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    m_rolls = f.item(u"ROLL"_s, 45, 700);
    m_coffee = f.item(u"COFFEE"_s, 320, 1900);
    for (const auto &[variant, name] : { std::pair { m_rolls, u"Roggenbrötchen"_s }, std::pair { m_coffee, u"Kaffee Crème groß"_s } }) {
        query.prepare(u"UPDATE products SET name = ? WHERE id = (SELECT product_id FROM variants WHERE id = ?)"_s);
        query.addBindValue(name);
        query.addBindValue(variant);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QVERIFY(f.openShift());
}

void TestReceiptPrinting::cleanup()
{
    m_fixture.reset();
}

kassa::SaleRecord TestReceiptPrinting::sell(const QList<kassa::DraftLine> &lines, const QList<kassa::TenderInput> &tenders)
{
    kassa::SaleRecord sale;
    kassa::ServiceError error;
    if (!kassa::SaleService(m_fixture->context()).commit(m_fixture->cashier, PosFixture::cart(lines, tenders), &sale, &error)) {
        qWarning("the sale failed: %s", qPrintable(error.message));
    }
    return sale;
}

// 6 rolls at 0.45 (7 %) and a coffee at 3.20 (19 %) = 5.90, paid with 10.00 in cash.
kassa::SaleRecord TestReceiptPrinting::standardSale()
{
    return sell({ PosFixture::line(m_rolls, 6), PosFixture::line(m_coffee) }, { PosFixture::cash(1000) });
}

void TestReceiptPrinting::receiptOfARealSale()
{
    PosFixture &f = *m_fixture;
    const kassa::SaleRecord sale = standardSale();
    QCOMPARE(sale.receiptNumber, u"BER-1-000001"_s);
    QCOMPARE(sale.total, 590);

    kassa::ReceiptDocument document;
    QString error;
    QVERIFY2(kassa::loadReceiptDocument(f.database(), f.companyId, sale.id, &document, &error), qPrintable(error));
    QCOMPARE(document.receiptNumber, sale.receiptNumber);
    QCOMPARE(document.shop.name, u"Bäckerei Müller"_s);
    QCOMPARE(document.shop.companyName, u"Test Company"_s);
    QCOMPARE(document.shop.taxNumber, u"DE123456789"_s);
    QCOMPARE(document.shop.addressLines(), (QStringList { u"Hauptstraße 1"_s, u"50667 Köln"_s }));
    QCOMPARE(document.cashierName, u"Cashier"_s);
    QCOMPARE(document.dateText + u' ' + document.timeText, u"2024-03-15 14:30"_s);
    QCOMPARE(document.items.size(), 2);
    QCOMPARE(document.items[0].description, u"Roggenbrötchen"_s);
    QCOMPARE(document.items[0].quantityText, u"6 × 0.45"_s);
    QCOMPARE(document.items[0].taxCode, u"B"_s);
    QCOMPARE(document.items[1].taxCode, u"A"_s);
    // 19 % in 3.20 is 0.51; 7 % in 2.70 is 0.18.
    QCOMPARE(document.taxes.size(), 2);
    QCOMPARE(document.taxes[0].rateBasisPoints, 1900);
    QCOMPARE(document.taxes[0].tax, 51);
    QCOMPARE(document.taxes[1].tax, 18);
    QCOMPARE(document.total, 590);
    QCOMPARE(document.changeTotal, 410);
    QVERIFY(document.movesCash());

    const QByteArray bytes = kassa::EscPosEncoder().encode(document);
    QCOMPARE(bytes, golden(u"integration-sale-42"_s, bytes));

    QString missing;
    QVERIFY(!kassa::loadReceiptDocument(f.database(), f.companyId, kassa::newId(), &document, &missing));
    QVERIFY(!missing.isEmpty());
}

void TestReceiptPrinting::queuedReceiptReachesThePrinter()
{
    PosFixture &f = *m_fixture;
    const kassa::SaleRecord sale = standardSale();
    PrintJobStore store(f.context(), f.companyId);
    QString error;
    const QString jobId = store.enqueueReceipt(sale.id, kPrinter, {}, false, &error);
    QVERIFY2(!jobId.isEmpty(), qPrintable(error));
    QVERIFY(kassa::UuidV7Generator::isValid(jobId));
    QCOMPARE(store.pendingCount(kPrinter, &error), 1);

    FakePrinter printer;
    QVERIFY(printer.listen());
    kassa::NetworkPrinterTransport transport(u"127.0.0.1"_s, printer.port());
    kassa::PrintQueueRunner runner(&store, &transport, kPrinter);
    QCOMPARE(runner.pendingCount(), 1); // the status bar knows the queue from the start
    QSignalSpy printed(&runner, &kassa::PrintQueueRunner::jobPrinted);
    QSignalSpy pendingChanged(&runner, &kassa::PrintQueueRunner::pendingCountChanged);
    runner.wake();
    QCOMPARE(runner.pendingCount(), 1);
    QVERIFY(runner.isBusy()); // sending, and wake() has returned: nothing waits on the printer

    QTRY_COMPARE_WITH_TIMEOUT(printer.jobs.size(), 1, 10000);
    // Exactly the golden receipt of this sale, byte for byte, on both databases.
    QCOMPARE(printer.jobs.first(), golden(u"integration-sale-42"_s, printer.jobs.first()));
    QTRY_COMPARE(printed.size(), 1);
    QCOMPARE(printed.first().first().toString(), jobId);
    PrintJob job;
    QVERIFY2(store.load(jobId, &job, &error), qPrintable(error));
    QCOMPARE(job.state, PrintJobState::Printed);
    QCOMPARE(job.attempts, 1);
    QCOMPARE(job.printedAt, kAt);
    QCOMPARE(job.title, sale.receiptNumber);
    QCOMPARE(runner.pendingCount(), 0);
    QCOMPARE(pendingChanged.size(), 1);
    QVERIFY(runner.printerOnline());
    QVERIFY(runner.lastError().isEmpty());
    QVERIFY(!runner.isBusy());
}

void TestReceiptPrinting::printerOffNeverBlocksSelling()
{
    PosFixture &f = *m_fixture;
    const qint64 rollsBefore = f.onHand(m_rolls);
    const kassa::SaleRecord first = standardSale();
    QVERIFY(!first.id.isEmpty());
    PrintJobStore store(f.context(), f.companyId);
    QString error;
    const QString firstJob = store.enqueueReceipt(first.id, kPrinter, {}, false, &error);
    QVERIFY2(!firstJob.isEmpty(), qPrintable(error));

    const quint16 port = closedPort();
    kassa::NetworkPrinterTransport transport(u"127.0.0.1"_s, port);
    kassa::PrintQueueRunner runner(&store, &transport, kPrinter);
    runner.setRetryDelays({ 50, 100, 200 });
    QSignalSpy online(&runner, &kassa::PrintQueueRunner::printerOnlineChanged);
    QSignalSpy failed(&runner, &kassa::PrintQueueRunner::jobFailed);
    runner.wake();

    // The printer is off: the attempts are counted, the job stays pending, the cashier sees why.
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 10000);
    PrintJob job;
    QVERIFY2(store.load(firstJob, &job, &error), qPrintable(error));
    QCOMPARE(job.state, PrintJobState::Pending);
    QVERIFY2(job.attempts >= 3, qPrintable(QString::number(job.attempts)));
    QVERIFY2(job.lastError.contains(u"refuses"_s), qPrintable(job.lastError));
    QVERIFY(!runner.printerOnline());
    QCOMPARE(online.size(), 1);
    QVERIFY2(runner.lastError().contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(runner.lastError()));
    QCOMPARE(runner.pendingCount(), 1);
    QVERIFY(runner.retryIn() >= 0);

    // The sale is intact, and selling goes on.
    kassa::SaleRecord stored;
    kassa::ServiceError serviceError;
    QVERIFY(kassa::SaleRepository::load(f.database(), f.companyId, first.id, &stored, &serviceError));
    QCOMPARE(stored.total, 590);
    QCOMPARE(f.onHand(m_rolls), rollsBefore - 6);
    const kassa::SaleRecord second = sell({ PosFixture::line(m_coffee, 2) }, { PosFixture::card(640) });
    QCOMPARE(second.receiptNumber, u"BER-1-000002"_s);
    const QString secondJob = store.enqueueReceipt(second.id, kPrinter, {}, false, &error);
    QVERIFY2(!secondJob.isEmpty(), qPrintable(error));
    runner.wake();
    QCOMPARE(runner.pendingCount(), 2);

    // The printer is back on the same address: both receipts print, in the order they were sold.
    FakePrinter printer;
    QVERIFY(printer.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(printer.jobs.size(), 2, 15000);
    PrintJob firstPrinted, secondPrinted;
    QVERIFY(store.load(firstJob, &firstPrinted, &error));
    QVERIFY(store.load(secondJob, &secondPrinted, &error));
    QCOMPARE(printer.jobs[0], firstPrinted.payload);
    QCOMPARE(printer.jobs[1], secondPrinted.payload);
    QVERIFY(printer.jobs[1].contains("BER-1-000002"));
    QTRY_COMPARE(runner.pendingCount(), 0);
    QCOMPARE(firstPrinted.state, PrintJobState::Printed);
    QVERIFY(firstPrinted.attempts > job.attempts); // the successful attempt counted on top of the failed ones
    QVERIFY(firstPrinted.lastError.isEmpty());
    QCOMPARE(secondPrinted.state, PrintJobState::Printed);
    QVERIFY(runner.printerOnline());
    QCOMPARE(online.size(), 2);
    QVERIFY(runner.lastError().isEmpty());
    QCOMPARE(runner.retryIn(), -1);
    QCOMPARE(f.rowCount(u"sales"_s), 2);
}

void TestReceiptPrinting::queueIsOutsideTheSaleTransaction()
{
    PosFixture &f = *m_fixture;
    const kassa::SaleRecord sale = standardSale();
    PrintJobStore store(f.context(), f.companyId);
    QString error;
    if (!f.isPostgres()) {
        // Inside another transaction (a sale being written) the queue refuses: a print job never
        // rides in a sale's transaction, so a print problem can never roll a sale back.
        kassa::BusinessWrite write(f.context(), f.cashier);
        QVERIFY(write.isOpen());
        QVERIFY(store.enqueueReceipt(sale.id, kPrinter, {}, false, &error).isEmpty());
        QVERIFY2(error.contains(u"after the sale committed"_s), qPrintable(error));
    }
    QCOMPARE(f.rowCount(u"print_jobs"_s), 0);
    // A job for a sale that does not exist is refused by the database.
    PrintJob orphan;
    orphan.saleId = kassa::newId();
    orphan.printerName = kPrinter;
    orphan.payload = "x";
    QVERIFY(store.enqueue(orphan, &error).isEmpty());
    QVERIFY2(error.contains(u"FOREIGN KEY"_s), qPrintable(error));
    PrintJob empty = orphan;
    empty.saleId = sale.id;
    empty.payload.clear();
    QVERIFY(store.enqueue(empty, &error).isEmpty());
    QVERIFY(store.enqueueReceipt(sale.id, QString(), {}, false, &error).isEmpty());
    QVERIFY2(error.contains(u"printer"_s), qPrintable(error));
    QCOMPARE(f.rowCount(u"print_jobs"_s), 0);
}

void TestReceiptPrinting::reprintAndZReport()
{
    PosFixture &f = *m_fixture;
    const kassa::SaleRecord sale = standardSale();
    PrintJobStore store(f.context(), f.companyId);
    QString error;
    const QString reprint = store.enqueueReceipt(sale.id, kPrinter, {}, true, &error);
    QVERIFY2(!reprint.isEmpty(), qPrintable(error));
    PrintJob job;
    QVERIFY(store.load(reprint, &job, &error));
    QCOMPARE(job.kind, kassa::PrintJobKind::Reprint);
    QVERIFY(job.payload.contains("*** COPY ***"));
    QVERIFY(!job.payload.contains(QByteArray("\x1b\x70", 2))); // a copy never opens the drawer

    kassa::ShiftCount count;
    count.cash = 10590;
    kassa::ShiftReport z;
    kassa::ServiceError serviceError;
    QVERIFY2(kassa::ShiftService(f.context()).close(f.cashier, count, &z, &serviceError), qPrintable(serviceError.message));
    kassa::EscPosOptions narrow;
    narrow.columns = kassa::EscPosEncoder::kColumns58mm;
    const QString report = store.enqueueShiftReport(f.shiftId, kPrinter, narrow, &error);
    QVERIFY2(!report.isEmpty(), qPrintable(error));
    QVERIFY(store.load(report, &job, &error));
    QCOMPARE(job.kind, kassa::PrintJobKind::ZReport);
    QCOMPARE(job.title, u"Z report 2024-03-15 14:30"_s);
    for (const char *expected : { "Z REPORT", "Net total                   5.90", "Expected in drawer        105.90", "Counted                   105.90",
             "Cash taken                  5.90" }) {
        QVERIFY2(job.payload.contains(expected), expected);
    }
    QVERIFY(!job.payload.contains(QByteArray("\x1b\x70", 2)));
    QCOMPARE(store.pendingCount(QString(), &error), 2);
}

void TestReceiptPrinting::failedJobsAndTheQueueList()
{
    PosFixture &f = *m_fixture;
    const kassa::SaleRecord sale = standardSale();
    PrintJobStore store(f.context(), f.companyId);
    QString error;
    const QString first = store.enqueueReceipt(sale.id, kPrinter, {}, false, &error);
    const QString second = store.enqueueReceipt(sale.id, u"office"_s, {}, true, &error);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    QVERIFY(store.markFailed(first, u"paper out"_s, &error));
    QVERIFY(store.markFailed(first, u"paper still out"_s, &error));
    PrintJob job;
    QVERIFY(store.load(first, &job, &error));
    QCOMPARE(job.attempts, 2);
    QCOMPARE(job.lastError, u"paper still out"_s);
    QCOMPARE(job.state, PrintJobState::Pending);
    // The cashier gives up on it: failed, out of the queue, until put back.
    QVERIFY(store.markFailed(first, u"cancelled at the till"_s, &error, true));
    QVERIFY(store.load(first, &job, &error));
    QCOMPARE(job.state, PrintJobState::Failed);
    QCOMPARE(job.attempts, 2);
    QCOMPARE(store.pendingCount(kPrinter, &error), 0);
    QVERIFY(!store.nextPending(kPrinter, &job, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!store.markFailed(first, u"again"_s, &error)); // only pending jobs count attempts
    QVERIFY(store.requeue(first, &error));
    QCOMPARE(store.pendingCount(kPrinter, &error), 1);
    QVERIFY(!store.requeue(first, &error));

    // The queue screen: newest first, without payloads, per printer or all.
    const QList<PrintJob> all = store.list(QString(), 10, &error);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].id, second);
    QCOMPARE(all[0].printerName, u"office"_s);
    QVERIFY(all[0].payload.isEmpty());
    QVERIFY(all[0].payloadSize > 500);
    QCOMPARE(store.list(kPrinter, 10, &error).size(), 1);

    QVERIFY(store.markPrinted(second, &error));
    QCOMPARE(store.purgePrinted(kAt + 1, &error), 1);
    QCOMPARE(store.list(QString(), 10, &error).size(), 1);
    QVERIFY(!store.load(second, &job, &error));
}

void TestReceiptPrinting::pdfReceiptAndInvoice()
{
    PosFixture &f = *m_fixture;
    const kassa::SaleRecord sale = standardSale();
    kassa::ReceiptDocument document;
    QString error;
    QVERIFY2(kassa::loadReceiptDocument(f.database(), f.companyId, sale.id, &document, &error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    struct Expectation {
        kassa::ReceiptPdf::Layout layout;
        const char *file;
        double width; // points
        double minHeight;
        double maxHeight;
    };
    const double receiptWidth = 80 / 25.4 * 72; // 226.77 pt
    for (const Expectation &expected : { Expectation { kassa::ReceiptPdf::Layout::Receipt80mm, "receipt.pdf", receiptWidth, 100 / 25.4 * 72, 300 / 25.4 * 72 },
             Expectation { kassa::ReceiptPdf::Layout::InvoiceA4, "invoice.pdf", 595.28, 841.0, 842.5 } }) {
        const QString path = dir.filePath(QString::fromLatin1(expected.file));
        QVERIFY2(kassa::ReceiptPdf::write(document, expected.layout, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const QList<QSizeF> pages = mediaBoxes(pdf);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(qAbs(pages[0].width() - expected.width) < 1.0, qPrintable(u"%1: width %2 pt"_s.arg(path).arg(pages[0].width())));
        QVERIFY2(pages[0].height() >= expected.minHeight && pages[0].height() <= expected.maxHeight,
            qPrintable(u"%1: height %2 pt"_s.arg(path).arg(pages[0].height())));

        QString problem;
        const QString text = pdfText(path, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &shown : { u"BER-1-000001"_s, u"€ 5.90"_s, u"Bäckerei Müller"_s, u"Roggenbrötchen"_s, u"DE123456789"_s }) {
            QVERIFY2(text.contains(shown), qPrintable(u"%1 lacks \"%2\":\n%3"_s.arg(path, shown, text)));
        }
        // The tax breakdown: 19 % of 3.20 is 0.51 on 2.69 net; 7 % of 2.70 is 0.18 on 2.52.
        static const QRegularExpression taxLine(u"A 19%\\s+2\\.69\\s+0\\.51\\s+3\\.20"_s);
        static const QRegularExpression reducedLine(u"B 7%\\s+2\\.52\\s+0\\.18\\s+2\\.70"_s);
        QVERIFY2(taxLine.match(text).hasMatch() && reducedLine.match(text).hasMatch(), qPrintable(text));
    }
}

void TestReceiptPrinting::invoiceRunsOverPages()
{
    kassa::SaleRecord sale;
    sale.id = u"sale-long"_s;
    sale.receiptNumber = u"BER-1-000999"_s;
    sale.currency = u"EUR"_s;
    sale.occurredAt = kAt;
    for (int i = 1; i <= 90; ++i) {
        kassa::SaleLineRecord line;
        line.lineNumber = i;
        line.description = u"Artikel Nummer %1 mit einer Beschreibung, die über die Spalte hinaus geht"_s.arg(i);
        line.quantity = 1;
        line.unitPrice = 100;
        line.lineTotal = 100;
        line.taxAmount = 16;
        line.taxRateBasisPoints = 1900;
        sale.lines << line;
        sale.subtotal += 100;
        sale.total += 100;
        sale.taxTotal += 16;
    }
    kassa::ReceiptShop shop;
    shop.name = u"Bäckerei Müller"_s;
    shop.currency = u"EUR"_s;
    shop.timezone = u"Europe/Berlin"_s;
    const kassa::ReceiptDocument document = kassa::ReceiptDocument::fromSale(sale, shop, u"Anna"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    QString error;
    QVERIFY2(kassa::ReceiptPdf::write(document, kassa::ReceiptPdf::Layout::InvoiceA4, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QSizeF> pages = mediaBoxes(file.readAll());
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    QString problem;
    const QString text = pdfText(path, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(text.contains(u"Artikel Nummer 1 "_s));
    QVERIFY(text.contains(u"Artikel Nummer 90 "_s));
    QVERIFY(text.contains(u"€ 90.00"_s));
    QCOMPARE(text.count(u"Unit price"_s), pages.size()); // the table's header on every page
    // Each page's footer names the document and counts the pages.
    for (qsizetype page = 1; page <= pages.size(); ++page) {
        const QRegularExpression footer(u"Invoice BER-1-000999\\s+·\\s+page %1 of %2"_s.arg(page).arg(pages.size()));
        QVERIFY2(footer.match(text).hasMatch(), qPrintable(footer.pattern()));
    }

    // The barcode under the invoice: CODE128 B of printable ASCII only.
    QVERIFY(!kassa::ReceiptPdf::code128Modules(u"BER-1-000999"_s).isEmpty());
    QVERIFY(kassa::ReceiptPdf::code128Modules(u"Köln"_s).isEmpty());
    int modules = 0;
    for (int width : kassa::ReceiptPdf::code128Modules(u"AB"_s)) {
        modules += width;
    }
    QCOMPARE(modules, 11 * 4 + 13); // start, A, B, check, stop
}

void TestReceiptPrinting::fileAndSerialTransports()
{
    QTemporaryDir dir;
    QString error;
    // A file: every job appended.
    const QString path = dir.filePath(u"printer.bin"_s);
    std::unique_ptr<kassa::PrinterTransport> file = kassa::PrinterTransport::fromAddress(u"file:"_s + path, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY2(file->sendAndWait("\x1b@one", &error), qPrintable(error));
    QVERIFY2(file->sendAndWait("two", &error), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("\x1b@onetwo"));
    kassa::FilePrinterTransport nowhere(dir.filePath(u"missing/printer.bin"_s));
    QVERIFY(!nowhere.sendAndWait("x", &error));
    QVERIFY2(error.contains(u"missing/printer.bin"_s), qPrintable(error));

    // Addresses as settings store them.
    std::unique_ptr<kassa::PrinterTransport> network = kassa::PrinterTransport::fromAddress(u"tcp://192.0.2.10"_s, &error);
    QVERIFY(network);
    QCOMPARE(network->target(), u"192.0.2.10:9100"_s);
    QVERIFY(kassa::PrinterTransport::fromAddress(u"serial:/dev/ttyUSB0?baud=9600"_s, &error));
    QVERIFY(!kassa::PrinterTransport::fromAddress(u"serial:/dev/ttyUSB0?baud=fast"_s, &error));
    QVERIFY(!kassa::PrinterTransport::fromAddress(u"lpt1"_s, &error));
    QVERIFY(error.contains(u"not a printer address"_s));

    // A network printer's connection refused: reported from the event loop, never from send().
    kassa::NetworkPrinterTransport off(u"127.0.0.1"_s, closedPort());
    QSignalSpy finished(&off, &kassa::PrinterTransport::finished);
    off.send("x");
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).toBool(), false);

    // A serial port that does not exist, and a pseudo-terminal standing in for a serial printer.
    kassa::SerialPrinterTransport absent(u"/dev/ttyKASSA-none"_s, 9600);
    QVERIFY(!absent.sendAndWait("x", &error));
    QVERIFY2(error.contains(u"/dev/ttyKASSA-none"_s), qPrintable(error));
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    const QString slave = QString::fromLocal8Bit(ptsname(master));
    kassa::SerialPrinterTransport serial(slave, 19200);
    const QByteArray receipt = kassa::EscPosEncoder().encode(kassa::ReceiptDocument());
    QVERIFY2(serial.sendAndWait(receipt, &error), qPrintable(error));
    QByteArray received;
    const auto readAll = [&] {
        char buffer[4096];
        const ssize_t got = ::read(master, buffer, sizeof buffer);
        if (got > 0) {
            received.append(buffer, got);
        }
        return received.size() >= receipt.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(readAll(), 5000);
    QCOMPARE(received, receipt);
    // The port stays open for the next job.
    received.clear();
    QVERIFY2(serial.sendAndWait("\x1b@next", &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT((readAll(), received == QByteArray("\x1b@next")), 5000);
    ::close(master);
}

QTEST_MAIN(TestReceiptPrinting)
#include "tst_receiptprinting.moc"
