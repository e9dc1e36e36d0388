// meterdeskctl commands that maintain the metering database itself.
#include "ctl_command.h"

#include <store/errors.h>
#include <store/migration_runner.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pqxx/pqxx>

namespace meterdesk::ctl {

namespace {

void printJson(const QJsonObject& object) {
    out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

int migrate(const Invocation& invocation) {
    auto connection = store::connect(invocation.connection);
    const auto report =
        store::MigrationRunner(*connection).migrate(resources::embeddedMigrations());
    if (invocation.json) {
        QJsonArray applied;
        for (const auto& name : report.applied)
            applied.append(QString::fromStdString(name));
        printJson({{QStringLiteral("schemaVersion"), report.schemaVersion},
                   {QStringLiteral("applied"), applied}});
        return 0;
    }
    for (const auto& name : report.applied)
        out() << Text::tr("applied %1").arg(QString::fromStdString(name)) << '\n';
    out() << Text::tr("schema at version %1 (%2 applied now)")
                 .arg(report.schemaVersion)
                 .arg(report.applied.size())
          << Qt::endl;
    return 0;
}

// Grants this month's allowances (and expires last month's leftovers) for every tenant
// that has not metered a call yet this month; the first metered call does it lazily too.
int allowance(const Invocation& invocation) {
    if (invocation.arguments.value(0) != QLatin1String("run") || invocation.arguments.size() > 2) {
        err() << Text::tr("usage: meterdeskctl allowance run [YYYY-MM]") << Qt::endl;
        return 2;
    }
    const QString month = invocation.arguments.value(1);
    if (!month.isEmpty() &&
        !QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}$")).match(month).hasMatch()) {
        err() << Text::tr("meterdeskctl allowance: month must be YYYY-MM, not '%1'").arg(month)
              << Qt::endl;
        return 2;
    }
    auto connection = store::connect(invocation.connection);
    const int granted = store::translatingErrors([&] {
        pqxx::work work(*connection);
        const auto row = month.isEmpty()
                             ? work.exec1("SELECT meter.run_allowances()")
                             : work.exec_params1("SELECT meter.run_allowances(($1 || '-01')::date)",
                                                 month.toStdString());
        work.commit();
        return row[0].as<int>();
    });
    if (invocation.json)
        printJson({{QStringLiteral("tenantsGranted"), granted}});
    else
        out() << Text::tr("allowances granted to %n tenant(s)", nullptr, granted) << Qt::endl;
    return 0;
}

} // namespace

std::vector<Command> databaseCommands() {
    return {
        {QStringLiteral("migrate"),
         Text::tr("apply pending schema migrations to the metering database"), migrate},
        {QStringLiteral("allowance"),
         Text::tr("allowance run [YYYY-MM]: grant monthly allowances to every tenant"), allowance},
    };
}

} // namespace meterdesk::ctl
