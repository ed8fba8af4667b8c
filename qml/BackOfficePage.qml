import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// What a manager sees beyond the till: the shop's latest documents, by every terminal.
// (Stock, transfers and dashboards join here with their issues.)
Item {
    id: page

    property var documents: []

    Component.onCompleted: documents = Returns.recentSales("")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 2
        spacing: Theme.padding

        RowLayout {
            Label { Layout.fillWidth: true; text: qsTr("Back office — %1").arg(Session.shopName); font.pixelSize: Theme.fontLarge; font.bold: true; color: Theme.text }
            KButton { text: qsTr("Refresh"); onClicked: page.documents = Returns.recentSales("") }
        }
        Label { text: qsTr("Latest documents of this shop"); color: Theme.textMuted }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.documents
            delegate: RowLayout {
                id: row
                required property var modelData
                width: ListView.view.width
                height: Theme.touch
                Label { Layout.preferredWidth: 200; text: row.modelData.receiptNumber; color: Theme.text }
                Label { Layout.preferredWidth: 200; text: Session.dateTime(row.modelData.occurredAt); color: Theme.textMuted }
                Label { Layout.fillWidth: true; text: row.modelData.cashierName; color: Theme.textMuted }
                Label { text: Session.money(row.modelData.total); color: row.modelData.total < 0 ? Theme.danger : Theme.text }
            }
        }
    }
}
