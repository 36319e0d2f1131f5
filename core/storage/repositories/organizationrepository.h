#pragma once

#include "domain/organization.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Database;

// The sales organisation: regions, teams and users (reps, managers, finance, admins).
// Every write is validated (located errors), runs in one transaction and is audited.
// Users are never deleted, only deactivated. Who may change people, and passwords, are
// the business of PeopleService (auth/peopleservice.h), which the GUI and CLI go through.
class OrganizationRepository final
{
public:
    explicit OrganizationRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts a region; fills in id. Names are unique. Throws ValidationError.
    qint64 createRegion(Region &region);
    // Renames a region. Throws ValidationError or NotFoundError.
    void updateRegion(const Region &region);
    // One region. Throws NotFoundError.
    Region region(qint64 id);
    // The region with this name (exact, after trimming), if any.
    std::optional<Region> regionByName(const QString &name);
    // Every region by name.
    QList<Region> regions();

    // Inserts a team (optionally in a region, optionally with an active manager); fills in
    // id. Throws ValidationError.
    qint64 createTeam(Team &team);
    // Saves a team's name, region and manager. Throws ValidationError or NotFoundError.
    void updateTeam(const Team &team);
    // One team. Throws NotFoundError.
    Team team(qint64 id);
    // The team with this name (exact, after trimming), if any.
    std::optional<Team> teamByName(const QString &name);
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

    // The stored password hash of a user ("" = none). Throws NotFoundError.
    QString passwordHash(qint64 userId);
    // Stores a password hash ("" = none) and sets updatedAt; audited as a change of field
    // "password" with no values unless audited is false (a re-hash at sign-in changes
    // nothing a person did). Hashing and who may do it: PeopleService. Throws NotFoundError.
    void setPasswordHash(qint64 userId, const QString &hash, bool audited = true);
    // Active administrators; withPasswordOnly counts only those who can sign in on SQLite.
    int activeAdministrators(bool withPasswordOnly);

    // Validation shared by create and update; throw ValidationError.
    void validate(const Region &region);
    void validate(const Team &team);
    void validate(const User &user);

private:
    QList<User> queryUsers(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace fd
