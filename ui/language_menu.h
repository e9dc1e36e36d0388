#pragma once

#include <QMenu>

class QActionGroup;

namespace meterdesk::ui {

// View › Language: the system's language or one that ships, stored in the settings. The choice
// takes effect the next time Meterdesk starts; the menu says so.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The checked choice: "" for the system's language, else a language code.
    QString chosenCode() const;

signals:
    // The operator picked another language; `message` tells them when it applies.
    void languageChosen(const QString& code, const QString& message);

private:
    void choose(const QString& code, const QString& nativeName);

    QActionGroup* group_;
};

} // namespace meterdesk::ui
