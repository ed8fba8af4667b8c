import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

KDialog {
    id: dialog

    title: qsTr("Note on this sale")
    onOpened: { field.text = Sell.note; field.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        KTextField {
            id: field
            Layout.preferredWidth: 420
            maximumLength: 500
            placeholderText: qsTr("e.g. collects the rest on Friday")
            onAccepted: { Sell.note = text; dialog.close() }
        }
        KButton { Layout.fillWidth: true; primary: true; text: qsTr("Save"); onClicked: { Sell.note = field.text; dialog.close() } }
    }
}
