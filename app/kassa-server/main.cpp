// kassa-server: parse the options, open and migrate the database, serve until SIGTERM.
#include "kassaserver.h"
#include "serveroptions.h"

#include "domain/hybridlogicalclock.h"
#include "security/passwords.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
int s_signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    // Only async-signal-safe calls here: hand the signal to the event loop through the pipe.
    [[maybe_unused]] const ssize_t written = ::write(s_signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kassa-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KASSA_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);

    kassa::server::ServerOptions options;
    QString error;
    bool help = false;
    if (!kassa::server::ServerOptions::parse(app.arguments(), &options, &error, &help)) {
        err << "kassa-server: " << error << "\n" << kassa::server::ServerOptions::usage();
        return 2;
    }
    if (help) {
        out << kassa::server::ServerOptions::usage();
        return 0;
    }
    if (!kassa::initializeCrypto()) {
        err << "kassa-server: libsodium failed to initialise\n";
        return 1;
    }
    std::unique_ptr<kassa::Database> database = kassa::Database::open(options.database, &error);
    if (!database || !database->migrate(&error)) {
        err << "kassa-server: " << error << "\n";
        return 1;
    }
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    context.database = database.get();
    context.clock = &clock;
    if (!kassa::ensureLocalDevice(*database, u"server"_s, u"kassa-server"_s, &context.deviceId, &clock, &error)) {
        err << "kassa-server: " << error << "\n";
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0) {
        err << "kassa-server: cannot set up signal handling\n";
        return 1;
    }
    QSocketNotifier terminateNotifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&terminateNotifier, &QSocketNotifier::activated, &app, [&] {
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(s_signalPipe[0], &byte, 1);
        // Requests are answered synchronously on this thread, so none is half-done here.
        err << "kassa-server: shutting down\n";
        err.flush();
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    kassa::server::KassaServer server(context, options.api);
    const quint16 port = server.listen(options.listenAddress, options.listenPort);
    if (port == 0) {
        err << "kassa-server: cannot listen on " << options.listenAddress.toString() << ":" << options.listenPort << "\n";
        return 1;
    }
    const QString host = options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol ? u"["_s + options.listenAddress.toString() + u"]"_s
                                                                                            : options.listenAddress.toString();
    out << "listening on http://" << host << ":" << port << "\n";
    out.flush();
    const int code = app.exec();
    database->closeAll();
    return code;
}
