#pragma once

#include "saledraft.h"

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"

#include <QList>

namespace kassa
{

struct ParkedSale {
    QString id; // the draft's id
    QString shopId;
    QString cashierId;
    bool open = false; // the cart being rung up (false: parked)
    QString label;
    int lineCount = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    SaleDraft draft;
};

// Carts at this terminal that are not sales yet. The till saves the open cart on every change
// (saveOpen), so a crash or a kill -9 loses nothing: at the next start recoverAfterCrash() parks
// it, and the cashier resumes it. Committing the sale removes the row in the sale's own
// transaction. Carts are a scratch pad: saving them writes no audit or outbox row; discarding one
// with lines is audited, since a cart that vanishes unpaid is what loss prevention looks for.
class ParkedSaleStore
{
public:
    explicit ParkedSaleStore(CoreContext &context) : m_context(context) { }

    bool saveOpen(const Actor &actor, const SaleDraft &draft, ServiceError *error);
    bool park(const Actor &actor, const QString &draftId, const QString &label, ServiceError *error);
    // Makes a parked cart the open one again and returns it.
    bool resume(const Actor &actor, const QString &draftId, SaleDraft *draft, ServiceError *error);
    bool discard(const Actor &actor, const QString &draftId, const QString &reason, ServiceError *error);
    // This terminal's carts, the open one first, then parked ones oldest first.
    QList<ParkedSale> list(const Actor &actor, ServiceError *error);
    // Parks every cart this terminal left open (call at start-up); returns how many.
    int recoverAfterCrash(const Actor &actor, ServiceError *error);

private:
    bool setState(const Actor &actor, const QString &draftId, bool open, const QString &label, ServiceError *error);
    CoreContext &m_context;
};

} // namespace kassa
