#pragma once

#include "domain/hybridlogicalclock.h"
#include "storage/database.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace kassa {

// What every core service needs: the database, which device this installation is, its clock.
// main() (or a test) builds one and hands it to the services; tests inject a fixed clock.
struct CoreContext {
    Database *database = nullptr;
    QString deviceId;
    HybridLogicalClock *clock = nullptr;
    // This installation is the server: every BusinessWrite also appends its changes to the
    // per-company change feed that terminals pull (ChangeFeed). KassaServer turns it on.
    bool changeFeed = false;
    std::function<qint64()> wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
};

// Reads this installation's device identity, creating it (a `devices` row and the one
// `local_device` row) the first time, and restores the logical clock from the last outbox stamp.
// `kind` is terminal, server or console.
bool ensureLocalDevice(Database &database, const QString &kind, const QString &name, QString *deviceId, HybridLogicalClock *clock, QString *error);

} // namespace kassa
