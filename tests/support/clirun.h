#pragma once

#include "cliapp.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace fd::test {

// What one in-process run of funneldesk-cli printed and returned.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs funneldesk-cli in-process (for test binaries that link fdcli).
inline CliRun runCliWith(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace fd::test
