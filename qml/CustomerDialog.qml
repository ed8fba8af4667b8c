import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Attach a customer: find her by name, phone or e-mail, or create her on the spot.
KDialog {
    id: dialog

    property var found: []

    title: qsTr("Customer")
    width: 560
    onOpened: { query.text = ""; found = []; query.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding

        RowLayout {
            visible: Sell.customerName.length > 0
            Label { Layout.fillWidth: true; text: qsTr("On this sale: %1").arg(Sell.customerName); color: Theme.text }
            KButton { text: qsTr("Remove"); onClicked: Sell.detachCustomer() }
        }
        KTextField {
            id: query
            objectName: "customerQuery"
            Layout.fillWidth: true
            placeholderText: qsTr("Name, phone or e-mail")
            onTextChanged: dialog.found = Sell.findCustomers(text)
            Keys.onDownPressed: results.incrementCurrentIndex()
            Keys.onUpPressed: results.decrementCurrentIndex()
            onAccepted: if (results.currentIndex >= 0 && dialog.found.length > 0) {
                const customer = dialog.found[results.currentIndex]
                if (Sell.attachCustomer(customer.id, customer.name)) dialog.close()
            }
        }
        ListView {
            id: results
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 240)
            model: dialog.found
            highlightMoveDuration: 0
            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                width: results.width
                height: Theme.touch
                radius: Theme.radius
                color: ListView.isCurrentItem ? Theme.selection : "transparent"
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    Label { Layout.fillWidth: true; text: row.modelData.name; color: Theme.text }
                    Label { text: [row.modelData.phone, row.modelData.email].filter(x => x.length > 0).join(" · "); color: Theme.textMuted }
                }
                TapHandler { onTapped: if (Sell.attachCustomer(row.modelData.id, row.modelData.name)) dialog.close() }
            }
        }

        Label { text: qsTr("New customer"); font.bold: true; color: Theme.text }
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            KTextField { id: name; Layout.columnSpan: 2; Layout.fillWidth: true; placeholderText: qsTr("Name") }
            KTextField { id: phone; Layout.fillWidth: true; placeholderText: qsTr("Phone") }
            KTextField { id: email; Layout.fillWidth: true; placeholderText: qsTr("E-mail") }
        }
        ErrorLabel { Layout.fillWidth: true; text: Sell.errorMessage }
        KButton {
            Layout.fillWidth: true
            text: qsTr("Create and attach")
            enabled: name.text.trim().length > 0
            onClicked: if (Sell.createCustomer(name.text, phone.text, email.text)) dialog.close()
        }
    }
}
