#pragma once

#include "singletoninstance.h"
#include "returnlinesmodel.h"
#include "sales/returnservice.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace kassa::ui
{

class ClientSession;

// The Returns screen: find the sale (scan the receipt's barcode, type its number, or pick it from
// the shop's latest), choose what comes back and why, refund to the original tenders or to store
// credit, and commit the return; or void a whole sale of this shift with a manager's approval.
class ReturnController : public QObject, public SingletonInstance<ReturnController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Returns)
    QML_SINGLETON
    Q_PROPERTY(bool found READ found NOTIFY saleChanged)
    Q_PROPERTY(QString originalReceipt READ originalReceipt NOTIFY saleChanged)
    Q_PROPERTY(QString originalSaleId READ originalSaleId NOTIFY saleChanged)
    Q_PROPERTY(qint64 originalTotal READ originalTotal NOTIFY saleChanged)
    Q_PROPERTY(qint64 originalTime READ originalTime NOTIFY saleChanged)
    Q_PROPERTY(bool originalVoided READ originalVoided NOTIFY saleChanged)
    Q_PROPERTY(bool hasCustomer READ hasCustomer NOTIFY saleChanged)
    Q_PROPERTY(ReturnLinesModel *lines READ lines CONSTANT)
    Q_PROPERTY(QString refundMethod READ refundMethod WRITE setRefundMethod NOTIFY changed)
    Q_PROPERTY(qint64 refundTotal READ refundTotal NOTIFY changed)
    Q_PROPERTY(QVariantList refundTenders READ refundTenders NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString lastReceiptNumber READ lastReceiptNumber NOTIFY returnCompleted)
    Q_PROPERTY(QStringList reasons READ reasons CONSTANT)

public:
    explicit ReturnController(ClientSession *session, QObject *parent = nullptr);


    Q_INVOKABLE bool find(const QString &receiptNumber);
    Q_INVOKABLE bool findById(const QString &saleId);
    // The shop's latest sales, newest first, narrowed to receipt numbers starting with `prefix`:
    // [{id, receiptNumber, kind, total, occurredAt, cashierName}].
    Q_INVOKABLE QVariantList recentSales(const QString &prefix = {});
    Q_INVOKABLE bool setReturnQuantity(int row, qint64 quantity);
    Q_INVOKABLE bool setReason(int row, const QString &reason);
    Q_INVOKABLE bool setRestock(int row, bool restock);
    // Every line that is left, back on the shelf, with one reason.
    Q_INVOKABLE void returnEverything(const QString &reason);
    Q_INVOKABLE bool commit();
    Q_INVOKABLE bool voidSale(const QString &managerId, const QString &pin, const QString &reason);
    Q_INVOKABLE void reset();

    [[nodiscard]] bool found() const { return !m_draft.originalSaleId.isEmpty(); }
    [[nodiscard]] QString originalReceipt() const;
    [[nodiscard]] QString originalSaleId() const { return m_draft.originalSaleId; }
    [[nodiscard]] qint64 originalTotal() const;
    [[nodiscard]] qint64 originalTime() const;
    [[nodiscard]] bool originalVoided() const;
    [[nodiscard]] bool hasCustomer() const;
    [[nodiscard]] ReturnLinesModel *lines() const { return m_lines; }
    [[nodiscard]] QString refundMethod() const;
    void setRefundMethod(const QString &method);
    [[nodiscard]] qint64 refundTotal() const { return m_refundTotal; }
    [[nodiscard]] QVariantList refundTenders() const { return m_refundTenders; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString lastReceiptNumber() const { return m_lastReceiptNumber; }
    [[nodiscard]] QStringList reasons() const;

Q_SIGNALS:
    void saleChanged();
    void changed();
    void errorMessageChanged();
    void returnCompleted(const QString &documentId, const QString &receiptNumber);

private:
    bool show(const SaleRecord &sale);
    void requote();
    void setError(const QString &message);
    ReturnDraft draftFromChoices() const;
    // A return or void was written: remembered, the screen cleared, the printer told.
    bool completed(const SaleRecord &document);

    ClientSession *m_session;
    ReturnLinesModel *m_lines;
    ReturnDraft m_draft;
    qint64 m_refundTotal = 0;
    QVariantList m_refundTenders;
    QString m_errorMessage;
    QString m_lastReceiptNumber;
};

} // namespace kassa::ui
