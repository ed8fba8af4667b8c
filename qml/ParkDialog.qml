import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

KDialog {
    id: dialog

    function accept() {
        if (Sell.park(field.text))
            close()
    }

    title: qsTr("Park this sale")
    onOpened: { field.text = Sell.customerName; field.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        KTextField {
            id: field
            Layout.preferredWidth: 360
            placeholderText: qsTr("A name to find it again (optional)")
            onAccepted: dialog.accept()
        }
        KButton { Layout.fillWidth: true; primary: true; text: qsTr("Park"); onClicked: dialog.accept() }
    }
}
