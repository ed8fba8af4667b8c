#include "shiftservice.h"

#include "domain/money.h"
#include "domain/uuid7.h"
#include "services/businesswrite.h"

#include "preparedread.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
constexpr qint64 kMaxCashAmount = 1'000'000'000'000;
constexpr int kShiftSchemaVersion = 1;

const QString kShopForShift = u"SELECT kind, active FROM shops WHERE company_id = :company_id AND id = :id"_s;
const QString kInsertShift = u"INSERT INTO shifts (id, company_id, shop_id, device_id, opened_by, opened_at, opening_float, status) "
                             "VALUES (:id, :company_id, :shop_id, :device_id, :opened_by, :opened_at, :opening_float, 'open')"_s;
const QString kInsertCashMovement = u"INSERT INTO cash_movements (id, company_id, shift_id, kind, amount, reason, actor_id, occurred_at) "
                                    "VALUES (:id, :company_id, :shift_id, :kind, :amount, :reason, :actor_id, :occurred_at)"_s;
const QString kCloseShift = u"UPDATE shifts SET status = 'closed', closed_by = :closed_by, closed_at = :closed_at, counted_cash = :counted_cash, "
                            "expected_cash = :expected_cash, z_report = :z_report WHERE company_id = :company_id AND id = :id AND status = 'open'"_s;
const QString kInsertCount = u"INSERT INTO shift_counts (company_id, shift_id, tender_kind, expected, counted) "
                             "VALUES (:company_id, :shift_id, :tender_kind, :expected, :counted)"_s;

bool mayHandle(const Actor &actor, const ShiftRecord &shift, ServiceError *error)
{
    if (actor.can(Action::ShiftReview) && (actor.shopId.isEmpty() || actor.shopId == shift.shopId)) {
        return true;
    }
    if (actor.can(Action::ShiftOperate) && shift.openedBy == actor.userId) {
        return true;
    }
    *error = ServiceError::forbidden(u"this shift was opened by someone else; a manager can review it"_s);
    return false;
}
} // namespace

bool ShiftService::open(const Actor &actor, const QString &shopId, qint64 openingFloat, ShiftRecord *shift, ServiceError *error)
{
    if (!actor.can(Action::ShiftOperate)) {
        *error = ServiceError::forbidden(u"%1 may not open a shift"_s.arg(roleName(actor.role)));
        return false;
    }
    const QString shop = shopId.isEmpty() ? actor.shopId : shopId;
    if (shop.isEmpty()) {
        *error = ServiceError::validation(u"shop_id"_s, u"choose the shop this till sells for"_s);
        return false;
    }
    if (!actor.shopId.isEmpty() && actor.shopId != shop) {
        *error = ServiceError::forbidden(u"you work in another shop"_s);
        return false;
    }
    if (openingFloat < 0 || openingFloat > kMaxCashAmount) {
        *error = ServiceError::validation(u"opening_float"_s, u"the float is what the drawer holds at the start: zero or more"_s);
        return false;
    }
    Database &database = *m_context.database;
    TenantQuery shopQuery = preparedRead(database, kShopForShift, actor.companyId);
    shopQuery.bind(u":id"_s, shop);
    if (!shopQuery.exec() || !shopQuery.next()) {
        *error = ServiceError::validation(u"shop_id"_s, u"there is no such shop"_s);
        return false;
    }
    const bool sellingShop = shopQuery.value(0).toString() == "store"_L1 && shopQuery.value(1).toInt() == 1;
    shopQuery.finish();
    if (!sellingShop) {
        *error = ServiceError::validation(u"shop_id"_s, u"only an active store has tills"_s);
        return false;
    }

    BusinessWrite write(m_context, actor);
    ShiftRecord existing;
    ServiceError ignored;
    if (loadOpenShift(database, actor.companyId, m_context.deviceId, &existing, &ignored)) {
        *error = ServiceError::conflict(u"shift_open"_s, u"this till has an open shift already; close it first"_s);
        return false;
    }
    ShiftRecord record;
    record.id = newId();
    record.companyId = actor.companyId;
    record.shopId = shop;
    record.deviceId = m_context.deviceId;
    record.openedBy = actor.userId;
    record.openedAt = write.now();
    record.openingFloat = openingFloat;
    record.open = true;
    TenantQuery insert = write.query(kInsertShift);
    insert.bind(u":id"_s, record.id);
    insert.bind(u":shop_id"_s, record.shopId);
    insert.bind(u":device_id"_s, record.deviceId);
    insert.bind(u":opened_by"_s, record.openedBy);
    insert.bind(u":opened_at"_s, record.openedAt);
    insert.bind(u":opening_float"_s, record.openingFloat);
    if (!insert.exec()) {
        // The unique index on open shifts per device: another window opened one meanwhile.
        const QString text = insert.errorString();
        if (text.contains(u"UNIQUE"_s, Qt::CaseInsensitive) || text.contains(u"duplicate"_s, Qt::CaseInsensitive)) {
            *error = ServiceError::conflict(u"shift_open"_s, u"this till has an open shift already; close it first"_s);
            return false;
        }
        write.fail(text);
    }
    QJsonObject payload = record.toJson();
    payload.insert(u"schema_version"_s, kShiftSchemaVersion);
    write.outbox(u"shift.opened"_s, payload, kShiftSchemaVersion);
    write.audit(u"shift.open"_s, u"shift"_s, record.id, {}, record.toJson());
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    *shift = record;
    return true;
}

