#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QSerialPort;
class QTcpSocket;

namespace kassa
{

// How bytes reach a printer: a network printer's raw port (TCP 9100), a serial port, or a file.
//
// Sending is asynchronous: send() returns at once and finished() follows exactly once, always
// later from the event loop (never from inside send()), with ok or the reason in words a cashier
// understands. A printer that is off costs the till nothing but a signal 2 s later: the UI thread
// never waits on a connect, a DNS lookup or a full printer buffer. sendAndWait() is the blocking
// form for the command line and tests; it runs a local event loop.
class PrinterTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts sending `bytes`. While a send is under way another one fails at once (busy).
    virtual void send(const QByteArray &bytes) = 0;
    [[nodiscard]] virtual bool isBusy() const = 0;
    // Where the bytes go, for messages and the settings screen: "192.168.1.50:9100", "/dev/ttyUSB0".
    [[nodiscard]] virtual QString target() const = 0;

    // Sends and waits for the outcome; false with `error` set when it failed.
    bool sendAndWait(const QByteArray &bytes, QString *error);

    // A transport from a printer address as settings store it: "tcp://HOST[:PORT]" (port 9100 by
    // default), "serial:/dev/ttyUSB0[?baud=19200]" or "file:/PATH". Null with `error` set otherwise.
    static std::unique_ptr<PrinterTransport> fromAddress(const QString &address, QString *error, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(bool ok, const QString &error);

protected:
    // Emits finished() from the event loop, so a caller of send() never sees it re-entrantly.
    void finishLater(bool ok, const QString &error);
};

// A network receipt printer's raw port: connect (within the connect timeout), write everything,
// wait until the socket has handed it all over, close. The printer closing the connection after
// the last byte is fine; before it, a failure.
class NetworkPrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 9100;

    NetworkPrinterTransport(const QString &host, quint16 port = kDefaultPort, QObject *parent = nullptr);
    ~NetworkPrinterTransport() override;

    void send(const QByteArray &bytes) override;
    [[nodiscard]] bool isBusy() const override { return !m_socket.isNull(); }
    [[nodiscard]] QString target() const override;

    [[nodiscard]] const QString &host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    void setConnectTimeout(int milliseconds) { m_connectTimeout = milliseconds; }
    // How long a printer may take to accept all bytes once connected (paper out stops it reading).
    void setWriteTimeout(int milliseconds) { m_writeTimeout = milliseconds; }

private:
    void complete(bool ok, const QString &error);

    QString m_host;
    quint16 m_port;
    int m_connectTimeout = 2000;
    int m_writeTimeout = 10000;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    qint64 m_remaining = 0;
};

// A serial receipt printer (RS-232 or a USB adapter): 8 data bits, no parity, one stop bit, at
// the configured baud rate, with or without RTS/CTS flow control. The port is opened on the first
// job and stays open (closing a serial port waits for its output to drain, which a printer out of
// paper can hold up); it is closed and opened again after an error.
class SerialPrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    SerialPrinterTransport(const QString &portName, qint32 baudRate = 19200, QObject *parent = nullptr);
    ~SerialPrinterTransport() override;

    void send(const QByteArray &bytes) override;
    [[nodiscard]] bool isBusy() const override { return m_busy; }
    [[nodiscard]] QString target() const override;

    void setHardwareFlowControl(bool enabled) { m_hardwareFlowControl = enabled; }
    void setWriteTimeout(int milliseconds) { m_writeTimeout = milliseconds; }

private:
    bool openPort(QString *error);
    void dropPort();
    void complete(bool ok, const QString &error);

    QString m_portName;
    qint32 m_baudRate;
    bool m_hardwareFlowControl = false;
    int m_writeTimeout = 10000;
    QPointer<QSerialPort> m_port;
    QTimer m_timer;
    bool m_busy = false;
    qint64 m_remaining = 0;
};

// Appends the bytes to a file: a printer for development (cat the file to a real printer, or read
// it with an ESC/POS viewer). The write is synchronous, so it is meant for local files only.
class FilePrinterTransport : public PrinterTransport
{
    Q_OBJECT

public:
    explicit FilePrinterTransport(const QString &path, QObject *parent = nullptr);

    void send(const QByteArray &bytes) override;
    [[nodiscard]] bool isBusy() const override { return false; }
    [[nodiscard]] QString target() const override { return m_path; }

private:
    QString m_path;
};

} // namespace kassa
