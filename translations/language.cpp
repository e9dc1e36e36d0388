#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

#include <algorithm>

namespace meterdesk::translations {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kTranslationFolder = QStringLiteral(":/i18n");

// The languages with a translation, plus English, the source language.
const std::vector<QLocale::Language>& shippedLanguages() {
    static const std::vector<QLocale::Language> languages{QLocale::English, QLocale::German,
                                                          QLocale::French};
    return languages;
}

bool ships(QLocale::Language language) {
    const auto& languages = shippedLanguages();
    return std::find(languages.begin(), languages.end(), language) != languages.end();
}

} // namespace

std::vector<LanguageChoice> languageChoices() {
    // The names are the languages' own and stay untranslated on purpose.
    return {{QString(), QString()},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString languageSetting(const QSettings& settings) {
    const QString code = settings.value(kLanguageKey).toString();
    const auto choices = languageChoices();
    const bool known = std::any_of(choices.begin(), choices.end(),
                                   [&code](const LanguageChoice& c) { return c.code == code; });
    return known ? code : QString();
}

void setLanguageSetting(QSettings& settings, const QString& code) {
    if (code.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

std::optional<QLocale> localeFor(const QString& choice, const QLocale& system) {
    if (choice.isEmpty())
        return system;
    const QLocale asked(choice);
    // QLocale falls back to "C" for names it does not know.
    if (asked.language() == QLocale::C || !ships(asked.language()))
        return std::nullopt;
    const bool languageOnly = !choice.contains(u'_') && !choice.contains(u'-');
    if (languageOnly && system.language() == asked.language())
        return system;
    return asked;
}

InstalledLanguage::InstalledLanguage(const QLocale& locale) {
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return;
    meterdeskInstalled_ = meterdesk_.load(locale, QStringLiteral("meterdesk"), QStringLiteral("_"),
                                          kTranslationFolder) &&
                          QCoreApplication::installTranslator(&meterdesk_);
    qtInstalled_ = qt_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                   QCoreApplication::installTranslator(&qt_);
}

InstalledLanguage::~InstalledLanguage() {
    if (qtInstalled_)
        QCoreApplication::removeTranslator(&qt_);
    if (meterdeskInstalled_)
        QCoreApplication::removeTranslator(&meterdesk_);
}

} // namespace meterdesk::translations
