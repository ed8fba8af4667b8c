#include "feedapplier.h"

#include "domain/barcode.h"
#include "domain/uuid7.h"
#include "storage/database.h"
#include "storage/tenantquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

const QSet<QString> kUnderstood = {
    u"tax_category.upserted"_s, u"category.upserted"_s, u"category.deleted"_s, u"product.upserted"_s, u"variant.upserted"_s,
    u"barcode.added"_s,         u"barcode.removed"_s,   u"listing.upserted"_s, u"listing.removed"_s,  u"user.created"_s,
    u"user.updated"_s,          u"stock.levels_changed"_s,
};

// A statement's failure: the local data refused the change (keep it raw), or the database failed
// (the page fails as a whole).
struct Failure {
    bool refused = false;
    QString text;
};

class Statements
{
public:
    explicit Statements(QSqlDatabase db) : m_db(std::move(db)) { }

    bool exec(const QString &sql, const QVariantList &values, QSqlQuery *out = nullptr)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            return fail(query);
        }
        for (const QVariant &value : values) {
            query.addBindValue(bindable(value));
        }
        if (!query.exec()) {
            return fail(query);
        }
        m_rows = query.numRowsAffected();
        if (out) {
            *out = std::move(query);
        }
        return true;
    }
    // One row of one column, or an invalid QVariant.
    QVariant value(const QString &sql, const QVariantList &values, bool *ok)
    {
        QSqlQuery query(m_db);
        *ok = exec(sql, values, &query);
        return *ok && query.next() ? query.value(0) : QVariant();
    }
    // UPDATE table SET (the given columns) WHERE company_id = ? AND id = ?; `rows` affected.
    bool update(const QString &table, const QString &companyId, const QString &id, const QList<std::pair<QString, QVariant>> &columns)
    {
        if (columns.isEmpty()) {
            m_rows = 1;
            return true;
        }
        QStringList sets;
        QVariantList values;
        for (const auto &[column, value] : columns) {
            sets << column + u" = ?"_s;
            values << value;
        }
        values << companyId << id;
        return exec(u"UPDATE %1 SET %2 WHERE company_id = ? AND id = ?"_s.arg(table, sets.join(u", "_s)), values);
    }
    [[nodiscard]] int rows() const { return m_rows; }
    Failure failure;

private:
    bool fail(QSqlQuery &query)
    {
        failure.text = sqlErrorText(query.lastError());
        failure.refused = failure.text.contains(u"constraint failed"_s, Qt::CaseInsensitive) || failure.text.contains(u"mismatch"_s, Qt::CaseInsensitive);
        return false;
    }
    QSqlDatabase m_db;
    int m_rows = 0;
};

QVariant nullable(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        return QVariant();
    }
    if (value.isDouble()) {
        return QVariant(value.toInteger());
    }
    if (value.isBool()) {
        return QVariant(value.toBool() ? 1 : 0);
    }
    if (value.isObject()) {
        return QVariant(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    const QString text = value.toString();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The columns of `json` among `names` (present keys only), converted for binding.
QList<std::pair<QString, QVariant>> present(const QJsonObject &json, const QStringList &names, const QSet<QString> &nullWhenEmpty = {})
{
    QList<std::pair<QString, QVariant>> columns;
    for (const QString &name : names) {
        if (!json.contains(name)) {
            continue;
        }
        const QJsonValue value = json.value(name);
        if (value.isString() && !nullWhenEmpty.contains(name)) {
            columns.append({name, QVariant(value.toString())});
        } else {
            columns.append({name, nullable(value)});
        }
    }
    return columns;
}

bool upsertVariant(Statements &sql, const QString &companyId, QJsonObject json, qint64 now, QString *reason)
{
    const QString id = json.value(u"id"_s).toString();
    if (id.isEmpty()) {
        *reason = u"a variant without its id"_s;
        return false;
    }
    const QList<std::pair<QString, QVariant>> columns =
        present(json, {u"product_id"_s, u"sku"_s, u"name"_s, u"attributes"_s, u"price"_s, u"cost"_s, u"unit"_s, u"pricing_unit"_s, u"weight_grams"_s, u"active"_s},
                {u"cost"_s, u"weight_grams"_s});
    QList<std::pair<QString, QVariant>> withTime = columns;
    withTime.append({u"updated_at"_s, now});
    if (!sql.update(u"variants"_s, companyId, id, withTime)) {
        return false;
    }
    if (sql.rows() == 0) {
        if (!json.contains(u"product_id"_s) || !json.contains(u"sku"_s) || !json.contains(u"price"_s)) {
            *reason = u"variant %1 is not on this terminal and the change does not carry all of it"_s.arg(id);
            return false;
        }
        QStringList names{u"id"_s, u"company_id"_s, u"created_at"_s, u"updated_at"_s};
        QVariantList values{id, companyId, now, now};
        for (const auto &[column, value] : columns) {
            names << column;
            values << value;
        }
        if (!sql.exec(u"INSERT INTO variants (%1) VALUES (%2)"_s.arg(names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)), values)) {
            return false;
        }
    }
    for (const QJsonValue &code : json.value(u"barcodes"_s).toArray()) {
        const BarcodeValidation check = validateBarcode(code.toString());
        if (!sql.exec(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (company_id, code) DO UPDATE SET variant_id = excluded.variant_id, kind = excluded.kind"_s,
                      {companyId, code.toString(), id, barcodeKindName(check.kind)})) {
            return false;
        }
    }
    return true;
}

} // namespace

