#include "parkedsalestore.h"

#include "preparedread.h"

#include "domain/uuid7.h"
#include "services/businesswrite.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
constexpr qsizetype kMaxLabel = 100;

const QString kSaveOpen = u"INSERT INTO parked_sales (id, company_id, shop_id, device_id, cashier_id, state, label, line_count, draft, created_at, updated_at) "
                          "VALUES (:id, :company_id, :shop_id, :device_id, :cashier_id, 'open', '', :line_count, :draft, :now, :now) "
                          "ON CONFLICT (id) DO UPDATE SET draft = excluded.draft, line_count = excluded.line_count, cashier_id = excluded.cashier_id, "
                          "state = 'open', updated_at = excluded.updated_at WHERE parked_sales.company_id = excluded.company_id "
                          "AND parked_sales.device_id = excluded.device_id"_s;
const QString kSetState = u"UPDATE parked_sales SET state = :state, label = CASE WHEN :label = '' THEN label ELSE :label END, updated_at = :now "
                          "WHERE company_id = :company_id AND device_id = :device_id AND id = :id"_s;
const QString kSelect = u"SELECT id, shop_id, cashier_id, state, label, line_count, draft, created_at, updated_at FROM parked_sales "
                        "WHERE company_id = :company_id AND device_id = :device_id ORDER BY CASE WHEN state = 'open' THEN 0 ELSE 1 END, updated_at, id"_s;
const QString kSelectOne = u"SELECT draft, line_count FROM parked_sales WHERE company_id = :company_id AND device_id = :device_id AND id = :id"_s;
const QString kDelete = u"DELETE FROM parked_sales WHERE company_id = :company_id AND device_id = :device_id AND id = :id"_s;
const QString kRecover = u"UPDATE parked_sales SET state = 'parked', label = CASE WHEN label = '' THEN :label ELSE label END, updated_at = :now "
                         "WHERE company_id = :company_id AND device_id = :device_id AND state = 'open'"_s;
} // namespace

bool ParkedSaleStore::saveOpen(const Actor &actor, const SaleDraft &draft, ServiceError *error)
{
    if (!actor.can(Action::SaleCreate)) {
        *error = ServiceError::forbidden(u"%1 may not sell"_s.arg(roleName(actor.role)));
        return false;
    }
    if (!UuidV7Generator::isValid(draft.id)) {
        *error = ServiceError::validation(u"id"_s, u"a sale draft needs its own id (SaleDraft::create)"_s);
        return false;
    }
    const QString shopId = draft.shopId.isEmpty() ? actor.shopId : draft.shopId;
    if (shopId.isEmpty()) {
        *error = ServiceError::validation(u"shop_id"_s, u"choose the shop"_s);
        return false;
    }
    // One statement: atomic on its own, and the durable commit is what survives the crash.
    TenantQuery save = preparedRead(*m_context.database, kSaveOpen, actor.companyId);
    save.bind(u":id"_s, draft.id);
    save.bind(u":shop_id"_s, shopId);
    save.bind(u":device_id"_s, m_context.deviceId);
    save.bind(u":cashier_id"_s, actor.userId);
    save.bind(u":line_count"_s, int(draft.lines.size()));
    save.bind(u":draft"_s, QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)));
    save.bind(u":now"_s, m_context.wallClock());
    if (!save.exec()) {
        *error = ServiceError::internal(u"cannot save the cart: %1"_s.arg(save.errorString()));
        return false;
    }
    if (save.numRowsAffected() != 1) {
        *error = ServiceError::conflict(u"draft_elsewhere"_s, u"this cart belongs to another till"_s);
        return false;
    }
    return true;
}

bool ParkedSaleStore::setState(const Actor &actor, const QString &draftId, bool open, const QString &label, ServiceError *error)
{
    if (!actor.can(Action::SaleCreate)) {
        *error = ServiceError::forbidden(u"%1 may not sell"_s.arg(roleName(actor.role)));
        return false;
    }
    if (label.size() > kMaxLabel) {
        *error = ServiceError::validation(u"label"_s, u"a label has at most %1 characters"_s.arg(kMaxLabel));
        return false;
    }
    TenantQuery update = preparedRead(*m_context.database, kSetState, actor.companyId);
    update.bind(u":state"_s, open ? u"open"_s : u"parked"_s);
    update.bind(u":label"_s, label.trimmed());
    update.bind(u":now"_s, m_context.wallClock());
    update.bind(u":device_id"_s, m_context.deviceId);
    update.bind(u":id"_s, draftId);
    if (!update.exec()) {
        *error = ServiceError::internal(update.errorString());
        return false;
    }
    if (update.numRowsAffected() != 1) {
        *error = ServiceError::notFound(u"no parked cart %1 at this till"_s.arg(draftId));
        return false;
    }
    return true;
}

