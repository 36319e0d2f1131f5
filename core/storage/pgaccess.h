#pragma once

#include <QByteArray>
#include <QString>

namespace fd {

class Database;

// Team mode's people on PostgreSQL: one login role per FunnelDesk user, a member of exactly
// one group role (rep, manager, finance, admin) of this database, made by migration
// 0006_team_security.pg.sql, whose header describes the whole security model.
//
// THE CONTRACT
// - Identity is session_user: the acting user of a connection is the active users row whose
//   login is the session's login (Database::openPostgres sets actingUserId from it; a server
//   role that is no FunnelDesk login acts as nobody). Nothing a client sets (set_config,
//   application_name, SET ROLE to its own group) changes what the server lets it see or do.
// - FunnelDesk stores no password on PostgreSQL: the password is the login role's, sent to
//   the server as a SCRAM-SHA-256 verifier computed here (the clear password never reaches
//   the server, its statement log or FunnelDesk's tables; users.password_hash stays NULL).
//   A person added without a password has no login and cannot sign in until an admin sets
//   one (setPassword creates the login then) or the server's administrator makes the login
//   role by hand; a signed-in person changes their own password (changeOwnPassword).
// - Creating a login, setting its password, changing its group and (de)activating it are done by
//   an admin's connection through SECURITY DEFINER functions owned by the database's "logins"
//   role, which alone holds CREATEROLE. The admin group never gets CREATEROLE itself: on
//   PostgreSQL 15 it would let any admin grant themselves the owner role (every row of every
//   table), create roles with CREATEDB or replication, and set anyone's password. The functions
//   only make LOGIN roles (never superuser, createdb, createrole, replication or bypassrls) for
//   users rows of this database, and move, disable or set the password of only logins that
//   belong to this database's groups. A superuser (the installer) may call them too: that is how
//   the first admin is made. PeopleService (auth/peopleservice.h) calls them on a team database,
//   so `funneldesk-cli user add / set-password / set-role / deactivate` and the People page do.
// - Every function throws PermissionError (SQLSTATE 42501) when the caller may not, and
//   StorageError with the server's reason otherwise (unknown role, no such user, a role of
//   that name exists already on the server, not the login of a user of this database).
namespace pgaccess {

// The FunnelDesk roles a login can have (the group roles' kinds).
bool isFunnelDeskRole(const QString &role);

// The name of a security role ("owner", "rep", "manager", "finance", "admin", "logins") of
// the FunnelDesk database `database`, schema `schema`: "fd_<database>_<kind>", with
// "_<schema>" after the database when the schema is not "public"; letters folded to lower
// case and anything but [a-z0-9_] made "_"; longer than 63 characters, a readable head and
// an md5 tail. Roles are cluster-wide, so two FunnelDesk databases on one server never
// share a group.
QString roleName(const QString &database, const QString &schema, const QString &kind);
// The same name as this database recorded it (table team_roles). Throws StorageError on a
// database without team security (SQLite, or PostgreSQL before migration 0006).
QString recordedRoleName(Database &db, const QString &kind);

// "\"name\"" and "'text'" with embedded quotes doubled.
QString quotedIdentifier(const QString &name);
QString quotedLiteral(const QString &text);

// The verifier PostgreSQL stores for a scram-sha-256 password:
// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (RFC 5802 / 7677), with a
// random 16-byte salt unless one is given (tests). The password is NFKC-normalised first
// (PostgreSQL's SASLprep for the passwords people type).
QString scramVerifier(const QString &password, const QByteArray &salt = {}, int iterations = 4096);

// Creates the login role of the FunnelDesk user whose users.login is `login`, in the group
// of `role`, with `password` (never empty). Run on an admin's (or a superuser's) connection.
void createLogin(Database &db, const QString &login, const QString &role, const QString &password);
// Sets the password of a person's login, on an admin's (or a superuser's) connection: a
// login of this database gets the new SCRAM verifier (fd_set_login_password, migration
// 0014) and can sign in if the person is active; a person who has no login yet (added
// without a password) gets one now, in the group of `role` (createLogin). A role of that
// name that is not a login of this database is refused (PermissionError).
void setPassword(Database &db, const QString &login, const QString &role, const QString &password);
// The signed-in person's own password: ALTER ROLE SESSION_USER PASSWORD '<verifier>', which
// PostgreSQL lets every login do for itself and for nobody else. Never empty.
void changeOwnPassword(Database &db, const QString &password);
// Moves the login to the group of `role` and sets users.role to match, in one transaction.
void setRole(Database &db, const QString &login, const QString &role);
// ALTER ROLE … NOLOGIN and users.active = 0: the person can no longer sign in, and any
// session of theirs still open sees no row from the next statement on.
void deactivateLogin(Database &db, const QString &login);
// LOGIN and users.active = 1 again.
void reactivateLogin(Database &db, const QString &login);

// The login this connection signed in with (session_user; SET ROLE does not change it).
QString sessionLogin(Database &db);
// Whether the server has a role of that name (a login of anybody's, or a group).
bool roleExists(Database &db, const QString &name);
// The FunnelDesk role whose group the login is in ("" when none of this database's).
QString groupOf(Database &db, const QString &login);
// True when this connection is on PostgreSQL with migration 0006 applied.
bool hasTeamSecurity(Database &db);

} // namespace pgaccess
} // namespace fd
