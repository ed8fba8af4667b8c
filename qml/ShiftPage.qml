import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// The shift: cash in and out, the X report, and the close with a blind count → Z report.
Item {
    id: page

    property bool active: false
    // Closing: the count is entered before the expected figures are shown.
    property bool counting: false

    onActiveChanged: if (active) { Shift.refresh(); if (Shift.open) Shift.loadXReport() }

    Shortcut { sequence: "F3"; enabled: page.active && Shift.open; onActivated: Shift.loadXReport() }
    Shortcut { sequence: "F12"; enabled: page.active && Shift.open && !page.counting; onActivated: { page.counting = true; cashCount.forceActiveFocus() } }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 420
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                spacing: Theme.padding

                Label {
                    text: Shift.open ? qsTr("Shift open since %1").arg(Session.dateTime(Shift.openedAt)) : qsTr("No shift is open")
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }

                // Open
                ColumnLayout {
                    visible: !Shift.open
                    Layout.fillWidth: true
                    KTextField { id: openingFloat; Layout.fillWidth: true; placeholderText: qsTr("Float in the drawer") }
                    KButton { Layout.fillWidth: true; primary: true; text: qsTr("Open shift"); onClicked: Shift.openShift(openingFloat.text) }
                }

                // Cash in and out
                ColumnLayout {
                    visible: Shift.open && !page.counting
                    Layout.fillWidth: true
                    Label { text: qsTr("Cash in or out"); font.bold: true; color: Theme.text }
                    KTextField { id: movementAmount; Layout.fillWidth: true; placeholderText: qsTr("Amount") }
                    KTextField { id: movementReason; Layout.fillWidth: true; placeholderText: qsTr("Reason, e.g. change from the bank, paid the window cleaner") }
                    RowLayout {
                        KButton {
                            Layout.fillWidth: true
                            text: qsTr("Cash in")
                            onClicked: if (Shift.cashIn(movementAmount.text, movementReason.text)) { movementAmount.text = ""; movementReason.text = ""; Shift.loadXReport() }
                        }
                        KButton {
                            Layout.fillWidth: true
                            text: qsTr("Cash out")
                            onClicked: if (Shift.cashOut(movementAmount.text, movementReason.text)) { movementAmount.text = ""; movementReason.text = ""; Shift.loadXReport() }
                        }
                    }
                    KButton { Layout.fillWidth: true; text: qsTr("X report"); hint: "F3"; onClicked: Shift.loadXReport() }
                    KButton {
                        objectName: "startClose"
                        Layout.fillWidth: true
                        danger: true
                        text: qsTr("Close shift")
                        hint: "F12"
                        onClicked: { page.counting = true; cashCount.forceActiveFocus() }
                    }
                }

                // Blind count
                ColumnLayout {
                    visible: Shift.open && page.counting
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("Count the drawer (the float included) and enter the card terminal's batch total. The expected figures show after the close.")
                        color: Theme.textMuted
                    }
                    KTextField {
                        id: cashCount
                        objectName: "countedCash"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Cash counted")
                        onAccepted: cardCount.forceActiveFocus()
                    }
                    KTextField {
                        id: cardCount
                        objectName: "countedCard"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Card batch total (optional)")
                        onAccepted: closeButton.clicked()
                    }
                    PinPad {
                        objectName: "countPad"
                        Layout.alignment: Qt.AlignHCenter
                        decimals: true
                        field: cardCount.activeFocus ? cardCount : cashCount
                        onAccepted: cashCount.activeFocus ? cardCount.forceActiveFocus() : closeButton.clicked()
                    }
                    RowLayout {
                        KButton { Layout.fillWidth: true; text: qsTr("Back"); onClicked: page.counting = false }
                        KButton {
                            id: closeButton
                            objectName: "closeShift"
                            Layout.fillWidth: true
                            danger: true
                            text: qsTr("Close with this count")
                            onClicked: if (Shift.close(cashCount.text, cardCount.text)) { page.counting = false; cashCount.text = ""; cardCount.text = "" }
                        }
                    }
                }
                ErrorLabel { Layout.fillWidth: true; text: Shift.errorMessage }
                Item { Layout.fillHeight: true }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ScrollView {
                anchors.fill: parent
                anchors.margins: Theme.padding
                visible: !page.counting && Shift.report.kind !== undefined
                ReportView { objectName: "reportView"; report: Shift.report; width: parent.width }
            }
            Label {
                anchors.centerIn: parent
                visible: page.counting || Shift.report.kind === undefined
                text: page.counting ? qsTr("Counting…") : qsTr("No report yet")
                color: Theme.textMuted
            }
        }
    }
}
