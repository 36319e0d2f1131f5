#include "peopleoutput.h"

#include "storage/repositories/organizationrepository.h"

namespace fd::cliout {

namespace {
QJsonValue orNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}
} // namespace

TeamNames::TeamNames(OrganizationRepository &org)
{
    for (const Team &t : org.teams())
        teams.insert(t.id, t.name);
    for (const Region &r : org.regions())
        regions.insert(r.id, r.name);
    for (const User &u : org.users(true)) {
        logins.insert(u.id, u.login);
        people.insert(u.id, u.displayName);
    }
}

QJsonObject userJson(const User &u, const TeamNames &names)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("login"), u.login},
                       {QStringLiteral("display_name"), u.displayName},
                       {QStringLiteral("email"), orNull(u.email)},
                       {QStringLiteral("phone"), orNull(u.phone)},
                       {QStringLiteral("role"), toString(u.role)},
                       {QStringLiteral("team_id"), orNull(u.teamId)},
                       {QStringLiteral("team"), orNull(names.teams.value(u.teamId))},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("has_password"), u.hasPassword}};
}

QString userLine(const User &u, const TeamNames &names)
{
    return QStringLiteral("#%1  %2  %3  %4  %5  %6")
        .arg(u.id)
        .arg(u.login, u.displayName, toString(u.role), orDash(names.teams.value(u.teamId)),
             u.active ? QStringLiteral("active") : QStringLiteral("deactivated"));
}

QJsonObject teamJson(const Team &t, const TeamNames &names, int members)
{
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("region_id"), orNull(t.regionId)},
                       {QStringLiteral("region"), orNull(names.regions.value(t.regionId))},
                       {QStringLiteral("manager_id"), orNull(t.managerId)},
                       {QStringLiteral("manager_login"), orNull(names.logins.value(t.managerId))},
                       {QStringLiteral("manager"), orNull(names.people.value(t.managerId))},
                       {QStringLiteral("members"), members}};
}

QString teamLine(const Team &t, const TeamNames &names, int members)
{
    return QStringLiteral("#%1  %2  region %3  manager %4  %5 member(s)")
        .arg(t.id)
        .arg(t.name, orDash(names.regions.value(t.regionId)), orDash(names.logins.value(t.managerId)))
        .arg(members);
}

QString withSignInHint(const QString &message)
{
    return message
           + QStringLiteral(" (funneldesk-cli --db FILE --user LOGIN …: the password comes from FD_PASSWORD or the "
                            "first line of standard input)");
}

} // namespace fd::cliout
