#pragma once

#include <QObject>

namespace kassa::ui
{

class ClientSession;
class ReceiptController;
class ReturnController;
class ScannerInput;
class SellController;
class ShiftController;
class StatusController;

// The client's composition root: makes the session and the controllers, wires them together and
// registers them as QML's singletons. main() makes one; so do the QML tests and the self-test.
class ClientApp : public QObject
{
    Q_OBJECT

public:
    explicit ClientApp(QObject *parent = nullptr);
    ~ClientApp() override;

    [[nodiscard]] ClientSession *session() const { return m_session; }
    [[nodiscard]] SellController *sell() const { return m_sell; }
    [[nodiscard]] ShiftController *shift() const { return m_shift; }
    [[nodiscard]] ReturnController *returns() const { return m_returns; }
    [[nodiscard]] StatusController *status() const { return m_status; }
    [[nodiscard]] ScannerInput *scanner() const { return m_scanner; }
    [[nodiscard]] ReceiptController *receipts() const { return m_receipts; }

private:
    ClientSession *m_session;
    SellController *m_sell;
    ShiftController *m_shift;
    ReturnController *m_returns;
    StatusController *m_status;
    ScannerInput *m_scanner;
    ReceiptController *m_receipts;
};

} // namespace kassa::ui
