import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// An X or Z report: documents, taxes, and per tender what should be there against what was counted.
ColumnLayout {
    id: view

    property var report: ({})
    readonly property bool isZ: report.kind === "z"

    spacing: Theme.spacing

    Label {
        text: view.isZ ? qsTr("Z report — shift closed") : qsTr("X report — shift so far")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }
    Label {
        visible: view.report.shift !== undefined
        text: view.report.shift ? qsTr("Opened %1 with a float of %2").arg(Session.dateTime(view.report.shift.opened_at)).arg(Session.money(view.report.opening_float)) : ""
        color: Theme.textMuted
    }

    GridLayout {
        columns: 3
        columnSpacing: Theme.padding * 2
        Label { text: ""; color: Theme.textMuted }
        Label { text: qsTr("Count"); color: Theme.textMuted }
        Label { text: qsTr("Total"); color: Theme.textMuted; Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Sales"); color: Theme.text }
        Label { text: view.report.sales ? view.report.sales.count : 0; color: Theme.text }
        Label { text: Session.money(view.report.sales ? view.report.sales.total : 0); color: Theme.text; Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Returns"); color: Theme.text }
        Label { text: view.report.returns ? view.report.returns.count : 0; color: Theme.text }
        Label { text: Session.money(view.report.returns ? view.report.returns.total : 0); color: Theme.text; Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Voids"); color: Theme.text }
        Label { text: view.report.voids ? view.report.voids.count : 0; color: Theme.text }
        Label { text: Session.money(view.report.voids ? view.report.voids.total : 0); color: Theme.text; Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Net"); color: Theme.text; font.bold: true }
        Label { text: "" }
        Label { objectName: "reportNetTotal"; text: Session.money(view.report.net_total || 0); color: Theme.text; font.bold: true; Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Discounts"); color: Theme.textMuted }
        Label { text: "" }
        Label { text: Session.money(view.report.discount_total || 0); color: Theme.textMuted; Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Tax"); color: Theme.textMuted }
        Label { text: "" }
        Label { text: Session.money(view.report.tax_total || 0); color: Theme.textMuted; Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Cash in / out"); color: Theme.textMuted }
        Label { text: view.report.cash_movement_count || 0; color: Theme.textMuted }
        Label { text: qsTr("%1 / %2").arg(Session.money(view.report.cash_in || 0)).arg(Session.money(view.report.cash_out || 0)); color: Theme.textMuted; Layout.alignment: Qt.AlignRight }
    }

    Label { text: qsTr("Taxes"); font.bold: true; color: Theme.text; visible: (view.report.taxes || []).length > 0 }
    Repeater {
        model: view.report.taxes || []
        delegate: Label {
            required property var modelData
            text: qsTr("%1: net %2, tax %3, gross %4").arg(Session.percent(modelData.rate_bp)).arg(Session.money(modelData.net)).arg(Session.money(modelData.tax)).arg(Session.money(modelData.gross))
            color: Theme.textMuted
        }
    }

    Label { text: qsTr("Tenders"); font.bold: true; color: Theme.text }
    RowLayout {
        spacing: Theme.padding * 2
        Label { Layout.preferredWidth: 120; text: "" }
        Label { Layout.preferredWidth: 120; text: qsTr("Expected"); color: Theme.textMuted }
        Label { Layout.preferredWidth: 120; text: qsTr("Counted"); color: Theme.textMuted; visible: view.isZ }
        Label { text: qsTr("Variance"); color: Theme.textMuted; visible: view.isZ }
    }
    Repeater {
        model: view.report.tenders || []
        delegate: RowLayout {
            id: tenderRow
            required property var modelData
            spacing: Theme.padding * 2
            Label { Layout.preferredWidth: 120; text: tenderRow.modelData.label; color: Theme.text }
            Label { Layout.preferredWidth: 120; text: Session.money(tenderRow.modelData.expected); color: Theme.text }
            Label { Layout.preferredWidth: 120; visible: view.isZ; text: tenderRow.modelData.counted !== undefined ? Session.money(tenderRow.modelData.counted) : qsTr("not counted"); color: Theme.text }
            Label {
                objectName: "variance_" + tenderRow.modelData.kind
                visible: view.isZ && tenderRow.modelData.variance !== undefined
                text: Session.money(tenderRow.modelData.variance || 0)
                color: (tenderRow.modelData.variance || 0) === 0 ? Theme.positive : Theme.danger
                font.bold: true
            }
        }
    }
}
