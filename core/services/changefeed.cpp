#include "changefeed.h"

#include "storage/database.h"
#include "storage/tenantquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
const QString kNextSeq = u"SELECT COALESCE(MAX(seq), 0) + 1 FROM change_feed WHERE company_id = ?"_s;
const QString kInsert = u"INSERT INTO change_feed (company_id, seq, txn_first_seq, type, schema_version, payload, occurred_at, audience, shop_id, "
                        "origin_device_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString kPage = u"SELECT seq, txn_first_seq, type, schema_version, payload, occurred_at, audience, shop_id, origin_device_id FROM change_feed "
                      "WHERE company_id = ? AND seq > ? ORDER BY seq LIMIT ?"_s;
const QString kRestOfTransaction = u"SELECT seq, txn_first_seq, type, schema_version, payload, occurred_at, audience, shop_id, origin_device_id "
                                   "FROM change_feed WHERE company_id = ? AND txn_first_seq = ? AND seq > ? ORDER BY seq"_s;
const QString kNewest = u"SELECT COALESCE(MAX(seq), 0) FROM change_feed WHERE company_id = ?"_s;

const QSet<QString> kCompanyWide = {
    u"product.upserted"_s,  u"variant.upserted"_s,        u"barcode.added"_s,      u"barcode.removed"_s,   u"category.upserted"_s,
    u"category.deleted"_s,  u"tax_category.upserted"_s,   u"user.created"_s,       u"user.updated"_s,      u"shop.created"_s,
    u"shop.updated"_s,      u"location.created"_s,        u"location.updated"_s,   u"stock.levels_changed"_s, u"customer.upserted"_s,
    u"customer_address.upserted"_s, u"customer_address.deleted"_s, u"coupon.upserted"_s,
};
const QSet<QString> kShopScoped = {
    u"listing.upserted"_s, u"listing.removed"_s, u"sale.committed"_s,      u"shift.opened"_s,
    u"shift.cash_movement"_s, u"shift.closed"_s, u"order.placed"_s,        u"order.status_changed"_s,
};

QString audienceName(ChangeFeed::Audience audience)
{
    switch (audience) {
    case ChangeFeed::Audience::Company:
        return u"company"_s;
    case ChangeFeed::Audience::Shop:
        return u"shop"_s;
    case ChangeFeed::Audience::None:
        break;
    }
    return u"none"_s;
}

bool failed(QSqlQuery &query, const QString &what, QString *error)
{
    *error = what + u": "_s + sqlErrorText(query.lastError());
    return false;
}
} // namespace

ChangeFeed::Audience ChangeFeed::audienceOf(const FeedEntry &entry, QString *shopId)
{
    shopId->clear();
    if (kCompanyWide.contains(entry.type)) {
        return Audience::Company;
    }
    if (kShopScoped.contains(entry.type)) {
        const QString named = QJsonDocument::fromJson(entry.payload).object().value(u"shop_id"_s).toString();
        *shopId = named.isEmpty() ? entry.shopId : named;
        return shopId->isEmpty() ? Audience::None : Audience::Shop;
    }
    return Audience::None;
}

