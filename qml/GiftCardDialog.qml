import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Selling (or topping up) a gift card: a line of its own that loads the card when the sale commits.
KDialog {
    id: dialog

    function accept() {
        if (Sell.sellGiftCard(code.text, amount.text))
            close()
    }

    title: qsTr("Sell a gift card")
    onOpened: { code.text = ""; amount.text = ""; code.forceActiveFocus() }

    contentItem: ColumnLayout {
        spacing: Theme.padding
        KTextField {
            id: code
            Layout.preferredWidth: 360
            placeholderText: qsTr("Card code (scan it)")
            onAccepted: amount.forceActiveFocus()
        }
        Label {
            visible: code.text.length >= 4 && Sell.giftCardBalance(code.text) >= 0
            text: qsTr("Balance now %1").arg(Session.money(Math.max(0, Sell.giftCardBalance(code.text))))
            color: Theme.textMuted
        }
        KTextField {
            id: amount
            Layout.preferredWidth: 360
            placeholderText: qsTr("Amount to load")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: dialog.accept()
        }
        ErrorLabel { Layout.fillWidth: true; text: Sell.errorMessage }
        KButton { Layout.fillWidth: true; primary: true; text: qsTr("Add to sale"); onClicked: dialog.accept() }
    }
}
