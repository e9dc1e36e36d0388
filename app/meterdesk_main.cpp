// meterdesk: the operator console.
#include <models/database_session.h>
#include <models/node_settings.h>
#include <ui/connection_controller.h>
#include <ui/escrows_page.h>
#include <ui/main_window.h>
#include <ui/navigation.h>
#include <ui/password_vault.h>
#include <ui/profile_store.h>
#include <ui/screenshot_tour.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <array>
#include <string_view>
#include <translations/language.h>

namespace {

using namespace meterdesk;

QString pageNames() {
    QStringList names;
    for (ui::Page page : ui::kAllPages)
        names.append(ui::pageName(page));
    return names.join(QStringLiteral(", "));
}

// --version and --help print and quit, so they need no display: on a headless machine (a
// package check, a server) they run on the offscreen platform instead of failing.
void printWithoutDisplay(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    static constexpr std::array<std::string_view, 5> textOnly{"-v", "--version", "-h", "--help",
                                                              "--help-all"};
    for (int i = 1; i < argc; ++i) {
        if (std::find(textOnly.begin(), textOnly.end(), argv[i]) != textOnly.end()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char* argv[]) {
    printWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Meterdesk"));
    QApplication::setApplicationName(QStringLiteral("meterdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Meterdesk"));
    QApplication::setApplicationVersion(QStringLiteral(MD_VERSION));

    // The language is installed before any text is made, the help included, so --lang is read
    // on its own first; the full parse below reports what is wrong with the command line.
    const QString languageName = QStringLiteral("lang");
    QCommandLineParser languageParser;
    languageParser.addOption(QCommandLineOption(languageName, {}, QStringLiteral("language")));
    languageParser.parse(QApplication::arguments());
    const QString languageChoice = languageParser.isSet(languageName)
                                       ? languageParser.value(languageName)
                                       : translations::languageSetting(QSettings());
    const std::optional<QLocale> locale = translations::localeFor(languageChoice);
    const translations::InstalledLanguage language(locale.value_or(QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "meterdesk", "The operator console of the metering database.\n\nWithout --db, the libpq "
                     "environment (PGHOST, PGDATABASE, ...) is used when set, else the last "
                     "connection profile."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("meterdesk", "Connect to this libpq URI, without a dialog."),
        QStringLiteral("uri"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("meterdesk", "Open this page: %1.").arg(pageNames()),
        QStringLiteral("name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("meterdesk",
                                "Render every page to PNG files in this folder, then quit."),
        QStringLiteral("folder"));
    const QCommandLineOption languageOption(
        languageName,
        QApplication::translate("meterdesk",
                                "Show the console in this language for this run: en, de or fr, "
                                "or a locale such as de_CH (default: View > Language, else the "
                                "system's)."),
        QStringLiteral("language"));
    const QCommandLineOption nodeOption(
        QStringLiteral("node"),
        QApplication::translate("meterdesk",
                                "The EVM node's JSON-RPC URL for the Escrows page (default "
                                "$MD_NODE_URL, else the last one used); the contract comes from "
                                "$MD_ESCROW_ADDRESS or the settings."),
        QStringLiteral("url"));
    parser.addOptions({dbOption, pageOption, screenshotOption, languageOption, nodeOption});
    parser.process(app);

    if (!locale) {
        QTextStream(stderr) << QApplication::translate(
                                   "meterdesk", "meterdesk: unknown language '%1' (one of: %2)")
                                   .arg(languageChoice, QStringLiteral("en, de, fr"))
                            << Qt::endl;
        return 2;
    }

    std::optional<ui::Page> page;
    if (parser.isSet(pageOption)) {
        page = ui::pageFromName(parser.value(pageOption));
        if (!page) {
            QTextStream(stderr) << QApplication::translate(
                                       "meterdesk", "meterdesk: unknown page '%1' (one of: %2)")
                                       .arg(parser.value(pageOption), pageNames())
                                << Qt::endl;
            return 2;
        }
    }
    const bool screenshot = parser.isSet(screenshotOption);

    models::DatabaseSession session;
    ui::PasswordVault vault;
    QSettings settings;
    ui::ProfileStore profiles(settings);
    ui::MainWindow window(session);
    if (screenshot)
        window.resize(1440, 900);
    else
        window.restoreSettings(settings);
    if (page)
        window.showPage(*page);

    ui::ConnectionController connection(session, profiles, vault, &window);
    QObject::connect(&connection, &ui::ConnectionController::targetChanged, &window,
                     &ui::MainWindow::setConnectionTarget);
    QObject::connect(&vault, &ui::PasswordVault::keychainUnavailable, &window,
                     &ui::MainWindow::showKeychainUnavailable);
    QObject::connect(&window, &ui::MainWindow::connectRequested, &connection,
                     [&connection] { connection.chooseProfile(); });

    if (parser.isSet(dbOption)) {
        const QString uri = parser.value(dbOption);
        connection.connectDirectly({uri.toStdString(), {}, "meterdesk"}, ui::withoutPassword(uri));
    } else if (const QString target = ui::libpqEnvironmentTarget(); !target.isEmpty()) {
        connection.connectDirectly({}, target);
    } else {
        connection.connectLastProfile();
    }
    // The node is not secret: what the command line or the environment names is remembered.
    models::NodeSettings node = models::NodeSettings::load(settings);
    node.applyEnvironment();
    if (parser.isSet(nodeOption))
        node.rpcUrl = QUrl(parser.value(nodeOption));
    if (node.isConfigured()) {
        if (!screenshot)
            node.save(settings);
        window.escrowsPage()->configureNode(node);
    }
    window.show();

    ui::ScreenshotTour tour(window, parser.value(screenshotOption));
    if (screenshot) {
        QObject::connect(&tour, &ui::ScreenshotTour::finished, &app, &QApplication::exit);
        QTimer::singleShot(0, &tour, &ui::ScreenshotTour::start);
    }
    return app.exec();
}
