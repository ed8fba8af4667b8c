import QtQuick
import QtTest
import Kassa.Ui
import Kassa.App

// The till's main flows on the real screens, once by keyboard only (a scanner is keys too) and
// once by mouse (touch) only: scan → total → cash → change and receipt; a return; the shift close.
Item {
    id: root

    property string screen: "sell"

    width: 1280
    height: 800

    SellPage { id: sellPage; anchors.fill: parent; visible: root.screen === "sell"; active: visible }
    ReturnsPage { id: returnsPage; anchors.fill: parent; visible: root.screen === "returns"; active: visible }
    ShiftPage { id: shiftPage; anchors.fill: parent; visible: root.screen === "shift"; active: visible }
    Binding { target: Scanner; property: "mode"; value: root.screen === "returns" ? Scanner.Receipt : Scanner.Article }

    TestCase {
        id: test

        property string firstReceipt: ""

        name: "TillFlows"
        when: windowShown

        // A scanner: the digits and Enter as one fast burst.
        function scan(code) {
            for (const digit of code)
                keyClick(digit)
            keyClick(Qt.Key_Return)
        }
        // A person: a key every 60 ms, never mistaken for a scanner.
        function typeSlowly(text) {
            for (const character of text)
                keyClick(character, Qt.NoModifier, 60)
        }
        function child(item, name) {
            const found = findChild(item, name)
            verify(found, "no item named " + name)
            return found
        }
        function clickOn(item, name) {
            const target = child(item, name)
            tryVerify(() => target.visible && target.enabled, 2000, name + " is not clickable")
            mouseClick(target)
        }

        function test_1_sellByKeyboard() {
            root.screen = "sell"
            const search = child(sellPage, "searchField")
            tryVerify(() => search.activeFocus)
            scan(testData.barcodes[0])
            scan(testData.barcodes[1])
            scan(testData.barcodes[1])
            tryCompare(Sell, "lineCount", 2)
            compare(search.text, "", "the scanner's digits were taken out of the search field again")
            const total = Sell.total
            verify(total > 0)
            keyClick(Qt.Key_F12)
            const payment = child(sellPage, "paymentDialog")
            tryVerify(() => payment.opened)
            typeSlowly("100")
            keyClick(Qt.Key_Return) // the cash tender
            tryCompare(Sell, "paymentComplete", true)
            compare(Sell.change, 10000 - total)
            keyClick(Qt.Key_Return) // complete the sale
            tryVerify(() => Sell.lastReceiptNumber.length > 0)
            compare(Sell.lastChange, 10000 - total)
            compare(Sell.lineCount, 0)
            compare(child(sellPage, "changeDue").text.indexOf(Session.money(10000 - total)) >= 0, true)
            keyClick(Qt.Key_Return) // next customer
            tryVerify(() => !payment.opened)
            tryVerify(() => search.activeFocus)
            test.firstReceipt = Sell.lastReceiptNumber
        }

        function test_2_sellByMouse() {
            root.screen = "sell"
            Sell.reloadQuickKeys()
            verify(Sell.quickKeys.length > 0, "the shop has quick keys")
            // A piece article (a weighed one asks for its weight first).
            const key = Sell.quickKeys.findIndex(k => k.unit !== "g")
            verify(key >= 0)
            clickOn(sellPage, "quickKey" + key)
            tryCompare(Sell, "lineCount", 1)
            const cart = child(sellPage, "cartView")
            tryCompare(cart, "count", 1)
            clickOn(sellPage, "payButton")
            const payment = child(sellPage, "paymentDialog")
            tryVerify(() => payment.opened)
            // The first banknote suggestion is the exact amount.
            const due = Sell.amountDue
            // The banknote row is laid out again whenever the sale changes: wait until it stands.
            tryVerify(() => {
                const first = findChild(payment.contentItem, "cashSuggestion0")
                const second = findChild(payment.contentItem, "cashSuggestion1")
                return first && second && first.visible && first.text === Session.money(due) && second.x > first.x
            })
            mouseClick(findChild(payment.contentItem, "cashSuggestion0"))
            tryCompare(Sell, "paymentComplete", true)
            compare(Sell.change, 0)
            clickOn(payment.contentItem, "completeSale")
            tryVerify(() => Sell.lastReceiptNumber.length > 0 && Sell.lastReceiptNumber !== test.firstReceipt)
            compare(Sell.lastTotal, due)
            clickOn(payment.contentItem, "nextCustomer")
            tryVerify(() => !payment.opened)
        }

        function test_3_returnByKeyboard() {
            root.screen = "returns"
            const receipt = child(returnsPage, "receiptField")
            tryVerify(() => receipt.activeFocus)
            // The receipt's barcode, scanned.
            scan(test.firstReceipt)
            tryVerify(() => Returns.found)
            compare(Returns.originalReceipt, test.firstReceipt)
            keyClick(Qt.Key_A, Qt.ControlModifier) // everything comes back
            tryVerify(() => Returns.refundTotal > 0)
            const refund = Returns.refundTotal
            keyClick(Qt.Key_F12)
            tryVerify(() => !Returns.found && Returns.lastReceiptNumber.length > 0)
            // Nothing is left to return on it.
            verify(Returns.find(test.firstReceipt))
            for (let row = 0; row < Returns.lines.count; ++row)
                compare(Returns.lines.data(Returns.lines.index(row, 0), 256 + 6), 0) // returnable
            Returns.reset()
            verify(refund > 0)
        }

        function test_4_returnByMouse() {
            root.screen = "returns"
            const sales = child(returnsPage, "recentSales")
            tryVerify(() => sales.count > 0)
            // The latest sale (above it: the return just made) is the one sold by mouse.
            const latestSale = sales.model.findIndex(sale => sale.kind === "sale")
            compare(sales.model[latestSale].receiptNumber, Sell.lastReceiptNumber)
            mouseClick(sales.itemAtIndex(latestSale))
            tryVerify(() => Returns.found)
            compare(Returns.originalReceipt, Sell.lastReceiptNumber)
            const lines = child(returnsPage, "returnLines")
            tryVerify(() => lines.count > 0)
            mouseClick(findChild(lines.itemAtIndex(0), "morePlus"))
            tryVerify(() => Returns.refundTotal > 0)
            clickOn(returnsPage, "refundButton")
            tryVerify(() => !Returns.found && Returns.lastReceiptNumber.length > 0)
        }

        function test_5_closeShiftByKeyboard() {
            root.screen = "shift"
            tryVerify(() => Shift.open)
            keyClick(Qt.Key_F12) // close: the blind count
            const cash = child(shiftPage, "countedCash")
            tryVerify(() => cash.activeFocus)
            typeSlowly("150")
            keyClick(Qt.Key_Return)
            typeSlowly("0")
            keyClick(Qt.Key_Return)
            tryVerify(() => !Shift.open)
            compare(Shift.report.kind, "z")
            const cashTender = Shift.report.tenders.find(t => t.kind === "cash")
            verify(cashTender)
            compare(cashTender.counted, 15000)
            compare(cashTender.variance, 15000 - cashTender.expected)
            verify(child(shiftPage, "reportView").visible)
        }

        function test_6_openAndCloseShiftByMouse() {
            root.screen = "sell"
            // The Sell screen asks for a float first; the keypad types it.
            const pad = child(sellPage, "floatPad")
            tryVerify(() => pad.visible)
            for (const digit of ["5", "0"])
                mouseClick(findChild(pad, "key" + digit))
            mouseClick(findChild(pad, "padOk"))
            tryVerify(() => Shift.open)
            compare(Shift.openingFloat, 5000)
            root.screen = "shift"
            clickOn(shiftPage, "startClose")
            const countPad = child(shiftPage, "countPad")
            for (const digit of ["5", "0"])
                mouseClick(findChild(countPad, "key" + digit))
            clickOn(shiftPage, "closeShift")
            tryVerify(() => !Shift.open)
            compare(Shift.report.kind, "z")
            compare(Shift.report.counted_cash, 5000)
            compare(Shift.report.cash_variance, 0)
        }
    }
}
