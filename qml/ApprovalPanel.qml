import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// A manager approves at the till: she picks her name and types her PIN.
ColumnLayout {
    id: panel

    property string reasonText: ""
    property string managerId: ""
    signal approve(string managerId, string pin)

    spacing: Theme.spacing

    function reset() {
        managerId = ""
        pin.text = ""
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        text: qsTr("A manager must approve: %1").arg(panel.reasonText)
        color: Theme.warning
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: Session.staff
            delegate: KButton {
                required property string userId
                required property string name
                required property bool canApprove
                visible: canApprove
                text: name
                primary: panel.managerId === userId
                onClicked: { panel.managerId = userId; pin.forceActiveFocus() }
            }
        }
    }
    RowLayout {
        KTextField {
            id: pin
            objectName: "approvalPin"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Manager's PIN")
            enabled: panel.managerId.length > 0
            onAccepted: panel.approve(panel.managerId, text)
        }
        KButton {
            text: qsTr("Approve")
            enabled: panel.managerId.length > 0 && pin.text.length > 0
            onClicked: panel.approve(panel.managerId, pin.text)
        }
    }
}
