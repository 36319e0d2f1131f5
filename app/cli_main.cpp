// funneldesk-cli: FunnelDesk without a window, for scripts and scheduled reports.
#include "cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return fd::runCli(args, out, err);
}
