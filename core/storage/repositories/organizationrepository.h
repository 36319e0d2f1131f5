#pragma once

#include "domain/organization.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Database;

// The sales organisation: regions, teams and users (reps, managers, finance, admins).
// Every write is validated (located errors), runs in one transaction and is audited.
class OrganizationRepository final
{
public:
    explicit OrganizationRepository(Database &db) : m_db(db) {}

    // Inserts a region; fills in id. Names are unique. Throws ValidationError.
    qint64 createRegion(Region &region);
    // Renames a region. Throws ValidationError or NotFoundError.
    void updateRegion(const Region &region);
    // One region. Throws NotFoundError.
    Region region(qint64 id);
    // Every region by name.
    QList<Region> regions();

    // Inserts a team (optionally in a region); fills in id. Throws ValidationError.
    qint64 createTeam(Team &team);
    // Saves a team's name and region. Throws ValidationError or NotFoundError.
    void updateTeam(const Team &team);
    // One team. Throws NotFoundError.
    Team team(qint64 id);
    // Every team by name; regionId > 0 keeps the teams of that region.
    QList<Team> teams(qint64 regionId = 0);

    // Inserts a user; fills in id and timestamps. Logins are unique. Throws ValidationError.
    qint64 createUser(User &user);
    // Saves every field of a user and sets updatedAt. Throws ValidationError or NotFoundError.
    void updateUser(User &user);
    // One user. Throws NotFoundError.
    User user(qint64 id);
    // The user with this login (exact, case-sensitive), if any.
    std::optional<User> userByLogin(const QString &login);
    // Users by display name; inactive ones only when asked.
    QList<User> users(bool includeInactive = false);
    // Active reps of a team (the people leads and deals are assigned to), by name.
    QList<User> activeReps(qint64 teamId);

    // Validation shared by create and update; throw ValidationError.
    void validate(const Region &region);
    void validate(const Team &team);
    void validate(const User &user);

private:
    QList<User> queryUsers(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace fd
