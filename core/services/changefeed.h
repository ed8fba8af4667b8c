#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace kassa {

class Database;

// One change on its way into the feed (collected by a BusinessWrite, written at its commit).
struct FeedEntry {
    QString type;
    int schemaVersion = 1;
    QByteArray payload; // compact JSON object, UTF-8
    qint64 occurredAt = 0; // hybrid-logical-clock stamp
    QString originDeviceId; // the terminal whose pushed op this mirrors ('' for the server's own changes)
    QString shopId; // the shop a shop-scoped change belongs to, when its payload does not say
};

// One change as a device receives it.
struct FeedChange {
    qint64 seq = 0;
    QString type;
    int schemaVersion = 1;
    QByteArray payload;
    qint64 occurredAt = 0;
};

struct FeedPage {
    QList<FeedChange> changes; // only what the device may see
    qint64 nextAfter = 0; // the last seq looked at (seen or not): the device's next `after`
    bool hasMore = false;
};

// The server's change feed (DESIGN.md, Synchronisation; table change_feed in 0013_sync_pull.sql):
// every change the server commits, numbered per company in commit order, without gaps, and the
// pages a device pulls from it, never cut inside a transaction, scoped to its company and shop.
class ChangeFeed
{
public:
    enum class Audience { Company, Shop, None };
    // Who may receive a change of `type`: catalog, prices, users, shops, locations, stock levels,
    // customers and coupons go to every device of the company; listings, till documents (sales,
    // shifts) and online orders to the devices of their shop (`payloadShopId`, or `entry.shopId`);
    // everything else (web shop accounts, wishlists, reviews, raw stock movements, which reach
    // devices as stock.levels_changed) to none yet. A shop-scoped change without a shop goes to none.
    static Audience audienceOf(const FeedEntry &entry, QString *shopId);

    // Appends `entries` as one transaction's rows of `companyId`'s feed, inside the caller's open
    // write transaction, under the outbox numbering lock (held until commit: numbers follow commit
    // order, and two servers on one PostgreSQL database never interleave).
    static bool append(Database &database, const QString &companyId, const QList<FeedEntry> &entries, qint64 now, QString *error);

    // The page after `after` for a device of `companyId` in `shopId` (empty: a company-wide device).
    // At least `limit` rows are looked at (and up to 20 times that while none is visible), always
    // through the end of the last transaction touched.
    static bool read(Database &database, const QString &companyId, const QString &deviceId, const QString &shopId, qint64 after, int limit,
                     FeedPage *page, QString *error);

    // The newest seq of the company's feed (0 when empty).
    static qint64 newest(Database &database, const QString &companyId, QString *error);
};

} // namespace kassa
