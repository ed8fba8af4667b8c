#include "printertransport.h"

#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSerialPort>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPrinter, "kassa.ui.printer")

namespace kassa
{

void PrinterTransport::finishLater(bool ok, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [this, ok, error] { Q_EMIT finished(ok, error); }, Qt::QueuedConnection);
}

bool PrinterTransport::sendAndWait(const QByteArray &bytes, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    QString message;
    const QMetaObject::Connection connection = connect(this, &PrinterTransport::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        message = text;
        loop.quit();
    });
    send(bytes);
    loop.exec();
    disconnect(connection);
    if (!ok && error) {
        *error = message;
    }
    return ok;
}

std::unique_ptr<PrinterTransport> PrinterTransport::fromAddress(const QString &address, QString *error, QObject *parent)
{
    const QUrl url(address.trimmed());
    const QString scheme = url.scheme().toLower();
    if (scheme == "tcp"_L1) {
        if (url.host().isEmpty()) {
            *error = tr("A network printer needs a host: tcp://HOST:9100");
            return {};
        }
        const int port = url.port(NetworkPrinterTransport::kDefaultPort);
        return std::make_unique<NetworkPrinterTransport>(url.host(), quint16(port), parent);
    }
    if (scheme == "serial"_L1) {
        const QString portName = url.path();
        if (portName.isEmpty()) {
            *error = tr("A serial printer needs a port: serial:/dev/ttyUSB0?baud=19200");
            return {};
        }
        const QUrlQuery query(url);
        bool valid = true;
        const qint32 baud = query.hasQueryItem(u"baud"_s) ? query.queryItemValue(u"baud"_s).toInt(&valid) : 19200;
        if (!valid || baud <= 0) {
            *error = tr("The baud rate of %1 is not a number").arg(address);
            return {};
        }
        auto transport = std::make_unique<SerialPrinterTransport>(portName, baud, parent);
        transport->setHardwareFlowControl(query.queryItemValue(u"flow"_s) == "rtscts"_L1);
        return transport;
    }
    if (scheme == "file"_L1 && !url.toLocalFile().isEmpty()) {
        return std::make_unique<FilePrinterTransport>(url.toLocalFile(), parent);
    }
    *error = tr("%1 is not a printer address (tcp://HOST:PORT, serial:PORT?baud=N or file:PATH)").arg(address);
    return {};
}

NetworkPrinterTransport::NetworkPrinterTransport(const QString &host, quint16 port, QObject *parent) : PrinterTransport(parent), m_host(host), m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
            complete(false, tr("The receipt printer at %1 does not take the receipt. Is it out of paper or is its cover open?").arg(target()));
        } else {
            complete(false, tr("The receipt printer at %1 does not answer. Check that it is switched on and connected.").arg(target()));
        }
    });
}

NetworkPrinterTransport::~NetworkPrinterTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString NetworkPrinterTransport::target() const
{
    return m_host + u':' + QString::number(m_port);
}

void NetworkPrinterTransport::send(const QByteArray &bytes)
{
    if (isBusy()) {
        finishLater(false, tr("The receipt printer at %1 is still busy with the previous job.").arg(target()));
        return;
    }
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    m_remaining = bytes.size();
    connect(socket, &QTcpSocket::connected, this, [this, socket, bytes] {
        m_timer.start(m_writeTimeout);
        if (bytes.isEmpty()) {
            socket->disconnectFromHost();
            return;
        }
        socket->write(bytes);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 written) {
        m_remaining -= written;
        if (m_remaining <= 0) {
            // Everything is with the operating system: close, which sends the rest and then FIN.
            socket->disconnectFromHost();
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_remaining <= 0) {
            complete(true, {});
        } else {
            complete(false, tr("The receipt printer at %1 closed the connection before the receipt was sent.").arg(target()));
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        switch (error) {
        case QAbstractSocket::RemoteHostClosedError:
            if (m_remaining <= 0) {
                return; // the printer closed after the last byte: disconnected() reports success
            }
            complete(false, tr("The receipt printer at %1 closed the connection before the receipt was sent.").arg(target()));
            return;
        case QAbstractSocket::ConnectionRefusedError:
            complete(false, tr("The receipt printer at %1 refuses the connection. Is it switched on?").arg(target()));
            return;
        case QAbstractSocket::HostNotFoundError:
            complete(false, tr("The receipt printer's address %1 is unknown.").arg(m_host));
            return;
        case QAbstractSocket::SocketTimeoutError:
            complete(false, tr("The receipt printer at %1 does not answer. Check that it is switched on and connected.").arg(target()));
            return;
        default:
            complete(false, tr("The receipt printer at %1 cannot be reached: %2").arg(target(), socket->errorString()));
            return;
        }
    });
    m_timer.start(m_connectTimeout);
    socket->connectToHost(m_host, m_port);
}

void NetworkPrinterTransport::complete(bool ok, const QString &error)
{
    if (!m_socket) {
        return; // already reported (an error and the disconnect that follows it)
    }
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    m_timer.stop();
    socket->disconnect(this);
    if (!ok) {
        socket->abort();
        qCInfo(lcPrinter) << "sending to" << target() << "failed:" << error;
    }
    socket->deleteLater();
    // Reported from the event loop: a refused connection on loopback can fail inside connectToHost().
    finishLater(ok, error);
}

SerialPrinterTransport::SerialPrinterTransport(const QString &portName, qint32 baudRate, QObject *parent)
    : PrinterTransport(parent), m_portName(portName), m_baudRate(baudRate)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
        [this] { complete(false, tr("The receipt printer on %1 does not take the receipt. Is it out of paper, or is the baud rate wrong?").arg(m_portName)); });
}

