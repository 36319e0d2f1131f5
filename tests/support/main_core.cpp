// Catch2 runner for tests that need only QtCore (compiled once, see CMakeLists.txt).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDeskTests"));
    return Catch::Session().run(argc, argv);
}
