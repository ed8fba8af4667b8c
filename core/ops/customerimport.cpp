#include "customerimport.h"

#include "domain/uuid7.h"
#include "services/businesswrite.h"
#include "services/userservice.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {

struct CustomerFields {
    QString name;
    QString email;
    QString phone;
    bool consentMarketing = false;
    bool consentEmailReceipts = false;
    QString note;

    bool operator==(const CustomerFields &other) const = default;
};

struct CustomerRow {
    int number = 0;
    bool exists = false;
    QString id;
    CustomerFields before;
    qint64 consentMarketingAt = 0; // 0: none
    CustomerFields after;
};

QJsonObject customerState(const QString &id, const CustomerFields &fields, qint64 consentMarketingAt)
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, fields.name},
                       {u"email"_s, fields.email.isEmpty() ? QJsonValue() : QJsonValue(fields.email)},
                       {u"phone"_s, fields.phone.isEmpty() ? QJsonValue() : QJsonValue(fields.phone)},
                       {u"consent_marketing"_s, fields.consentMarketing},
                       {u"consent_marketing_at"_s, consentMarketingAt > 0 ? QJsonValue(consentMarketingAt) : QJsonValue()},
                       {u"consent_email_receipts"_s, fields.consentEmailReceipts},
                       {u"note"_s, fields.note}};
}

QString phoneProblem(const QString &phone)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 ()./-]{3,32}$"_s);
    qsizetype digits = 0;
    for (QChar c : phone) {
        digits += c.isDigit() ? 1 : 0;
    }
    if (!allowed.match(phone).hasMatch() || digits < 3) {
        return u"\"%1\" is not a phone number (digits, spaces and + ( ) - . / only)"_s.arg(phone);
    }
    return {};
}

} // namespace

QList<CsvColumn> customerImportColumns()
{
    return {{u"name"_s, false}, {u"email"_s, false}, {u"phone"_s, false}, {u"consent_marketing"_s, false}, {u"consent_email_receipts"_s, false}, {u"note"_s, false}};
}

