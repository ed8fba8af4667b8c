import QtQuick
import QtQuick.Controls.Basic

// A button a finger hits: at least 44 px, with an optional key hint ("F12").
Button {
    id: control

    property string hint: ""
    property bool primary: false
    property bool danger: false

    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 16)
    implicitWidth: Math.max(Theme.touch * 2, contentItem.implicitWidth + 24)
    font.pixelSize: Theme.fontNormal
    focusPolicy: Qt.TabFocus

    contentItem: Item {
        implicitWidth: labels.implicitWidth
        implicitHeight: labels.implicitHeight
        Column {
            id: labels
            anchors.centerIn: parent
            spacing: 0
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                text: control.text
                font: control.font
                color: control.primary || control.danger ? Theme.accentText : Theme.text
                opacity: control.enabled ? 1 : 0.45
            }
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                visible: control.hint.length > 0
                text: control.hint
                font.pixelSize: Theme.fontSmall - 1
                color: control.primary || control.danger ? Theme.accentText : Theme.textMuted
                opacity: 0.8
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.danger ? Theme.danger : control.primary ? Theme.accent : (control.down ? Theme.selection : Theme.surfaceAlt)
        border.color: control.visualFocus ? Theme.accent : Theme.border
        border.width: control.visualFocus ? 2 : 1
        opacity: control.enabled ? 1 : 0.5
    }
}
