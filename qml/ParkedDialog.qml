import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// The sales put aside at this till; resuming one parks the current cart if it has lines.
KDialog {
    id: dialog

    title: qsTr("Parked sales")
    width: 520
    onOpened: list.forceActiveFocus()

    contentItem: ColumnLayout {
        spacing: Theme.padding
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touch, Math.min(contentHeight, 360))
            model: Sell.parked
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            delegate: Rectangle {
                id: row
                required property int index
                required property string saleId
                required property string label
                required property int lineCount
                required property var parkedAt
                width: list.width
                height: Theme.touch + 8
                radius: Theme.radius
                color: ListView.isCurrentItem ? Theme.selection : "transparent"
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    Label { Layout.fillWidth: true; text: row.label; color: Theme.text; elide: Text.ElideRight }
                    Label { text: qsTr("%n line(s)", "", row.lineCount); color: Theme.textMuted }
                    Label { text: Session.dateTime(row.parkedAt); color: Theme.textMuted }
                    KButton { text: qsTr("Resume"); onClicked: { if (Sell.resume(row.saleId)) dialog.close() } }
                }
            }
            Keys.onReturnPressed: if (currentItem && Sell.resume(currentItem.saleId)) dialog.close()
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No parked sales")
                color: Theme.textMuted
            }
        }
        ErrorLabel { Layout.fillWidth: true; text: Sell.errorMessage }
    }
}
