// funneldesk-cli team: the sales teams — add (with its region and manager) and list.
// Adding goes through PeopleService (an administrator, as for `user`); a region named
// by --region that does not exist yet is created with the team, in the same transaction.
#include "commands.h"

#include "peopleoutput.h"

#include "auth/peopleservice.h"
#include "domain/errors.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fd {

namespace {

class TeamCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override { return QStringLiteral("Teams: team add | list"); }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add or list."));
        parser.addOption({QStringLiteral("name"), QStringLiteral("The team's name (add)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("region"), QStringLiteral("Its region; created when new (add)."),
                          QStringLiteral("REGION")});
        parser.addOption({QStringLiteral("manager"), QStringLiteral("Login of the person who leads it (add)."),
                          QStringLiteral("LOGIN")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (list).")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (args.size() == 1 && action == QLatin1String("list"))
            return list(parser, ctx);
        if (args.size() == 1 && action == QLatin1String("add")) {
            try {
                return add(parser, ctx);
            } catch (const PermissionError &e) {
                throw PermissionError(cliout::withSignInHint(e.message()));
            }
        }
        ctx.err << "funneldesk-cli team: say what to do: add or list\n";
        return ExitUsage;
    }

private:
    int list(const QCommandLineParser &parser, CliContext &ctx) const
    {
        OrganizationRepository org(ctx.database());
        const cliout::TeamNames names(org);
        QHash<qint64, int> members;
        for (const User &u : org.users())
            ++members[u.teamId];
        const QList<Team> teams = org.teams();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Team &t : teams)
                list.append(cliout::teamJson(t, names, members.value(t.id)));
            ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const Team &t : teams)
            ctx.out << cliout::teamLine(t, names, members.value(t.id)) << '\n';
        ctx.out << teams.size() << " team(s)\n";
        return ExitOk;
    }

    int add(const QCommandLineParser &parser, CliContext &ctx) const
    {
        if (parser.value(QStringLiteral("name")).trimmed().isEmpty()) {
            ctx.err << "funneldesk-cli team add: --name is required\n";
            return ExitUsage;
        }
        Database &db = ctx.database();
        OrganizationRepository org(db);
        PeopleService people(db);
        Team team;
        team.name = parser.value(QStringLiteral("name")).trimmed();
        if (parser.isSet(QStringLiteral("manager"))) {
            const QString login = parser.value(QStringLiteral("manager")).trimmed();
            const auto manager = org.userByLogin(login);
            if (!manager) {
                ctx.err << "funneldesk-cli team add: no user has the login \"" << login << "\"\n";
                return ExitFailure;
            }
            team.managerId = manager->id;
        }
        Transaction tx(db);
        QString createdRegion;
        if (parser.isSet(QStringLiteral("region"))) {
            const QString regionName = parser.value(QStringLiteral("region")).trimmed();
            if (const auto existing = org.regionByName(regionName)) {
                team.regionId = existing->id;
            } else {
                Region region{0, regionName};
                team.regionId = people.addRegion(region);
                createdRegion = region.name;
            }
        }
        people.addTeam(team);
        tx.commit();
        if (!createdRegion.isEmpty())
            ctx.out << "Added region " << createdRegion << '\n';
        ctx.out << "Added team " << team.name << " as #" << team.id << '\n';
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeTeamCommand()
{
    return std::make_unique<TeamCommand>();
}

} // namespace fd
