#include "sellcontroller.h"

#include "cartmodel.h"
#include "clientsession.h"
#include "parkedsalesmodel.h"
#include "searchmodel.h"
#include "tendermodel.h"

#include "sales/giftcardledger.h"
#include "sales/parkedsalestore.h"
#include "sales/saleservice.h"
#include "sales/shiftrecord.h"
#include "sales/shopstock.h"
#include "sales/storecreditledger.h"
#include "sales/topsellers.h"
#include "services/customerservice.h"
#include "services/staffqueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSell, "kassa.ui.sell")

namespace kassa::ui
{


SellController::SellController(ClientSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cart(new CartModel(this))
    , m_tenders(new TenderModel(this))
    , m_search(new SearchModel(session, this))
    , m_parked(new ParkedSalesModel(this))
{
    connect(session, &ClientSession::userChanged, this, &SellController::onSignedInChanged);
    connect(session, &ClientSession::aboutToSignOut, this, [this] {
        // A cashier switch: her cart waits for her, parked under her name.
        if (!m_draft.lines.isEmpty()) {
            park(tr("%1's sale").arg(m_session->userName()));
        }
    });
    m_draft = SaleDraft::create();
}



QString SellController::describe(const ServiceError &error)
{
    // The core's messages name the record and the rule; a cashier gets the same in her language
    // where the reason is one the till meets every day.
    if (error.code == "insufficient_stock"_L1) {
        return tr("Not enough in stock: %1").arg(error.message);
    }
    if (error.code == "shift_not_open"_L1 || error.message.contains(u"open shift"_s)) {
        return tr("Open a shift first.");
    }
    if (error.kind == ServiceError::Kind::Forbidden) {
        return tr("Not allowed: %1").arg(error.message);
    }
    if (error.kind == ServiceError::Kind::NotFound && error.field == "code"_L1) {
        return tr("Unknown code: %1").arg(error.message);
    }
    return error.message;
}

void SellController::setError(const QString &message)
{
    if (message == m_errorMessage) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

bool SellController::ready()
{
    if (!m_session->isSignedIn()) {
        setError(tr("Sign in first."));
        return false;
    }
    if (!m_shiftOpen) {
        refresh();
        if (!m_shiftOpen) {
            setError(tr("Open a shift first."));
            return false;
        }
    }
    return true;
}

void SellController::onSignedInChanged()
{
    if (!m_session->isSignedIn()) {
        m_draft = SaleDraft::create();
        m_quote = SaleQuote();
        m_customerName.clear();
        show();
        return;
    }
    // Carts a crash or a kill -9 left open come back parked; nothing is lost.
    ServiceError error;
    const int recovered = ParkedSaleStore(m_session->context()).recoverAfterCrash(m_session->actor(), &error);
    if (error.isSet()) {
        setError(describe(error));
    } else if (recovered > 0) {
        setError(tr("%n unfinished sale(s) from before the restart are parked: resume them from Parked sales.", nullptr, recovered));
    } else {
        setError({});
    }
    startNewSale();
    refresh();
    reloadQuickKeys();
}

void SellController::reloadQuickKeys()
{
    m_quickKeys.clear();
    QList<TopSeller> sellers;
    QString error;
    const qint64 since = m_session->context().wallClock() - 30LL * 24 * 3600 * 1000;
    if (m_session->isOpen() && listTopSellers(*m_session->context().database, m_session->shop().companyId, m_session->shopId(), since, 12, &sellers, &error)) {
        for (const TopSeller &seller : std::as_const(sellers)) {
            m_quickKeys.append(QVariantMap{{u"variantId"_s, seller.variantId}, {u"description"_s, seller.description}, {u"price"_s, seller.price},
                                           {u"unit"_s, seller.unit}});
        }
    }
    Q_EMIT quickKeysChanged();
}

void SellController::refresh()
{
    if (!m_session->isOpen() || !m_session->isSignedIn()) {
        m_shiftOpen = false;
        Q_EMIT changed();
        return;
    }
    ShiftRecord shift;
    ServiceError error;
    m_shiftOpen = loadOpenShift(*m_session->context().database, m_session->shop().companyId, m_session->context().deviceId, &shift, &error);
    reloadParked();
    if (m_shiftOpen && !m_draft.lines.isEmpty()) {
        apply(m_draft);
    } else {
        Q_EMIT changed();
    }
}

void SellController::reloadParked()
{
    ServiceError error;
    QList<ParkedSale> sales = ParkedSaleStore(m_session->context()).list(m_session->actor(), &error);
    sales.erase(std::remove_if(sales.begin(), sales.end(), [](const ParkedSale &sale) { return sale.open; }), sales.end());
    m_parked->setSales(sales);
}

void SellController::startNewSale()
{
    m_draft = SaleDraft::create(m_session->shopId());
    m_quote = SaleQuote();
    m_customerName.clear();
    show();
}

bool SellController::apply(const SaleDraft &draft)
{
    if (!ready()) {
        return false;
    }
    SaleQuote quote;
    if (!draft.lines.isEmpty()) {
        ServiceError error;
        if (!SaleService(m_session->context()).quote(m_session->actor(), draft, &quote, &error)) {
            setError(describe(error));
            return false;
        }
    }
    m_draft = draft;
    m_quote = quote;
    // The open cart is written on every change: what the cashier sees survives a crash.
    ServiceError saveError;
    if (!m_draft.lines.isEmpty() && !ParkedSaleStore(m_session->context()).saveOpen(m_session->actor(), m_draft, &saveError)) {
        qCWarning(lcSell) << "the open cart could not be saved:" << saveError.message;
        setError(tr("The cart could not be saved: %1").arg(saveError.message));
    } else {
        setError({});
    }
    show();
    return true;
}

void SellController::show()
{
    QStringList variantIds;
    for (const DraftLine &line : std::as_const(m_draft.lines)) {
        variantIds << line.variantId;
    }
    QHash<QString, qint64> available;
    QString error;
    if (m_session->isOpen() && !variantIds.isEmpty()) {
        availableAtShop(*m_session->context().database, m_session->shop().companyId, m_session->shopId(), variantIds, &available, &error);
    }
    m_cart->setLines(m_quote.lines, available);
    m_tenders->setTenders(m_quote.settlement.tenders);
    Q_EMIT changed();
}

bool SellController::scan(const QString &code)
{
    if (!ready()) {
        return false;
    }
    DraftLine line;
    ServiceError error;
    if (!SaleService(m_session->context()).scan(m_session->actor(), code, &line, &error)) {
        setError(describe(error));
        Q_EMIT scanFailed(code);
        return false;
    }
    SaleDraft draft = m_draft;
    // The same article scanned again counts up its line, unless the line is a weighed one (each
    // label is its own line) or was repriced.
    const bool mergeable = line.labelPrice < 0 && line.priceOverride < 0;
    for (DraftLine &existing : draft.lines) {
        if (mergeable && existing.variantId == line.variantId && existing.labelPrice < 0 && existing.priceOverride < 0 && existing.giftCardCode.isEmpty()
            && existing.lineDiscount == 0) {
            existing.quantity += line.quantity;
            return apply(draft);
        }
    }
    draft.lines.append(line);
    return apply(draft);
}

bool SellController::addVariant(const QString &variantId, qint64 quantity)
{
    if (quantity <= 0) {
        setError(tr("The quantity must be more than zero."));
        return false;
    }
    SaleDraft draft = m_draft;
    for (DraftLine &existing : draft.lines) {
        if (existing.variantId == variantId && existing.labelPrice < 0 && existing.priceOverride < 0 && existing.giftCardCode.isEmpty()
            && existing.lineDiscount == 0) {
            existing.quantity += quantity;
            return apply(draft);
        }
    }
    DraftLine line;
    line.variantId = variantId;
    line.quantity = quantity;
    draft.lines.append(line);
    return apply(draft);
}

bool SellController::setQuantity(int row, qint64 quantity)
{
    if (row < 0 || row >= m_draft.lines.size()) {
        return false;
    }
    if (quantity <= 0) {
        return removeLine(row);
    }
    if (m_draft.lines.at(row).labelPrice >= 0) {
        setError(tr("A weighed article's quantity comes from its label."));
        return false;
    }
    SaleDraft draft = m_draft;
    draft.lines[row].quantity = quantity;
    return apply(draft);
}

bool SellController::changeQuantity(int row, int delta)
{
    if (row < 0 || row >= m_draft.lines.size()) {
        return false;
    }
    return setQuantity(row, m_draft.lines.at(row).quantity + delta);
}

bool SellController::removeLine(int row)
{
    if (row < 0 || row >= m_draft.lines.size()) {
        return false;
    }
    SaleDraft draft = m_draft;
    draft.lines.removeAt(row);
    if (draft.lines.isEmpty()) {
        draft.tenders.clear();
        draft.cartDiscount = 0;
        // An empty cart is no sale: nothing to keep open for it.
        ServiceError error;
        ParkedSaleStore(m_session->context()).discard(m_session->actor(), m_draft.id, tr("all lines removed"), &error);
        m_draft = draft;
        m_quote = SaleQuote();
        setError({});
        show();
        return true;
    }
    return apply(draft);
}

bool SellController::discountFromText(const QString &text, qint64 base, qint64 *amount)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *amount = 0;
        return true;
    }
    if (trimmed.endsWith(u'%')) {
        trimmed.chop(1);
        bool ok = false;
        const double percent = m_session->locale().toDouble(trimmed.trimmed(), &ok);
        const double plain = ok ? percent : trimmed.trimmed().replace(u',', u'.').toDouble(&ok);
        if (!ok || plain < 0 || plain > 100) {
            setError(tr("A discount is a percentage from 0 to 100 or an amount."));
            return false;
        }
        // Basis points, then the amount rounded half up: the same figure the receipt shows.
        const qint64 basisPoints = qRound64(plain * 100.0);
        *amount = (base * basisPoints + 5000) / 10000;
        return true;
    }
    const qint64 parsed = m_session->parseMoney(trimmed);
    if (parsed < 0) {
        setError(tr("\"%1\" is no amount.").arg(text));
        return false;
    }
    *amount = parsed;
    return true;
}

bool SellController::setLineDiscount(int row, const QString &text)
{
    if (row < 0 || row >= m_quote.lines.size()) {
        return false;
    }
    qint64 amount = 0;
    if (!discountFromText(text, m_quote.lines.at(row).priced.extended, &amount)) {
        return false;
    }
    SaleDraft draft = m_draft;
    draft.lines[row].lineDiscount = amount;
    draft.approval = {};
    return apply(draft);
}

bool SellController::setCartDiscount(const QString &text)
{
    qint64 lineDiscounts = 0;
    for (const QuotedLine &line : std::as_const(m_quote.lines)) {
        lineDiscounts += line.priced.lineDiscount;
    }
    qint64 amount = 0;
    if (!discountFromText(text, m_quote.cart.subtotal - lineDiscounts, &amount)) {
        return false;
    }
    SaleDraft draft = m_draft;
    draft.cartDiscount = amount;
    draft.approval = {};
    return apply(draft);
}

bool SellController::overridePrice(int row, const QString &text)
{
    if (row < 0 || row >= m_draft.lines.size()) {
        return false;
    }
    SaleDraft draft = m_draft;
    if (text.trimmed().isEmpty()) {
        draft.lines[row].priceOverride = -1;
    } else {
        const qint64 price = m_session->parseMoney(text);
        if (price < 0) {
            setError(tr("\"%1\" is no price.").arg(text));
            return false;
        }
        draft.lines[row].priceOverride = price;
    }
    draft.approval = {};
    return apply(draft);
}

bool SellController::sellGiftCard(const QString &code, const QString &amountText)
{
    const qint64 amount = m_session->parseMoney(amountText);
    if (code.trimmed().isEmpty() || amount <= 0) {
        setError(tr("A gift card needs its code and an amount."));
        return false;
    }
    SaleDraft draft = m_draft;
    DraftLine line;
    line.giftCardCode = code.trimmed();
    line.priceOverride = amount;
    line.description = tr("Gift card %1").arg(line.giftCardCode);
    draft.lines.append(line);
    return apply(draft);
}

QString SellController::approvalAction() const
{
    return m_quote.approvalActions.isEmpty() ? QString() : actionName(m_quote.approvalActions.constFirst());
}

bool SellController::approve(const QString &managerId, const QString &pin)
{
    for (const Action action : std::as_const(m_quote.approvalActions)) {
        if (!m_session->verifyApproval(managerId, pin, actionName(action))) {
            setError(m_session->errorMessage());
            return false;
        }
    }
    SaleDraft draft = m_draft;
    draft.approval = Approval{managerId, pin};
    return apply(draft);
}

bool SellController::attachCustomer(const QString &customerId, const QString &name)
{
    SaleDraft draft = m_draft;
    draft.customerId = customerId;
    if (!apply(draft)) {
        return false;
    }
    m_customerName = name;
    Q_EMIT changed();
    return true;
}

void SellController::detachCustomer()
{
    SaleDraft draft = m_draft;
    draft.customerId.clear();
    draft.tenders.erase(std::remove_if(draft.tenders.begin(), draft.tenders.end(), [](const TenderInput &tender) { return tender.kind == TenderKind::StoreCredit; }),
                        draft.tenders.end());
    if (apply(draft)) {
        m_customerName.clear();
        Q_EMIT changed();
    }
}

QVariantList SellController::findCustomers(const QString &text)
{
    QVariantList result;
    if (text.trimmed().size() < 2 || !m_session->isSignedIn()) {
        return result;
    }
    ServiceError error;
    const QJsonObject page = StaffQueries(m_session->context()).customers(m_session->actor(), text.trimmed(), PageRequest{20, {}}, &error);
    if (error.isSet()) {
        setError(describe(error));
        return result;
    }
    for (const QJsonValue &value : page.value(u"data"_s).toArray()) {
        const QJsonObject customer = value.toObject();
        result.append(QVariantMap{{u"id"_s, customer.value(u"id"_s).toString()},
                                  {u"name"_s, customer.value(u"name"_s).toString()},
                                  {u"email"_s, customer.value(u"email"_s).toString()},
                                  {u"phone"_s, customer.value(u"phone"_s).toString()}});
    }
    return result;
}

bool SellController::createCustomer(const QString &name, const QString &phone, const QString &email)
{
    QJsonObject fields{{u"name"_s, name.trimmed()}};
    if (!phone.trimmed().isEmpty()) {
        fields.insert(u"phone"_s, phone.trimmed());
    }
    if (!email.trimmed().isEmpty()) {
        fields.insert(u"email"_s, email.trimmed());
    }
    ServiceError error;
    const QString id = CustomerService(m_session->context()).create(m_session->actor(), fields, &error);
    if (id.isEmpty()) {
        setError(describe(error));
        return false;
    }
    return attachCustomer(id, name.trimmed());
}

void SellController::setNote(const QString &note)
{
    if (note == m_draft.note) {
        return;
    }
    SaleDraft draft = m_draft;
    draft.note = note.left(500);
    if (draft.lines.isEmpty()) {
        m_draft = draft;
        Q_EMIT changed();
        return;
    }
    apply(draft);
}

bool SellController::addTender(const QString &kind, const QString &amountText, const QString &reference)
{
    TenderInput tender;
    if (!parseTenderKind(kind, &tender.kind)) {
        setError(tr("Unknown kind of payment: %1").arg(kind));
        return false;
    }
    if (m_draft.lines.isEmpty()) {
        setError(tr("The cart is empty."));
        return false;
    }
    if (amountText.trimmed().isEmpty()) {
        tender.amount = m_quote.settlement.amountDue;
        if (tender.kind == TenderKind::Cash && m_quote.settlement.cashDue > 0 && m_quote.settlement.nonCash + m_quote.settlement.cashDue >= m_quote.cart.total) {
            tender.amount = m_quote.settlement.cashDue;
        }
    } else {
        tender.amount = m_session->parseMoney(amountText);
    }
    if (tender.amount <= 0) {
        setError(amountText.trimmed().isEmpty() ? tr("Nothing is due.") : tr("\"%1\" is no amount.").arg(amountText));
        return false;
    }
    tender.reference = reference.trimmed();
    if (tender.kind == TenderKind::StoreCredit && m_draft.customerId.isEmpty()) {
        setError(tr("Store credit needs the customer: attach her first."));
        return false;
    }
    SaleDraft draft = m_draft;
    draft.tenders.append(tender);
    return apply(draft);
}

void SellController::removeTender(int row)
{
    if (row < 0 || row >= m_draft.tenders.size()) {
        return;
    }
    SaleDraft draft = m_draft;
    draft.tenders.removeAt(row);
    apply(draft);
}

void SellController::clearTenders()
{
    if (m_draft.tenders.isEmpty()) {
        return;
    }
    SaleDraft draft = m_draft;
    draft.tenders.clear();
    apply(draft);
}

QVariantList SellController::cashSuggestions() const
{
    QVariantList suggestions;
    const qint64 due = m_quote.settlement.cashDue > 0 ? m_quote.settlement.cashDue : m_quote.settlement.amountDue;
    if (due <= 0) {
        return suggestions;
    }
    suggestions << due;
    // The next round banknote amounts above what is due, in the currency's major unit.
    qint64 major = 1;
    CurrencyInfo info;
    if (currencyInfo(m_session->currency(), &info)) {
        for (int i = 0; i < info.exponent; ++i) {
            major *= 10;
        }
    }
    const qint64 steps[] = {5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
    for (const qint64 step : steps) {
        const qint64 unit = step * major * (info.exponent == 0 ? 10 : 1); // yen: 50, 100, 200, ... 1000s
        const qint64 rounded = ((due + unit - 1) / unit) * unit;
        if (rounded > due && !suggestions.contains(rounded)) {
            suggestions << rounded;
        }
        if (suggestions.size() >= 4) {
            break;
        }
    }
    return suggestions;
}

qint64 SellController::giftCardBalance(const QString &code)
{
    GiftCard card;
    if (!m_session->isOpen() || !GiftCardLedger::find(*m_session->context().database, m_session->shop().companyId, code.trimmed(), &card) || !card.active) {
        return -1;
    }
    return card.balance;
}

qint64 SellController::storeCreditBalance()
{
    if (m_draft.customerId.isEmpty() || !m_session->isOpen()) {
        return 0;
    }
    return StoreCreditLedger::balance(*m_session->context().database, m_session->shop().companyId, m_draft.customerId);
}

qint64 SellController::itemCount() const
{
    qint64 count = 0;
    for (const QuotedLine &line : std::as_const(m_quote.lines)) {
        count += line.unit == "piece"_L1 || line.unit.isEmpty() ? line.draft.quantity : 1;
    }
    return count;
}

qint64 SellController::paid() const
{
    qint64 paid = 0;
    for (const SettledTender &tender : std::as_const(m_quote.settlement.tenders)) {
        paid += tender.amount;
    }
    return paid;
}

QVariantList SellController::taxes() const
{
    QVariantList rows;
    for (const TaxBreakdownRow &row : std::as_const(m_quote.cart.taxes)) {
        rows.append(QVariantMap{{u"rate"_s, row.rateBasisPoints}, {u"net"_s, row.net}, {u"tax"_s, row.tax}, {u"gross"_s, row.gross}});
    }
    return rows;
}

bool SellController::complete()
{
    if (!ready()) {
        return false;
    }
    if (m_draft.lines.isEmpty()) {
        setError(tr("The cart is empty."));
        return false;
    }
    if (needsApproval()) {
        setError(tr("A manager must approve: %1").arg(m_quote.approvalReasons.join(u"; "_s)));
        return false;
    }
    if (!m_quote.settlement.isComplete()) {
        setError(tr("%1 is still due.").arg(m_session->money(m_quote.settlement.amountDue)));
        return false;
    }
    SaleRecord sale;
    ServiceError error;
    bool replayed = false;
    if (!SaleService(m_session->context()).commit(m_session->actor(), m_draft, &sale, &error, &replayed)) {
        setError(describe(error));
        return false;
    }
    m_lastSale = sale;
    m_lastChange = m_quote.settlement.change;
    setError({});
    startNewSale();
    m_search->clear();
    Q_EMIT saleCompleted(sale.id, sale.receiptNumber);
    return true;
}

bool SellController::park(const QString &label)
{
    if (m_draft.lines.isEmpty()) {
        setError(tr("The cart is empty."));
        return false;
    }
    ServiceError error;
    ParkedSaleStore store(m_session->context());
    if (!store.saveOpen(m_session->actor(), m_draft, &error) || !store.park(m_session->actor(), m_draft.id, label.trimmed(), &error)) {
        setError(describe(error));
        return false;
    }
    setError({});
    startNewSale();
    reloadParked();
    return true;
}

bool SellController::resume(const QString &saleId)
{
    if (!m_draft.lines.isEmpty() && !park(QString())) {
        return false;
    }
    SaleDraft draft;
    ServiceError error;
    if (!ParkedSaleStore(m_session->context()).resume(m_session->actor(), saleId, &draft, &error)) {
        setError(describe(error));
        return false;
    }
    reloadParked();
    m_customerName.clear();
    if (!draft.customerId.isEmpty()) {
        const QJsonObject customer = StaffQueries(m_session->context()).customer(m_session->actor(), draft.customerId, &error);
        m_customerName = customer.value(u"name"_s).toString();
    }
    if (!apply(draft)) {
        // Prices or stock moved so that it cannot be priced (an article no longer sold): still
        // show it, so the cashier can take the line out.
        m_draft = draft;
        show();
    }
    return true;
}

bool SellController::discard(const QString &reason)
{
    if (!m_draft.lines.isEmpty()) {
        ServiceError error;
        if (!ParkedSaleStore(m_session->context()).discard(m_session->actor(), m_draft.id, reason, &error)) {
            setError(describe(error));
            return false;
        }
    }
    setError({});
    startNewSale();
    return true;
}

} // namespace kassa::ui
