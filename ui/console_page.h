#pragma once

#include <QWidget>

namespace meterdesk::ui {

// A page of the main window's stack. View › Refresh (F5) asks the current page to
// re-read what it shows.
class ConsolePage : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void refresh() {}
};

// A page whose feature arrives in a later version: says so instead of showing an empty
// screen.
class PlaceholderPage : public ConsolePage {
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& iconName, QWidget* parent = nullptr);
};

} // namespace meterdesk::ui
