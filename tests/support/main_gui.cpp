// Catch2 runner for widget tests. Without a display (CI, and catch_discover_tests at
// build time) Qt would abort; the offscreen platform renders real widgets in memory.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDeskTests"));
    return Catch::Session().run(argc, argv);
}
