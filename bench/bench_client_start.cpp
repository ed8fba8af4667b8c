// client_start: from starting the `kassa` process to its Sell screen on screen and ready for a
// scan (signed in, shift open, the first frame after the screen was built), on the demo data set;
// and the resident memory at that moment.
//
// Baseline: the same program showing a bare Qt Quick window with one text field
// (`kassa --bare-window`), measured in the same run: what Qt Quick's own start-up costs here.
// Runs alternate (client, baseline, ...); the median of each counts. Uses $DISPLAY when there is
// one (Xvfb), else the offscreen platform.
//
//   bench_client_start [--smoke] [--database PATH] [--runs N]

#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Start {
    double milliseconds = -1;
    double residentMegabytes = -1;
};

// Starts kassa with `arguments` and waits for its "interactive <kB> kB" line.
Start measure(const QStringList &arguments, const QProcessEnvironment &environment, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KASSA_CLIENT_PATH), arguments);
    QByteArray output;
    Start start;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(50);
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf("interactive ");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            start.milliseconds = double(timer.nsecsElapsed()) / 1e6;
            start.residentMegabytes = output.mid(at + 12).split(' ').constFirst().toDouble() / 1024.0;
            break;
        }
        if (timer.elapsed() > 60000) {
            break;
        }
    }
    process.waitForFinished(10000);
    if (start.milliseconds < 0) {
        *error = u"kassa %1 did not report: %2 %3"_s.arg(arguments.join(u' '), QString::fromUtf8(output), QString::fromUtf8(process.readAllStandardError()));
    }
    return start;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.at(index + 1) : fallback;
    };
    const int runs = option(u"--runs"_s, smoke ? u"2"_s : u"11"_s).toInt();
    QString database = option(u"--database"_s, QString());
    QTemporaryDir dir;
    if (database.isEmpty()) {
        database = dir.filePath(u"demo.db"_s);
        QStringList seed = {u"--database"_s, database, u"seed"_s, u"--demo"_s};
        if (smoke) {
            seed << u"--companies"_s << u"1"_s << u"--shops"_s << u"1"_s << u"--variants"_s << u"300"_s << u"--sales-lines"_s << u"300"_s << u"--days"_s << u"5"_s;
        }
        QProcess kassactl;
        kassactl.start(QStringLiteral(KASSACTL_PATH), seed);
        if (!kassactl.waitForFinished(3600 * 1000) || kassactl.exitCode() != 0) {
            err() << "bench_client_start: kassactl seed failed: " << kassactl.readAllStandardError() << "\n";
            return 1;
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const bool display = environment.contains(u"DISPLAY"_s) && !environment.value(u"DISPLAY"_s).isEmpty();
    if (!display) {
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    }
    environment.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)); // the client's settings stay here
    const QStringList client = {u"--database"_s, database, u"--shop"_s, u"nordwind-berlin-mitte"_s, u"--sign-in"_s, u"cashier@nordwind.example:1234"_s,
                                u"--open-shift"_s, u"100"_s, u"--exit-when-interactive"_s};
    const QStringList bare = {u"--bare-window"_s, u"--exit-when-interactive"_s};

    QString error;
    // A first start opens the shift and warms the page cache, as a till's second start of the day.
    if (measure(client, environment, &error).milliseconds < 0) {
        err() << "bench_client_start: " << error << "\n";
        return 1;
    }
    QList<double> clientTimes, bareTimes, clientMemory, bareMemory;
    for (int i = 0; i < runs; ++i) {
        const Start started = measure(client, environment, &error);
        const Start baseline = measure(bare, environment, &error);
        if (started.milliseconds < 0 || baseline.milliseconds < 0) {
            err() << "bench_client_start: " << error << "\n";
            return 1;
        }
        clientTimes << started.milliseconds;
        clientMemory << started.residentMegabytes;
        bareTimes << baseline.milliseconds;
        bareMemory << baseline.residentMegabytes;
    }
    const QString note = u"%1 runs, %2, demo data%3"_s.arg(runs).arg(display ? u"X display (software rendering)"_s : u"offscreen platform"_s,
                                                                     smoke ? u" (smoke size)"_s : QString());
    const double startMedian = kassa::bench::median(clientTimes);
    const double memory = *std::max_element(clientMemory.cbegin(), clientMemory.cend());
    kassa::bench::print({u"client_start"_s, std::round(startMedian), u"ms"_s, std::round(kassa::bench::median(bareTimes)), u"value <= 1500"_s,
                         startMedian <= 1500, note + u"; slowest %1 ms"_s.arg(std::round(*std::max_element(clientTimes.cbegin(), clientTimes.cend())))});
    kassa::bench::print({u"client_start_rss"_s, std::round(memory), u"MB"_s, std::round(kassa::bench::median(bareMemory)), u"value <= 250"_s, memory <= 250, note});
    return 0;
}
