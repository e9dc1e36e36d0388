#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace meterdesk::ui {

// Asks before a change, without a nested event loop: the box is window-modal, opened with
// open(), deletes itself when closed, and calls onConfirm only when the operator pressed
// the button labelled `confirmText` (never on Escape or Cancel). Its object name is
// "confirmation" so tests can find and answer it.
QMessageBox* askConfirmation(QWidget* parent, const QString& title, const QString& question,
                             const QString& details, const QString& confirmText,
                             std::function<void()> onConfirm);

} // namespace meterdesk::ui
