#include "icons.h"

#include <QWidget>

// The icons live in this static library; a resource in a static library must be
// registered explicitly, or the linker drops it.
static void registerIconResources() {
    Q_INIT_RESOURCE(icons);
}

namespace meterdesk::ui::icons {

QIcon icon(const QString& name) {
    static const bool registered = [] {
        registerIconResources();
        return true;
    }();
    Q_UNUSED(registered);
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QPixmap pixmap(const QString& name, int size, const QWidget* widget) {
    const qreal ratio = widget ? widget->devicePixelRatioF() : 1.0;
    return icon(name).pixmap(QSize(size, size), ratio);
}

} // namespace meterdesk::ui::icons
