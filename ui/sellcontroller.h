#pragma once

#include "singletoninstance.h"
#include "cartmodel.h"
#include "parkedsalesmodel.h"
#include "searchmodel.h"
#include "tendermodel.h"
#include "sales/saledraft.h"
#include "sales/salequote.h"
#include "sales/salerecord.h"
#include "services/serviceerror.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace kassa::ui
{

class ClientSession;

// The Sell screen: the cart being rung up, its price (SaleService::quote on every change, the same
// arithmetic the receipt will show), the payments, and committing it as a sale. The open cart is
// saved on every change (ParkedSaleStore::saveOpen), so a crash or a kill -9 loses nothing: at the
// next sign-in it comes back parked. QML calls these and shows the properties; no rule lives there.
class SellController : public QObject, public SingletonInstance<SellController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sell)
    QML_SINGLETON
    Q_PROPERTY(CartModel *cart READ cart CONSTANT)
    Q_PROPERTY(TenderModel *tenders READ tenders CONSTANT)
    Q_PROPERTY(SearchModel *search READ search CONSTANT)
    Q_PROPERTY(ParkedSalesModel *parked READ parked CONSTANT)
    Q_PROPERTY(QString saleId READ saleId NOTIFY changed)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY changed)
    Q_PROPERTY(qint64 itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(qint64 subtotal READ subtotal NOTIFY changed)
    Q_PROPERTY(qint64 discountTotal READ discountTotal NOTIFY changed)
    Q_PROPERTY(qint64 taxTotal READ taxTotal NOTIFY changed)
    Q_PROPERTY(qint64 total READ total NOTIFY changed)
    Q_PROPERTY(qint64 cartDiscount READ cartDiscount NOTIFY changed)
    Q_PROPERTY(qint64 paid READ paid NOTIFY changed)
    Q_PROPERTY(qint64 amountDue READ amountDue NOTIFY changed)
    Q_PROPERTY(qint64 change READ change NOTIFY changed)
    Q_PROPERTY(qint64 cashRounding READ cashRounding NOTIFY changed)
    Q_PROPERTY(bool paymentComplete READ paymentComplete NOTIFY changed)
    Q_PROPERTY(QVariantList taxes READ taxes NOTIFY changed)
    Q_PROPERTY(QVariantList cashSuggestions READ cashSuggestions NOTIFY changed)
    Q_PROPERTY(QString customerId READ customerId NOTIFY changed)
    Q_PROPERTY(QString customerName READ customerName NOTIFY changed)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY changed)
    Q_PROPERTY(bool needsApproval READ needsApproval NOTIFY changed)
    Q_PROPERTY(bool approved READ approved NOTIFY changed)
    Q_PROPERTY(QStringList approvalReasons READ approvalReasons NOTIFY changed)
    Q_PROPERTY(QString approvalAction READ approvalAction NOTIFY changed)
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString lastReceiptNumber READ lastReceiptNumber NOTIFY saleCompleted)
    Q_PROPERTY(QString lastSaleId READ lastSaleId NOTIFY saleCompleted)
    Q_PROPERTY(qint64 lastChange READ lastChange NOTIFY saleCompleted)
    Q_PROPERTY(qint64 lastTotal READ lastTotal NOTIFY saleCompleted)
    // The shop's most sold articles of the last 30 days: [{variantId, description, price, unit}].
    Q_PROPERTY(QVariantList quickKeys READ quickKeys NOTIFY quickKeysChanged)