ImportReport importCustomers(CoreContext &context, const Actor &actor, const QString &companyId, const CsvTable &table, const ImportOptions &options)
{
    ImportReport report;
    report.rowsRead = table.size();
    if (!table.hasColumn(u"email"_s) && !table.hasColumn(u"phone"_s)) {
        report.fileErrors.append(u"row 1: the file needs an \"email\" or a \"phone\" column to match customers by"_s);
        return report;
    }
    BusinessWrite write(context, actor, companyId);
    if (!write.isOpen()) {
        report.failure = write.errorString();
        return report;
    }
    const auto has = [&](const QString &column) { return table.hasColumn(column); };
    QHash<QString, int> rowOfKey;
    QHash<QString, int> rowOfCustomer;
    QList<CustomerRow> rows;
    for (qsizetype index = 0; index < table.size() && write.isOpen(); ++index) {
        CustomerRow row;
        row.number = table.rowNumber(index);
        bool bad = false;
        const auto issue = [&](const QString &column, const QString &message) {
            report.badRows.append(ImportIssue{row.number, column, message});
            bad = true;
        };
        if (const QString problem = table.shapeProblem(index); !problem.isEmpty()) {
            issue({}, problem);
            continue;
        }
        const auto cell = [&](const QString &column) { return table.value(index, column); };
        const QString email = UserService::normalizeEmail(cell(u"email"_s));
        const QString phone = cell(u"phone"_s);
        if (!email.isEmpty() && !UserService::emailProblem(email).isEmpty()) {
            issue(u"email"_s, u"\"%1\" is not an e-mail address"_s.arg(cell(u"email"_s)));
        }
        if (!phone.isEmpty()) {
            if (const QString problem = phoneProblem(phone); !problem.isEmpty()) {
                issue(u"phone"_s, problem);
            }
        }
        if (email.isEmpty() && phone.isEmpty()) {
            issue(has(u"email"_s) ? u"email"_s : u"phone"_s, u"a customer needs an email or a phone to be matched by"_s);
        }
        if (bad) {
            continue;
        }
        const QString key = email.isEmpty() ? u"phone "_s + phone : u"email "_s + email;
        if (const auto first = rowOfKey.constFind(key); first != rowOfKey.constEnd()) {
            issue(email.isEmpty() ? u"phone"_s : u"email"_s, u"%1 is on row %2 already"_s.arg(email.isEmpty() ? phone : email).arg(first.value()));
            continue;
        }
        rowOfKey.insert(key, row.number);

        TenantQuery find = write.query(email.isEmpty() ? u"SELECT id, name, COALESCE(email, ''), COALESCE(phone, ''), consent_marketing, consent_email_receipts, note, "
                                                         "COALESCE(consent_marketing_at, 0) FROM customers WHERE company_id = :company_id AND phone = :key"_s
                                                       : u"SELECT id, name, COALESCE(email, ''), COALESCE(phone, ''), consent_marketing, consent_email_receipts, note, "
                                                         "COALESCE(consent_marketing_at, 0) FROM customers WHERE company_id = :company_id "
                                                         "AND (email = :key OR email = :as_written)"_s);
        find.bind(u":key"_s, email.isEmpty() ? phone : email);
        if (!email.isEmpty()) {
            // Addresses are stored lower-case, but rows written by other tools may not be; both
            // spellings still use the (company_id, email) index.
            find.bind(u":as_written"_s, cell(u"email"_s));
        }
        if (!find.exec()) {
            write.fail(u"cannot look up customer %1: %2"_s.arg(email.isEmpty() ? phone : email, find.errorString()));
            break;
        }
        int matches = 0;
        while (find.next()) {
            if (++matches > 1) {
                continue;
            }
            row.exists = true;
            row.id = find.value(0).toString();
            row.before = CustomerFields{find.value(1).toString(), find.value(2).toString(), find.value(3).toString(), find.value(4).toInt() == 1,
                                        find.value(5).toInt() == 1, find.value(6).toString()};
            row.consentMarketingAt = find.value(7).toLongLong();
        }
        if (matches > 1) {
            issue(email.isEmpty() ? u"phone"_s : u"email"_s, u"%1 customers have %2; merge them first"_s.arg(matches).arg(email.isEmpty() ? phone : email));
            continue;
        }
        if (row.exists) {
            // One row by e-mail and another by the same customer's phone would both change her.
            if (const auto first = rowOfCustomer.constFind(row.id); first != rowOfCustomer.constEnd()) {
                issue(email.isEmpty() ? u"phone"_s : u"email"_s, u"matches the same customer as row %1"_s.arg(first.value()));
                continue;
            }
            rowOfCustomer.insert(row.id, row.number);
        }
        CustomerFields &after = row.after;
        after = row.exists ? row.before : CustomerFields{};
        if (has(u"name"_s)) {
            after.name = cell(u"name"_s);
        }
        if (has(u"email"_s) && after.email.toLower() != email) {
            after.email = email;
        }
        if (has(u"phone"_s)) {
            after.phone = phone;
        }
        if (has(u"note"_s)) {
            after.note = cell(u"note"_s);
        }
        if (has(u"consent_marketing"_s) && !parseCsvBool(cell(u"consent_marketing"_s), false, &after.consentMarketing)) {
            issue(u"consent_marketing"_s, u"\"%1\" is not true/false, 1/0 or yes/no"_s.arg(cell(u"consent_marketing"_s)));
        }
        if (has(u"consent_email_receipts"_s) && !parseCsvBool(cell(u"consent_email_receipts"_s), false, &after.consentEmailReceipts)) {
            issue(u"consent_email_receipts"_s, u"\"%1\" is not true/false, 1/0 or yes/no"_s.arg(cell(u"consent_email_receipts"_s)));
        }
        if (!bad) {
            rows.append(row);
        }
    }
    if (!write.isOpen()) {
        report.failure = write.errorString();
        return report;
    }
    if (!report.badRows.isEmpty() && !options.skipBadRows) {
        return report;
    }

    for (const CustomerRow &row : std::as_const(rows)) {
        if (row.exists && row.after == row.before) {
            ++report.unchanged;
            continue;
        }
        const CustomerFields &f = row.after;
        const QString id = row.exists ? row.id : newId();
        qint64 consentAt = row.consentMarketingAt;
        if (f.consentMarketing && (!row.exists || !row.before.consentMarketing)) {
            consentAt = write.now();
        } else if (!f.consentMarketing) {
            consentAt = 0;
        }
        TenantQuery upsert = write.query(
            row.exists ? u"UPDATE customers SET name = :name, email = :email, phone = :phone, consent_marketing = :consent_marketing, "
                         "consent_marketing_at = :consent_marketing_at, consent_email_receipts = :consent_email_receipts, note = :note, updated_at = :now "
                         "WHERE company_id = :company_id AND id = :id"_s
                       : u"INSERT INTO customers (id, company_id, name, email, phone, consent_marketing, consent_marketing_at, consent_email_receipts, note, "
                         "created_at, updated_at) VALUES (:id, :company_id, :name, :email, :phone, :consent_marketing, :consent_marketing_at, "
                         ":consent_email_receipts, :note, :now, :now)"_s);
        upsert.bind(u":id"_s, id);
        upsert.bind(u":name"_s, f.name);
        upsert.bind(u":email"_s, nullIfEmpty(f.email));
        upsert.bind(u":phone"_s, nullIfEmpty(f.phone));
        upsert.bind(u":consent_marketing"_s, f.consentMarketing ? 1 : 0);
        upsert.bind(u":consent_marketing_at"_s, consentAt > 0 ? QVariant(consentAt) : QVariant());
        upsert.bind(u":consent_email_receipts"_s, f.consentEmailReceipts ? 1 : 0);
        upsert.bind(u":note"_s, f.note);
        upsert.bind(u":now"_s, write.now());
        if (!upsert.exec()) {
            write.fail(u"row %1: cannot write customer %2: %3"_s.arg(row.number).arg(f.email.isEmpty() ? f.phone : f.email, upsert.errorString()));
            break;
        }
        const QJsonObject after = customerState(id, f, consentAt);
        write.audit(row.exists ? u"customer.update"_s : u"customer.create"_s, u"customer"_s, id,
                    row.exists ? customerState(id, row.before, row.consentMarketingAt) : QJsonObject(), after);
        write.outbox(u"customer.upserted"_s, after);
        ++(row.exists ? report.updated : report.created);
    }
    if (!write.isOpen()) {
        report.failure = write.errorString();
        report.created = report.updated = report.unchanged = 0;
        return report;
    }
    if (options.dryRun) {
        return report;
    }
    if (!write.commit()) {
        report.failure = write.errorString();
        return report;
    }
    report.committed = true;
    return report;
}

} // namespace kassa
