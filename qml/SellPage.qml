import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Selling: scan or search on the left, the cart and its total on the right, every action on a key.
Item {
    id: page

    property bool active: true
    property int selectedLine: cartView.currentIndex

    function focusSearch() {
        if (!Sell.shiftOpen)
            return
        search.forceActiveFocus()
        search.selectAll()
    }

    // Enter in the search field: a code is scanned (barcode, SKU, scale label); otherwise the
    // highlighted search result goes into the cart.
    function enterFromSearch() {
        const text = search.text.trim()
        if (text.length === 0) {
            if (Sell.lineCount > 0)
                payment.open()
            return
        }
        if (results.count > 0 && results.currentIndex >= 0 && !/^[0-9]{6,14}$/.test(text)) {
            page.addResult(results.currentIndex)
            return
        }
        if (Sell.scan(text))
            search.text = ""
        else if (results.count > 0)
            page.addResult(results.currentIndex >= 0 ? results.currentIndex : 0)
    }

    function addResult(row) {
        const item = results.itemAtIndex(row)
        if (!item)
            return
        if (item.unit === "g") {
            quantityDialog.openForWeight(item.variantId, item.description)
            return
        }
        if (Sell.addVariant(item.variantId, 1)) {
            search.text = ""
            cartView.currentIndex = Sell.lineCount - 1
        }
    }

    readonly property bool dialogOpen: payment.visible || quantityDialog.visible || discountDialog.visible || priceDialog.visible || customerDialog.visible
                                       || parkDialog.visible || parkedDialog.visible || noteDialog.visible || giftCardDialog.visible || discardDialog.visible

    onActiveChanged: if (active) focusSearch()
    Component.onCompleted: if (active) Qt.callLater(focusSearch)
    // Back at the till's window (or shown for the first time): the cursor is in the search field.
    Connections {
        target: page.Window.window
        function onActiveChanged() {
            if (page.active && Sell.shiftOpen && !page.dialogOpen && page.Window.window.active)
                page.focusSearch()
        }
    }

    Connections {
        target: Sell
        function onScanFailed() { flash.restart() }
        function onChanged() {
            if (cartView.currentIndex >= Sell.lineCount)
                cartView.currentIndex = Sell.lineCount - 1
        }
    }

    Shortcut { sequence: "F2"; enabled: page.active; onActivated: page.focusSearch() }
    Shortcut { sequence: "F4"; enabled: page.active && page.selectedLine >= 0; onActivated: quantityDialog.openForLine(page.selectedLine) }
    Shortcut { sequence: "F5"; enabled: page.active && page.selectedLine >= 0; onActivated: discountDialog.openFor(page.selectedLine) }
    Shortcut { sequence: "F6"; enabled: page.active && Sell.lineCount > 0; onActivated: discountDialog.openFor(-1) }
    Shortcut { sequence: "F7"; enabled: page.active; onActivated: customerDialog.open() }
    Shortcut { sequence: "F8"; enabled: page.active && Sell.lineCount > 0; onActivated: parkDialog.open() }
    Shortcut { sequence: "F9"; enabled: page.active; onActivated: parkedDialog.open() }
    Shortcut { sequence: "F10"; enabled: page.active && page.selectedLine >= 0; onActivated: priceDialog.openFor(page.selectedLine) }
    Shortcut { sequence: "F11"; enabled: page.active && Sell.lineCount > 0; onActivated: noteDialog.open() }
    Shortcut { sequences: ["F12", "Ctrl+Return"]; enabled: page.active && Sell.lineCount > 0 && Sell.shiftOpen; onActivated: payment.open() }
    Shortcut { sequence: "Ctrl+Up"; enabled: page.active; onActivated: cartView.decrementCurrentIndex() }
    Shortcut { sequence: "Ctrl+Down"; enabled: page.active; onActivated: cartView.incrementCurrentIndex() }
    Shortcut { sequence: "Ctrl++"; enabled: page.active && page.selectedLine >= 0; onActivated: Sell.changeQuantity(page.selectedLine, 1) }
    Shortcut { sequence: "Ctrl+-"; enabled: page.active && page.selectedLine >= 0; onActivated: Sell.changeQuantity(page.selectedLine, -1) }
    Shortcut { sequence: "Ctrl+Delete"; enabled: page.active && page.selectedLine >= 0; onActivated: Sell.removeLine(page.selectedLine) }
    Shortcut { sequence: "Ctrl+D"; enabled: page.active && Sell.lineCount > 0; onActivated: discardDialog.open() }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        // Scan and search
        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: parent.width * 0.5
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing

                KTextField {
                    id: search
                    objectName: "searchField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Scan, or type a name, SKU or barcode (F2)")
                    font.pixelSize: Theme.fontLarge
                    onTextChanged: {
                        Sell.search.query = text
                        results.currentIndex = Sell.search.count > 0 ? 0 : -1
                    }
                    onAccepted: page.enterFromSearch()
                    Keys.onDownPressed: results.incrementCurrentIndex()
                    Keys.onUpPressed: results.decrementCurrentIndex()
                    Keys.onEscapePressed: text = ""
                }

                ListView {
                    id: results
                    objectName: "searchResults"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: Sell.search
                    visible: search.text.length > 0
                    highlightMoveDuration: 0
                    delegate: Rectangle {
                        id: result
                        required property int index
                        required property string variantId
                        required property string description
                        required property string sku
                        required property string barcode
                        required property var price
                        required property var available
                        required property string unit
                        width: results.width
                        height: Theme.touch + 12
                        color: ListView.isCurrentItem ? Theme.selection : "transparent"
                        radius: Theme.radius
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label { Layout.fillWidth: true; text: result.description; elide: Text.ElideRight; color: Theme.text }
                                Label {
                                    text: result.barcode.length > 0 ? qsTr("%1 · %2").arg(result.sku).arg(result.barcode) : result.sku
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                            Label {
                                text: qsTr("%1 in stock").arg(result.available)
                                color: result.available > 0 ? Theme.textMuted : Theme.danger
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                text: result.unit === "g" ? qsTr("%1 / kg").arg(Session.money(result.price)) : Session.money(result.price)
                                font.bold: true
                                color: Theme.text
                            }
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: { results.currentIndex = result.index; page.addResult(result.index) }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: results.count === 0 && search.text.length > 0
                        text: qsTr("Nothing matches \"%1\"").arg(search.text)
                        color: Theme.textMuted
                    }
                }

                // Nothing typed: what happened last, and the parked sales
                ColumnLayout {
                    visible: search.text.length === 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: Theme.padding

                    // Quick keys: the shop's most sold articles, one tap each
                    GridLayout {
                        objectName: "quickKeys"
                        Layout.fillWidth: true
                        columns: 3
                        visible: Sell.quickKeys.length > 0
                        Repeater {
                            model: Sell.quickKeys
                            delegate: KButton {
                                required property var modelData
                                required property int index
                                objectName: "quickKey" + index
                                Layout.fillWidth: true
                                Layout.preferredHeight: 64
                                Layout.preferredWidth: 100
                                text: modelData.description.length > 28 ? modelData.description.slice(0, 26) + "…" : modelData.description
                                hint: Session.money(modelData.price)
                                font.pixelSize: Theme.fontSmall
                                onClicked: modelData.unit === "g" ? quantityDialog.openForWeight(modelData.variantId, modelData.description)
                                                                  : Sell.addVariant(modelData.variantId, 1)
                            }
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        visible: Sell.lastReceiptNumber.length > 0
                        implicitHeight: lastSale.implicitHeight + 2 * Theme.padding
                        radius: Theme.radius
                        color: Theme.surfaceAlt
                        ColumnLayout {
                            id: lastSale
                            anchors.fill: parent
                            anchors.margins: Theme.padding
                            Label { text: qsTr("Last sale %1").arg(Sell.lastReceiptNumber); color: Theme.textMuted }
                            Label {
                                objectName: "lastChange"
                                text: qsTr("Change: %1").arg(Session.money(Sell.lastChange))
                                font.pixelSize: Theme.fontHuge
                                color: Theme.positive
                            }
                            Label { text: qsTr("Total %1").arg(Session.money(Sell.lastTotal)); color: Theme.text }
                        }
                    }
                    KButton {
                        Layout.fillWidth: true
                        visible: Sell.parked.count > 0
                        text: qsTr("%n parked sale(s)", "", Sell.parked.count)
                        hint: "F9"
                        onClicked: parkedDialog.open()
                    }
                    Item { Layout.fillHeight: true }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("Keys: F2 search · F4 quantity · F5 line discount · F6 cart discount · F7 customer · F8 park · F9 parked · F10 price · F11 note · F12 pay · Ctrl+↑/↓ choose line · Ctrl+/- quantity · Ctrl+Del remove · Ctrl+D discard")
                    }
                }
            }

            Rectangle {
                id: flashBorder
                anchors.fill: parent
                radius: Theme.radius
                color: "transparent"
                border.color: Theme.danger
                border.width: 4
                opacity: 0
                SequentialAnimation {
                    id: flash
                    NumberAnimation { target: flashBorder; property: "opacity"; to: 1; duration: 60 }
                    NumberAnimation { target: flashBorder; property: "opacity"; to: 0; duration: 500 }
                }
            }
        }

        // The cart
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.spacing

                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: Sell.customerName.length > 0 ? qsTr("Customer: %1").arg(Sell.customerName) : qsTr("No customer")
                        color: Sell.customerName.length > 0 ? Theme.text : Theme.textMuted
                        elide: Text.ElideRight
                    }
                    KButton { text: qsTr("Customer"); hint: "F7"; onClicked: customerDialog.open() }
                }

                Label {
                    objectName: "sellError"
                    Layout.fillWidth: true
                    visible: Sell.errorMessage.length > 0
                    text: Sell.errorMessage
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                }

                ListView {
                    id: cartView
                    objectName: "cartView"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: Sell.cart
                    highlightMoveDuration: 0
                    currentIndex: count - 1
                    onCountChanged: currentIndex = count - 1
                    delegate: Rectangle {
                        id: line
                        required property int index
                        required property string description
                        required property string sku
                        required property string quantityText
                        required property var quantity
                        required property var unitPrice
                        required property var lineDiscount
                        required property var lineTotal
                        required property var available
                        required property bool priceOverridden
                        width: cartView.width
                        height: Theme.touch + 16
                        radius: Theme.radius
                        color: ListView.isCurrentItem ? Theme.selection : (index % 2 ? Theme.surfaceAlt : "transparent")
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacing
                            anchors.rightMargin: Theme.spacing
                            spacing: Theme.spacing
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label { Layout.fillWidth: true; text: line.description; elide: Text.ElideRight; color: Theme.text }
                                Label {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: line.available !== undefined && line.available < line.quantity ? Theme.danger : Theme.textMuted
                                    text: {
                                        let parts = [qsTr("%1 × %2").arg(line.quantityText).arg(Session.money(line.unitPrice))]
                                        if (line.priceOverridden) parts.push(qsTr("price changed"))
                                        if (line.lineDiscount > 0) parts.push(qsTr("−%1 discount").arg(Session.money(line.lineDiscount)))
                                        if (line.available !== undefined) parts.push(qsTr("%1 in stock").arg(line.available))
                                        return parts.join(" · ")
                                    }
                                }
                            }
                            KButton { text: "−"; implicitWidth: Theme.touch; onClicked: Sell.changeQuantity(line.index, -1) }
                            KButton { text: "+"; implicitWidth: Theme.touch; onClicked: Sell.changeQuantity(line.index, 1) }
                            Label {
                                Layout.preferredWidth: 110
                                horizontalAlignment: Text.AlignRight
                                text: Session.money(line.lineTotal)
                                font.bold: true
                                color: Theme.text
                            }
                        }
                        TapHandler { onTapped: cartView.currentIndex = line.index }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: cartView.count === 0
                        text: qsTr("Scan an article to start a sale")
                        color: Theme.textMuted
                    }
                }

                // Totals
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    rowSpacing: 2
                    Label { text: qsTr("Subtotal"); color: Theme.textMuted }
                    Label { Layout.alignment: Qt.AlignRight; text: Session.money(Sell.subtotal); color: Theme.text }
                    Label { visible: Sell.discountTotal > 0; text: qsTr("Discounts"); color: Theme.textMuted }
                    Label { visible: Sell.discountTotal > 0; Layout.alignment: Qt.AlignRight; text: "−" + Session.money(Sell.discountTotal); color: Theme.text }
                    Repeater {
                        model: Sell.taxes
                        delegate: Label {
                            required property var modelData
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignRight
                            text: qsTr("incl. %1 tax on %2: %3").arg(Session.percent(modelData.rate)).arg(Session.money(modelData.net)).arg(Session.money(modelData.tax))
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label { text: qsTr("Total"); font.pixelSize: Theme.fontLarge; color: Theme.text }
                    Label {
                        objectName: "cartTotal"
                        Layout.alignment: Qt.AlignRight
                        text: Session.money(Sell.total)
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        color: Theme.text
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: 4
                    KButton { Layout.fillWidth: true; text: qsTr("Quantity"); hint: "F4"; enabled: page.selectedLine >= 0; onClicked: quantityDialog.openForLine(page.selectedLine) }
                    KButton { Layout.fillWidth: true; text: qsTr("Discount"); hint: "F5 / F6"; enabled: Sell.lineCount > 0; onClicked: discountDialog.openFor(page.selectedLine) }
                    KButton { Layout.fillWidth: true; text: qsTr("Price"); hint: "F10"; enabled: page.selectedLine >= 0; onClicked: priceDialog.openFor(page.selectedLine) }
                    KButton { Layout.fillWidth: true; text: qsTr("Remove"); hint: qsTr("Ctrl+Del"); enabled: page.selectedLine >= 0; onClicked: Sell.removeLine(page.selectedLine) }
                    KButton { Layout.fillWidth: true; text: qsTr("Park"); hint: "F8"; enabled: Sell.lineCount > 0; onClicked: parkDialog.open() }
                    KButton { Layout.fillWidth: true; text: qsTr("Parked"); hint: "F9"; onClicked: parkedDialog.open() }
                    KButton { Layout.fillWidth: true; text: qsTr("Note"); hint: "F11"; enabled: Sell.lineCount > 0; onClicked: noteDialog.open() }
                    KButton { Layout.fillWidth: true; text: qsTr("Gift card"); onClicked: giftCardDialog.open() }
                }
                KButton {
                    objectName: "payButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    primary: true
                    enabled: Sell.lineCount > 0 && Sell.shiftOpen
                    text: qsTr("Pay %1").arg(Session.money(Sell.total))
                    hint: "F12"
                    font.pixelSize: Theme.fontLarge
                    onClicked: payment.open()
                }
            }
        }
    }

    OpenShiftPanel {
        anchors.fill: parent
        visible: !Sell.shiftOpen
        onClosed: if (page.active) page.focusSearch()
    }

    PaymentDialog { id: payment; onClosed: page.focusSearch() }
    QuantityDialog { id: quantityDialog; onClosed: page.focusSearch() }
    DiscountDialog { id: discountDialog; onClosed: page.focusSearch() }
    PriceDialog { id: priceDialog; onClosed: page.focusSearch() }
    CustomerDialog { id: customerDialog; onClosed: page.focusSearch() }
    ParkDialog { id: parkDialog; onClosed: page.focusSearch() }
    ParkedDialog { id: parkedDialog; onClosed: page.focusSearch() }
    NoteDialog { id: noteDialog; onClosed: page.focusSearch() }
    GiftCardDialog { id: giftCardDialog; onClosed: page.focusSearch() }
    DiscardDialog { id: discardDialog; onClosed: page.focusSearch() }
}
