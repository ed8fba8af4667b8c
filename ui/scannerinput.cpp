#include "scannerinput.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace kassa::ui
{


ScannerInput::ScannerInput(QObject *parent)
    : QObject(parent)
{
}



void ScannerInput::setEnabled(bool enabled)
{
    if (enabled != m_enabled) {
        m_enabled = enabled;
        m_burst.clear();
        Q_EMIT enabledChanged();
    }
}

void ScannerInput::setMode(Mode mode)
{
    if (mode != m_mode) {
        m_mode = mode;
        Q_EMIT modeChanged();
    }
}

bool ScannerInput::feed(int key, const QString &text, qint64 elapsedMilliseconds, QObject *focusObject)
{
    if (!m_enabled) {
        return false;
    }
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (enter) {
        const QString code = m_burst;
        m_burst.clear();
        if (code.size() < kMinLength || elapsedMilliseconds > kMaxGapMilliseconds) {
            return false;
        }
        // The burst also went into the focused field: take it out again, so a scan while the
        // cashier is in the search field or the quantity box does not leave digits behind.
        if (focusObject) {
            const QVariant value = focusObject->property("text");
            if (value.isValid()) {
                const QString current = value.toString();
                if (current.endsWith(code)) {
                    focusObject->setProperty("text", current.left(current.size() - code.size()));
                }
            }
        }
        Q_EMIT scanned(code);
        return true;
    }
    if (text.size() != 1 || !text.at(0).isPrint()) {
        m_burst.clear();
        return false;
    }
    if (elapsedMilliseconds > kMaxGapMilliseconds) {
        m_burst.clear();
    }
    m_burst += text;
    if (m_burst.size() > 64) {
        m_burst = m_burst.right(64);
    }
    return false;
}

bool ScannerInput::eventFilter(QObject *watched, QEvent *event)
{
    // Each key press reaches the filter once per object on its way; count it at the window only.
    if (event->type() == QEvent::KeyPress && watched->isWindowType()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const qint64 elapsed = m_sinceLastKey.isValid() ? m_sinceLastKey.restart() : (m_sinceLastKey.start(), std::numeric_limits<qint64>::max());
        if (key->isAutoRepeat()) {
            m_burst.clear();
            return false;
        }
        return feed(key->key(), key->text(), elapsed, QGuiApplication::focusObject());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kassa::ui