SerialPrinterTransport::~SerialPrinterTransport()
{
    if (m_port) {
        m_port->disconnect(this);
        m_port->clear(QSerialPort::Output);
        m_port->close();
    }
}

QString SerialPrinterTransport::target() const
{
    return m_portName + u" @ "_s + QString::number(m_baudRate);
}

bool SerialPrinterTransport::openPort(QString *error)
{
    if (m_port) {
        return true;
    }
    auto *port = new QSerialPort(m_portName, this);
    port->setBaudRate(m_baudRate);
    port->setDataBits(QSerialPort::Data8);
    port->setParity(QSerialPort::NoParity);
    port->setStopBits(QSerialPort::OneStop);
    port->setFlowControl(m_hardwareFlowControl ? QSerialPort::HardwareControl : QSerialPort::NoFlowControl);
    if (!port->open(QIODevice::WriteOnly)) {
        *error = tr("The receipt printer on %1 cannot be opened: %2").arg(m_portName, port->errorString());
        delete port;
        return false;
    }
    connect(port, &QSerialPort::bytesWritten, this, [this](qint64 written) {
        if (!m_busy) {
            return;
        }
        m_remaining -= written;
        if (m_remaining <= 0) {
            complete(true, {});
        }
    });
    connect(port, &QSerialPort::errorOccurred, this, [this, port](QSerialPort::SerialPortError problem) {
        if (problem == QSerialPort::NoError) {
            return;
        }
        const QString message = tr("The receipt printer on %1 failed: %2").arg(m_portName, port->errorString());
        if (m_busy) {
            complete(false, message);
        } else {
            dropPort(); // unplugged between jobs: open it again for the next one
        }
    });
    m_port = port;
    return true;
}

void SerialPrinterTransport::dropPort()
{
    if (!m_port) {
        return;
    }
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    // What the printer did not take is discarded, so closing does not wait for it to drain.
    port->clear(QSerialPort::Output);
    port->close();
    port->deleteLater();
}

void SerialPrinterTransport::send(const QByteArray &bytes)
{
    if (m_busy) {
        finishLater(false, tr("The receipt printer on %1 is still busy with the previous job.").arg(m_portName));
        return;
    }
    QString error;
    if (!openPort(&error)) {
        finishLater(false, error);
        return;
    }
    m_busy = true;
    m_remaining = bytes.size();
    if (bytes.isEmpty()) {
        complete(true, {});
        return;
    }
    m_timer.start(m_writeTimeout);
    if (m_port->write(bytes) < 0) {
        complete(false, tr("The receipt printer on %1 failed: %2").arg(m_portName, m_port->errorString()));
    }
}

void SerialPrinterTransport::complete(bool ok, const QString &error)
{
    if (!m_busy) {
        return;
    }
    m_busy = false;
    m_timer.stop();
    if (!ok) {
        qCInfo(lcPrinter) << "sending to" << m_portName << "failed:" << error;
        dropPort();
    }
    finishLater(ok, error);
}

FilePrinterTransport::FilePrinterTransport(const QString &path, QObject *parent) : PrinterTransport(parent), m_path(path) { }

void FilePrinterTransport::send(const QByteArray &bytes)
{
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        finishLater(false, tr("Cannot write to the printer file %1: %2").arg(m_path, file.errorString()));
        return;
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        finishLater(false, tr("Cannot write to the printer file %1: %2").arg(m_path, file.errorString()));
        return;
    }
    finishLater(true, {});
}

} // namespace kassa
