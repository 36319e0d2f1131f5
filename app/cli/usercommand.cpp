// funneldesk-cli user: the people of the office — add, list, change role, deactivate,
// set a password. Changes go through PeopleService: an administrator (--user on SQLite,
// the address's login on PostgreSQL), or anyone creating the first administrator of a
// new file. Passwords are read from standard input, never from the command line.
#include "commands.h"

#include "peopleoutput.h"

#include "auth/peopleservice.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/pgaccess.h"
#include "storage/repositories/organizationrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fd {

namespace {

class UserCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override
    {
        return QStringLiteral("People: user add | list | set-role | deactivate | set-password");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QStringLiteral("add, list, set-role, deactivate or set-password."));
        parser.addOption({QStringLiteral("login"), QStringLiteral("The person's login (letters, digits, . _ @ -)."),
                          QStringLiteral("LOGIN")});
        parser.addOption({QStringLiteral("name"), QStringLiteral("Display name (add)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("role"), QStringLiteral("rep, manager, finance or admin (add, set-role)."),
                          QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("team"), QStringLiteral("Team name (add)."), QStringLiteral("TEAM")});
        parser.addOption({QStringLiteral("email"), QStringLiteral("E-mail address (add)."), QStringLiteral("EMAIL")});
        parser.addOption({QStringLiteral("phone"), QStringLiteral("Phone number (add)."), QStringLiteral("PHONE")});
        parser.addOption({QStringLiteral("password-stdin"),
                          QStringLiteral("Read the person's password from a line of standard input (add, "
                                         "set-password; after the --user password when that is read there too).")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (list).")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (args.size() != 1) {
            ctx.err << "funneldesk-cli user: say what to do: add, list, set-role, deactivate or set-password\n";
            return ExitUsage;
        }
        try {
            if (action == QLatin1String("list"))
                return list(parser, ctx);
            if (action == QLatin1String("add"))
                return add(parser, ctx);
            if (action == QLatin1String("set-role"))
                return setRole(parser, ctx);
            if (action == QLatin1String("deactivate"))
                return deactivate(parser, ctx);
            if (action == QLatin1String("set-password"))
                return setPassword(parser, ctx);
        } catch (const PermissionError &e) {
            throw PermissionError(cliout::withSignInHint(e.message()));
        }
        ctx.err << "funneldesk-cli user: unknown action '" << action
                << "' (add, list, set-role, deactivate or set-password)\n";
        return ExitUsage;
    }

private:
    static bool require(const QCommandLineParser &parser, CliContext &ctx, const QString &action,
                        const QStringList &options)
    {
        for (const QString &option : options) {
            if (parser.value(option).trimmed().isEmpty()) {
                ctx.err << "funneldesk-cli user " << action << ": --" << option << " is required\n";
                return false;
            }
        }
        return true;
    }

    static bool parseRole(const QCommandLineParser &parser, CliContext &ctx, UserRole *role)
    {
        if (parseUserRole(parser.value(QStringLiteral("role")).trimmed(), role))
            return true;
        ctx.err << "funneldesk-cli user: --role must be rep, manager, finance or admin, not \""
                << parser.value(QStringLiteral("role")) << "\"\n";
        return false;
    }

    // The user named by --login; prints why not and returns nullopt.
    static std::optional<User> named(const QCommandLineParser &parser, CliContext &ctx)
    {
        const QString login = parser.value(QStringLiteral("login")).trimmed();
        auto user = OrganizationRepository(ctx.database()).userByLogin(login);
        if (!user)
            ctx.err << "funneldesk-cli user: no user has the login \"" << login << "\"\n";
        return user;
    }

    // A password from standard input for --password-stdin (SQLite); empty when not asked.
    static QString readPassword(const QCommandLineParser &parser, CliContext &ctx)
    {
        return parser.isSet(QStringLiteral("password-stdin")) ? ctx.readLine() : QString();
    }

    int list(const QCommandLineParser &parser, CliContext &ctx) const
    {
        Database &db = ctx.database();
        OrganizationRepository org(db);
        const QList<User> users = org.users(true);
        const cliout::TeamNames teams(org);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const User &u : users)
                list.append(cliout::userJson(u, teams));
            ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const User &u : users)
            ctx.out << cliout::userLine(u, teams) << '\n';
        ctx.out << users.size() << " user(s)\n";
        return ExitOk;
    }

    int add(const QCommandLineParser &parser, CliContext &ctx) const
    {
        if (!require(parser, ctx, QStringLiteral("add"),
                     {QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role")}))
            return ExitUsage;
        User user;
        if (!parseRole(parser, ctx, &user.role))
            return ExitUsage;
        Database &db = ctx.database();
        const bool sqlite = db.dialect().kind() == Dialect::Kind::Sqlite;
        if (sqlite && !parser.isSet(QStringLiteral("password-stdin"))) {
            ctx.err << "funneldesk-cli user add: --password-stdin is required (the password is read from standard "
                       "input, never from the command line)\n";
            return ExitUsage;
        }
        user.login = parser.value(QStringLiteral("login")).trimmed();
        user.displayName = parser.value(QStringLiteral("name")).trimmed();
        user.email = parser.value(QStringLiteral("email")).trimmed();
        user.phone = parser.value(QStringLiteral("phone")).trimmed();
        if (parser.isSet(QStringLiteral("team"))) {
            const QString teamName = parser.value(QStringLiteral("team")).trimmed();
            const auto team = OrganizationRepository(db).teamByName(teamName);
            if (!team) {
                ctx.err << "funneldesk-cli user add: no team is called \"" << teamName
                        << "\" (funneldesk-cli team list shows them; team add creates one)\n";
                return ExitFailure;
            }
            user.teamId = team->id;
        }
        const QString password = readPassword(parser, ctx);
        PeopleService(db).addUser(user, password);
        ctx.out << "Added user " << user.login << " (" << user.displayName << ", " << toString(user.role) << ") as #"
                << user.id << '\n';
        if (!sqlite && pgaccess::hasTeamSecurity(db) && !password.isEmpty())
            ctx.out << "Created the PostgreSQL login " << user.login << " in the " << toString(user.role)
                    << " group; FunnelDesk stores no password.\n";
        else if (!sqlite && pgaccess::hasTeamSecurity(db) && !pgaccess::roleExists(db, user.login))
            ctx.out << user.login << " has no PostgreSQL login yet and cannot sign in until an admin sets a password "
                    << "(funneldesk-cli user set-password --login " << user.login
                    << " --password-stdin creates the login then), or the server's administrator makes a login role "
                       "of that name; FunnelDesk stores no password.\n";
        else if (!sqlite)
            ctx.out << "On a team database the person signs in with a PostgreSQL login of the same name; "
                       "FunnelDesk stores no password.\n";
        return ExitOk;
    }

    int setRole(const QCommandLineParser &parser, CliContext &ctx) const
    {
        if (!require(parser, ctx, QStringLiteral("set-role"), {QStringLiteral("login"), QStringLiteral("role")}))
            return ExitUsage;
        UserRole role;
        if (!parseRole(parser, ctx, &role))
            return ExitUsage;
        const auto user = named(parser, ctx);
        if (!user)
            return ExitFailure;
        PeopleService(ctx.database()).setRole(user->id, role);
        ctx.out << user->login << " is now " << toString(role) << '\n';
        return ExitOk;
    }

    int deactivate(const QCommandLineParser &parser, CliContext &ctx) const
    {
        if (!require(parser, ctx, QStringLiteral("deactivate"), {QStringLiteral("login")}))
            return ExitUsage;
        const auto user = named(parser, ctx);
        if (!user)
            return ExitFailure;
        PeopleService(ctx.database()).deactivate(user->id);
        ctx.out << user->login << " is deactivated (their records keep their name; they can no longer sign in)\n";
        return ExitOk;
    }

    int setPassword(const QCommandLineParser &parser, CliContext &ctx) const
    {
        if (!require(parser, ctx, QStringLiteral("set-password"), {QStringLiteral("login")}))
            return ExitUsage;
        if (!parser.isSet(QStringLiteral("password-stdin"))) {
            ctx.err << "funneldesk-cli user set-password: --password-stdin is required\n";
            return ExitUsage;
        }
        const auto user = named(parser, ctx);
        if (!user)
            return ExitFailure;
        Database &db = ctx.database();
        PeopleService(db).setPassword(user->id, readPassword(parser, ctx));
        if (db.dialect().kind() == Dialect::Kind::Sqlite)
            ctx.out << "Password of " << user->login << " changed; remembered desktops are signed out\n";
        else
            ctx.out << "Password of the PostgreSQL login " << user->login << " set; FunnelDesk stores no password\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeUserCommand()
{
    return std::make_unique<UserCommand>();
}

} // namespace fd
