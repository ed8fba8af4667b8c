import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Digits by touch for a PIN, a quantity or an amount (`decimals` adds the decimal mark); the
// keyboard types into `field` directly.
GridLayout {
    id: pad

    property Item field
    property bool decimals: false
    signal accepted()

    columns: 3
    rowSpacing: Theme.spacing
    columnSpacing: Theme.spacing

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", pad.decimals ? Qt.locale().decimalPoint : "", "0", "⌫"]
        delegate: KButton {
            required property string modelData
            objectName: modelData === "⌫" ? "keyBackspace" : "key" + modelData
            Layout.preferredWidth: 72
            Layout.preferredHeight: 52
            text: modelData
            visible: modelData.length > 0
            font.pixelSize: Theme.fontLarge
            onClicked: {
                if (!pad.field)
                    return
                if (modelData === "⌫")
                    pad.field.text = pad.field.text.slice(0, -1)
                else
                    pad.field.text += modelData
                pad.field.forceActiveFocus()
            }
        }
    }
    KButton {
        objectName: "padOk"
        Layout.columnSpan: 3
        Layout.fillWidth: true
        Layout.preferredHeight: 52
        primary: true
        text: qsTr("OK")
        font.pixelSize: Theme.fontLarge
        onClicked: pad.accepted()
    }
}
