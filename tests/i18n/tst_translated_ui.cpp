// The console's menus in German and French: within each menu (the menu bar included) every
// keyboard accelerator is unique, and no entry is left in English. And the core's validation
// messages, worded in English, reach the operator in their language.
#include <models/database_session.h>
#include <models/issue_text.h>
#include <ui/main_window.h>

#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

#include <map>
#include <translations/language.h>

using namespace meterdesk;

namespace {

// The entries of one menu, by the menu's place ("Menu bar", "Menu bar/2", "Menu bar/2/7").
using MenuTexts = std::map<QString, QStringList>;

void collect(const QList<QAction*>& actions, const QString& place, MenuTexts& texts) {
    QStringList& entries = texts[place];
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QAction* action = actions.at(i);
        if (action->isSeparator())
            continue;
        entries << action->text();
        if (action->menu() != nullptr)
            collect(action->menu()->actions(), place + u'/' + QString::number(i), texts);
    }
}

MenuTexts menuTexts(const ui::MainWindow& window) {
    MenuTexts texts;
    collect(window.menuBar()->actions(), QStringLiteral("Menu bar"), texts);
    return texts;
}

// The accelerator of a menu entry: the character after a single '&', lower-cased.
QChar accelerator(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&' && text[i + 1] == u'&')
            ++i;
        else if (text[i] == u'&')
            return text[i + 1].toLower();
    }
    return {};
}

} // namespace

class TestTranslatedUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // The language menu reads the settings: keep the operator's own out of it.
        QStandardPaths::setTestModeEnabled(true);
    }

    void menus_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void menus() {
        QFETCH(QString, language);
        models::DatabaseSession session;
        MenuTexts english;
        {
            const ui::MainWindow window(session);
            english = menuTexts(window);
        }
        const translations::InstalledLanguage installed{QLocale(language)};
        QVERIFY(installed.hasMeterdeskTranslation());
        const ui::MainWindow window(session);
        const MenuTexts translated = menuTexts(window);
        QCOMPARE(translated.size(), english.size());

        // The languages' own names are the same in every language.
        const QStringList sameEverywhere{QStringLiteral("&English"), QStringLiteral("&Deutsch"),
                                         QStringLiteral("&Français")};
        QStringList problems;
        for (const auto& [place, entries] : translated) {
            std::map<QChar, QString> taken;
            const QStringList& originals = english.at(place);
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const QString& text = entries.at(i);
                if (text == originals.value(i) && !sameEverywhere.contains(text))
                    problems << QStringLiteral("%1: \"%2\" is still English").arg(place, text);
                const QChar key = accelerator(text);
                if (key.isNull())
                    continue;
                if (const auto clash = taken.find(key); clash != taken.end())
                    problems << QStringLiteral("%1: \"%2\" and \"%3\" share the accelerator %4")
                                    .arg(place, clash->second, text, key);
                else
                    taken.emplace(key, text);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u'\n' + problems.join(u'\n')));
    }

    void coreIssues_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        const QString english = QStringLiteral("the core's own words");
        QTest::newRow("English keeps the core's message") << "en"
                                                          << "rules[1].method"
                                                          << "known_method" << english;
        QTest::newRow("German, by field and rule")
            << "de"
            << "rules[1].method"
            << "known_method"
            << "muss eines von GET POST PUT PATCH DELETE HEAD OPTIONS * sein";
        QTest::newRow("French, by rule") << "fr"
                                         << "rules[0].perCall"
                                         << "non_negative"
                                         << "ne doit pas être négatif";
        QTest::newRow("German, tenant field")
            << "de"
            << "email"
            << "format"
            << "Die E-Mail-Adresse muss wie name@example.com aussehen";
        QTest::newRow("unknown rule keeps the core's message") << "de"
                                                               << "amount"
                                                               << "no_such_rule" << english;
    }

    void coreIssues() {
        QFETCH(QString, language);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        const translations::InstalledLanguage installed{QLocale(language)};
        const billing::ValidationIssue issue{field.toStdString(), rule.toStdString(),
                                             "the core's own words"};
        QCOMPARE(models::issueText(issue), expected);
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translated_ui.moc"
