import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Who is signed in, whether the terminal is connected, what waits to be sent, whether receipts print.
Rectangle {
    implicitHeight: 32
    color: Theme.surfaceAlt
    border.color: Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.padding * 2

        Label {
            text: qsTr("%1 · %2").arg(Session.userName).arg(Session.roleLabel)
            color: Theme.text
        }
        Label {
            objectName: "connectionStatus"
            text: Status.connection === "online" ? qsTr("● Online") : Status.connection === "offline" ? qsTr("● Offline") : qsTr("● Standalone")
            color: Status.connection === "online" ? Theme.positive : Status.connection === "offline" ? Theme.warning : Theme.textMuted
        }
        Label {
            text: qsTr("%n operation(s) waiting to sync", "", Status.pendingOperations)
            color: Theme.textMuted
        }
        Label {
            visible: Status.pendingPrints > 0 || Status.printerProblem.length > 0
            text: Status.printerProblem.length > 0 ? qsTr("Printer: %1 (%n receipt(s) queued)", "", Status.pendingPrints).arg(Status.printerProblem)
                                                  : qsTr("%n receipt(s) printing", "", Status.pendingPrints)
            color: Status.printerProblem.length > 0 ? Theme.danger : Theme.textMuted
        }
        Item { Layout.fillWidth: true }
        Label {
            id: clock
            color: Theme.textMuted
            text: Qt.formatTime(new Date(), Qt.locale().timeFormat(Locale.ShortFormat))
            Timer {
                interval: 15000
                running: true
                repeat: true
                onTriggered: clock.text = Qt.formatTime(new Date(), Qt.locale().timeFormat(Locale.ShortFormat))
            }
        }
    }
}
