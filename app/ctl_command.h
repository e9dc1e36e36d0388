#pragma once

#include <store/connection.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace meterdesk::ctl {

// What every meterdeskctl command receives: the database to use, the words after the
// command's name, and whether to answer in JSON for scripts.
struct Invocation {
    store::ConnectionSettings connection;
    QStringList arguments;
    bool json = false;
    // The parsed command line, to read the command's own options (Command::options).
    const QCommandLineParser* options = nullptr;
};

struct Command {
    QString name;
    QString summary; // one line for --help, already translated
    std::function<int(const Invocation&)> run;
    // Options only this command reads; listed in --help. Names must differ across commands.
    QList<QCommandLineOption> options = {};
};

// The translation context of every meterdeskctl message.
class Text {
    Q_DECLARE_TR_FUNCTIONS(meterdeskctl)
};

QTextStream& out();
QTextStream& err();

// Each group of commands lives in its own file and contributes its commands here.
std::vector<Command> databaseCommands(); // migrate, allowance
std::vector<Command> invoiceCommands();  // invoice preview|issue|export|export-all|void
std::vector<Command> escrowCommands();   // escrow list|show|refund|release|settle|pending|...

} // namespace meterdesk::ctl
