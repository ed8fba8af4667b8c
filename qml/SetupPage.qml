import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// First start: try the demo, or sell standalone on a database file. (Connecting to a server with
// an enrolment code arrives with synchronisation.)
Rectangle {
    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        spacing: Theme.padding

        Label {
            text: qsTr("Welcome to Kassa")
            font.pixelSize: Theme.fontHuge
            color: Theme.text
        }

        // Preparing the demo data
        ColumnLayout {
            visible: Session.preparing
            spacing: Theme.padding
            BusyIndicator { running: parent.visible }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: Session.statusMessage
                color: Theme.text
            }
        }

        Label {
            Layout.fillWidth: true
            visible: Session.errorMessage.length > 0 && !Session.preparing
            wrapMode: Text.WordWrap
            text: Session.errorMessage
            color: Theme.danger
        }

        ColumnLayout {
            visible: !Session.preparing
            spacing: Theme.padding
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Try Kassa on a demo shop: three companies, their shops, products, stock and a year of sales, on this computer only.")
                color: Theme.textMuted
            }
            KButton {
                objectName: "startDemo"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Try the demo shop")
                onClicked: Session.startDemo()
            }

            Label {
                Layout.topMargin: Theme.padding * 2
                text: qsTr("Or sell standalone on a Kassa database")
                font.bold: true
                color: Theme.text
            }
            KTextField {
                id: path
                Layout.fillWidth: true
                placeholderText: qsTr("Database file, e.g. /var/lib/kassa/shop.db")
                text: Session.databasePath
            }
            KTextField {
                id: shop
                Layout.fillWidth: true
                placeholderText: qsTr("Shop (its short name, e.g. berlin-mitte)")
            }
            KButton {
                Layout.fillWidth: true
                text: qsTr("Open")
                enabled: path.text.length > 0
                onClicked: Session.openTerminal(path.text, shop.text, false)
            }
        }
    }
}
