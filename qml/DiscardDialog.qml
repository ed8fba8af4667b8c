import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Throwing a cart away is recorded with its reason (loss prevention asks about vanished carts).
KDialog {
    id: dialog

    function accept() {
        if (field.text.trim().length > 0 && Sell.discard(field.text))
            close()
    }

    title: qsTr("Discard this sale")
    onOpened: { field.text = ""; field.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        KTextField {
            id: field
            Layout.preferredWidth: 420
            placeholderText: qsTr("Why (required)")
            onAccepted: dialog.accept()
        }
        KButton { Layout.fillWidth: true; danger: true; text: qsTr("Discard"); enabled: field.text.trim().length > 0; onClicked: dialog.accept() }
    }
}
