import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// A typed price for the chosen line (a damaged article, a price tag that differs): needs the
// permission, or a manager's approval at payment.
KDialog {
    id: dialog

    property int row: -1

    function openFor(line) {
        row = line
        open()
    }
    function accept() {
        if (Sell.overridePrice(row, field.text))
            close()
    }

    title: qsTr("New unit price")
    onOpened: { field.text = ""; field.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        KTextField {
            id: field
            Layout.preferredWidth: 320
            placeholderText: qsTr("Price; empty restores the catalog price")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: dialog.accept()
        }
        ErrorLabel { Layout.fillWidth: true; text: Sell.errorMessage }
        KButton { Layout.fillWidth: true; primary: true; text: qsTr("Apply"); onClicked: dialog.accept() }
    }
}