FeedApplier::FeedApplier(Database &database, const QString &companyId, const QString &deviceId)
    : m_database(database)
    , m_companyId(companyId)
    , m_deviceId(deviceId)
{
}

bool FeedApplier::understands(const QString &type, int schemaVersion)
{
    return schemaVersion == 1 && kUnderstood.contains(type);
}

bool FeedApplier::cursor(Database &database, PullCursor *cursor, QString *error)
{
    *cursor = {};
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT epoch, after_seq FROM sync_pull_state WHERE singleton = 1"_s)) {
        *error = sqlErrorText(query.lastError());
        return false;
    }
    if (query.next()) {
        cursor->epoch = query.value(0).toString();
        cursor->after = query.value(1).toLongLong();
    }
    return true;
}

bool FeedApplier::pendingStock(QString *error)
{
    // What this terminal sold or moved and the server has not acknowledged: the server's levels do
    // not have it yet, the local ones must keep it.
    m_pending.clear();
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT type, payload FROM outbox WHERE device_id = ? AND acked_at IS NULL AND type IN ('sale.committed', 'stock.movements')"_s);
    query.addBindValue(m_deviceId);
    if (!query.exec()) {
        *error = sqlErrorText(query.lastError());
        return false;
    }
    while (query.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        const QString key = query.value(0).toString() == "sale.committed"_L1 ? u"stock_movements"_s : u"movements"_s;
        for (const QJsonValue &value : payload.value(key).toArray()) {
            const QJsonObject movement = value.toObject();
            const QString reason = movement.value(u"reason"_s).toString();
            if (reason == "reservation"_L1 || reason == "release"_L1) {
                continue;
            }
            m_pending[movement.value(u"location_id"_s).toString() + u'|' + movement.value(u"variant_id"_s).toString()] +=
                movement.value(u"quantity_delta"_s).toInteger();
        }
    }
    return true;
}

bool FeedApplier::keep(const QString &epoch, const PulledChange &change, const QString &reason, qint64 now, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"INSERT INTO sync_kept_changes (epoch, seq, type, schema_version, payload, occurred_at, reason, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (epoch, seq) DO NOTHING"_s);
    for (const QVariant &value : {QVariant(epoch), QVariant(change.seq), QVariant(change.type), QVariant(change.schemaVersion),
                                  QVariant(QString::fromUtf8(change.payload)), QVariant(change.occurredAt), QVariant(reason), QVariant(now)}) {
        query.addBindValue(bindable(value));
    }
    if (!query.exec()) {
        *error = u"cannot keep change %1: %2"_s.arg(change.seq).arg(sqlErrorText(query.lastError()));
        return false;
    }
    return true;
}

