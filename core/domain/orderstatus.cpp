#include "orderstatus.h"

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
struct StatusEntry {
    OrderStatus status;
    const char *name;
};
constexpr StatusEntry kStatuses[] = {
    {OrderStatus::Placed, "placed"},       {OrderStatus::Paid, "paid"},           {OrderStatus::Picking, "picking"},   {OrderStatus::Shipped, "shipped"},
    {OrderStatus::Delivered, "delivered"}, {OrderStatus::Cancelled, "cancelled"}, {OrderStatus::Returned, "returned"},
};
} // namespace

QString orderStatusName(OrderStatus status)
{
    for (const StatusEntry &entry : kStatuses) {
        if (entry.status == status) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

bool parseOrderStatus(const QString &name, OrderStatus *status)
{
    for (const StatusEntry &entry : kStatuses) {
        if (name == QLatin1StringView(entry.name)) {
            *status = entry.status;
            return true;
        }
    }
    return false;
}

QList<OrderStatus> allowedNextStatuses(OrderStatus from, bool payInStore)
{
    switch (from) {
    case OrderStatus::Placed:
        // Paying in store means the goods are picked before the money is taken at the counter.
        return payInStore ? QList<OrderStatus>{OrderStatus::Paid, OrderStatus::Picking, OrderStatus::Cancelled}
                          : QList<OrderStatus>{OrderStatus::Paid, OrderStatus::Cancelled};
    case OrderStatus::Paid:
        return {OrderStatus::Picking, OrderStatus::Cancelled};
    case OrderStatus::Picking:
        // "paid" here records the payment taken at the counter; the order stays in picking.
        return payInStore ? QList<OrderStatus>{OrderStatus::Shipped, OrderStatus::Paid, OrderStatus::Cancelled}
                          : QList<OrderStatus>{OrderStatus::Shipped, OrderStatus::Cancelled};
    case OrderStatus::Shipped:
        return {OrderStatus::Delivered};
    case OrderStatus::Delivered:
        return {OrderStatus::Returned};
    case OrderStatus::Cancelled:
    case OrderStatus::Returned:
        return {};
    }
    return {};
}

QString orderTransitionProblem(OrderStatus from, OrderStatus to, bool payInStore)
{
    if (allowedNextStatuses(from, payInStore).contains(to)) {
        return {};
    }
    if (from == OrderStatus::Cancelled || from == OrderStatus::Returned) {
        return u"the order is %1; it cannot change any more"_s.arg(orderStatusName(from));
    }
    if (to == OrderStatus::Cancelled) {
        return u"the order is %1; only orders that have not shipped can be cancelled"_s.arg(orderStatusName(from));
    }
    QStringList names;
    for (OrderStatus next : allowedNextStatuses(from, payInStore)) {
        names << orderStatusName(next);
    }
    return u"an order that is %1 can become %2, not %3"_s.arg(orderStatusName(from), names.join(u" or "_s), orderStatusName(to));
}

} // namespace kassa
