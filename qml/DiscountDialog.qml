import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// A discount on the chosen line, or on the whole cart (row -1): "10%" or an amount. Above the
// cashier's limit the sale asks a manager at payment.
KDialog {
    id: dialog

    property int row: -1

    function openFor(line) {
        row = line
        open()
    }
    function accept() {
        if (row >= 0 ? Sell.setLineDiscount(row, field.text) : Sell.setCartDiscount(field.text))
            close()
    }

    title: row >= 0 ? qsTr("Discount on this line") : qsTr("Discount on the whole sale")
    onOpened: { field.text = ""; field.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        KTextField {
            id: field
            objectName: "discountField"
            Layout.preferredWidth: 320
            placeholderText: qsTr("10% or an amount; empty removes it")
            onAccepted: dialog.accept()
        }
        RowLayout {
            Repeater {
                model: ["5%", "10%", "15%", "20%", "50%"]
                delegate: KButton {
                    required property string modelData
                    text: modelData
                    onClicked: { field.text = modelData; dialog.accept() }
                }
            }
        }
        ErrorLabel { Layout.fillWidth: true; text: Sell.errorMessage }
        KButton { Layout.fillWidth: true; primary: true; text: qsTr("Apply"); onClicked: dialog.accept() }
    }
}