public:
    explicit SellController(ClientSession *session, QObject *parent = nullptr);


    // Ringing up. Each returns false and sets errorMessage (in words for the cashier) on refusal;
    // the cart is then as it was.
    Q_INVOKABLE bool scan(const QString &code);
    Q_INVOKABLE bool addVariant(const QString &variantId, qint64 quantity = 1);
    Q_INVOKABLE bool setQuantity(int row, qint64 quantity);
    Q_INVOKABLE bool changeQuantity(int row, int delta);
    Q_INVOKABLE bool removeLine(int row);
    // "10%" takes a percentage of the line (of the cart), anything else is an amount.
    Q_INVOKABLE bool setLineDiscount(int row, const QString &text);
    Q_INVOKABLE bool setCartDiscount(const QString &text);
    Q_INVOKABLE bool overridePrice(int row, const QString &text);
    Q_INVOKABLE bool sellGiftCard(const QString &code, const QString &amountText);
    // A manager's PIN for what needsApproval lists; kept with this cart until it is sold.
    Q_INVOKABLE bool approve(const QString &managerId, const QString &pin);

    Q_INVOKABLE bool attachCustomer(const QString &customerId, const QString &name);
    Q_INVOKABLE void detachCustomer();
    // Customers by name, phone or e-mail (for attaching one): [{id, name, email, phone}].
    Q_INVOKABLE QVariantList findCustomers(const QString &text);
    // Creates a customer on the spot and attaches her.
    Q_INVOKABLE bool createCustomer(const QString &name, const QString &phone, const QString &email);
    void setNote(const QString &note);

    // Paying. Amounts are text as typed ("20", "20,00"); empty takes what is due.
    Q_INVOKABLE bool addTender(const QString &kind, const QString &amountText, const QString &reference = {});
    Q_INVOKABLE void removeTender(int row);
    Q_INVOKABLE void clearTenders();
    // Banknotes a customer is likely to hand over for what is due (exact, then round amounts).
    [[nodiscard]] QVariantList cashSuggestions() const;
    Q_INVOKABLE qint64 giftCardBalance(const QString &code);
    Q_INVOKABLE qint64 storeCreditBalance();
    // Commits the sale (one transaction); on success the till starts a new cart.
    Q_INVOKABLE bool complete();

    Q_INVOKABLE bool park(const QString &label);
    Q_INVOKABLE bool resume(const QString &saleId);
    Q_INVOKABLE bool discard(const QString &reason);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearError() { setError({}); }

    [[nodiscard]] CartModel *cart() const { return m_cart; }
    [[nodiscard]] TenderModel *tenders() const { return m_tenders; }
    [[nodiscard]] SearchModel *search() const { return m_search; }
    [[nodiscard]] ParkedSalesModel *parked() const { return m_parked; }
    [[nodiscard]] QString saleId() const { return m_draft.id; }
    [[nodiscard]] int lineCount() const { return int(m_draft.lines.size()); }
    [[nodiscard]] qint64 itemCount() const;
    [[nodiscard]] qint64 subtotal() const { return m_quote.cart.subtotal; }
    [[nodiscard]] qint64 discountTotal() const { return m_quote.cart.discountTotal; }
    [[nodiscard]] qint64 taxTotal() const { return m_quote.cart.taxTotal; }
    [[nodiscard]] qint64 total() const { return m_quote.cart.total; }
    [[nodiscard]] qint64 cartDiscount() const { return m_draft.cartDiscount; }
    [[nodiscard]] qint64 paid() const;
    [[nodiscard]] qint64 amountDue() const { return m_quote.settlement.amountDue; }
    [[nodiscard]] qint64 change() const { return m_quote.settlement.change; }
    [[nodiscard]] qint64 cashRounding() const { return m_quote.settlement.cashRounding; }
    [[nodiscard]] bool paymentComplete() const { return !m_draft.lines.isEmpty() && m_quote.settlement.isComplete(); }
    [[nodiscard]] QVariantList taxes() const;
    [[nodiscard]] QString customerId() const { return m_draft.customerId; }
    [[nodiscard]] QString customerName() const { return m_customerName; }
    [[nodiscard]] QString note() const { return m_draft.note; }
    [[nodiscard]] bool needsApproval() const { return m_quote.needsApproval() && !m_draft.approval.isSet(); }
    [[nodiscard]] bool approved() const { return m_draft.approval.isSet(); }
    [[nodiscard]] QStringList approvalReasons() const { return m_quote.approvalReasons; }
    [[nodiscard]] QString approvalAction() const;
    [[nodiscard]] bool shiftOpen() const { return m_shiftOpen; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString lastReceiptNumber() const { return m_lastSale.receiptNumber; }
    [[nodiscard]] QString lastSaleId() const { return m_lastSale.id; }
    [[nodiscard]] qint64 lastChange() const { return m_lastChange; }
    [[nodiscard]] qint64 lastTotal() const { return m_lastSale.total; }
    [[nodiscard]] const SaleDraft &draft() const { return m_draft; }
    [[nodiscard]] QVariantList quickKeys() const { return m_quickKeys; }
    Q_INVOKABLE void reloadQuickKeys();

    // A cashier-facing sentence for a refusal from the core services.
    static QString describe(const ServiceError &error);

Q_SIGNALS:
    void changed();
    void errorMessageChanged();
    void saleCompleted(const QString &saleId, const QString &receiptNumber);
    // A scan that found nothing, so the screen can flash and beep.
    void scanFailed(const QString &code);
    void quickKeysChanged();

private:
    // Prices `draft` and, when that works, makes it the cart (saved, shown); otherwise keeps the
    // cart and reports why.
    bool apply(const SaleDraft &draft);
    void show();
    void setError(const QString &message);
    bool ready();
    void startNewSale();
    void loadOpenCart();
    void reloadParked();
    void onSignedInChanged();
    bool discountFromText(const QString &text, qint64 base, qint64 *amount);

    ClientSession *m_session;
    CartModel *m_cart;
    TenderModel *m_tenders;
    SearchModel *m_search;
    ParkedSalesModel *m_parked;
    SaleDraft m_draft;
    SaleQuote m_quote;
    QString m_customerName;
    bool m_shiftOpen = false;
    QString m_errorMessage;
    SaleRecord m_lastSale;
    qint64 m_lastChange = 0;
    QVariantList m_quickKeys;
};

} // namespace kassa::ui
