// funneldesk-cli: FunnelDesk without a window, for scripts and scheduled reports.
#include "cliapp.h"
#include "fdversion.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Painting a report (fonts, QPdfWriter) needs a QGuiApplication; on the headless
    // offscreen platform so that scheduled reports run without a display. Every other
    // command (results without --pdf too) stays a plain QCoreApplication; statements may write PDFs (--out).
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || std::strcmp(argv[i], "report") == 0 || std::strcmp(argv[i], "statements") == 0
                 || std::strncmp(argv[i], "--pdf", 5) == 0;
    std::unique_ptr<QCoreApplication> app;
    if (report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return fd::runCli(args, out, err);
}
