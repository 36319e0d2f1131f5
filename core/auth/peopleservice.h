#pragma once

#include "domain/organization.h"

#include <QString>

namespace fd {

class Database;

// Changing people, teams and regions on behalf of the acting user: the rule of who may,
// passwords, and the repository's validation and audit underneath (one transaction per
// change; users are never deleted, only deactivated). The GUI's People & teams page and
// the CLI's `user` and `team` commands go through here.
//
// Who may: an active administrator (Database::actingUserId). While a database has no
// active administrator who can sign in (a new file: see SignIn::Need), anyone may create
// the first administrator — and nothing else. On PostgreSQL a login that is no
// FunnelDesk person (the owner who sets the office up) may too: there the server's
// grants decide what each login can change.
//
// Passwords (SQLite only): at least password::kMinLength characters, stored as Argon2id.
// On PostgreSQL no password is stored (password_hash stays NULL): the person's own
// PostgreSQL login role carries it. With the server's team security (migration 0006,
// storage/pgaccess.h) addUser given a password creates that login in the person's role's
// group, in the same transaction; without a password the person gets no login and cannot
// sign in until an admin sets one (setPassword makes the login then) or the server's
// administrator makes the role by hand. A change of role, deactivation and reactivation move
// or disable the login with the users row (for logins this database made).
class PeopleService final
{
public:
    explicit PeopleService(Database &db)
        : m_db(db)
    {
    }

    // Whether the acting user may change people now, and if not, why (translated).
    bool mayManage();
    QString whyNot();

    // Adds a user (with a password on SQLite; `password` is ignored on PostgreSQL) and
    // fills in id. Throws PermissionError, or ValidationError naming every bad field
    // ("user.password" for a short one) with nothing stored.
    qint64 addUser(User &user, const QString &password);
    // Saves a user's details, role, team and active flag (not the password). Refuses to
    // deactivate or demote the last active administrator who can sign in.
    void editUser(User &user);
    void setRole(qint64 userId, UserRole role);
    // Deactivates (never deletes): the person can no longer sign in and their remembered
    // desktops are forgotten; their records keep their name. Same last-administrator rule.
    void deactivate(qint64 userId);
    // Sets a new password and forgets the user's remembered desktops. An active user may
    // always change their own; others' only an administrator. On a PostgreSQL team database
    // the password is the login role's (pgaccess::changeOwnPassword for one's own,
    // pgaccess::setPassword for another's, which creates the login of a person added without
    // a password); nothing is stored. Throws Error on PostgreSQL without team security.
    void setPassword(qint64 userId, const QString &password);

    qint64 addTeam(Team &team);
    void editTeam(const Team &team);
    qint64 addRegion(Region &region);
    void editRegion(const Region &region);

private:
    enum class Change { Any, FirstAdministrator };
    void requireManager(Change change);
    void validatePassword(const QString &password) const;
    void keepAnAdministrator(const User &before, const User &after);
    void followOnServer(const User &before, const User &after);

    Database &m_db;
};

} // namespace fd
