#include "giftcardledger.h"

#include "preparedread.h"

#include "domain/money.h"
#include "domain/uuid7.h"

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
// A credit: issues the card or adds to it, as long as it is active and in the same currency.
const QString kCredit = u"INSERT INTO gift_cards (id, company_id, code, currency, balance, status, created_at, updated_at) "
                        "VALUES (:id, :company_id, :code, :currency, :delta, 'active', :now, :now) "
                        "ON CONFLICT (company_id, code) DO UPDATE SET balance = gift_cards.balance + excluded.balance, updated_at = excluded.updated_at "
                        "WHERE gift_cards.status = 'active' AND gift_cards.currency = excluded.currency RETURNING id, balance"_s;
const QString kCreditExisting = u"UPDATE gift_cards SET balance = balance + :delta, updated_at = :now "
                                "WHERE company_id = :company_id AND code = :code AND status = 'active' AND currency = :currency RETURNING id, balance"_s;
// A debit only matches while the balance covers it.
const QString kDebit = u"UPDATE gift_cards SET balance = balance + :delta, updated_at = :now "
                       "WHERE company_id = :company_id AND code = :code AND status = 'active' AND currency = :currency AND balance + :delta >= 0 "
                       "RETURNING id, balance"_s;
const QString kInsertEntry
    = u"INSERT INTO gift_card_entries (id, company_id, gift_card_id, amount_delta, reason, ref_type, ref_id, occurred_at, device_id, actor_id) "
      "VALUES (:id, :company_id, :gift_card_id, :amount_delta, :reason, :ref_type, :ref_id, :occurred_at, :device_id, :actor_id)"_s;
const QString kFind = u"SELECT id, code, currency, balance, status FROM gift_cards WHERE company_id = :company_id AND code = :code"_s;
} // namespace

QString GiftCardLedger::normalizeCode(const QString &code)
{
    // Printed codes are grouped with spaces or dashes; typed ones often are not.
    QString normalized;
    for (const QChar c : code) {
        if (!c.isSpace() && c != u'-') {
            normalized.append(c.toUpper());
        }
    }
    return normalized;
}

bool GiftCardLedger::find(Database &database, const QString &companyId, const QString &code, GiftCard *card)
{
    TenantQuery query = preparedRead(database, kFind, companyId);
    query.bind(u":code"_s, normalizeCode(code));
    if (!query.exec() || !query.next()) {
        return false;
    }
    card->id = query.value(0).toString();
    card->code = query.value(1).toString();
    card->currency = query.value(2).toString();
    card->balance = query.value(3).toLongLong();
    card->active = query.value(4).toString() == "active"_L1;
    query.finish();
    return true;
}

QList<GiftCardEntryRecord> GiftCardLedger::history(Database &database, const QString &companyId, const QString &code)
{
    QList<GiftCardEntryRecord> entries;
    TenantQuery query = preparedRead(database,
        u"SELECT e.id, e.amount_delta, e.reason, e.ref_type, e.ref_id, e.occurred_at FROM gift_card_entries e "
        "JOIN gift_cards g ON g.id = e.gift_card_id WHERE g.company_id = :company_id AND g.code = :code ORDER BY e.occurred_at, e.id"_s,
        companyId);
    query.bind(u":code"_s, normalizeCode(code));
    if (!query.exec()) {
        return entries;
    }
    while (query.next()) {
        GiftCardEntryRecord entry;
        entry.id = query.value(0).toString();
        entry.amountDelta = query.value(1).toLongLong();
        const QString reason = query.value(2).toString();
        for (ValueReason candidate : { ValueReason::Issue, ValueReason::Redeem, ValueReason::Refund, ValueReason::Reversal, ValueReason::Adjustment }) {
            if (valueReasonName(candidate) == reason) {
                entry.reason = candidate;
            }
        }
        entry.refType = query.value(3).toString();
        entry.refId = query.value(4).toString();
        entry.occurredAt = query.value(5).toLongLong();
        entries.append(entry);
    }
    return entries;
}

bool GiftCardLedger::post(BusinessWrite &write, const QString &code, qint64 delta, ValueReason reason, const QString &currency, const QString &refType,
    const QString &refId, bool createIfMissing, ValueEntry *entry, QString *problem)
{
    if (!write.isOpen()) {
        return false;
    }
    const QString normalized = normalizeCode(code);
    if (delta == 0 || normalized.size() < 4 || normalized.size() > 64) {
        *problem = delta == 0 ? u"a gift card entry needs an amount"_s : u"a gift card code has 4 to 64 characters"_s;
        return write.fail(*problem);
    }
    TenantQuery update = write.query(delta < 0 ? kDebit : (createIfMissing ? kCredit : kCreditExisting));
    if (delta > 0 && createIfMissing) {
        update.bind(u":id"_s, newId());
    }
    update.bind(u":code"_s, normalized);
    update.bind(u":currency"_s, currency);
    update.bind(u":delta"_s, delta);
    update.bind(u":now"_s, write.now());
    if (!update.exec()) {
        *problem = u"cannot post to gift card %1: %2"_s.arg(normalized, update.errorString());
        return write.fail(*problem);
    }
    if (!update.next()) {
        // Refused by the conditions: find out which, for the person at the till.
        TenantQuery find = write.query(kFind);
        find.bind(u":code"_s, normalized);
        if (!find.exec() || !find.next()) {
            *problem = u"there is no gift card %1"_s.arg(normalized);
        } else if (find.value(4).toString() != "active"_L1) {
            *problem = u"gift card %1 is blocked"_s.arg(normalized);
        } else if (find.value(2).toString() != currency) {
            *problem = u"gift card %1 is in %2, not %3"_s.arg(normalized, find.value(2).toString(), currency);
        } else {
            *problem = u"gift card %1 holds only %2"_s.arg(normalized, Money(find.value(3).toLongLong(), currency).toDecimalString());
        }
        find.finish();
        return write.fail(*problem);
    }
    const QString cardId = update.value(0).toString();
    const qint64 balance = update.value(1).toLongLong();
    update.finish();

    const QString entryId = appendValueEntry(write, kInsertEntry, u":gift_card_id"_s, cardId, delta, reason, refType, refId, u"gift card"_s, problem);
    if (entryId.isEmpty()) {
        return false;
    }
    if (entry) {
        *entry = { entryId, normalized, delta, reason, balance };
    }
    return true;
}

} // namespace kassa
