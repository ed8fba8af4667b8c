import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T

// A modal dialog in the client's look, centred, closed with Esc.
Dialog {
    id: dialog

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    padding: Theme.padding * 2
    closePolicy: Popup.CloseOnEscape
    font.pixelSize: Theme.fontNormal

    background: Rectangle {
        radius: Theme.radius * 2
        color: Theme.surface
        border.color: Theme.border
    }
    header: Label {
        visible: dialog.title.length > 0
        text: dialog.title
        padding: Theme.padding * 2
        bottomPadding: 0
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }
}
