#include "peopleservice.h"

#include "passwordhash.h"
#include "roletitles.h"
#include "signin.h"

#include "domain/errors.h"
#include "domain/trcontext.h"
#include "domain/validator.h"
#include "storage/database.h"
#include "storage/pgaccess.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/transaction.h"

namespace fd {

namespace {
bool onSqlite(const Database &db)
{
    return db.dialect().kind() == Dialect::Kind::Sqlite;
}
} // namespace

QString PeopleService::whyNot()
{
    OrganizationRepository org(m_db);
    const qint64 acting = m_db.actingUserId();
    if (acting == 0) {
        if (onSqlite(m_db) && org.activeAdministrators(true) == 0)
            return {}; // a new file: the first administrator may be created
        if (!onSqlite(m_db))
            return {}; // a login that is no FunnelDesk person: the server's grants decide
        return Access::tr("Only an administrator may change people and teams: sign in as one.");
    }
    try {
        const User user = org.user(acting);
        if (user.active && user.role == UserRole::Admin)
            return {};
        return Access::tr("Only an administrator may change people and teams; %1 is signed in as %2.")
            .arg(user.displayName, roleTitle(user.role));
    } catch (const NotFoundError &) {
        return Access::tr("Only an administrator may change people and teams: sign in as one.");
    }
}

bool PeopleService::mayManage()
{
    return whyNot().isEmpty();
}

void PeopleService::requireManager(Change change)
{
    const QString why = whyNot();
    if (!why.isEmpty())
        throw PermissionError(why);
    // Without anybody signed in on a new SQLite file only the first administrator may be made.
    if (change == Change::Any && onSqlite(m_db) && m_db.actingUserId() == 0
        && OrganizationRepository(m_db).activeAdministrators(true) == 0)
        throw PermissionError(Access::tr("This database has no administrator yet: create the administrator first, "
                                         "then sign in as them."));
}

void PeopleService::validatePassword(const QString &password) const
{
    Validator v(QStringLiteral("user"));
    v.check(password.size() >= password::kMinLength, QStringLiteral("password"), QString(),
            Validation::tr("must have at least %1 characters").arg(password::kMinLength));
    v.check(password.size() <= password::kMaxLength, QStringLiteral("password"), QString(),
            Validation::tr("must have at most %1 characters").arg(password::kMaxLength));
    v.throwIfInvalid();
}

qint64 PeopleService::addUser(User &user, const QString &password)
{
    OrganizationRepository org(m_db);
    const bool bootstrap = onSqlite(m_db) && m_db.actingUserId() == 0 && org.activeAdministrators(true) == 0;
    requireManager(bootstrap ? Change::FirstAdministrator : Change::Any);
    if (bootstrap && (user.role != UserRole::Admin || !user.active))
        throw PermissionError(Access::tr("This database has no administrator yet: the first person added must be "
                                         "an active administrator."));
    // Every located problem at once: the record's fields and the password.
    QList<FieldError> errors;
    try {
        org.validate(user);
    } catch (const ValidationError &e) {
        errors += e.errors();
    }
    // A team database with server security makes the person's login when given a password.
    const bool makeLogin = pgaccess::hasTeamSecurity(m_db) && !password.isEmpty();
    if (onSqlite(m_db) || makeLogin) {
        try {
            validatePassword(password);
        } catch (const ValidationError &e) {
            errors += e.errors();
        }
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString hash = onSqlite(m_db) ? password::hash(password) : QString();
    Transaction tx(m_db);
    org.createUser(user);
    if (!hash.isEmpty())
        org.setPasswordHash(user.id, hash, /*audited=*/false); // part of the "insert"
    if (makeLogin) // CREATE ROLE is transactional: no user without login, nor the reverse
        pgaccess::createLogin(m_db, user.login, toString(user.role), password);
    tx.commit();
    user.hasPassword = !hash.isEmpty();
    return user.id;
}

void PeopleService::keepAnAdministrator(const User &before, const User &after)
{
    const bool wasAdmin = before.active && before.role == UserRole::Admin;
    const bool staysAdmin = after.active && after.role == UserRole::Admin;
    if (!wasAdmin || staysAdmin)
        return;
    OrganizationRepository org(m_db);
    // On SQLite the one who matters can sign in; on PostgreSQL every active admin counts.
    const bool countsHere = !onSqlite(m_db) || before.hasPassword;
    if (countsHere && org.activeAdministrators(onSqlite(m_db)) <= 1) {
        Validator v(QStringLiteral("user"));
        v.check(false, after.active ? QStringLiteral("role") : QStringLiteral("active"), after.login,
                Validation::tr("is the last administrator who can sign in: make another administrator first"));
        v.throwIfInvalid();
    }
}

void PeopleService::editUser(User &user)
{
    requireManager(Change::Any);
    OrganizationRepository org(m_db);
    const User before = org.user(user.id);
    keepAnAdministrator(before, user);
    Transaction tx(m_db);
    org.updateUser(user);
    if (before.active && !user.active)
        SignIn(m_db).forgetUser(user.id);
    followOnServer(before, user);
    tx.commit();
    user.hasPassword = before.hasPassword;
}

void PeopleService::followOnServer(const User &before, const User &after)
{
    // Only a login this database made (a member of one of its groups) follows; a person
    // whose login the server's administrator manages by hand is left to them.
    if (!pgaccess::hasTeamSecurity(m_db) || pgaccess::groupOf(m_db, after.login).isEmpty())
        return;
    if (before.role != after.role)
        pgaccess::setRole(m_db, after.login, toString(after.role));
    if (before.active != after.active) {
        if (after.active)
            pgaccess::reactivateLogin(m_db, after.login);
        else
            pgaccess::deactivateLogin(m_db, after.login);
    }
}

void PeopleService::setRole(qint64 userId, UserRole role)
{
    User user = OrganizationRepository(m_db).user(userId);
    user.role = role;
    editUser(user);
}

void PeopleService::deactivate(qint64 userId)
{
    User user = OrganizationRepository(m_db).user(userId);
    user.active = false;
    editUser(user);
}

void PeopleService::setPassword(qint64 userId, const QString &password)
{
    OrganizationRepository org(m_db);
    const User user = org.user(userId);
    if (!onSqlite(m_db)) {
        if (!pgaccess::hasTeamSecurity(m_db))
            throw Error(Access::tr("This PostgreSQL database has no FunnelDesk logins: the server's administrator "
                                   "sets passwords there (ALTER ROLE … PASSWORD)."));
        // One's own is the session login's, never an acting user a client names.
        const bool own = user.active && pgaccess::sessionLogin(m_db) == user.login;
        if (!own)
            requireManager(Change::Any);
        validatePassword(password);
        // The password is the login role's; FunnelDesk stores none (pgaccess.h).
        if (own)
            pgaccess::changeOwnPassword(m_db, password);
        else
            pgaccess::setPassword(m_db, user.login, toString(user.role), password);
        return;
    }
    const bool own = m_db.actingUserId() == userId && user.active;
    if (!own)
        requireManager(Change::Any);
    validatePassword(password);
    const QString hash = password::hash(password);
    Transaction tx(m_db);
    org.setPasswordHash(userId, hash);
    SignIn(m_db).forgetUser(userId);
    tx.commit();
}

qint64 PeopleService::addTeam(Team &team)
{
    requireManager(Change::Any);
    return OrganizationRepository(m_db).createTeam(team);
}

void PeopleService::editTeam(const Team &team)
{
    requireManager(Change::Any);
    OrganizationRepository(m_db).updateTeam(team);
}

qint64 PeopleService::addRegion(Region &region)
{
    requireManager(Change::Any);
    return OrganizationRepository(m_db).createRegion(region);
}

void PeopleService::editRegion(const Region &region)
{
    requireManager(Change::Any);
    OrganizationRepository(m_db).updateRegion(region);
}

} // namespace fd
