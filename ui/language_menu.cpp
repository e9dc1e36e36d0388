#include "language_menu.h"

#include <QActionGroup>
#include <QSettings>

#include <translations/language.h>

namespace meterdesk::ui {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , group_(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    group_->setExclusive(true);
    const QString current = translations::languageSetting(QSettings());
    for (const translations::LanguageChoice& choice : translations::languageChoices()) {
        QAction* action =
            addAction(choice.code.isEmpty() ? tr("&System language") : u'&' + choice.nativeName);
        action->setObjectName(
            QStringLiteral("language_%1Action")
                .arg(choice.code.isEmpty() ? QStringLiteral("system") : choice.code));
        action->setData(choice.code);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setToolTip(tr("Takes effect the next time Meterdesk starts"));
        group_->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, choice] { choose(choice.code, choice.nativeName); });
        if (choice.code.isEmpty())
            addSeparator();
    }
}

QString LanguageMenu::chosenCode() const {
    const QAction* checked = group_->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString& code, const QString& nativeName) {
    QSettings settings;
    if (translations::languageSetting(settings) == code)
        return;
    translations::setLanguageSetting(settings, code);
    emit languageChosen(
        code, code.isEmpty()
                  ? tr("Meterdesk will follow the system's language the next time it "
                       "starts.")
                  : tr("Meterdesk will be in %1 the next time it starts.").arg(nativeName));
}

} // namespace meterdesk::ui
