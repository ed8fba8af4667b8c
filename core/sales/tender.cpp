#include "tender.h"

namespace kassa
{

namespace
{
struct KindEntry {
    TenderKind kind;
    const char *name;
};
constexpr KindEntry kKinds[] = {
    { TenderKind::Cash, "cash" },
    { TenderKind::Card, "card" },
    { TenderKind::GiftCard, "gift_card" },
    { TenderKind::StoreCredit, "store_credit" },
    { TenderKind::Voucher, "voucher" },
    { TenderKind::Other, "other" },
};
} // namespace

QString tenderKindName(TenderKind kind)
{
    for (const KindEntry &entry : kKinds) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

bool parseTenderKind(const QString &name, TenderKind *kind)
{
    for (const KindEntry &entry : kKinds) {
        if (name == QLatin1StringView(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

QList<TenderKind> allTenderKinds()
{
    QList<TenderKind> kinds;
    for (const KindEntry &entry : kKinds) {
        kinds.append(entry.kind);
    }
    return kinds;
}

} // namespace kassa
