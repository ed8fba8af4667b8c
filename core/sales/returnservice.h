#pragma once

#include "saledraft.h"
#include "salerecord.h"
#include "tendersettlement.h"

#include "domain/actor.h"
#include "services/corecontext.h"
#include "services/serviceerror.h"
#include "services/stockledger.h"

namespace kassa
{

struct ReturnLineRequest {
    QString originalLineId;
    qint64 quantity = 0; // how much of the line comes back, positive, in the line's unit
    QString reason; // wrong size, defective, ...
    bool restock = true; // back on the shop floor; false writes it off as waste
};

enum class RefundMethod {
    OriginalTenders, // back the way it was paid: card, gift card and store credit first, cash for the rest
    StoreCredit, // onto the customer's store credit
    Tenders, // as the cashier enters them (negative amounts)
};

struct ReturnDraft {
    QString id; // the return document's id, made by create(): a repeated commit is recognised
    QString originalSaleId;
    QList<ReturnLineRequest> lines;
    RefundMethod refund = RefundMethod::OriginalTenders;
    QList<TenderInput> tenders; // for RefundMethod::Tenders
    QString customerId; // who gets store credit when the sale had no customer
    QString note;

    static ReturnDraft create(const QString &originalSaleId);
};

struct VoidRequest {
    QString id; // the void document's id, made by create()
    QString saleId;
    QString reason;
    Approval approval; // a manager's PIN when the cashier may not void

    static VoidRequest create(const QString &saleId);
};

// A return as it would be written: the document (negative quantities and amounts taken from the
// original lines, the price actually charged) and how the refund is paid.
struct ReturnQuote {
    SaleRecord original;
    SaleRecord document;
    Settlement settlement;
};

// Taking goods back at the till. A return is a new document referencing the sale: per line at
// most what was sold minus what earlier returns took back, its amounts the original line's in
// proportion (so returning a line in parts adds up exactly to the line), stock back on the shop
// floor (`return`) or written off (`return` then `waste`), the refund to the original tenders or
// to store credit. A void reverses a whole sale of the current shift and needs sale_void or a
// manager's PIN. Both commit as one transaction like a sale, with their own receipt numbers.
class ReturnService
{
public:
    explicit ReturnService(CoreContext &context) : m_context(context) { }

    // The sale with this receipt number, its lines showing how much was returned already.
    bool findByReceipt(const Actor &actor, const QString &receiptNumber, SaleRecord *sale, ServiceError *error);

    bool quote(const Actor &actor, const ReturnDraft &draft, ReturnQuote *quote, ServiceError *error);
    bool commit(const Actor &actor, const ReturnDraft &draft, SaleRecord *document, ServiceError *error, bool *replayed = nullptr);

    bool voidSale(const Actor &actor, const VoidRequest &request, SaleRecord *document, ServiceError *error, bool *replayed = nullptr);

private:
    bool replay(const Actor &actor, const QString &id, SaleRecord *document, ServiceError *error, bool *replayed, bool *found);
    CoreContext &m_context;
};

} // namespace kassa
