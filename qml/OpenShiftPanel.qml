import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// No shift is open on this till: count the float into the drawer and open one.
Rectangle {
    color: Theme.background
    opacity: 0.97

    MouseArea { anchors.fill: parent } // nothing behind is reachable

    ColumnLayout {
        anchors.centerIn: parent
        width: 420
        spacing: Theme.padding

        Label {
            text: qsTr("Open the shift")
            font.pixelSize: Theme.fontHuge
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Count the change in the drawer (the float) and enter it.")
            color: Theme.textMuted
        }
        KTextField {
            id: openingFloat
            objectName: "floatField"
            Layout.fillWidth: true
            placeholderText: qsTr("Float, e.g. %1").arg(Session.money(15000))
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: Shift.openShift(text)
        }
        PinPad {
            objectName: "floatPad"
            Layout.alignment: Qt.AlignHCenter
            field: openingFloat
            decimals: true
            onAccepted: Shift.openShift(openingFloat.text)
        }
        ErrorLabel { Layout.fillWidth: true; text: Shift.errorMessage }
    }
    // Shown: the float is what to type. Hidden again (the shift is open): the till's own field.
    signal closed()
    onVisibleChanged: visible ? openingFloat.forceActiveFocus() : closed()
    Component.onCompleted: if (visible) openingFloat.forceActiveFocus()
}
