#pragma once

#include <QStringList>
#include <QTextStream>

namespace fd {

// Runs funneldesk-cli with `arguments` (argv without the program name) and returns the
// exit code. Used by main() and, in-process, by the tests.
//   funneldesk-cli [--db FILE] <command> [options]
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace fd
