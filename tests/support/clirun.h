#pragma once

#include "cliapp.h"

#include <QIODevice>
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

// Runs funneldesk-cli in-process (for test binaries that link fdcli); `input` is what
// the command reads from standard input (passwords), one line per entry.
inline CliRun runCliWith(const QStringList &args, const QStringList &input = {})
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QString inputText = input.join(QLatin1Char('\n'));
    if (!input.isEmpty())
        inputText += QLatin1Char('\n');
    QTextStream in(&inputText, QIODevice::ReadOnly);
    r.code = runCli(args, out, err, &in);
    out.flush();
    err.flush();
    return r;
}

} // namespace fd::test
