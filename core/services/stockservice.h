#pragma once

#include "corecontext.h"
#include "stockledger.h"

namespace kassa {

// Stock changes as business operations: each call is one transaction with its movements, the
// levels they change, one outbox entry and one audit row.
class StockService
{
public:
    explicit StockService(CoreContext &context)
        : m_context(context)
    {
    }

    // Posts movements that belong together (a sale's lines, a count's adjustments). Returns false
    // with `error` set, and nothing written, when the actor may not or any movement is refused.
    bool postMovements(const Actor &actor, QList<StockMovement> movements, QString *error);

    // The permission a movement of this reason needs.
    static Action requiredAction(StockReason reason);

private:
    CoreContext &m_context;
};

} // namespace kassa
