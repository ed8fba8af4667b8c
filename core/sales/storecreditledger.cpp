#include "storecreditledger.h"

#include "preparedread.h"

#include "domain/money.h"

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
const QString kCredit = u"INSERT INTO store_credit_accounts (company_id, customer_id, currency, balance, updated_at) "
                        "VALUES (:company_id, :customer_id, :currency, :delta, :now) "
                        "ON CONFLICT (company_id, customer_id) DO UPDATE SET balance = store_credit_accounts.balance + excluded.balance, "
                        "updated_at = excluded.updated_at WHERE store_credit_accounts.currency = excluded.currency RETURNING balance"_s;
const QString kDebit = u"UPDATE store_credit_accounts SET balance = balance + :delta, updated_at = :now "
                       "WHERE company_id = :company_id AND customer_id = :customer_id AND currency = :currency AND balance + :delta >= 0 RETURNING balance"_s;
const QString kInsertEntry
    = u"INSERT INTO store_credit_entries (id, company_id, customer_id, amount_delta, reason, ref_type, ref_id, occurred_at, device_id, actor_id) "
      "VALUES (:id, :company_id, :customer_id, :amount_delta, :reason, :ref_type, :ref_id, :occurred_at, :device_id, :actor_id)"_s;
const QString kBalance = u"SELECT balance, currency FROM store_credit_accounts WHERE company_id = :company_id AND customer_id = :customer_id"_s;
} // namespace

qint64 StoreCreditLedger::balance(Database &database, const QString &companyId, const QString &customerId)
{
    TenantQuery query = preparedRead(database, kBalance, companyId);
    query.bind(u":customer_id"_s, customerId);
    if (!query.exec() || !query.next()) {
        return 0;
    }
    const qint64 balance = query.value(0).toLongLong();
    query.finish();
    return balance;
}

bool StoreCreditLedger::post(BusinessWrite &write, const QString &customerId, qint64 delta, ValueReason reason, const QString &currency, const QString &refType,
    const QString &refId, ValueEntry *entry, QString *problem)
{
    if (!write.isOpen()) {
        return false;
    }
    if (delta == 0 || customerId.isEmpty()) {
        *problem = delta == 0 ? u"a store credit entry needs an amount"_s : u"store credit belongs to a customer; choose one"_s;
        return write.fail(*problem);
    }
    TenantQuery update = write.query(delta < 0 ? kDebit : kCredit);
    update.bind(u":customer_id"_s, customerId);
    update.bind(u":currency"_s, currency);
    update.bind(u":delta"_s, delta);
    update.bind(u":now"_s, write.now());
    if (!update.exec()) {
        *problem = u"cannot post store credit: %1"_s.arg(update.errorString());
        return write.fail(*problem);
    }
    if (!update.next()) {
        TenantQuery find = write.query(kBalance);
        find.bind(u":customer_id"_s, customerId);
        if (!find.exec() || !find.next()) {
            *problem = u"this customer has no store credit"_s;
        } else if (find.value(1).toString() != currency) {
            *problem = u"this customer's store credit is in %1, not %2"_s.arg(find.value(1).toString(), currency);
        } else {
            *problem = u"this customer's store credit is only %1"_s.arg(Money(find.value(0).toLongLong(), currency).toDecimalString());
        }
        find.finish();
        return write.fail(*problem);
    }
    const qint64 balance = update.value(0).toLongLong();
    update.finish();

    const QString entryId = appendValueEntry(write, kInsertEntry, u":customer_id"_s, customerId, delta, reason, refType, refId, u"store credit"_s, problem);
    if (entryId.isEmpty()) {
        return false;
    }
    if (entry) {
        *entry = { entryId, customerId, delta, reason, balance };
    }
    return true;
}

} // namespace kassa
