import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kassa.Ui

ApplicationWindow {
    id: window

    // The screens a signed-in person switches between; `showScreen` is also what the self-test uses.
    readonly property var screens: Session.canManage ? ["sell", "returns", "shift", "backoffice", "settings"] : ["sell", "returns", "shift", "settings"]
    property string screen: "sell"

    function showScreen(name) {
        if (screens.indexOf(name) >= 0)
            screen = name
    }

    width: 1280
    height: 800
    minimumWidth: 960
    minimumHeight: 640
    visible: true
    title: Session.shopName.length > 0 ? qsTr("Kassa — %1").arg(Session.shopName) : qsTr("Kassa")
    color: Theme.background
    font.pixelSize: Theme.fontNormal

    LayoutMirroring.enabled: Session.rightToLeft
    LayoutMirroring.childrenInherit: true

    Connections {
        target: Session
        function onUserChanged() { window.screen = "sell" }
    }

    // A scan finds the receipt on Returns; anywhere else it goes into the cart (ClientApp routes it).
    Binding { target: Scanner; property: "mode"; value: window.screen === "returns" ? Scanner.Receipt : Scanner.Article }
    Connections {
        target: Scanner
        function onScanned() { if (Session.signedIn && window.screen !== "returns") window.screen = "sell" }
    }

    Shortcut { sequence: "Ctrl+1"; enabled: Session.signedIn; onActivated: window.showScreen("sell") }
    Shortcut { sequence: "Ctrl+2"; enabled: Session.signedIn; onActivated: window.showScreen("returns") }
    Shortcut { sequence: "Ctrl+3"; enabled: Session.signedIn; onActivated: window.showScreen("shift") }
    Shortcut { sequence: "Ctrl+4"; enabled: Session.signedIn && Session.canManage; onActivated: window.showScreen("backoffice") }
    Shortcut { sequence: "Ctrl+L"; enabled: Session.signedIn; onActivated: Session.signOut() }

    Loader {
        anchors.fill: parent
        sourceComponent: !Session.ready ? setupComponent : (Session.signedIn ? workComponent : signInComponent)
    }

    Component {
        id: setupComponent
        SetupPage {}
    }

    Component {
        id: signInComponent
        SignInPage {}
    }

    Component {
        id: workComponent
        ColumnLayout {
            spacing: 0

            NavigationBar {
                Layout.fillWidth: true
                screens: window.screens
                current: window.screen
                onSelected: (name) => window.showScreen(name)
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: ["sell", "returns", "shift", "backoffice", "settings"].indexOf(window.screen)

                SellPage { active: window.screen === "sell" }
                ReturnsPage { active: window.screen === "returns" }
                ShiftPage { active: window.screen === "shift" }
                Loader { active: Session.canManage; sourceComponent: BackOfficePage {} }
                SettingsPage {}
            }

            StatusBar { Layout.fillWidth: true }
        }
    }
}
