#pragma once

#include "kassaserver.h"

#include "domain/hybridlogicalclock.h"
#include "storage/database.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

// The world the HTTP fuzzer sends its requests into: a small shop on a temporary SQLite database
// (a company, a store, products with stock, a coupon, a shipping option, a staff account and a
// customer account with sessions, a guest cart and a placed order) behind a KassaServer.
//
// Fuzz inputs name these records with placeholders ($STAFF, $PRODUCT, ...) that expand() turns
// into the real tokens and ids, so mutations reach the routes behind authentication and lookups.
// Requests change the data, so the database goes back to the seeded copy every `resetEvery`
// inputs: a crash then depends on a bounded history, not on everything run before.
class FuzzShop
{
public:
    explicit FuzzShop(int resetEvery = 200);
    ~FuzzShop();

    bool setUp(QString *error);
    // The server for the next input (after a reset, when one is due).
    kassa::server::KassaServer &server();
    // The input with its placeholders replaced.
    [[nodiscard]] QByteArray expand(QByteArray input) const;
    [[nodiscard]] const QHash<QByteArray, QByteArray> &placeholders() const { return m_placeholders; }

private:
    bool open(QString *error);
    bool seed(QString *error);
    kassa::server::HttpResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {}, const kassa::server::HeaderPairs &headers = {});

    int m_resetEvery;
    int m_inputs = 0;
    QTemporaryDir m_dir;
    kassa::HybridLogicalClock m_clock;
    kassa::CoreContext m_context;
    std::unique_ptr<kassa::Database> m_database;
    std::unique_ptr<kassa::server::KassaServer> m_server;
    QHash<QByteArray, QByteArray> m_placeholders;
    QList<QByteArray> m_placeholderOrder; // longest first, so $CART does not eat $CARTTOKEN
};
