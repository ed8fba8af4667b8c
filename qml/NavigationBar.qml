import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

Rectangle {
    id: bar

    property var screens: []
    property string current: ""
    signal selected(string name)

    function label(name) {
        switch (name) {
        case "sell": return qsTr("Sell")
        case "returns": return qsTr("Returns")
        case "shift": return qsTr("Shift")
        case "backoffice": return qsTr("Back office")
        case "settings": return qsTr("Settings")
        }
        return name
    }

    implicitHeight: Theme.touch + 12
    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.padding
        spacing: Theme.spacing

        Label {
            text: Session.shopName
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            text: Session.terminalName
            color: Theme.textMuted
        }
        Item { Layout.fillWidth: true }
        Repeater {
            model: bar.screens
            delegate: KButton {
                required property string modelData
                required property int index
                text: bar.label(modelData)
                hint: qsTr("Ctrl+%1").arg(index + 1)
                primary: bar.current === modelData
                onClicked: bar.selected(modelData)
                visible: modelData !== "settings"
            }
        }
        KButton {
            text: qsTr("Settings")
            primary: bar.current === "settings"
            onClicked: bar.selected("settings")
        }
        KButton {
            text: qsTr("Lock")
            hint: qsTr("Ctrl+L")
            onClicked: Session.signOut()
        }
    }
}
