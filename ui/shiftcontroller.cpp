#include "shiftcontroller.h"

#include "clientsession.h"
#include "sellcontroller.h"
#include "tendermodel.h"

#include "sales/shiftreport.h"
#include "sales/shiftservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kassa::ui
{

namespace
{

// The report as QML shows it: the stored JSON, with each tender's kind also in words.
QVariantMap reportMap(const ShiftReport &report)
{
    QJsonObject json = report.toJson();
    QJsonArray tenders;
    for (const QJsonValue &value : json.value(u"tenders"_s).toArray()) {
        QJsonObject tender = value.toObject();
        TenderKind kind = TenderKind::Other;
        parseTenderKind(tender.value(u"kind"_s).toString(), &kind);
        tender.insert(u"label"_s, TenderModel::kindLabel(kind));
        tenders.append(tender);
    }
    json.insert(u"tenders"_s, tenders);
    return json.toVariantMap();
}
} // namespace

ShiftController::ShiftController(ClientSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ClientSession::userChanged, this, &ShiftController::refresh);
    connect(session, &ClientSession::terminalChanged, this, &ShiftController::refresh);
}



void ShiftController::setError(const QString &message)
{
    if (message != m_errorMessage) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

void ShiftController::refresh()
{
    ShiftRecord shift;
    ServiceError error;
    if (m_session->isSignedIn() && ShiftService(m_session->context()).current(m_session->actor(), &shift, &error)) {
        m_shiftId = shift.id;
        m_openedAt = shift.openedAt;
        m_openingFloat = shift.openingFloat;
    } else {
        m_shiftId.clear();
        m_openedAt = 0;
        m_openingFloat = 0;
    }
    Q_EMIT changed();
}

bool ShiftController::openShift(const QString &floatText)
{
    const qint64 openingFloat = floatText.trimmed().isEmpty() ? 0 : m_session->parseMoney(floatText);
    if (openingFloat < 0) {
        setError(tr("\"%1\" is no amount.").arg(floatText));
        return false;
    }
    ShiftRecord shift;
    ServiceError error;
    if (!ShiftService(m_session->context()).open(m_session->actor(), m_session->shopId(), openingFloat, &shift, &error)) {
        setError(SellController::describe(error));
        return false;
    }
    setError({});
    m_report.clear();
    Q_EMIT reportChanged();
    refresh();
    return true;
}

bool ShiftController::moveCash(bool in, const QString &amountText, const QString &reason)
{
    const qint64 amount = m_session->parseMoney(amountText);
    if (amount <= 0) {
        setError(tr("\"%1\" is no amount.").arg(amountText));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        setError(tr("Say why the cash goes in or out."));
        return false;
    }
    ServiceError error;
    if (!ShiftService(m_session->context()).cashMovement(m_session->actor(), in ? CashMovementKind::CashIn : CashMovementKind::CashOut, amount, reason.trimmed(),
                                                         &error)) {
        setError(SellController::describe(error));
        return false;
    }
    setError({});
    return true;
}

bool ShiftController::cashIn(const QString &amountText, const QString &reason)
{
    return moveCash(true, amountText, reason);
}

bool ShiftController::cashOut(const QString &amountText, const QString &reason)
{
    return moveCash(false, amountText, reason);
}

bool ShiftController::loadXReport()
{
    ShiftReport report;
    ServiceError error;
    if (!ShiftService(m_session->context()).report(m_session->actor(), {}, &report, &error)) {
        setError(SellController::describe(error));
        return false;
    }
    setError({});
    m_report = reportMap(report);
    Q_EMIT reportChanged();
    return true;
}

bool ShiftController::close(const QString &countedCashText, const QString &countedCardText)
{
    ShiftCount count;
    count.cash = m_session->parseMoney(countedCashText);
    if (count.cash < 0) {
        setError(tr("Count the cash in the drawer and enter it (the float included)."));
        return false;
    }
    if (!countedCardText.trimmed().isEmpty()) {
        const qint64 card = m_session->parseMoney(countedCardText);
        if (card < 0) {
            setError(tr("\"%1\" is no amount.").arg(countedCardText));
            return false;
        }
        count.others.insert(TenderKind::Card, card);
    }
    ShiftReport z;
    ServiceError error;
    const QString closing = m_shiftId;
    if (!ShiftService(m_session->context()).close(m_session->actor(), count, &z, &error)) {
        setError(SellController::describe(error));
        return false;
    }
    setError({});
    m_report = reportMap(z);
    m_lastClosedShiftId = closing;
    Q_EMIT reportChanged();
    refresh();
    Q_EMIT shiftClosed(closing);
    return true;
}

} // namespace kassa::ui
