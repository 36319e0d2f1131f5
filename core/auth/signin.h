#pragma once

#include "domain/organization.h"

#include <QString>

#include <optional>

namespace fd {

class Database;

// Who is acting on a database, as the GUI and CLI establish it.
//
// Embedded SQLite: a person signs in with login and password (Argon2id, passwordhash.h);
// signIn() then sets Database::actingUserId, which every writer records (audit rows,
// stage history, receipts, contract changes, imports). This is a check made by FunnelDesk
// itself: whoever can write the file can change it with any SQLite tool, so a file on a
// shared disk is protected only by the file system's permissions. The UI says so.
//
// "Remember me on this desktop" (SQLite only): remember() creates a random token; the
// desktop keeps it with the login (QSettings, i.e. in the desktop account's own settings),
// the database keeps only its hash with an expiry. Next time signInRemembered() lets that
// desktop account in without the password until the token expires, the person signs out
// there (forget), their password changes or they are deactivated (forgetUser). What it
// honestly means: anyone who can use that desktop account is taken for that person —
// no more than an unlocked desktop already allows — and no password is ever kept.
//
// PostgreSQL (team mode): nothing here signs in. The server's login is the identity:
// Database::openPostgres resolves the users row whose login = session_user.
class SignIn final
{
public:
    explicit SignIn(Database &db)
        : m_db(db)
    {
    }

    // What opening the database asks of the person at the desktop.
    enum class Need {
        Nothing,             // PostgreSQL: the connection's login is the identity
        CreateAdministrator, // SQLite with no active administrator who can sign in (a new file)
        SignIn,              // SQLite with an administrator: sign in before working
    };
    Need need();

    // Signs in with login and password: sets the database's acting user and re-hashes a
    // password stored with older parameters. The audit trail records the sign-in (action
    // "sign_in", field `how`: "password" at the desktop, "cli" for funneldesk-cli --user) and
    // a wrong password for an existing login ("sign_in_failed", by nobody). Throws SignInError
    // (translated): one message for an unknown login and a wrong password; a deactivated
    // user or one without a password is told so only after the password matched.
    User signIn(const QString &login, const QString &password, const QString &how = QStringLiteral("password"));

    // A token that signs the acting user in on this desktop for `days` days; `desktop`
    // names it ("host / account") for the People page. Throws PermissionError when
    // nobody is signed in, Error on PostgreSQL.
    QString remember(const QString &desktop, int days = 30);
    // Signs in with a remembered token (audited as "sign_in", how "remembered"). nullopt (and the token forgotten) when it is
    // unknown, expired, belongs to another login, or its user can no longer sign in.
    std::optional<User> signInRemembered(const QString &login, const QString &token);
    // Forgets one remembered token (signing out on that desktop); unknown tokens are ignored.
    void forget(const QString &token);
    // Forgets every remembered desktop of a user (password changed, deactivated).
    void forgetUser(qint64 userId);
    // Clears the acting user, audited as "sign_out" (the desktop's remembered token is
    // forgotten with forget()).
    void signOut();

    // PostgreSQL: records in the audit trail that the connection's login began working
    // ("sign_in", field `how`: "desktop" for the GUI, "cli"); the server binds the row to
    // session_user. Does nothing on SQLite (signIn records there) or for a login that is no
    // FunnelDesk user (the installer).
    void recordTeamSignIn(const QString &how);

    // The user signed in (the acting user), if any.
    std::optional<User> current();

private:
    Database &m_db;
};

} // namespace fd
