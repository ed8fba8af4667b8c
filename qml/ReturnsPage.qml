import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Returns and voids: scan the receipt's barcode (or type its number, or pick the sale), choose
// what comes back, why, and whether it goes back on the shelf, then refund.
Item {
    id: page

    property bool active: false
    property var recent: []

    function reload() { recent = Returns.recentSales(receipt.text) }

    onActiveChanged: if (active) { reload(); receipt.forceActiveFocus() }

    Shortcut { sequence: "F2"; enabled: page.active; onActivated: receipt.forceActiveFocus() }
    Shortcut { sequence: "F12"; enabled: page.active && Returns.found && Returns.refundTotal > 0; onActivated: Returns.commit() }
    Shortcut { sequence: "Ctrl+A"; enabled: page.active && Returns.found; onActivated: Returns.returnEverything(Returns.reasons[0]) }
    Shortcut { sequence: "Escape"; enabled: page.active && Returns.found; onActivated: { Returns.reset(); receipt.forceActiveFocus() } }

    Connections {
        target: Returns
        function onReturnCompleted() { page.reload(); receipt.text = ""; receipt.forceActiveFocus() }
        // Found: the keys now work on its lines (Ctrl+A, F12), not on the receipt field.
        function onSaleChanged() { if (Returns.found) lines.forceActiveFocus() }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 380
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                KTextField {
                    id: receipt
                    objectName: "receiptField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Scan or type the receipt number (F2)")
                    onTextChanged: page.reload()
                    onAccepted: Returns.find(text)
                    Keys.onDownPressed: sales.forceActiveFocus()
                }
                ListView {
                    id: sales
                    objectName: "recentSales"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: page.recent
                    highlightMoveDuration: 0
                    keyNavigationEnabled: true
                    delegate: Rectangle {
                        id: sale
                        required property var modelData
                        required property int index
                        width: sales.width
                        height: Theme.touch + 10
                        radius: Theme.radius
                        color: ListView.isCurrentItem && sales.activeFocus ? Theme.selection : (Returns.originalReceipt === modelData.receiptNumber ? Theme.selection : "transparent")
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: 4
                            spacing: 0
                            RowLayout {
                                Label { Layout.fillWidth: true; text: sale.modelData.receiptNumber; color: Theme.text; font.bold: sale.modelData.kind === "sale" }
                                Label { text: Session.money(sale.modelData.total); color: sale.modelData.total < 0 ? Theme.danger : Theme.text }
                            }
                            Label {
                                text: qsTr("%1 · %2 · %3").arg(Session.dateTime(sale.modelData.occurredAt)).arg(sale.modelData.cashierName)
                                      .arg(sale.modelData.kind === "sale" ? qsTr("sale") : sale.modelData.kind === "return" ? qsTr("return") : qsTr("void"))
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        TapHandler { onTapped: Returns.find(sale.modelData.receiptNumber) }
                    }
                    Keys.onReturnPressed: if (currentIndex >= 0) Returns.find(page.recent[currentIndex].receiptNumber)
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            Label {
                anchors.centerIn: parent
                visible: !Returns.found
                text: qsTr("Find the sale the customer brings back")
                color: Theme.textMuted
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                visible: Returns.found
                spacing: Theme.spacing

                Label {
                    text: qsTr("Sale %1 · %2 · %3").arg(Returns.originalReceipt).arg(Session.dateTime(Returns.originalTime)).arg(Session.money(Returns.originalTotal))
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
                ListView {
                    id: lines
                    objectName: "returnLines"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: Returns.lines
                    delegate: Rectangle {
                        id: line
                        required property int index
                        required property string description
                        required property var sold
                        required property var alreadyReturned
                        required property var returnable
                        required property var returnQuantity
                        required property string reason
                        required property bool restock
                        required property var lineTotal
                        width: lines.width
                        height: Theme.touch * 2 + 8
                        radius: Theme.radius
                        color: line.returnQuantity > 0 ? Theme.selection : (index % 2 ? Theme.surfaceAlt : "transparent")
                        GridLayout {
                            anchors.fill: parent
                            anchors.margins: 4
                            columns: 5
                            Label { Layout.fillWidth: true; text: line.description; elide: Text.ElideRight; color: Theme.text }
                            Label {
                                text: line.alreadyReturned > 0 ? qsTr("sold %1, returned %2").arg(line.sold).arg(line.alreadyReturned) : qsTr("sold %1").arg(line.sold)
                                color: Theme.textMuted
                            }
                            KButton { text: "−"; implicitWidth: Theme.touch; enabled: line.returnQuantity > 0; onClicked: Returns.setReturnQuantity(line.index, line.returnQuantity - 1) }
                            Label { text: line.returnQuantity; color: Theme.text; font.bold: true; Layout.preferredWidth: 30; horizontalAlignment: Text.AlignHCenter }
                            KButton { objectName: "morePlus"; text: "+"; implicitWidth: Theme.touch; enabled: line.returnQuantity < line.returnable; onClicked: Returns.setReturnQuantity(line.index, line.returnQuantity + 1) }
                            ComboBox {
                                Layout.columnSpan: 2
                                Layout.fillWidth: true
                                implicitHeight: Theme.touch
                                model: Returns.reasons
                                enabled: line.returnQuantity > 0
                                currentIndex: Math.max(0, Returns.reasons.indexOf(line.reason))
                                onActivated: (index) => Returns.setReason(line.index, Returns.reasons[index])
                            }
                            CheckBox {
                                Layout.columnSpan: 3
                                implicitHeight: Theme.touch
                                text: qsTr("Back on the shelf")
                                checked: line.restock
                                enabled: line.returnQuantity > 0
                                onToggled: Returns.setRestock(line.index, checked)
                            }
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Refund to"); color: Theme.text }
                    RadioButton {
                        text: qsTr("the original payment")
                        checked: Returns.refundMethod === "original"
                        onToggled: if (checked) Returns.refundMethod = "original"
                    }
                    RadioButton {
                        text: qsTr("store credit")
                        enabled: Returns.hasCustomer
                        checked: Returns.refundMethod === "store_credit"
                        onToggled: if (checked) Returns.refundMethod = "store_credit"
                    }
                }
                Repeater {
                    model: Returns.refundTenders
                    delegate: Label {
                        required property var modelData
                        text: qsTr("%1: %2").arg(modelData.label).arg(Session.money(modelData.amount))
                        color: Theme.textMuted
                    }
                }
                ErrorLabel { Layout.fillWidth: true; text: Returns.errorMessage }
                ErrorLabel { Layout.fillWidth: true; text: Receipts.errorMessage }
                Label { id: invoicePath; Layout.fillWidth: true; visible: text.length > 0; elide: Text.ElideMiddle; color: Theme.textMuted }

                RowLayout {
                    Layout.fillWidth: true
                    KButton { text: qsTr("Return everything"); hint: qsTr("Ctrl+A"); onClicked: Returns.returnEverything(Returns.reasons[0]) }
                    KButton { text: qsTr("Void sale"); danger: true; enabled: !Returns.originalVoided; onClicked: voidDialog.open() }
                    KButton {
                        text: qsTr("Print again")
                        enabled: Receipts.printerAddress.length > 0
                        onClicked: Receipts.printReceipt(Returns.originalSaleId, true)
                    }
                    KButton { text: qsTr("A4 invoice"); onClicked: invoicePath.text = Receipts.savePdf(Returns.originalSaleId, true) }
                    Item { Layout.fillWidth: true }
                    KButton {
                        objectName: "refundButton"
                        primary: true
                        enabled: Returns.refundTotal > 0
                        text: qsTr("Refund %1").arg(Session.money(Returns.refundTotal))
                        hint: "F12"
                        font.pixelSize: Theme.fontLarge
                        onClicked: Returns.commit()
                    }
                }
            }
        }
    }

    KDialog {
        id: voidDialog
        title: qsTr("Void sale %1").arg(Returns.originalReceipt)
        width: 560
        onOpened: { reason.text = ""; approval.reset(); reason.forceActiveFocus() }
        contentItem: ColumnLayout {
            spacing: Theme.padding
            KTextField { id: reason; Layout.fillWidth: true; placeholderText: qsTr("Why") }
            KButton {
                Layout.fillWidth: true
                visible: Session.canVoid
                danger: true
                text: qsTr("Void")
                onClicked: if (Returns.voidSale("", "", reason.text)) voidDialog.close()
            }
            ApprovalPanel {
                id: approval
                Layout.fillWidth: true
                visible: !Session.canVoid
                reasonText: qsTr("voiding a sale")
                onApprove: (managerId, pin) => { if (Returns.voidSale(managerId, pin, reason.text)) voidDialog.close() }
            }
            ErrorLabel { Layout.fillWidth: true; text: Returns.errorMessage }
        }
    }
}
