#include "returncontroller.h"

#include "clientsession.h"
#include "returnlinesmodel.h"
#include "sellcontroller.h"
#include "tendermodel.h"

#include "sales/recentsales.h"
#include "sales/salerepository.h"

using namespace Qt::StringLiterals;

namespace kassa::ui
{


ReturnController::ReturnController(ClientSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_lines(new ReturnLinesModel(this))
{
    connect(session, &ClientSession::userChanged, this, &ReturnController::reset);
}



void ReturnController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

QStringList ReturnController::reasons() const
{
    return {tr("Changed mind"), tr("Wrong size"), tr("Defective"), tr("Damaged in transit"), tr("Wrong item"), tr("Other")};
}

void ReturnController::reset()
{
    m_draft = ReturnDraft();
    m_lines->clear();
    m_refundTotal = 0;
    m_refundTenders.clear();
    setError({});
    Q_EMIT saleChanged();
    Q_EMIT changed();
}

bool ReturnController::show(const SaleRecord &sale)
{
    if (sale.kind != SaleKind::Sale) {
        setError(tr("%1 is a return or a void itself: find the sale it belongs to.").arg(sale.receiptNumber));
        return false;
    }
    const RefundMethod method = m_draft.refund;
    m_draft = ReturnDraft::create(sale.id);
    m_draft.refund = method == RefundMethod::Tenders ? RefundMethod::OriginalTenders : method;
    m_lines->setSale(sale);
    setError(sale.voided ? tr("This sale was voided: nothing is left to return.") : QString());
    Q_EMIT saleChanged();
    requote();
    return true;
}

bool ReturnController::find(const QString &receiptNumber)
{
    SaleRecord sale;
    ServiceError error;
    if (!ReturnService(m_session->context()).findByReceipt(m_session->actor(), receiptNumber.trimmed().toUpper(), &sale, &error)) {
        setError(error.kind == ServiceError::Kind::NotFound ? tr("No sale has the receipt number %1.").arg(receiptNumber.trimmed()) : SellController::describe(error));
        return false;
    }
    return show(sale);
}

bool ReturnController::findById(const QString &saleId)
{
    SaleRecord sale;
    ServiceError error;
    if (!SaleRepository::load(*m_session->context().database, m_session->shop().companyId, saleId, &sale, &error)) {
        setError(SellController::describe(error));
        return false;
    }
    // The receipt path reads back what earlier returns took; take it the same way.
    return find(sale.receiptNumber);
}

QVariantList ReturnController::recentSales(const QString &prefix)
{
    QVariantList result;
    QList<RecentSale> sales;
    QString error;
    if (!m_session->isOpen() || !listRecentSales(*m_session->context().database, m_session->shop().companyId, m_session->shopId(), prefix, 50, &sales, &error)) {
        if (!error.isEmpty()) {
            setError(error);
        }
        return result;
    }
    for (const RecentSale &sale : std::as_const(sales)) {
        result.append(QVariantMap{{u"id"_s, sale.id},
                                  {u"receiptNumber"_s, sale.receiptNumber},
                                  {u"kind"_s, sale.kind},
                                  {u"total"_s, sale.total},
                                  {u"occurredAt"_s, sale.occurredAt},
                                  {u"cashierName"_s, sale.cashierName}});
    }
    return result;
}

ReturnDraft ReturnController::draftFromChoices() const
{
    ReturnDraft draft = m_draft;
    draft.lines.clear();
    const QList<ReturnLinesModel::Choice> &choices = m_lines->choices();
    for (qsizetype row = 0; row < choices.size(); ++row) {
        const ReturnLinesModel::Choice &choice = choices.at(row);
        if (choice.quantity > 0) {
            draft.lines.append({m_lines->sale().lines.at(row).id, choice.quantity, choice.reason.isEmpty() ? tr("Other") : choice.reason, choice.restock});
        }
    }
    return draft;
}

void ReturnController::requote()
{
    m_refundTotal = 0;
    m_refundTenders.clear();
    const ReturnDraft draft = draftFromChoices();
    if (!draft.lines.isEmpty()) {
        ReturnQuote quote;
        ServiceError error;
        if (ReturnService(m_session->context()).quote(m_session->actor(), draft, &quote, &error)) {
            m_refundTotal = -quote.document.total;
            for (const SettledTender &tender : std::as_const(quote.settlement.tenders)) {
                m_refundTenders.append(QVariantMap{{u"kind"_s, tenderKindName(tender.kind)}, {u"label"_s, TenderModel::kindLabel(tender.kind)}, {u"amount"_s, -tender.amount}});
            }
            setError({});
        } else {
            setError(SellController::describe(error));
        }
    }
    Q_EMIT changed();
}

bool ReturnController::setReturnQuantity(int row, qint64 quantity)
{
    if (row < 0 || row >= m_lines->rowCount()) {
        return false;
    }
    ReturnLinesModel::Choice choice = m_lines->choices().at(row);
    choice.quantity = quantity;
    if (!m_lines->setChoice(row, choice)) {
        setError(tr("At most %1 of this line can come back.").arg(m_lines->returnable(row)));
        return false;
    }
    requote();
    return true;
}

bool ReturnController::setReason(int row, const QString &reason)
{
    if (row < 0 || row >= m_lines->rowCount()) {
        return false;
    }
    ReturnLinesModel::Choice choice = m_lines->choices().at(row);
    choice.reason = reason;
    return m_lines->setChoice(row, choice);
}

bool ReturnController::setRestock(int row, bool restock)
{
    if (row < 0 || row >= m_lines->rowCount()) {
        return false;
    }
    ReturnLinesModel::Choice choice = m_lines->choices().at(row);
    choice.restock = restock;
    return m_lines->setChoice(row, choice);
}

void ReturnController::returnEverything(const QString &reason)
{
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        m_lines->setChoice(row, {m_lines->returnable(row), reason, true});
    }
    requote();
}

QString ReturnController::originalReceipt() const
{
    return m_lines->sale().receiptNumber;
}

qint64 ReturnController::originalTotal() const
{
    return m_lines->sale().total;
}

qint64 ReturnController::originalTime() const
{
    return m_lines->sale().occurredAt;
}

bool ReturnController::originalVoided() const
{
    return m_lines->sale().voided;
}

bool ReturnController::hasCustomer() const
{
    return !m_lines->sale().customerId.isEmpty();
}

QString ReturnController::refundMethod() const
{
    return m_draft.refund == RefundMethod::StoreCredit ? u"store_credit"_s : u"original"_s;
}

void ReturnController::setRefundMethod(const QString &method)
{
    m_draft.refund = method == "store_credit"_L1 ? RefundMethod::StoreCredit : RefundMethod::OriginalTenders;
    requote();
}

bool ReturnController::completed(const SaleRecord &document)
{
    m_lastReceiptNumber = document.receiptNumber;
    reset();
    Q_EMIT returnCompleted(document.id, m_lastReceiptNumber);
    return true;
}

bool ReturnController::commit()
{
    const ReturnDraft draft = draftFromChoices();
    if (draft.lines.isEmpty()) {
        setError(tr("Choose what comes back first."));
        return false;
    }
    SaleRecord document;
    ServiceError error;
    if (!ReturnService(m_session->context()).commit(m_session->actor(), draft, &document, &error)) {
        setError(SellController::describe(error));
        return false;
    }
    return completed(document);
}

bool ReturnController::voidSale(const QString &managerId, const QString &pin, const QString &reason)
{
    if (!found()) {
        setError(tr("Find the sale first."));
        return false;
    }
    VoidRequest request = VoidRequest::create(m_draft.originalSaleId);
    request.reason = reason.trimmed().isEmpty() ? tr("Voided at the till") : reason.trimmed();
    if (!managerId.isEmpty()) {
        request.approval = Approval{managerId, pin};
    }
    SaleRecord document;
    ServiceError error;
    if (!ReturnService(m_session->context()).voidSale(m_session->actor(), request, &document, &error)) {
        setError(SellController::describe(error));
        return false;
    }
    return completed(document);
}

} // namespace kassa::ui