bool FeedApplier::apply(const QString &epoch, const QList<PulledChange> &changes, qint64 nextAfter, FeedApplyResult *result, QString *error)
{
    *result = {};
    m_now = QDateTime::currentMSecsSinceEpoch();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    PullCursor stored;
    if (!cursor(m_database, &stored, error) || !pendingStock(error)) {
        return false;
    }
    // Another epoch: the server was restored and numbers its feed anew; nothing here counts.
    const qint64 from = stored.epoch == epoch ? stored.after : 0;
    QSqlQuery savepoint(db);
    for (const PulledChange &change : changes) {
        if (change.seq <= from) {
            ++result->skipped;
            continue;
        }
        QString reason;
        Outcome outcome = Outcome::Kept;
        if (!understands(change.type, change.schemaVersion)) {
            reason = u"unknown_type: this terminal does not apply %1 version %2"_s.arg(change.type).arg(change.schemaVersion);
        } else {
            // Each change on its own savepoint: one the local data refuses is undone whole and kept.
            if (!savepoint.exec(u"SAVEPOINT feed_change"_s)) {
                *error = sqlErrorText(savepoint.lastError());
                return false;
            }
            outcome = applyOne(change, &reason);
            if (outcome == Outcome::Failed) {
                *error = u"change %1 (%2): %3"_s.arg(change.seq).arg(change.type, reason);
                return false;
            }
            if (outcome == Outcome::Kept && !savepoint.exec(u"ROLLBACK TO feed_change"_s)) {
                *error = sqlErrorText(savepoint.lastError());
                return false;
            }
            if (!savepoint.exec(u"RELEASE feed_change"_s)) {
                *error = sqlErrorText(savepoint.lastError());
                return false;
            }
        }
        if (outcome == Outcome::Kept) {
            if (!keep(epoch, change, reason, m_now, error)) {
                return false;
            }
            ++result->kept;
        } else {
            ++result->applied;
        }
    }
    result->cursor = std::max(from, nextAfter);
    QSqlQuery state(db);
    state.prepare(u"INSERT INTO sync_pull_state (singleton, epoch, after_seq, pulled_at) VALUES (1, ?, ?, ?) "
                  "ON CONFLICT (singleton) DO UPDATE SET epoch = excluded.epoch, after_seq = excluded.after_seq, pulled_at = excluded.pulled_at"_s);
    state.addBindValue(epoch);
    state.addBindValue(result->cursor);
    state.addBindValue(m_now);
    if (!state.exec()) {
        *error = u"cannot store the pull cursor: %1"_s.arg(sqlErrorText(state.lastError()));
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

FeedApplier::Outcome FeedApplier::applyOne(const PulledChange &change, QString *reason)
{
    Statements sql(m_database.connection());
    const QJsonObject json = QJsonDocument::fromJson(change.payload).object();
    const QString id = json.value(u"id"_s).toString();
    const QString &type = change.type;
    bool ok = true;

    if (type == "tax_category.upserted"_L1) {
        ok = sql.exec(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET name = excluded.name, rate_bp = excluded.rate_bp"_s,
                      {id, m_companyId, json.value(u"name"_s).toString(), json.value(u"rate_bp"_s).toInteger()});
    } else if (type == "category.upserted"_L1) {
        ok = sql.exec(u"INSERT INTO categories (id, company_id, parent_id, name, position) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, position = excluded.position"_s,
                      {id, m_companyId, nullable(json.value(u"parent_id"_s)), json.value(u"name"_s).toString(), json.value(u"position"_s).toInteger()});
    } else if (type == "category.deleted"_L1) {
        ok = sql.exec(u"DELETE FROM categories WHERE company_id = ? AND id = ?"_s, {m_companyId, id});
    } else if (type == "product.upserted"_L1) {
        const QList<std::pair<QString, QVariant>> columns =
            present(json, {u"name"_s, u"description"_s, u"brand"_s, u"category_id"_s, u"tax_category_id"_s, u"status"_s}, {u"category_id"_s});
        QList<std::pair<QString, QVariant>> withTime = columns;
        withTime.append({u"updated_at"_s, m_now});
        ok = sql.update(u"products"_s, m_companyId, id, withTime);
        if (ok && sql.rows() == 0) {
            QStringList names{u"id"_s, u"company_id"_s, u"created_at"_s, u"updated_at"_s};
            QVariantList values{id, m_companyId, m_now, m_now};
            for (const auto &[column, value] : columns) {
                names << column;
                values << value;
            }
            ok = sql.exec(u"INSERT INTO products (%1) VALUES (%2)"_s.arg(names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)), values);
        }
        for (const QJsonValue &variant : json.value(u"variants"_s).toArray()) {
            if (!ok) {
                break;
            }
            QJsonObject withProduct = variant.toObject();
            withProduct.insert(u"product_id"_s, id);
            ok = upsertVariant(sql, m_companyId, withProduct, m_now, reason);
        }
    } else if (type == "variant.upserted"_L1) {
        ok = upsertVariant(sql, m_companyId, json, m_now, reason);
    } else if (type == "barcode.added"_L1) {
        ok = sql.exec(u"INSERT INTO barcodes (company_id, code, variant_id, kind) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (company_id, code) DO UPDATE SET variant_id = excluded.variant_id, kind = excluded.kind"_s,
                      {m_companyId, json.value(u"code"_s).toString(), json.value(u"variant_id"_s).toString(), json.value(u"kind"_s).toString()});
    } else if (type == "barcode.removed"_L1) {
        ok = sql.exec(u"DELETE FROM barcodes WHERE company_id = ? AND code = ? AND variant_id = ?"_s,
                      {m_companyId, json.value(u"code"_s).toString(), json.value(u"variant_id"_s).toString()});
    } else if (type == "listing.upserted"_L1) {
        ok = sql.exec(u"INSERT INTO shop_listings (company_id, shop_id, variant_id, price_override, visible) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT (shop_id, variant_id) DO UPDATE SET price_override = excluded.price_override, visible = excluded.visible"_s,
                      {m_companyId, json.value(u"shop_id"_s).toString(), json.value(u"variant_id"_s).toString(), nullable(json.value(u"price_override"_s)),
                       json.value(u"visible"_s).toBool(true) ? 1 : 0});
    } else if (type == "listing.removed"_L1) {
        ok = sql.exec(u"DELETE FROM shop_listings WHERE company_id = ? AND shop_id = ? AND variant_id = ?"_s,
                      {m_companyId, json.value(u"shop_id"_s).toString(), json.value(u"variant_id"_s).toString()});
    } else if (type == "user.created"_L1 || type == "user.updated"_L1) {
        // Credentials never travel in the feed: a user this terminal does not have yet comes with
        // the next snapshot; until then the change is kept.
        ok = sql.update(u"users"_s, m_companyId, id,
                        present(json, {u"name"_s, u"email"_s, u"role"_s, u"shop_id"_s, u"active"_s, u"discount_limit_bp"_s}, {u"shop_id"_s}));
        if (ok && sql.rows() == 0) {
            *reason = u"user %1 is not on this terminal yet"_s.arg(id);
            return Outcome::Kept;
        }
    } else if (type == "stock.levels_changed"_L1) {
        for (const QJsonValue &value : json.value(u"levels"_s).toArray()) {
            const QJsonObject level = value.toObject();
            const QString location = level.value(u"location_id"_s).toString();
            const QString variant = level.value(u"variant_id"_s).toString();
            const qint64 onHand = level.value(u"on_hand"_s).toInteger() + m_pending.value(location + u'|' + variant);
            const qint64 reserved = level.value(u"reserved"_s).toInteger();
            QSqlQuery current(m_database.connection());
            ok = sql.exec(u"SELECT on_hand, reserved FROM stock_levels WHERE company_id = ? AND location_id = ? AND variant_id = ?"_s,
                          {m_companyId, location, variant}, &current);
            if (!ok) {
                break;
            }
            const bool found = current.next();
            const qint64 localOnHand = found ? current.value(0).toLongLong() : 0;
            const qint64 localReserved = found ? current.value(1).toLongLong() : 0;
            current.finish();
            // The local ledger stays equal to the levels: the difference is a local movement,
            // never pushed (it is the server's own stock coming down).
            const auto movement = [&](qint64 delta, const QString &why) {
                return delta == 0
                    || sql.exec(u"INSERT INTO stock_movements (id, company_id, location_id, variant_id, quantity_delta, reason, ref_type, ref_id, occurred_at, "
                                "recorded_at, device_id, actor_id) VALUES (?, ?, ?, ?, ?, ?, 'sync_pull', ?, ?, ?, '', '')"_s,
                                {newId(), m_companyId, location, variant, delta, why, QString::number(change.seq), m_now, m_now});
            };
            ok = movement(onHand - localOnHand, u"adjustment"_s)
                && movement(reserved - localReserved, reserved > localReserved ? u"reservation"_s : u"release"_s)
                && sql.exec(u"INSERT INTO stock_levels (company_id, location_id, variant_id, on_hand, reserved, available, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (location_id, variant_id) DO UPDATE SET on_hand = excluded.on_hand, reserved = excluded.reserved, "
                            "available = excluded.available, updated_at = excluded.updated_at"_s,
                            {m_companyId, location, variant, onHand, reserved, onHand - reserved, m_now});
            if (!ok) {
                break;
            }
        }
    }
    if (ok) {
        return Outcome::Applied;
    }
    if (!reason->isEmpty()) {
        return Outcome::Kept; // refused by this applier (incomplete data)
    }
    *reason = sql.failure.text;
    return sql.failure.refused ? Outcome::Kept : Outcome::Failed;
}

} // namespace kassa
