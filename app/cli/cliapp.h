#pragma once

#include <QStringList>
#include <QTextStream>

namespace fd {

// The exit codes of funneldesk-cli, one convention for every command (scripts rely on it):
enum CliExit {
    // The command did what was asked.
    ExitOk = 0,
    // The command ran and failed: the data refused it (a name that matches nothing, a period
    // or week the engine rejects, invalid import rows, a second demo into a full database),
    // or a file or database could not be read or written. Nothing was half-written.
    ExitFailure = 1,
    // Wrong usage, decided from the command line alone before anything is read: an unknown
    // command or option, a missing command, option or option argument, an option value not of
    // its form (a date that is not YYYY-MM-DD, a number that is not a positive whole number, a
    // choice that is not one of the listed ones). Nothing was read or written.
    ExitUsage = 2,
};

// Runs funneldesk-cli with `arguments` (argv without the program name) and returns the
// exit code (CliExit). Used by main() and, in-process, by the tests. `in` is standard input
// (passwords); null = the process's stdin.
//   funneldesk-cli [--db FILE] [--user LOGIN] <command> [options]
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream *in = nullptr);

} // namespace fd
