// The translations as shipped: every .ts message translated (placeholders, plural forms and
// accelerators kept), the .ts files holding exactly the strings the code asks for, the
// embedded .qm files loaded at run time and saying what the .ts files say, and the language
// choice (settings, locale, translators).
#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>
#include <translations/language.h>

using namespace meterdesk;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when done
    QStringList translations;

    QString key() const { return context + u'|' + source + u'|' + comment; }
    QString describe() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
};

QString tsPath(const QString& directory, const QString& language) {
    return QStringLiteral("%1/meterdesk_%2.ts").arg(directory, language);
}

// Reads a Qt Linguist file; fails the test when it is not one.
std::vector<TsMessage> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open %1").arg(path)), __FILE__, __LINE__);
        return {};
    }
    std::vector<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = {context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes",
                       {},      {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.push_back(message);
        }
    }
    if (xml.hasError())
        QTest::qFail(qPrintable(QStringLiteral("%1: %2").arg(path, xml.errorString())), __FILE__,
                     __LINE__);
    return messages;
}

// %1 … %99, %L1 and %n: what arg() and plural handling fill in.
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(L?[0-9]{1,2}|n)"));
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found.append(match.captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

// Keyboard accelerators: '&' before a character, not "&&" and not an HTML entity ("&lt;").
int acceleratorCount(const QString& text) {
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|[a-zA-Z]+);"));
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        const bool isEntity = entity
                                  .match(text, i, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption)
                                  .hasMatch();
        if (!text[i + 1].isSpace() && !isEntity)
            ++count;
    }
    return count;
}

constexpr int kPluralForms = 2; // German and French: one, other

