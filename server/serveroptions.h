#pragma once

#include "apiservices.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace kassa::server {

// kassa-server's settings. Precedence: command line, then KASSA_* environment variables, then the
// --config file (INI: `database = ...`, `listen = ...`, `cors_origins = ...`), then the defaults.
struct ServerOptions {
    QString database; // sqlite:PATH or postgres://USER@HOST:PORT/DB
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    ApiSettings api;

    // Returns false with `error` naming the bad option; `helpRequested` for --help.
    static bool parse(const QStringList &arguments, ServerOptions *options, QString *error, bool *helpRequested);
    static QString usage();
    // "127.0.0.1:8080", "[::1]:0", ":8080" (loopback) → address and port.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

} // namespace kassa::server
