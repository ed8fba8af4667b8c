#include "integritycheck.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
constexpr int kMaxListed = 20; // beyond this many of one kind, say how many more
}

IntegrityReport checkIntegrity(Database &database)
{
    IntegrityReport report;
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto run = [&](const QString &sql) {
        if (!query.exec(sql)) {
            report.problems << u"cannot run a check: %1"_s.arg(query.lastError().text());
            return false;
        }
        return true;
    };

    if (database.dialect().isSqlite()) {
        if (run(u"PRAGMA integrity_check"_s)) {
            while (query.next()) {
                const QString line = query.value(0).toString();
                if (line != "ok"_L1) {
                    report.problems << u"SQLite integrity: %1"_s.arg(line);
                }
            }
        }
        if (run(u"PRAGMA foreign_key_check"_s)) {
            int count = 0;
            while (query.next()) {
                if (++count <= kMaxListed) {
                    report.problems << u"foreign key: a row of %1 (rowid %2) points to a missing %3"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                                                                                          query.value(2).toString());
                }
            }
            if (count > kMaxListed) {
                report.problems << u"foreign key: %1 more broken references"_s.arg(count - kMaxListed);
            }
        }
    }

    // Levels against the ledger, both ways: a level without movements and movements without a
    // level are as wrong as a sum that differs.
    const QString ledgerVsLevels = u"WITH ledger AS ("
                                   "  SELECT location_id, variant_id,"
                                   "    SUM(CASE WHEN reason IN ('reservation', 'release') THEN 0 ELSE quantity_delta END) AS on_hand,"
                                   "    SUM(CASE WHEN reason IN ('reservation', 'release') THEN quantity_delta ELSE 0 END) AS reserved"
                                   "  FROM stock_movements GROUP BY location_id, variant_id)"
                                   " SELECT COALESCE(l.location_id, s.location_id), COALESCE(l.variant_id, s.variant_id),"
                                   "   COALESCE(l.on_hand, 0), COALESCE(l.reserved, 0), s.on_hand, s.reserved"
                                   " FROM ledger l FULL OUTER JOIN stock_levels s ON s.location_id = l.location_id AND s.variant_id = l.variant_id"
                                   " WHERE s.location_id IS NULL OR COALESCE(l.on_hand, 0) <> s.on_hand OR COALESCE(l.reserved, 0) <> s.reserved"_s;
    // SQLite 3.39+ and PostgreSQL both have FULL OUTER JOIN.
    if (run(ledgerVsLevels)) {
        int count = 0;
        while (query.next()) {
            if (++count > kMaxListed) {
                continue;
            }
            if (query.value(4).isNull()) {
                report.problems << u"stock: variant %1 at location %2 has movements (on hand %3) but no level"_s.arg(query.value(1).toString(),
                                                                                                                      query.value(0).toString(),
                                                                                                                      query.value(2).toString());
            } else {
                report.problems << u"stock: variant %1 at location %2: ledger says on hand %3, reserved %4; level says %5, %6"_s.arg(
                    query.value(1).toString(), query.value(0).toString(), query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                    query.value(5).toString());
            }
        }
        if (count > kMaxListed) {
            report.problems << u"stock: %1 more levels differ from the ledger"_s.arg(count - kMaxListed);
        }
    }
    if (run(u"SELECT COUNT(*) FROM stock_levels WHERE available <> on_hand - reserved OR reserved < 0"_s) && query.next() && query.value(0).toLongLong() > 0) {
        report.problems << u"stock: %1 levels where available is not on hand minus reserved"_s.arg(query.value(0).toLongLong());
    }
    if (run(u"SELECT COUNT(*) FROM stock_movements"_s) && query.next()) {
        report.movementsChecked = query.value(0).toLongLong();
    }
    if (run(u"SELECT COUNT(*) FROM stock_levels"_s) && query.next()) {
        report.levelsChecked = query.value(0).toLongLong();
    }
    // Gift cards and store credit are ledgers like stock: every balance is the sum of its entries.
    // (A database older than migration 9 has neither; the probe skips the check there.)
    const std::pair<QString, QString> valueLedgers[] = {
        {u"gift card"_s, u"SELECT g.code, g.balance, COALESCE(SUM(e.amount_delta), 0) FROM gift_cards g LEFT JOIN gift_card_entries e ON e.gift_card_id = g.id "
                         "GROUP BY g.id, g.code, g.balance HAVING g.balance <> COALESCE(SUM(e.amount_delta), 0)"_s},
        {u"store credit of customer"_s, u"SELECT a.customer_id, a.balance, COALESCE(SUM(e.amount_delta), 0) FROM store_credit_accounts a "
                                        "LEFT JOIN store_credit_entries e ON e.company_id = a.company_id AND e.customer_id = a.customer_id "
                                        "GROUP BY a.company_id, a.customer_id, a.balance HAVING a.balance <> COALESCE(SUM(e.amount_delta), 0)"_s},
    };
    if (QSqlQuery(db).exec(u"SELECT 1 FROM gift_cards WHERE 1 = 0"_s)) {
        for (const auto &[what, sql] : valueLedgers) {
            if (run(sql)) {
                while (query.next()) {
                    report.problems << u"%1 %2: balance %3, entries sum to %4"_s.arg(what, query.value(0).toString(), query.value(1).toString(),
                                                                                       query.value(2).toString());
                }
            }
        }
    }
    if (run(u"SELECT device_id, COUNT(*), MIN(seq), MAX(seq) FROM outbox GROUP BY device_id"_s)) {
        while (query.next()) {
            const qint64 count = query.value(1).toLongLong();
            if (query.value(2).toLongLong() != 1 || query.value(3).toLongLong() != count) {
                report.problems << u"outbox: device %1 has %2 entries numbered %3..%4; the numbers must run 1..%2 without gaps"_s.arg(query.value(0).toString())
                                       .arg(count)
                                       .arg(query.value(2).toLongLong())
                                       .arg(query.value(3).toLongLong());
            }
        }
    }
    return report;
}

} // namespace kassa
