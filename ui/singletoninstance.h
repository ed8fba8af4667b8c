#pragma once

#include <QJSEngine>
#include <QQmlEngine>

namespace kassa::ui
{

// A QML singleton that is the instance the composition root made (KDE Itinerary's
// REGISTER_SINGLETON_INSTANCE): the class derives from SingletonInstance<Class>, declares
// QML_SINGLETON, and main() (or a test) calls setInstance() before QML first asks for it. The
// engine never owns it. The class must not be default-constructible: Qt 6.4 constructs a QML
// singleton itself when it can, ignoring create().
template<typename T>
class SingletonInstance
{
public:
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(s_instance);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static void setInstance(T *instance) { s_instance = instance; }
    static T *instance() { return s_instance; }

private:
    static inline T *s_instance = nullptr;
};

} // namespace kassa::ui
