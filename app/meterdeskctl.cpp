// meterdeskctl: the billing core from the command line, for scripts and cron.
#include <store/connection.h>
#include <store/errors.h>
#include <store/migration_runner.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <pqxx/pqxx>

#include <cstdio>
#include <functional>
#include <map>

namespace {

using namespace meterdesk;

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

struct Invocation {
    store::ConnectionSettings connection;
    QStringList arguments; // after the verb
};

int migrate(const Invocation& invocation) {
    auto connection = store::connect(invocation.connection);
    store::MigrationRunner runner(*connection);
    const auto report = runner.migrate(resources::embeddedMigrations());
    for (const auto& name : report.applied)
        out() << QCoreApplication::translate("meterdeskctl", "applied %1")
                     .arg(QString::fromStdString(name))
              << '\n';
    out() << QCoreApplication::translate("meterdeskctl", "schema at version %1 (%2 applied now)")
                 .arg(report.schemaVersion)
                 .arg(report.applied.size())
          << Qt::endl;
    return 0;
}

using Command = std::function<int(const Invocation&)>;

const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> all{
        {QStringLiteral("migrate"), migrate},
    };
    return all;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("meterdeskctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "meterdeskctl", "Meterdesk from the command line.\n\nCommands:\n"
                        "  migrate   apply pending schema migrations to the metering database"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("meterdeskctl",
                                    "Database URI (default: the libpq environment, PGHOST etc.)."),
        QStringLiteral("uri"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("meterdeskctl", "The command to run."));
    parser.process(app);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        parser.showHelp(2);
    const QString verb = positional.takeFirst();
    const auto command = commands().find(verb);
    if (command == commands().end()) {
        err() << QCoreApplication::translate("meterdeskctl",
                                             "meterdeskctl: unknown command '%1' (see --help)")
                     .arg(verb)
              << Qt::endl;
        return 2;
    }

    Invocation invocation;
    invocation.connection.uri = parser.value(dbOption).toStdString();
    invocation.connection.applicationName = "meterdeskctl";
    invocation.arguments = positional;
    try {
        return command->second(invocation);
    } catch (const std::exception& e) {
        err() << "meterdeskctl " << verb << ": " << QString::fromUtf8(e.what()) << Qt::endl;
        return 1;
    }
}