bool ChangeFeed::append(Database &database, const QString &companyId, const QList<FeedEntry> &entries, qint64 now, QString *error)
{
    if (entries.isEmpty()) {
        return true;
    }
    if (companyId.isEmpty()) {
        *error = u"a change feed entry needs its company"_s;
        return false;
    }
    QSqlDatabase db = database.connection();
    if (!database.dialect().lockTransaction(db, Dialect::Serialized::OutboxNumbering, error)) {
        return false;
    }
    QString prepareError;
    QSqlQuery &next = *database.prepared(kNextSeq, &prepareError);
    next.addBindValue(companyId);
    if (!prepareError.isEmpty() || !next.exec() || !next.next()) {
        *error = u"cannot number the change feed: %1"_s.arg(prepareError.isEmpty() ? sqlErrorText(next.lastError()) : prepareError);
        return false;
    }
    const qint64 first = next.value(0).toLongLong();
    next.finish();
    QSqlQuery &insert = *database.prepared(kInsert, &prepareError);
    if (!prepareError.isEmpty()) {
        *error = prepareError;
        return false;
    }
    qint64 seq = first;
    for (const FeedEntry &entry : entries) {
        QString shopId;
        const Audience audience = audienceOf(entry, &shopId);
        for (const QVariant &value : {QVariant(companyId), QVariant(seq), QVariant(first), QVariant(entry.type), QVariant(entry.schemaVersion),
                                      QVariant(QString::fromUtf8(entry.payload)), QVariant(entry.occurredAt), QVariant(audienceName(audience)),
                                      QVariant(shopId), QVariant(entry.originDeviceId), QVariant(now)}) {
            insert.addBindValue(bindable(value));
        }
        if (!insert.exec()) {
            return failed(insert, u"cannot append to the change feed"_s, error);
        }
        ++seq;
    }
    return true;
}

bool ChangeFeed::read(Database &database, const QString &companyId, const QString &deviceId, const QString &shopId, qint64 after, int limit,
                      FeedPage *page, QString *error)
{
    *page = {};
    page->nextAfter = after;
    limit = qBound(1, limit, 10000);
    qint64 looked = 0;
    // Rows a device may see; rows it may not only move its cursor.
    const auto take = [&](QSqlQuery &query, qint64 *lastTxn) {
        while (query.next()) {
            ++looked;
            page->nextAfter = query.value(0).toLongLong();
            *lastTxn = query.value(1).toLongLong();
            const QString audience = query.value(6).toString();
            const bool visible = (audience == "company"_L1 || (audience == "shop"_L1 && (shopId.isEmpty() || query.value(7).toString() == shopId)))
                && query.value(8).toString() != deviceId;
            if (visible) {
                page->changes.append({query.value(0).toLongLong(), query.value(2).toString(), query.value(3).toInt(), query.value(4).toString().toUtf8(),
                                      query.value(5).toLongLong()});
            }
        }
    };
    QSqlDatabase db = database.connection();
    while (true) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(kPage);
        query.addBindValue(companyId);
        query.addBindValue(page->nextAfter);
        query.addBindValue(limit);
        if (!query.exec()) {
            return failed(query, u"cannot read the change feed"_s, error);
        }
        const qint64 before = looked;
        qint64 lastTxn = 0;
        take(query, &lastTxn);
        query.finish();
        const bool full = looked - before == limit;
        if (full) {
            // The page ends inside a transaction: take the rest of it.
            QSqlQuery rest(db);
            rest.setForwardOnly(true);
            rest.prepare(kRestOfTransaction);
            rest.addBindValue(companyId);
            rest.addBindValue(lastTxn);
            rest.addBindValue(page->nextAfter);
            if (!rest.exec()) {
                return failed(rest, u"cannot read the change feed"_s, error);
            }
            take(rest, &lastTxn);
        }
        if (!full) {
            page->hasMore = false;
            return true;
        }
        if (!page->changes.isEmpty() || looked >= qint64(limit) * 20) {
            break;
        }
    }
    QSqlQuery more(db);
    more.prepare(u"SELECT 1 FROM change_feed WHERE company_id = ? AND seq > ? LIMIT 1"_s);
    more.addBindValue(companyId);
    more.addBindValue(page->nextAfter);
    if (!more.exec()) {
        return failed(more, u"cannot read the change feed"_s, error);
    }
    page->hasMore = more.next();
    return true;
}

qint64 ChangeFeed::newest(Database &database, const QString &companyId, QString *error)
{
    QSqlQuery query(database.connection());
    query.prepare(kNewest);
    query.addBindValue(companyId);
    if (!query.exec() || !query.next()) {
        failed(query, u"cannot read the change feed"_s, error);
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace kassa
