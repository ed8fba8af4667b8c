import QtQuick
import QtQuick.Controls.Basic

TextField {
    implicitHeight: Theme.touch
    font.pixelSize: Theme.fontNormal
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectByMouse: true
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: parent.activeFocus ? Theme.accent : Theme.border
        border.width: parent.activeFocus ? 2 : 1
    }
}
