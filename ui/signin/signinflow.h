#pragma once

#include <QCoreApplication>

class QWidget;

namespace fd {

class Database;

// Who acts on a database the GUI has just opened, and signing out.
//   PostgreSQL: nothing to ask — the connection's login is the identity.
//   SQLite with an administrator: a remembered desktop signs in silently, otherwise the
//     sign-in dialog; cancelling it refuses the database.
//   SQLite with nobody who can sign in: "create the administrator" (or later).
class SignInFlow final
{
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)

public:
    enum class Result {
        SignedIn,  // someone is acting (or a team database: its login is)
        NobodyYet, // no administrator exists and the user chose "later"
        Refused,   // the sign-in dialog was cancelled: do not show this database
    };

    static Result establish(QWidget *parent, Database &db);

    // After the demo office was generated into `db`: signs in as its administrator with
    // the published demo password. False if that fails (then establish() asks).
    static bool signInDemoAdministrator(Database &db);

    // Signs out: this desktop forgets its remembered sign-in for `db` (the token is
    // removed from the database too) and nobody is acting.
    static void signOut(Database &db);
};

} // namespace fd
