#pragma once

#include "singletoninstance.h"
#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>

namespace kassa::ui
{

// A barcode scanner is a keyboard that types fast: a burst of characters, each a few milliseconds
// after the last, ending with Enter. This filter watches every key press of the application, so a
// scan is recognised wherever the focus is, and reports the code. Keys still reach the focused
// field (a person typing looks the same for the first key); when a burst turns out to be a scan,
// its characters are taken out of the field again and its Enter is swallowed. The screen on top
// decides what a scan means (an article on Sell, a receipt on Returns).
class ScannerInput : public QObject, public SingletonInstance<ScannerInput>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Scanner)
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)
    // What a scan means now: Article (into the cart) or Receipt (find the sale, on Returns).
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)

public:
    enum Mode { Article, Receipt };
    Q_ENUM(Mode)

    explicit ScannerInput(QObject *parent); // no default: see ClientSession


    // Bursts with keys closer than this count as a scanner (people type 100+ ms apart).
    static constexpr qint64 kMaxGapMilliseconds = 35;
    static constexpr int kMinLength = 4;

    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // Feeds one key (for the event filter and for tests): returns true when it completed a scan and
    // should be swallowed. `elapsedMilliseconds` is the time since the previous key.
    bool feed(int key, const QString &text, qint64 elapsedMilliseconds, QObject *focusObject);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void scanned(const QString &code);
    void enabledChanged();
    void modeChanged();

private:
    bool m_enabled = true;
    Mode m_mode = Article;
    QString m_burst;
    QElapsedTimer m_sinceLastKey;
};

} // namespace kassa::ui
