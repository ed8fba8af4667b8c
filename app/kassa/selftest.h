#pragma once

#include <QString>

namespace kassa::ui
{

class ClientApp;

// `kassa --self-test`: on a small demo database (made with kassactl in a temporary folder unless
// `databasePath` is given), signs in as a manager, opens a shift, loads the main window and shows
// every screen and dialog, in English and light, then in Arabic (right to left) and dark. Returns
// non-zero when QML printed any warning or a screen failed to load: a broken binding, a missing
// property or a type that does not resolve fails the build's tests, not a cashier.
int runSelfTest(ClientApp &client, const QString &databasePath);

} // namespace kassa::ui
