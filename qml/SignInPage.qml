import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

// Who works now: tap your name, type your PIN. A manager in the back office can use her password.
Rectangle {
    id: page

    property string chosenId: ""
    property string chosenName: ""

    color: Theme.background

    function choose(tile) {
        if (!tile)
            return
        page.chosenId = tile.userId
        page.chosenName = tile.name
        pin.forceActiveFocus()
    }

    function signIn() {
        if (page.chosenId.length > 0 && Session.signInWithPin(page.chosenId, pin.text))
            pin.text = ""
        else
            pin.selectAll()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 3
        spacing: Theme.padding * 3

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            Label {
                text: qsTr("%1 — who is selling?").arg(Session.shopName)
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            GridView {
                id: staffGrid
                objectName: "staffGrid"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                cellWidth: 180
                cellHeight: 110
                model: Session.staff
                keyNavigationEnabled: true
                focus: true
                delegate: Item {
                    id: tile
                    required property string userId
                    required property string name
                    required property string roleLabel
                    required property string initials
                    required property int index
                    width: staffGrid.cellWidth
                    height: staffGrid.cellHeight
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: 6
                        radius: Theme.radius
                        color: page.chosenId === tile.userId ? Theme.selection : Theme.surface
                        border.color: staffGrid.currentIndex === tile.index && staffGrid.activeFocus ? Theme.accent : Theme.border
                        ColumnLayout {
                            anchors.centerIn: parent
                            Label {
                                Layout.alignment: Qt.AlignHCenter
                                text: tile.initials
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                                color: Theme.accent
                            }
                            Label { Layout.alignment: Qt.AlignHCenter; text: tile.name; color: Theme.text }
                            Label { Layout.alignment: Qt.AlignHCenter; text: tile.roleLabel; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: {
                                staffGrid.currentIndex = tile.index
                                page.choose(tile)
                            }
                        }
                    }
                }
                Keys.onReturnPressed: page.choose(currentItem)
                Keys.onEnterPressed: page.choose(currentItem)
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.padding

            Label {
                text: page.chosenName.length > 0 ? qsTr("PIN for %1").arg(page.chosenName) : qsTr("Choose your name")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            KTextField {
                id: pin
                objectName: "pinField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: 12
                placeholderText: qsTr("PIN")
                enabled: page.chosenId.length > 0
                onAccepted: page.signIn()
            }
            PinPad {
                field: pin
                enabled: page.chosenId.length > 0
                onAccepted: page.signIn()
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: Session.errorMessage
                color: Theme.danger
                visible: text.length > 0
            }

            // The back office: e-mail and password (managers and admins, also without a PIN).
            Label {
                Layout.topMargin: Theme.padding * 2
                text: qsTr("Or with e-mail and password")
                color: Theme.textMuted
            }
            KTextField {
                id: email
                objectName: "emailField"
                Layout.fillWidth: true
                placeholderText: qsTr("E-mail")
                inputMethodHints: Qt.ImhEmailCharactersOnly
                onAccepted: password.forceActiveFocus()
            }
            KTextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Password")
                onAccepted: if (Session.signInWithPassword(email.text, text)) text = ""
            }
            KButton {
                Layout.fillWidth: true
                text: qsTr("Sign in")
                enabled: email.text.length > 0 && password.text.length > 0
                onClicked: if (Session.signInWithPassword(email.text, password.text)) password.text = ""
            }
        }
    }

    Component.onCompleted: staffGrid.forceActiveFocus()
}
