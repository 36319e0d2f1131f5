// funneldesk: the desktop application. Opens (and migrates) the database, offers the
// demo office on a new database, and shows the main window.
#include "backup/dailybackup.h"
#include "databaseopener.h"
#include "demoloader.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "memorypolicy.h"
#include "session.h"
#include "setup/setupwizard.h"
#include "signin/signinflow.h"
#include "startuptrace.h"

#include "auth/signin.h"
#include "domain/errors.h"
#include "fdversion.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

#include <cstdio>

namespace {

// --screenshot: grabs the window once the event loop has drawn it, then quits.
void scheduleScreenshot(fd::MainWindow &window, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, &window, [&window, file]() {
        const bool saved = window.grab().save(file);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "cannot save", qUtf8Printable(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // --startup-trace's clock
    sinceMain.start();
    fd::memory::applyDesktopPolicy(); // before the first allocation of any size
    // --help and --version must answer on a machine with no display too; they never
    // open a window, so the offscreen platform is enough for them.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version")
            && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("FunnelDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FD_VERSION_STRING));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("FunnelDesk"));
    // The installed .desktop file (resources/linux): Wayland and the task bar match the window to
    // its name and icon through it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.funneldesk.FunnelDesk"));

    fd::LanguageManager languages;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("FunnelDesk: sales funnel, forecast and pipeline management for small sales offices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Open the SQLite database at PATH (created if missing; "
                       "default: %1), or a team database: postgresql://USER@HOST:PORT/DATABASE "
                       "(password from PGPASSWORD).")
            .arg(QDir::toNativeSeparators(fd::Database::defaultSqlitePath())),
        QStringLiteral("PATH"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Use this user interface language for this run: zh_CN, zh_TW or en."), QStringLiteral("CODE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Start on this page (dashboard, kanban, funnel, …)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE (PNG) and quit; for documentation and checks. "
                       "The demo office is not offered."),
        QStringLiteral("FILE"));
    const QCommandLineOption delayOption(
        QStringLiteral("screenshot-delay"),
        QStringLiteral("Milliseconds to wait before the screenshot (default 1500): pages that compute in the "
                       "background need longer on a large office."),
        QStringLiteral("MS"), QStringLiteral("1500"));
    const QCommandLineOption traceOption(
        QStringLiteral("startup-trace"),
        QStringLiteral("Print when the window is first painted and when the dashboard shows all its figures "
                       "(milliseconds since start and CPU time; for bench_startup)."));
    const QCommandLineOption visitOption(
        QStringLiteral("visit-pages"),
        QStringLiteral("With --startup-trace: then show every page in turn, print the peak memory and quit."));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("Sign in to the SQLite file as LOGIN, with the password from the FD_PASSWORD environment "
                       "variable, instead of asking (for screenshots of what that person sees)."),
        QStringLiteral("LOGIN"));
    parser.addOptions(
        {dbOption, languageOption, pageOption, userOption, screenshotOption, delayOption, traceOption, visitOption});
    // A file given without --db: what a double-click on a .funneldesk file passes (the .desktop
    // file's Exec=funneldesk %f, the Windows file association).
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A FunnelDesk database file (.funneldesk) to open, as --db."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1
        || (parser.isSet(dbOption) && !parser.positionalArguments().isEmpty())) {
        std::fprintf(stderr, "funneldesk: give one database, as --db PATH or as a file name\n");
        return 2;
    }

    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        if (!fd::LanguageManager::languages().contains(code)) {
            std::fprintf(stderr, "funneldesk: unknown language '%s' (use zh_CN, zh_TW or en)\n", qUtf8Printable(code));
            return 2;
        }
        languages.apply(code);
    } else {
        languages.applyConfigured();
    }

    const QString path = parser.isSet(dbOption)                    ? parser.value(dbOption)
                         : !parser.positionalArguments().isEmpty() ? parser.positionalArguments().constFirst()
                                                                   : fd::Database::defaultSqlitePath();
    std::unique_ptr<fd::Database> db = fd::DatabaseOpener::open(nullptr, path);
    if (!db)
        return 1;

    fd::Session session;
    const bool fresh = fd::DatabaseOpener::isFresh(*db);
    // Who is working: a database with people asks them to sign in before anything shows
    // (a new file asks after the demo question below; a screenshot never waits for anyone).
    if (parser.isSet(userOption)) {
        try {
            fd::SignIn(*db).signIn(parser.value(userOption), qEnvironmentVariable("FD_PASSWORD"));
        } catch (const fd::Error &e) {
            std::fprintf(stderr, "funneldesk: --user %s: %s\n", qUtf8Printable(parser.value(userOption)),
                         qUtf8Printable(e.message()));
            return 1;
        }
    } else if (!fresh && !parser.isSet(screenshotOption)
               && fd::SignInFlow::establish(nullptr, *db) == fd::SignInFlow::Result::Refused) {
        return 0;
    }
    // Today's automatic backup of every file this desktop opens (not of screenshot runs).
    std::unique_ptr<fd::DailyBackup> dailyBackup;
    if (!parser.isSet(screenshotOption))
        dailyBackup = std::make_unique<fd::DailyBackup>(session);
    session.setDatabase(std::move(db));

    fd::MainWindow window(session, languages);
    window.restoreSettings();
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        std::fprintf(stderr, "funneldesk: unknown page '%s' (one of: %s)\n", qUtf8Printable(parser.value(pageOption)),
                     qUtf8Printable(window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(traceOption))
        new fd::StartupTrace(window, sinceMain, parser.isSet(visitOption)); // owned by the window
    window.show();

    if (parser.isSet(screenshotOption)) {
        if (fresh)
            fd::DemoLoader::prepareEmpty(&window, *session.database());
        scheduleScreenshot(window, QFileInfo(parser.value(screenshotOption)).absoluteFilePath(),
                           std::max(0, parser.value(delayOption).toInt()));
    } else if (fresh) {
        // Offer the demo once the window is up, so the progress dialog has a parent.
        QTimer::singleShot(0, &window, [&window, &session, &languages]() {
            if (fd::DemoLoader::ask(&window) == fd::DemoLoader::Choice::LoadDemo
                && fd::DemoLoader::load(&window, *session.database())) {
                fd::SignInFlow::signInDemoAdministrator(*session.database());
                session.notifyUserChanged();
                session.notifyDataChanged();
                return;
            }
            fd::SetupWizard::startEmpty(&window, session, &languages);
        });
    }
    return app.exec();
}
