import QtQuick
import QtQuick.Controls.Basic

Label {
    visible: text.length > 0
    wrapMode: Text.WordWrap
    color: Theme.danger
}
