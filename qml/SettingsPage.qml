import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

Item {
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 2
        spacing: Theme.padding

        Label { text: qsTr("Settings"); font.pixelSize: Theme.fontLarge; font.bold: true; color: Theme.text }

        RowLayout {
            Label { Layout.preferredWidth: 200; text: qsTr("Dark theme"); color: Theme.text }
            Switch {
                implicitHeight: Theme.touch
                checked: Session.darkTheme
                onToggled: Session.darkTheme = checked
            }
        }
        RowLayout {
            Label { Layout.preferredWidth: 200; text: qsTr("Language"); color: Theme.text }
            ComboBox {
                implicitHeight: Theme.touch
                implicitWidth: 240
                model: [qsTr("English"), "Deutsch", "Español", "Français", "العربية"]
                currentIndex: Session.languages.indexOf(Session.language)
                onActivated: (index) => Session.language = Session.languages[index]
            }
        }

        Label { Layout.topMargin: Theme.padding; text: qsTr("Receipt printer"); font.bold: true; color: Theme.text }
        RowLayout {
            KTextField {
                id: printer
                Layout.preferredWidth: 420
                text: Receipts.printerAddress
                placeholderText: qsTr("tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 or empty")
                onAccepted: Receipts.printerAddress = text
            }
            KButton { text: qsTr("Save"); onClicked: Receipts.printerAddress = printer.text }
            KButton { text: qsTr("Retry now"); visible: Receipts.pendingCount > 0; onClicked: Receipts.retryNow() }
        }
        Label {
            visible: Receipts.printerAddress.length > 0
            text: Receipts.pendingCount > 0 ? qsTr("%n receipt(s) waiting: %1", "", Receipts.pendingCount).arg(Receipts.lastError) : qsTr("Printer ready")
            color: Receipts.pendingCount > 0 ? Theme.danger : Theme.positive
        }
        ErrorLabel { text: Receipts.errorMessage }

        Label { Layout.topMargin: Theme.padding; text: qsTr("This terminal"); font.bold: true; color: Theme.text }
        Label { text: qsTr("Company: %1").arg(Session.companyName); color: Theme.textMuted }
        Label { text: qsTr("Shop: %1").arg(Session.shopName); color: Theme.textMuted }
        Label { text: qsTr("Receipt numbers: %1-…").arg(Session.terminalName); color: Theme.textMuted }
        Label { text: qsTr("Database: %1").arg(Session.databasePath); color: Theme.textMuted }
        Label { visible: Session.demo; text: qsTr("This is the demo: sales stay on this computer."); color: Theme.warning }
        Item { Layout.fillHeight: true }
    }
}
