#pragma once

// What the `user` and `team` commands print: one line per person or team, or JSON.
#include "domain/organization.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fd {

class OrganizationRepository;

namespace cliout {

// Names of teams, regions and people by id, read once for a listing.
struct TeamNames
{
    explicit TeamNames(OrganizationRepository &org);
    QHash<qint64, QString> teams, regions, logins, people;
};

// {"id", "login", "display_name", "email", "phone", "role", "team_id", "team", "active",
//  "has_password"}: null for what is not set.
QJsonObject userJson(const User &user, const TeamNames &names);
// "#3  wang.fang  王芳  rep  上海一组  active"
QString userLine(const User &user, const TeamNames &names);

// {"id", "name", "region_id", "region", "manager_id", "manager_login", "manager", "members"}.
QJsonObject teamJson(const Team &team, const TeamNames &names, int members);
QString teamLine(const Team &team, const TeamNames &names, int members);

// A refusal's message with how the CLI signs in (--user and where its password comes from).
QString withSignInHint(const QString &message);

} // namespace cliout
} // namespace fd
