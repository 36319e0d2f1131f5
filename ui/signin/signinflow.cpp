#include "signinflow.h"

#include "createadmindialog.h"
#include "rememberedsignin.h"
#include "signindialog.h"

#include "auth/signin.h"
#include "demo/demogenerator.h"
#include "domain/errors.h"
#include "storage/database.h"

namespace fd {

SignInFlow::Result SignInFlow::establish(QWidget *parent, Database &db)
{
    SignIn signIn(db);
    switch (signIn.need()) {
    case SignIn::Need::Nothing:
        return Result::SignedIn;
    case SignIn::Need::CreateAdministrator: {
        CreateAdministratorDialog dialog(db, parent);
        return dialog.exec() == QDialog::Accepted ? Result::SignedIn : Result::NobodyYet;
    }
    case SignIn::Need::SignIn:
        break;
    }
    const RememberedSignIn remembered = RememberedSignIn::load(db);
    if (!remembered.isEmpty()) {
        if (signIn.signInRemembered(remembered.login, remembered.token))
            return Result::SignedIn;
        RememberedSignIn::clear(db); // expired or revoked: ask, and keep nothing stale
    }
    SignInDialog dialog(db, parent);
    dialog.setLogin(remembered.login);
    return dialog.exec() == QDialog::Accepted ? Result::SignedIn : Result::Refused;
}

bool SignInFlow::signInDemoAdministrator(Database &db)
{
    if (db.dialect().kind() != Dialect::Kind::Sqlite)
        return true;
    try {
        SignIn(db).signIn(QStringLiteral("admin"), QString::fromLatin1(kDemoPassword));
        return true;
    } catch (const Error &) {
        return false; // a database that had its own "admin" before the demo
    }
}

void SignInFlow::signOut(Database &db)
{
    SignIn signIn(db);
    const RememberedSignIn remembered = RememberedSignIn::load(db);
    try {
        signIn.forget(remembered.token);
    } catch (const Error &) {
        // A read-only file: the desktop forgets it anyway, and the token expires.
    }
    RememberedSignIn::clear(db);
    signIn.signOut();
}

} // namespace fd
