import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// A quantity for the chosen line, or the weight of an article sold by weight (in grams).
KDialog {
    id: dialog

    property int row: -1
    property string variantId: ""
    property string description: ""

    function openForLine(line) {
        row = line
        variantId = ""
        description = ""
        open()
    }
    function openForWeight(id, name) {
        row = -1
        variantId = id
        description = name
        open()
    }
    function accept() {
        const value = parseInt(field.text, 10)
        if (isNaN(value) || value <= 0)
            return
        const ok = dialog.variantId.length > 0 ? Sell.addVariant(dialog.variantId, value) : Sell.setQuantity(dialog.row, value)
        if (ok)
            close()
    }

    title: variantId.length > 0 ? qsTr("Weight of %1 in grams").arg(description) : qsTr("Quantity")
    onOpened: { field.text = ""; field.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        KTextField {
            id: field
            objectName: "quantityField"
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 1; top: 1000000 }
            onAccepted: dialog.accept()
        }
        PinPad { field: field; onAccepted: dialog.accept() }
        ErrorLabel { Layout.fillWidth: true; text: Sell.errorMessage }
    }
}
