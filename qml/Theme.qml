pragma Singleton
import QtQuick
import Kassa.Ui

// Colours and sizes of the client, light and dark. Touch targets are at least 44 px.
QtObject {
    readonly property bool dark: Session.darkTheme
    readonly property color background: dark ? "#15181c" : "#f3f4f6"
    readonly property color surface: dark ? "#1f242a" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272d34" : "#eef0f3"
    readonly property color border: dark ? "#39414a" : "#d5d9df"
    readonly property color text: dark ? "#eef1f4" : "#1b1f24"
    readonly property color textMuted: dark ? "#a3acb6" : "#5b6571"
    readonly property color accent: dark ? "#4f9dff" : "#1764d8"
    readonly property color accentText: "#ffffff"
    readonly property color positive: dark ? "#3ecf8e" : "#1a8a55"
    readonly property color warning: dark ? "#f0b429" : "#b7791f"
    readonly property color danger: dark ? "#ff6b6b" : "#c53030"
    readonly property color selection: dark ? "#2b3f5c" : "#dbe8fb"

    readonly property int touch: 44
    readonly property int spacing: 8
    readonly property int padding: 12
    readonly property int radius: 6
    readonly property int fontSmall: 12
    readonly property int fontNormal: 15
    readonly property int fontLarge: 20
    readonly property int fontHuge: 34
}
