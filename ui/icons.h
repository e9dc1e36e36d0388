#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

class QWidget;

// The console's icons are SVG files in the resources (":/icons/NAME.svg"), so they stay
// sharp at any device pixel ratio.
namespace meterdesk::ui::icons {

inline constexpr int kStatusSize = 16;

QIcon icon(const QString& name);
// A pixmap for a label, rendered for the widget's screen (high-DPI aware).
QPixmap pixmap(const QString& name, int size, const QWidget* widget);

} // namespace meterdesk::ui::icons
