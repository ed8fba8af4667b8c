#pragma once

#include <QList>
#include <QString>

namespace kassa {

// An online order's life: placed → paid → picking → shipped → delivered, with cancelled (before it
// ships) and returned (after delivery) as the ways out. Only these moves are allowed; everything else
// is refused with the reason, so an order can't skip payment or come back from cancelled.
enum class OrderStatus { Placed, Paid, Picking, Shipped, Delivered, Cancelled, Returned };

QString orderStatusName(OrderStatus status);
bool parseOrderStatus(const QString &name, OrderStatus *status);
QList<OrderStatus> allowedNextStatuses(OrderStatus from, bool payInStore);
// Empty when the move is allowed, otherwise why not, in words for the person who tried.
QString orderTransitionProblem(OrderStatus from, OrderStatus to, bool payInStore);

} // namespace kassa
