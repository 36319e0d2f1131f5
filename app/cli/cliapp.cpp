#include "cliapp.h"

#include "auth/signin.h"
#include "commands.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QCoreApplication>

namespace fd {

namespace {

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    out << "Usage: funneldesk-cli [--db FILE] [--user LOGIN] <command> [options]\n\n"
        << "FunnelDesk without a window: the same database, analytics and reports as the GUI.\n\n"
        << "Global options:\n"
        << "  --db FILE     SQLite database file (default: " << Database::defaultSqlitePath() << ")\n"
        << "  --db postgresql://USER@HOST:PORT/DATABASE[?schema=NAME]\n"
        << "                a team database on a PostgreSQL server; the password comes from the\n"
        << "                PGPASSWORD environment variable or ~/.pgpass, never the command line\n"
        << "  --user LOGIN  act as this FunnelDesk user on a SQLite file: every change records them.\n"
        << "                The password comes from the FD_PASSWORD environment variable, or else\n"
        << "                from the first line of standard input. A team database needs no --user:\n"
        << "                the PostgreSQL login of the address is the acting user\n"
        << "  -h, --help    Show this help; '<command> --help' shows a command's options\n"
        << "  --version     Show the version\n\n"
        << "Commands:\n";
    for (const auto &c : commands)
        out << "  " << c->name().leftJustified(12) << "  " << c->summary() << '\n';
    out.flush();
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err, QTextStream *in)
{
    const auto commands = allCommands();

    // Global options come before the command name; the rest belongs to the command.
    QString dbPath;
    QString userLogin;
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--user")) {
            if (i + 1 >= arguments.size() || arguments[i + 1].trimmed().isEmpty()) {
                err << "funneldesk-cli: --user needs a login\n";
                return ExitUsage;
            }
            userLogin = arguments[++i].trimmed();
        } else if (a.startsWith(QLatin1String("--user="))) {
            userLogin = a.mid(7).trimmed();
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << "funneldesk-cli: --db needs a file name or a postgresql:// address\n";
                return ExitUsage;
            }
            dbPath = arguments[++i];
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            printUsage(out, commands);
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            out << "funneldesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << "funneldesk-cli: unknown option " << a << " (see --help)\n";
            return ExitUsage;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        printUsage(err, commands);
        return ExitUsage;
    }
    const QString name = arguments[i];
    const CliCommand *command = nullptr;
    for (const auto &c : commands) {
        if (c->name() == name)
            command = c.get();
    }
    if (!command) {
        err << "funneldesk-cli: unknown command '" << name << "' (see --help)\n";
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    command->addOptions(parser);
    QStringList commandArgs{QStringLiteral("funneldesk-cli ") + name};
    commandArgs += arguments.mid(i + 1);
    if (!parser.parse(commandArgs)) {
        err << "funneldesk-cli " << name << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the program by argv[0]; the command belongs in the usage line too.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')),
                     QStringLiteral("Usage: funneldesk-cli [--db FILE] %1 [options]").arg(name));
        out << text;
        return ExitOk;
    }

    if (dbPath.isEmpty())
        dbPath = Database::defaultSqlitePath();
    if (!userLogin.isEmpty() && PostgresParams::isUrl(dbPath)) {
        err << "funneldesk-cli: --user is for SQLite files; on a team database the address's PostgreSQL "
               "login (postgresql://LOGIN@…) is the acting user\n";
        return ExitUsage;
    }
    std::unique_ptr<QTextStream> stdinStream;
    auto readLine = [&]() -> QString {
        if (!in) {
            stdinStream = std::make_unique<QTextStream>(stdin);
            in = stdinStream.get();
        }
        QString line = in->readLine();
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        return line;
    };
    std::unique_ptr<Database> db;
    CliContext ctx{out, err, dbPath,
                   [&]() -> Database & {
                       if (!db) {
                           auto opened = Database::open(dbPath); // a file, or postgresql:// (team mode)
                           Migrator(*opened).migrate();
                           if (!userLogin.isEmpty()) {
                               const QString password = qEnvironmentVariableIsSet("FD_PASSWORD")
                                                            ? qEnvironmentVariable("FD_PASSWORD")
                                                            : readLine();
                               SignIn(*opened).signIn(userLogin, password, QStringLiteral("cli"));
                           } else {
                               SignIn(*opened).recordTeamSignIn(QStringLiteral("cli"));
                           }
                           db = std::move(opened);
                       }
                       return *db;
                   },
                   readLine};
    // Commands report through exceptions: UsageError is the command line's fault (2), any
    // other error the command's (1). Either way the message is located by the command's name.
    const auto fail = [&](const QString &message, int code) {
        out.flush();
        err << "funneldesk-cli " << name << ": " << message << '\n';
        err.flush();
        return code;
    };
    try {
        const int code = command->run(parser, ctx);
        out.flush();
        err.flush();
        return code;
    } catch (const UsageError &e) {
        return fail(e.message(), ExitUsage);
    } catch (const Error &e) {
        return fail(e.message(), ExitFailure);
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()), ExitFailure);
    }
}

} // namespace fd
