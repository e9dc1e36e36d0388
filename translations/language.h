#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <optional>
#include <vector>

class QSettings;

// The console's language: which ones ship, the operator's choice in the settings, and the
// translators that make the choice visible. English is the source language; German and French
// come as meterdesk_<code>.qm files embedded under :/i18n/.
namespace meterdesk::translations {

struct LanguageChoice {
    // "" follows the system; otherwise an ISO 639 code ("en", "de", "fr").
    QString code;
    // The language's own name ("Deutsch"), so that an operator finds it whatever language the
    // console currently speaks; empty for the system choice, which the menu words itself.
    QString nativeName;
};

// The system choice first, then English and every shipped translation.
std::vector<LanguageChoice> languageChoices();

// The choice stored in the settings ("" when none was made or it is not one of the choices).
QString languageSetting(const QSettings& settings);
void setLanguageSetting(QSettings& settings, const QString& code);

// The locale for a choice: "" is the system locale; a language code keeps the system's country
// when the system speaks that language (de_AT stays de_AT), else takes the language's main
// country; a full locale name ("fr_CA") is taken as it is. Nothing when the language is not
// one that ships.
std::optional<QLocale> localeFor(const QString& choice, const QLocale& system = QLocale::system());

// Makes `locale` the default (numbers, dates and invoices follow it) and installs Meterdesk's
// translation for its language and, when the system has it, Qt's own (standard buttons and
// dialogs), for as long as this object lives. English needs no translation file.
class InstalledLanguage {
public:
    explicit InstalledLanguage(const QLocale& locale);
    ~InstalledLanguage();
    InstalledLanguage(const InstalledLanguage&) = delete;
    InstalledLanguage& operator=(const InstalledLanguage&) = delete;

    bool hasMeterdeskTranslation() const { return meterdeskInstalled_; }
    bool hasQtTranslation() const { return qtInstalled_; }

private:
    QTranslator meterdesk_;
    QTranslator qt_;
    bool meterdeskInstalled_ = false;
    bool qtInstalled_ = false;
};

} // namespace meterdesk::translations
