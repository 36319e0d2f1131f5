#include "signin.h"

#include "passwordhash.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/trcontext.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <sodium.h>

namespace fd {

namespace {

bool onSqlite(const Database &db)
{
    return db.dialect().kind() == Dialect::Kind::Sqlite;
}

// Tokens are 256 random bits: a fast hash is enough to keep them out of the file
// (a password needs Argon2id because people choose guessable ones; tokens are not guessable).
QString tokenHash(const QString &token)
{
    const QByteArray bytes = token.toLatin1();
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

// Sign-ins, sign-outs and wrong passwords go to the audit trail (migration 0017). A
// read-only file cannot take the row; whoever signs in there can change nothing either, so
// signing in to read goes on without it.
void recordSignIn(Database &db, qint64 userId, const QString &action, const QString &how = {})
{
    try {
        audit::record(db, QStringLiteral("user"), userId, action, how);
    } catch (const StorageError &) {
    }
}

QString newToken()
{
    if (sodium_init() < 0)
        throw Error(QStringLiteral("The password library (libsodium) could not start"));
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Compared against when the login is unknown, so that an unknown login takes as long as a
// wrong password and a guesser cannot tell which logins exist.
const QString &decoyHash()
{
    static const QString decoy = password::hash(QStringLiteral("no such user, no such password"));
    return decoy;
}

QString wrongCredentials()
{
    return Access::tr("Unknown login or wrong password.");
}

} // namespace

SignIn::Need SignIn::need()
{
    if (!onSqlite(m_db))
        return Need::Nothing;
    return OrganizationRepository(m_db).activeAdministrators(true) == 0 ? Need::CreateAdministrator : Need::SignIn;
}

User SignIn::signIn(const QString &login, const QString &password, const QString &how)
{
    if (!onSqlite(m_db))
        throw SignInError(Access::tr("A team database signs you in with your PostgreSQL login; FunnelDesk keeps no "
                                     "password there."));
    OrganizationRepository org(m_db);
    const std::optional<User> user = org.userByLogin(login);
    if (!user) {
        password::verify(decoyHash(), password);
        throw SignInError(wrongCredentials());
    }
    const QString stored = org.passwordHash(user->id);
    if (stored.isEmpty()) {
        password::verify(decoyHash(), password);
        throw SignInError(Access::tr("%1 has no password yet: an administrator sets one in Settings → People & "
                                     "teams (or funneldesk-cli user set-password).")
                              .arg(user->login));
    }
    if (!password::verify(stored, password)) {
        const qint64 acting = m_db.actingUserId();
        m_db.setActingUserId(0); // nobody signed in made this attempt
        recordSignIn(m_db, user->id, QStringLiteral("sign_in_failed"), how);
        m_db.setActingUserId(acting);
        throw SignInError(wrongCredentials());
    }
    if (!user->active)
        throw SignInError(Access::tr("%1 is deactivated: ask an administrator.").arg(user->login));
    if (password::needsRehash(stored))
        org.setPasswordHash(user->id, password::hash(password), /*audited=*/false);
    m_db.setActingUserId(user->id);
    recordSignIn(m_db, user->id, QStringLiteral("sign_in"), how);
    return *user;
}

QString SignIn::remember(const QString &desktop, int days)
{
    if (!onSqlite(m_db))
        throw Error(QStringLiteral("A team database remembers no desktop: the PostgreSQL login signs in"));
    if (!m_db.actingUserId())
        throw PermissionError(Access::tr("Nobody is signed in."));
    const QString token = newToken();
    const QDateTime now = m_db.clock().now();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO sign_in_tokens (user_id, token_hash, desktop, created_at, "
                                    "last_used_at, expires_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.add(m_db.actingUserId())
        .add(tokenHash(token))
        .add(desktop.trimmed().left(200).isEmpty() ? QStringLiteral("?") : desktop.trimmed().left(200))
        .add(isotime::toStored(now))
        .add(isotime::toStored(now))
        .add(isotime::toStored(now.addDays(days)))
        .insert();
    return token;
}

std::optional<User> SignIn::signInRemembered(const QString &login, const QString &token)
{
    if (!onSqlite(m_db) || token.isEmpty())
        return std::nullopt;
    SqlQuery q(m_db, QStringLiteral("SELECT id, user_id, expires_at FROM sign_in_tokens WHERE token_hash = ?"));
    q.add(tokenHash(token)).exec();
    if (!q.next())
        return std::nullopt;
    const qint64 tokenId = q.value(0).toLongLong();
    const qint64 userId = q.value(1).toLongLong();
    const auto expires = isotime::parseTimestamp(q.value(2).toString());
    OrganizationRepository org(m_db);
    const User user = org.user(userId);
    const bool usable = expires && *expires > m_db.clock().now() && user.login == login.trimmed() && user.active
                        && user.hasPassword;
    if (!usable) {
        forget(token);
        return std::nullopt;
    }
    Transaction tx(m_db);
    SqlQuery used(m_db, QStringLiteral("UPDATE sign_in_tokens SET last_used_at = ? WHERE id = ?"));
    used.add(isotime::toStored(m_db.clock().now())).add(tokenId).exec();
    tx.commit();
    m_db.setActingUserId(user.id);
    recordSignIn(m_db, user.id, QStringLiteral("sign_in"), QStringLiteral("remembered"));
    return user;
}

void SignIn::forget(const QString &token)
{
    if (!onSqlite(m_db) || token.isEmpty())
        return;
    SqlQuery q(m_db, QStringLiteral("DELETE FROM sign_in_tokens WHERE token_hash = ?"));
    q.add(tokenHash(token)).exec();
}

void SignIn::forgetUser(qint64 userId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM sign_in_tokens WHERE user_id = ?"));
    q.add(userId).exec();
}

void SignIn::signOut()
{
    if (m_db.actingUserId())
        recordSignIn(m_db, m_db.actingUserId(), QStringLiteral("sign_out"));
    m_db.setActingUserId(0);
}

void SignIn::recordTeamSignIn(const QString &how)
{
    if (onSqlite(m_db) || !m_db.actingUserId())
        return;
    recordSignIn(m_db, m_db.actingUserId(), QStringLiteral("sign_in"), how);
}

std::optional<User> SignIn::current()
{
    if (!m_db.actingUserId())
        return std::nullopt;
    try {
        return OrganizationRepository(m_db).user(m_db.actingUserId());
    } catch (const NotFoundError &) {
        return std::nullopt;
    }
}

} // namespace fd
