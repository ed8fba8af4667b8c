#pragma once

#include "singletoninstance.h"
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace kassa::ui
{

class ClientSession;

// The till's shift: open it with a float, cash in and out with a reason, the X report at any time,
// and the close with a blind count (the cashier counts before she sees what was expected), which
// turns the X report into the Z report.
class ShiftController : public QObject, public SingletonInstance<ShiftController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Shift)
    QML_SINGLETON
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(QString shiftId READ shiftId NOTIFY changed)
    Q_PROPERTY(qint64 openedAt READ openedAt NOTIFY changed)
    Q_PROPERTY(qint64 openingFloat READ openingFloat NOTIFY changed)
    // The latest report as {kind: "x"|"z", sales: {...}, tenders: [{kind, label, expected, counted, variance}], taxes: [...], ...}
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ShiftController(ClientSession *session, QObject *parent = nullptr);


    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool openShift(const QString &floatText);
    Q_INVOKABLE bool cashIn(const QString &amountText, const QString &reason);
    Q_INVOKABLE bool cashOut(const QString &amountText, const QString &reason);
    // The X report of the open shift, into `report`.
    Q_INVOKABLE bool loadXReport();
    // Closes with the counted cash (required) and card batch total (optional, empty when not
    // counted); `report` becomes the Z report.
    Q_INVOKABLE bool close(const QString &countedCashText, const QString &countedCardText);

    [[nodiscard]] bool isOpen() const { return !m_shiftId.isEmpty(); }
    [[nodiscard]] QString shiftId() const { return m_shiftId; }
    [[nodiscard]] qint64 openedAt() const { return m_openedAt; }
    [[nodiscard]] qint64 openingFloat() const { return m_openingFloat; }
    [[nodiscard]] QVariantMap report() const { return m_report; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString lastClosedShiftId() const { return m_lastClosedShiftId; }

Q_SIGNALS:
    void changed();
    void reportChanged();
    void errorMessageChanged();
    // A Z report was made: the shift is closed (printing listens).
    void shiftClosed(const QString &shiftId);

private:
    bool moveCash(bool in, const QString &amountText, const QString &reason);
    void setError(const QString &message);

    ClientSession *m_session;
    QString m_shiftId;
    qint64 m_openedAt = 0;
    qint64 m_openingFloat = 0;
    QVariantMap m_report;
    QString m_errorMessage;
    QString m_lastClosedShiftId;
};

} // namespace kassa::ui