bool ParkedSaleStore::park(const Actor &actor, const QString &draftId, const QString &label, ServiceError *error)
{
    return setState(actor, draftId, false, label, error);
}

bool ParkedSaleStore::resume(const Actor &actor, const QString &draftId, SaleDraft *draft, ServiceError *error)
{
    if (!setState(actor, draftId, true, {}, error)) {
        return false;
    }
    TenantQuery query = preparedRead(*m_context.database, kSelectOne, actor.companyId);
    query.bind(u":device_id"_s, m_context.deviceId);
    query.bind(u":id"_s, draftId);
    if (!query.exec() || !query.next()) {
        *error = ServiceError::internal(query.errorString());
        return false;
    }
    *draft = SaleDraft::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    query.finish();
    return true;
}

bool ParkedSaleStore::discard(const Actor &actor, const QString &draftId, const QString &reason, ServiceError *error)
{
    if (!actor.can(Action::SaleCreate)) {
        *error = ServiceError::forbidden(u"%1 may not sell"_s.arg(roleName(actor.role)));
        return false;
    }
    BusinessWrite write(m_context, actor);
    TenantQuery find = write.query(kSelectOne);
    find.bind(u":device_id"_s, m_context.deviceId);
    find.bind(u":id"_s, draftId);
    if (!find.exec() || !find.next()) {
        *error = write.isOpen() ? ServiceError::notFound(u"no parked cart %1 at this till"_s.arg(draftId)) : ServiceError::internal(write.errorString());
        return false;
    }
    const QJsonObject draft = QJsonDocument::fromJson(find.value(0).toString().toUtf8()).object();
    const int lineCount = find.value(1).toInt();
    find.finish();
    TenantQuery remove = write.query(kDelete);
    remove.bind(u":device_id"_s, m_context.deviceId);
    remove.bind(u":id"_s, draftId);
    if (!remove.exec()) {
        write.fail(remove.errorString());
    }
    if (lineCount > 0) {
        write.audit(u"sale.discard"_s, u"parked_sale"_s, draftId, draft, QJsonObject { { u"reason"_s, reason.trimmed() } });
    }
    if (!write.commit()) {
        *error = ServiceError::internal(write.errorString());
        return false;
    }
    return true;
}

QList<ParkedSale> ParkedSaleStore::list(const Actor &actor, ServiceError *error)
{
    QList<ParkedSale> result;
    if (!actor.can(Action::SaleCreate)) {
        *error = ServiceError::forbidden(u"%1 may not sell"_s.arg(roleName(actor.role)));
        return result;
    }
    TenantQuery query = preparedRead(*m_context.database, kSelect, actor.companyId);
    query.bind(u":device_id"_s, m_context.deviceId);
    if (!query.exec()) {
        *error = ServiceError::internal(query.errorString());
        return result;
    }
    while (query.next()) {
        ParkedSale parked;
        parked.id = query.value(0).toString();
        parked.shopId = query.value(1).toString();
        parked.cashierId = query.value(2).toString();
        parked.open = query.value(3).toString() == "open"_L1;
        parked.label = query.value(4).toString();
        parked.lineCount = query.value(5).toInt();
        parked.draft = SaleDraft::fromJson(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object());
        parked.createdAt = query.value(7).toLongLong();
        parked.updatedAt = query.value(8).toLongLong();
        result.append(parked);
    }
    return result;
}

int ParkedSaleStore::recoverAfterCrash(const Actor &actor, ServiceError *error)
{
    TenantQuery recover = preparedRead(*m_context.database, kRecover, actor.companyId);
    recover.bind(u":label"_s, u"recovered"_s);
    recover.bind(u":now"_s, m_context.wallClock());
    recover.bind(u":device_id"_s, m_context.deviceId);
    if (!recover.exec()) {
        *error = ServiceError::internal(recover.errorString());
        return -1;
    }
    return recover.numRowsAffected();
}

} // namespace kassa
