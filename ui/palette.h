#pragma once

#include <QColor>
#include <QPalette>

// The few colours the console adds to the platform's palette, in one place so that
// "invalid" and "warning" look the same on every page.
namespace meterdesk::ui::palette {

inline QColor errorBackground() {
    return QColor(0xfd, 0xe2, 0xe2);
}
inline QColor errorText() {
    return QColor(0xb4, 0x1c, 0x1c);
}
inline QColor warningText() {
    return QColor(0x9a, 0x5b, 0x00);
}
inline QColor goodText() {
    return QColor(0x1b, 0x7a, 0x33);
}

// An editor with a problem: a red-tinted background behind its text.
inline QPalette withErrorBase(QPalette palette) {
    palette.setColor(QPalette::Base, errorBackground());
    return palette;
}

inline QPalette withErrorText(QPalette palette) {
    palette.setColor(QPalette::WindowText, errorText());
    return palette;
}

} // namespace meterdesk::ui::palette