bool ShiftService::current(const Actor &actor, ShiftRecord *shift, ServiceError *error)
{
    if (!actor.can(Action::ShiftOperate) && !actor.can(Action::ShiftReview)) {
        *error = ServiceError::forbidden(u"%1 has no till"_s.arg(roleName(actor.role)));
        return false;
    }
    return loadOpenShift(*m_context.database, actor.companyId, m_context.deviceId, shift, error);
}

bool ShiftService::cashMovement(const Actor &actor, CashMovementKind kind, qint64 amount, const QString &reason, ServiceError *error)
{
    if (!actor.can(Action::ShiftOperate)) {
        *error = ServiceError::forbidden(u"%1 may not move cash"_s.arg(roleName(actor.role)));
        return false;
    }
    if (amount <= 0 || amount > kMaxCashAmount) {
        *error = ServiceError::validation(u"amount"_s, u"the amount is more than zero"_s);
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        *error = ServiceError::validation(u"reason"_s, u"say why the cash goes in or out"_s);
        return false;
    }
    Database &database = *m_context.database;
    BusinessWrite write(m_context, actor);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    ShiftRecord shift;
    if (!loadOpenShift(database, actor.companyId, m_context.deviceId, &shift, error)) {
        return false;
    }
    if (!actor.shopId.isEmpty() && actor.shopId != shift.shopId) {
        *error = ServiceError::forbidden(u"this till belongs to another shop than yours"_s);
        return false;
    }
    if (kind == CashMovementKind::CashOut) {
        // Taken under the write lock, so no sale changes the drawer between check and write.
        ShiftReport report;
        if (!computeShiftReport(database, actor.companyId, shift.id, write.now(), &report, error)) {
            return false;
        }
        if (amount > report.expectedCash) {
            *error = ServiceError::validation(
                u"amount"_s, u"the drawer should hold only %1"_s.arg(Money(report.expectedCash, report.currency).toDecimalString()), u"not_enough_cash"_s);
            return false;
        }
    }
    const QString id = newId();
    const QString kindName = kind == CashMovementKind::CashIn ? u"cash_in"_s : u"cash_out"_s;
    TenantQuery insert = write.query(kInsertCashMovement);
    insert.bind(u":id"_s, id);
    insert.bind(u":shift_id"_s, shift.id);
    insert.bind(u":kind"_s, kindName);
    insert.bind(u":amount"_s, amount);
    insert.bind(u":reason"_s, reason.trimmed());
    insert.bind(u":actor_id"_s, actor.userId);
    insert.bind(u":occurred_at"_s, write.now());
    if (!insert.exec()) {
        write.fail(insert.errorString());
    }
    const QJsonObject movement { { u"id"_s, id }, { u"shift_id"_s, shift.id }, { u"kind"_s, kindName }, { u"amount"_s, amount },
        { u"reason"_s, reason.trimmed() }, { u"occurred_at"_s, write.now() } };
    QJsonObject payload = movement;
    payload.insert(u"actor_id"_s, actor.userId); // who moved the cash, for the server's copy of the row
    payload.insert(u"schema_version"_s, kShiftSchemaVersion);
    write.outbox(u"shift.cash_movement"_s, payload, kShiftSchemaVersion);
    write.audit(u"shift."_s + kindName, u"shift"_s, shift.id, {}, movement);
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

bool ShiftService::report(const Actor &actor, const QString &shiftId, ShiftReport *report, ServiceError *error)
{
    Database &database = *m_context.database;
    ShiftRecord shift;
    if (shiftId.isEmpty() ? !loadOpenShift(database, actor.companyId, m_context.deviceId, &shift, error)
                          : !loadShift(database, actor.companyId, shiftId, &shift, error)) {
        return false;
    }
    if (!mayHandle(actor, shift, error)) {
        return false;
    }
    return computeShiftReport(database, actor.companyId, shift.id, m_context.wallClock(), report, error);
}

bool ShiftService::close(const Actor &actor, const ShiftCount &count, ShiftReport *z, ServiceError *error, const QString &shiftId)
{
    if (count.cash < 0 || count.cash > kMaxCashAmount) {
        *error = ServiceError::validation(u"counted_cash"_s, u"count the drawer and enter what is in it"_s);
        return false;
    }
    for (auto it = count.others.cbegin(); it != count.others.cend(); ++it) {
        if (it.value() < 0 || it.value() > kMaxCashAmount || it.key() == TenderKind::Cash) {
            *error = ServiceError::validation(u"counted.%1"_s.arg(tenderKindName(it.key())), u"a count is zero or more (cash goes in counted_cash)"_s);
            return false;
        }
    }
    Database &database = *m_context.database;
    BusinessWrite write(m_context, actor);
    if (!write.isOpen()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    ShiftRecord shift;
    if (shiftId.isEmpty() ? !loadOpenShift(database, actor.companyId, m_context.deviceId, &shift, error)
                          : !loadShift(database, actor.companyId, shiftId, &shift, error)) {
        return false;
    }
    if (!mayHandle(actor, shift, error)) {
        return false;
    }
    if (!shift.open) {
        *error = ServiceError::conflict(u"shift_closed"_s, u"this shift is closed already"_s);
        return false;
    }
    // Computed under the write lock: no sale can slip in between the report and the close.
    ShiftReport report;
    if (!computeShiftReport(database, actor.companyId, shift.id, write.now(), &report, error)) {
        return false;
    }
    report.final = true;
    report.shift.open = false;
    report.shift.closedBy = actor.userId;
    report.shift.closedAt = write.now();
    report.shift.countedCash = count.cash;
    report.shift.expectedCash = report.expectedCash;
    report.countedCash = count.cash;
    for (TenderTotals &tender : report.tenders) {
        tender.counted = tender.kind == TenderKind::Cash ? count.cash : count.others.value(tender.kind, -1);
    }
    for (auto it = count.others.cbegin(); it != count.others.cend(); ++it) {
        if (!report.tender(it.key())) {
            TenderTotals counted;
            counted.kind = it.key();
            counted.counted = it.value();
            report.tenders.append(counted);
        }
    }
    const QJsonObject reportJson = report.toJson();
    TenantQuery update = write.query(kCloseShift);
    update.bind(u":closed_by"_s, actor.userId);
    update.bind(u":closed_at"_s, write.now());
    update.bind(u":counted_cash"_s, count.cash);
    update.bind(u":expected_cash"_s, report.expectedCash);
    update.bind(u":z_report"_s, QString::fromUtf8(QJsonDocument(reportJson).toJson(QJsonDocument::Compact)));
    update.bind(u":id"_s, shift.id);
    if (!update.exec()) {
        write.fail(update.errorString());
    } else if (update.numRowsAffected() != 1) {
        *error = ServiceError::conflict(u"shift_closed"_s, u"this shift is closed already"_s);
        return false;
    }
    for (const TenderTotals &tender : std::as_const(report.tenders)) {
        if (tender.counted < 0) {
            continue;
        }
        TenantQuery insert = write.query(kInsertCount);
        insert.bind(u":shift_id"_s, shift.id);
        insert.bind(u":tender_kind"_s, tenderKindName(tender.kind));
        insert.bind(u":expected"_s, tender.expected);
        insert.bind(u":counted"_s, tender.counted);
        if (!insert.exec()) {
            write.fail(insert.errorString());
        }
    }
    QJsonObject payload = reportJson;
    payload.insert(u"schema_version"_s, kShiftSchemaVersion);
    write.outbox(u"shift.closed"_s, payload, kShiftSchemaVersion);
    write.audit(u"shift.close"_s, u"shift"_s, shift.id, {},
        QJsonObject { { u"expected_cash"_s, report.expectedCash }, { u"counted_cash"_s, count.cash }, { u"cash_variance"_s, report.cashVariance() },
            { u"net_total"_s, report.netTotal }, { u"sales"_s, report.sales.count } });
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    *z = report;
    return true;
}

} // namespace kassa
