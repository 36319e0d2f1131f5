#pragma once

#include <QStringList>
#include <QTextStream>

namespace fd {

// Runs funneldesk-cli with `arguments` (argv without the program name) and returns the
// exit code. Used by main() and, in-process, by the tests. `in` is standard input
// (passwords); null = the process's stdin.
//   funneldesk-cli [--db FILE] [--user LOGIN] <command> [options]
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream *in = nullptr);

} // namespace fd
