// meterdeskctl: the billing core from the command line, for scripts and cron.
#include "ctl_command.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <algorithm>

namespace meterdesk::ctl {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

namespace {

std::vector<Command> allCommands() {
    std::vector<Command> commands = databaseCommands();
    for (auto& command : invoiceCommands())
        commands.push_back(std::move(command));
    for (auto& command : escrowCommands())
        commands.push_back(std::move(command));
    return commands;
}

QString describe(const std::vector<Command>& commands) {
    QString text = Text::tr("Meterdesk from the command line.\n\nCommands:");
    for (const auto& command : commands)
        text += QStringLiteral("\n  %1  %2").arg(command.name, -10).arg(command.summary);
    return text;
}

} // namespace

} // namespace meterdesk::ctl

int main(int argc, char* argv[]) {
    using namespace meterdesk::ctl;
    // A QGuiApplication because invoice PDFs need fonts; meterdeskctl never shows a window, so
    // without a display Qt's offscreen platform serves instead of aborting.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meterdeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MD_VERSION));

    const auto commands = allCommands();
    QCommandLineParser parser;
    parser.setApplicationDescription(describe(commands));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        Text::tr("Database URI (default: the libpq environment, PGHOST etc.)."),
        QStringLiteral("uri"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Answer in JSON, for scripts."));
    parser.addOptions({dbOption, jsonOption});
    for (const auto& command : commands)
        parser.addOptions(command.options);
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("The command to run."));
    parser.process(app);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        parser.showHelp(2);
    const QString name = positional.takeFirst();
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&](const Command& c) { return c.name == name; });
    if (command == commands.end()) {
        err() << Text::tr("meterdeskctl: unknown command '%1' (see --help)").arg(name) << Qt::endl;
        return 2;
    }

    Invocation invocation;
    invocation.connection.uri = parser.value(dbOption).toStdString();
    invocation.connection.applicationName = "meterdeskctl";
    invocation.arguments = positional;
    invocation.json = parser.isSet(jsonOption);
    invocation.options = &parser;
    try {
        return command->run(invocation);
    } catch (const std::exception& e) {
        err() << "meterdeskctl " << name << ": " << QString::fromUtf8(e.what()) << Qt::endl;
        return 1;
    }
}
