import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Taking the money: cash (with change and the banknotes a customer hands over), card with the
// terminal's reference, gift card, store credit, split across any of them. Enter completes once
// the total is covered; afterwards the change stays on screen until the next key.
KDialog {
    id: dialog

    property string kind: "cash"
    property bool done: false

    objectName: "paymentDialog"
    title: done ? qsTr("Sale complete") : qsTr("Payment")
    width: 640

    function kindLabel(kind) {
        switch (kind) {
        case "cash": return qsTr("Cash")
        case "card": return qsTr("Card")
        case "gift_card": return qsTr("Gift card")
        case "store_credit": return qsTr("Store credit")
        }
        return kind
    }

    function addTender() {
        if (Sell.addTender(dialog.kind, amount.text, reference.text)) {
            amount.text = ""
            reference.text = ""
        }
        amount.forceActiveFocus()
    }

    function complete() {
        if (Sell.complete())
            dialog.done = true
    }

    // Enter: pay what is due in the chosen tender, or finish when it is covered, or close.
    function confirm() {
        if (dialog.done)
            dialog.close()
        else if (Sell.paymentComplete)
            dialog.complete()
        else
            dialog.addTender()
    }

    onOpened: {
        done = false
        kind = "cash"
        amount.text = ""
        reference.text = ""
        approval.reset()
        amount.forceActiveFocus()
    }
    onClosed: if (!done && Sell.tenders.count > 0) Sell.clearTenders()

    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.opened && !amount.activeFocus && !reference.activeFocus; onActivated: dialog.confirm() }
    Shortcut { sequence: "Ctrl+1"; enabled: dialog.opened; onActivated: { dialog.kind = "cash"; amount.forceActiveFocus() } }
    Shortcut { sequence: "Ctrl+2"; enabled: dialog.opened; onActivated: { dialog.kind = "card"; reference.forceActiveFocus() } }
    Shortcut { sequence: "Ctrl+3"; enabled: dialog.opened; onActivated: { dialog.kind = "gift_card"; reference.forceActiveFocus() } }
    Shortcut { sequence: "Ctrl+4"; enabled: dialog.opened && Sell.customerId.length > 0; onActivated: { dialog.kind = "store_credit"; amount.forceActiveFocus() } }

    contentItem: ColumnLayout {
        spacing: Theme.padding

        // After the sale: the change, big
        ColumnLayout {
            visible: dialog.done
            Layout.fillWidth: true
            Label { text: qsTr("Receipt %1").arg(Sell.lastReceiptNumber); color: Theme.textMuted }
            Label {
                objectName: "changeDue"
                text: qsTr("Change %1").arg(Session.money(Sell.lastChange))
                font.pixelSize: Theme.fontHuge * 1.4
                font.bold: true
                color: Theme.positive
            }
            RowLayout {
                Layout.fillWidth: true
                KButton {
                    Layout.fillWidth: true
                    text: qsTr("Print again")
                    enabled: Receipts.printerAddress.length > 0
                    onClicked: Receipts.printReceipt(Sell.lastSaleId, true)
                }
                KButton {
                    Layout.fillWidth: true
                    text: qsTr("PDF receipt")
                    onClicked: pdfPath.text = Receipts.savePdf(Sell.lastSaleId, false)
                }
                KButton {
                    Layout.fillWidth: true
                    text: qsTr("A4 invoice")
                    onClicked: pdfPath.text = Receipts.savePdf(Sell.lastSaleId, true)
                }
            }
            Label { id: pdfPath; Layout.fillWidth: true; visible: text.length > 0; elide: Text.ElideMiddle; color: Theme.textMuted }
            ErrorLabel { Layout.fillWidth: true; text: Receipts.errorMessage }
            KButton {
                objectName: "nextCustomer"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Next customer")
                hint: qsTr("Enter")
                onClicked: dialog.close()
            }
        }

        ColumnLayout {
            visible: !dialog.done
            Layout.fillWidth: true
            spacing: Theme.padding

            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Total"); color: Theme.textMuted; font.pixelSize: Theme.fontLarge }
                Item { Layout.fillWidth: true }
                Label { text: Session.money(Sell.total); font.pixelSize: Theme.fontLarge; color: Theme.text }
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: Sell.amountDue > 0 ? qsTr("Due") : qsTr("Change")
                    font.pixelSize: Theme.fontHuge
                    color: Theme.text
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "amountDue"
                    text: Session.money(Sell.amountDue > 0 ? Sell.amountDue : Sell.change)
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    color: Sell.amountDue > 0 ? Theme.text : Theme.positive
                }
            }
            Label {
                visible: Sell.cashRounding !== 0
                text: qsTr("Cash rounding %1").arg(Session.money(Sell.cashRounding))
                color: Theme.textMuted
            }

            ApprovalPanel {
                id: approval
                Layout.fillWidth: true
                visible: Sell.needsApproval
                reasonText: Sell.approvalReasons.join("; ")
                onApprove: (managerId, pin) => Sell.approve(managerId, pin)
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                // The model holds no translated text: a language switch re-evaluates the labels
                // only (re-creating a layout's Repeater delegates then crashes Qt 6.4's layouts).
                Repeater {
                    model: ["cash", "card", "gift_card", "store_credit"]
                    delegate: KButton {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        text: dialog.kindLabel(modelData)
                        hint: "Ctrl+" + (index + 1)
                        primary: dialog.kind === modelData
                        enabled: modelData !== "store_credit" || Sell.customerId.length > 0
                        // A card or gift card needs its reference first (the terminal's, the card's code).
                        onClicked: {
                            dialog.kind = modelData
                            if (modelData === "card" || modelData === "gift_card")
                                reference.forceActiveFocus()
                            else
                                amount.forceActiveFocus()
                        }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                KTextField {
                    id: amount
                    objectName: "tenderAmount"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Amount (empty: what is due)")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onAccepted: dialog.confirm()
                }
                KTextField {
                    id: reference
                    Layout.fillWidth: true
                    visible: dialog.kind === "card" || dialog.kind === "gift_card"
                    placeholderText: dialog.kind === "card" ? qsTr("Terminal reference") : qsTr("Gift card code")
                    onAccepted: dialog.confirm()
                    onTextChanged: giftBalance.text = dialog.kind === "gift_card" && text.length >= 4
                                   ? (Sell.giftCardBalance(text) >= 0 ? qsTr("Balance %1").arg(Session.money(Sell.giftCardBalance(text))) : qsTr("Unknown gift card"))
                                   : ""
                }
                KButton {
                    text: qsTr("Add")
                    onClicked: dialog.addTender()
                }
            }
            Label { id: giftBalance; visible: text.length > 0; color: Theme.textMuted }
            Label {
                visible: dialog.kind === "store_credit"
                text: qsTr("Store credit balance %1").arg(Session.money(Sell.storeCreditBalance()))
                color: Theme.textMuted
            }

            // Banknotes for cash
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: dialog.kind === "cash" && Sell.amountDue > 0
                Repeater {
                    model: Sell.cashSuggestions
                    delegate: KButton {
                        required property var modelData
                        required property int index
                        objectName: "cashSuggestion" + index
                        text: Session.money(modelData)
                        onClicked: { amount.text = Session.money(modelData); dialog.addTender() }
                    }
                }
            }

            ListView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 160)
                model: Sell.tenders
                interactive: false
                delegate: RowLayout {
                    id: tender
                    required property int index
                    required property string kindLabel
                    required property var amount
                    required property var change
                    required property string reference
                    width: ListView.view.width
                    Label { text: tender.reference.length > 0 ? qsTr("%1 (%2)").arg(tender.kindLabel).arg(tender.reference) : tender.kindLabel; color: Theme.text }
                    Item { Layout.fillWidth: true }
                    Label { visible: tender.change > 0; text: qsTr("change %1").arg(Session.money(tender.change)); color: Theme.textMuted }
                    Label { text: Session.money(tender.amount); color: Theme.text }
                    KButton { text: "✕"; implicitWidth: Theme.touch; onClicked: Sell.removeTender(tender.index) }
                }
            }

            ErrorLabel { Layout.fillWidth: true; text: Sell.errorMessage }

            KButton {
                objectName: "completeSale"
                Layout.fillWidth: true
                Layout.preferredHeight: 60
                primary: true
                enabled: Sell.paymentComplete && !Sell.needsApproval
                text: qsTr("Complete sale")
                hint: qsTr("Enter")
                font.pixelSize: Theme.fontLarge
                onClicked: dialog.complete()
            }
        }
    }
}
