#include "receiptnumbers.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kassa
{

namespace
{
// local_device is this installation's own row, not company data: no company filter applies.
const QString kIncrement = u"UPDATE local_device SET receipt_counter = receipt_counter + 1 WHERE singleton = 1 AND device_id = :device_id"_s;
const QString kRead = u"SELECT l.receipt_counter, d.receipt_prefix FROM local_device l JOIN devices d ON d.id = l.device_id WHERE l.singleton = 1"_s;
constexpr qsizetype kMaxShopCode = 8;
} // namespace

QString ReceiptNumbers::shopCode(const QString &slug)
{
    QString code;
    for (const QChar c : slug) {
        if (code.size() < kMaxShopCode && c.isLetterOrNumber() && c.unicode() < 128) {
            code.append(c.toUpper());
        }
    }
    return code.isEmpty() ? u"SHOP"_s : code;
}

QString ReceiptNumbers::format(const QString &prefix, qint64 counter)
{
    return u"%1-%2"_s.arg(prefix).arg(counter, 6, 10, QChar(u'0'));
}

bool ReceiptNumbers::next(BusinessWrite &write, CoreContext &context, const QString &shopSlug, QString *number)
{
    if (!write.isOpen()) {
        return false;
    }
    QString error;
    QSqlQuery *increment = context.database->prepared(kIncrement, &error);
    increment->bindValue(u":device_id"_s, context.deviceId);
    if (!error.isEmpty() || !increment->exec()) {
        return write.fail(u"cannot count the receipt: %1"_s.arg(error.isEmpty() ? increment->lastError().text() : error));
    }
    if (increment->numRowsAffected() != 1) {
        return write.fail(u"this installation is not device %1; receipts cannot be numbered"_s.arg(context.deviceId));
    }
    QSqlQuery *read = context.database->prepared(kRead, &error);
    if (!error.isEmpty() || !read->exec() || !read->next()) {
        return write.fail(u"cannot read the receipt counter: %1"_s.arg(error.isEmpty() ? read->lastError().text() : error));
    }
    const qint64 counter = read->value(0).toLongLong();
    QString prefix = read->value(1).toString();
    read->finish();
    if (prefix.isEmpty()) {
        // Not enrolled yet: four hex digits of the device id's random part tell this shop's tills
        // apart until the enrolment gives the terminal its number.
        prefix = shopCode(shopSlug) + u'-' + context.deviceId.right(4).toUpper();
    }
    *number = format(prefix, counter);
    return true;
}

} // namespace kassa
