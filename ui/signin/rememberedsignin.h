#pragma once

#include <QString>

namespace fd {

class Database;

// "Remember me on this desktop" as the desktop keeps it: for one database file, the login
// and the token SignIn::remember() issued, in QSettings (the desktop account's own
// settings) — never the password. The database holds only the token's hash, so this
// alone signs nobody in: SignIn::signInRemembered() checks it there, and a sign-out,
// a new password or a deactivation makes it worthless.
//
// What that honestly means for an embedded file: anyone who can use this desktop account
// is taken for the person until the token expires (30 days) or they sign out, no more
// than an unlocked desktop already allows; and the file itself was never protected by
// the sign-in, only by its file permissions.
struct RememberedSignIn
{
    QString login;
    QString token;

    bool isEmpty() const { return login.isEmpty() || token.isEmpty(); }

    // What this desktop remembers for `db` (empty when nothing, or for a team database).
    static RememberedSignIn load(const Database &db);
    // Keeps login and token for `db`, replacing what was there.
    static void store(const Database &db, const RememberedSignIn &remembered);
    // Forgets what this desktop remembers for `db`.
    static void clear(const Database &db);
    // How the remembered desktop is named on the People page: "host / account".
    static QString desktopName();
};

} // namespace fd
