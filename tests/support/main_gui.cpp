// Catch2 runner for widget tests. Without a display (CI, and catch_discover_tests at
// build time) Qt would abort; the offscreen platform renders real widgets in memory.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // CTest runs test processes in parallel: each gets its own settings and data folders,
    // so one test's QSettings (language, filters, window state) never leaks into another's.
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    }
    if (qEnvironmentVariableIsEmpty("FUNNELDESK_TRANSLATIONS_DIR"))
        qputenv("FUNNELDESK_TRANSLATIONS_DIR", FD_TEST_TRANSLATIONS_DIR);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDeskTests"));
    return Catch::Session().run(argc, argv);
}