// Lists every problem on its own line (a failure message would be cut short), then says how many.
bool reportProblems(const QStringList& problems, const char* what) {
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    if (!problems.isEmpty())
        qWarning().noquote() << problems.size() << what;
    return problems.isEmpty();
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }

    void everyMessageTranslated() {
        QFETCH(QString, language);
        const auto messages = readTs(tsPath(QStringLiteral(MD_TS_DIR), language));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const TsMessage& m : messages) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(m.describe(), m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != kPluralForms)
                problems << QStringLiteral("%1 has %2 plural forms, not %3")
                                .arg(m.describe())
                                .arg(m.translations.size())
                                .arg(kPluralForms);
            for (const QString& translation : m.translations) {
                if (translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 has an empty translation").arg(m.describe());
                    continue;
                }
                QStringList expected = placeholders(m.source);
                QStringList actual = placeholders(translation);
                // A singular form may say "one" instead of %n.
                if (m.numerus) {
                    expected.removeAll(QStringLiteral("%n"));
                    actual.removeAll(QStringLiteral("%n"));
                }
                if (expected != actual)
                    problems << QStringLiteral("%1: placeholders %2 in \"%3\"")
                                    .arg(m.describe(), actual.join(u' '), translation);
                if (acceleratorCount(m.source) != acceleratorCount(translation))
                    problems << QStringLiteral("%1: accelerator lost or added in \"%2\"")
                                    .arg(m.describe(), translation);
            }
        }
        QVERIFY(reportProblems(problems, "messages not translated properly, listed above"));
    }

    // lupdate run on a scratch copy must find nothing to add and nothing to remove: every
    // string the code translates is in the .ts files, and nothing else is.
    void tsFilesMatchTheCode_data() { everyMessageTranslated_data(); }

    void tsFilesMatchTheCode() {
        QFETCH(QString, language);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        QProcess update;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LUPDATE"), QStringLiteral(MD_LUPDATE));
        update.setProcessEnvironment(environment);
        update.setProcessChannelMode(QProcess::MergedChannels);
        update.start(QStringLiteral(MD_UPDATE_TRANSLATIONS),
                     {QStringLiteral("--into"), scratch.path()});
        QVERIFY(update.waitForFinished(-1));
        QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
                 update.readAll().constData());

        QSet<QString> shipped;
        for (const TsMessage& m : readTs(tsPath(QStringLiteral(MD_TS_DIR), language)))
            shipped.insert(m.key());
        QSet<QString> current;
        for (const TsMessage& m : readTs(tsPath(scratch.path(), language)))
            current.insert(m.key());

        QStringList problems;
        for (const QString& key : current - shipped)
            problems << QStringLiteral("not in the .ts yet: %1").arg(key);
        for (const QString& key : shipped - current)
            problems << QStringLiteral("gone from the code: %1").arg(key);
        problems.sort();
        QVERIFY2(reportProblems(problems, "differences, listed above"),
                 "run scripts/update-translations, then translate what is new");
    }

    // Every translation in the .ts comes out of the embedded .qm through the application's
    // translators, as the console looks it up.
    void qmSaysWhatTheTsSays_data() { everyMessageTranslated_data(); }

    void qmSaysWhatTheTsSays() {
        QFETCH(QString, language);
        const translations::InstalledLanguage installed{QLocale(language)};
        QVERIFY(installed.hasMeterdeskTranslation());
        QStringList differences;
        for (const TsMessage& m : readTs(tsPath(QStringLiteral(MD_TS_DIR), language))) {
            if (m.numerus || !m.type.isEmpty())
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString translated =
                QCoreApplication::translate(context.constData(), source.constData(),
                                            comment.isEmpty() ? nullptr : comment.constData());
            if (translated != m.translations.value(0))
                differences << QStringLiteral("%1 → \"%2\"").arg(m.describe(), translated);
        }
        QVERIFY2(reportProblems(differences, "translations differ, listed above"),
                 "the embedded .qm is not the .ts: rebuild");
    }

    void knownStrings_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        const QByteArray window = "meterdesk::ui::MainWindow";
        const QByteArray invoice = "meterdesk::documents::InvoiceText";
        const QByteArray alerts = "meterdesk::ui::AlertsPanel";
        QTest::newRow("de menu") << "de" << window << QByteArray("&File") << -1 << "&Datei";
        QTest::newRow("fr menu") << "fr" << window << QByteArray("&File") << -1 << "&Fichier";
        QTest::newRow("de page") << "de" << QByteArray("Navigation") << QByteArray("Tenants") << -1
                                 << "Mandanten";
        QTest::newRow("fr page") << "fr" << QByteArray("Navigation") << QByteArray("Tenants") << -1
                                 << "Clients";
        QTest::newRow("de invoice") << "de" << invoice << QByteArray("Invoice") << -1 << "Rechnung";
        QTest::newRow("fr invoice")
            << "fr" << invoice << QByteArray("Credit note") << -1 << "Avoir";
        QTest::newRow("de plural") << "de" << alerts << QByteArray("%n open") << 3 << "3 offen";
        QTest::newRow("fr singular") << "fr" << alerts << QByteArray("%n open") << 1 << "1 ouverte";
        QTest::newRow("fr plural") << "fr" << alerts << QByteArray("%n open") << 2 << "2 ouvertes";
        QTest::newRow("en stays") << "en" << window << QByteArray("&File") << -1 << "&File";
    }

    void knownStrings() {
        QFETCH(QString, language);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        const translations::InstalledLanguage installed{QLocale(language)};
        QCOMPARE(installed.hasMeterdeskTranslation(), language != QLatin1String("en"));
        QCOMPARE(
            QCoreApplication::translate(context.constData(), source.constData(), nullptr, count),
            expected);
    }

    // The chosen language also decides how numbers and dates look, invoices included.
    void installedLanguageSetsTheDefaultLocale() {
        {
            const translations::InstalledLanguage installed{QLocale(QStringLiteral("de_DE"))};
            QCOMPARE(QLocale().language(), QLocale::German);
            QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        }
        const translations::InstalledLanguage installed{QLocale(QStringLiteral("fr_FR"))};
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
    }

    void localeFor_data() {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("system") << ""
                                << "de_AT"
                                << "de_AT";
        QTest::newRow("language, other system") << "de"
                                                << "en_US"
                                                << "de_DE";
        QTest::newRow("language, system speaks it") << "de"
                                                    << "de_CH"
                                                    << "de_CH";
        QTest::newRow("english on a french system") << "en"
                                                    << "fr_FR"
                                                    << "en_US";
        QTest::newRow("full locale") << "fr_CA"
                                     << "en_US"
                                     << "fr_CA";
        QTest::newRow("not shipped") << "es"
                                     << "en_US"
                                     << "";
        QTest::newRow("no language") << "xx"
                                     << "en_US"
                                     << "";
    }

    void localeFor() {
        QFETCH(QString, choice);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        const std::optional<QLocale> locale = translations::localeFor(choice, QLocale(system));
        QCOMPARE(locale.has_value(), !expected.isEmpty());
        if (locale)
            QCOMPARE(locale->name(), expected);
    }

    void languageSetting() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QSettings settings(folder.filePath(QStringLiteral("meterdesk.ini")), QSettings::IniFormat);
        QCOMPARE(translations::languageSetting(settings), QString());
        translations::setLanguageSetting(settings, QStringLiteral("fr"));
        QCOMPARE(translations::languageSetting(settings), QStringLiteral("fr"));
        translations::setLanguageSetting(settings, QString());
        QCOMPARE(translations::languageSetting(settings), QString());
        QVERIFY(settings.allKeys().isEmpty());
        // A value from elsewhere (an older or edited file) falls back to the system's language.
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("tlh"));
        QCOMPARE(translations::languageSetting(settings), QString());
    }

    void choicesStartWithTheSystem() {
        const auto choices = translations::languageChoices();
        QCOMPARE(choices.size(), std::size_t{4});
        QVERIFY(choices.front().code.isEmpty());
        QStringList codes;
        for (const auto& choice : choices)
            codes << choice.code;
        QCOMPARE(codes, (QStringList{{}, "en", "de", "fr"}));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
