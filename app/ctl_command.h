#pragma once

#include <store/connection.h>

#include <QCoreApplication>
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
};

struct Command {
    QString name;
    QString summary; // one line for --help, already translated
    std::function<int(const Invocation&)> run;
};

// The translation context of every meterdeskctl message.
class Text {
    Q_DECLARE_TR_FUNCTIONS(meterdeskctl)
};

QTextStream& out();
QTextStream& err();

// Each group of commands lives in its own file and contributes its commands here.
std::vector<Command> databaseCommands(); // migrate, allowance

} // namespace meterdesk::ctl
