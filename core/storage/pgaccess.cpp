#include "pgaccess.h"

#include "database.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace fd::pgaccess {

namespace {

constexpr int kMaxIdentifier = 63; // PostgreSQL's NAMEDATALEN - 1

QString plainPart(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    QString out = text.toLower();
    out.replace(other, QStringLiteral("_"));
    return out;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one block of output: SCRAM's Hi() (RFC 5802 §2.2).
QByteArray hi(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

void requireRole(const QString &role)
{
    if (!isFunnelDeskRole(role))
        throw StorageError(
            QStringLiteral("\"%1\" is not a FunnelDesk role (rep, manager, finance or admin)").arg(role));
}

void requireTeamSecurity(Database &db)
{
    if (!hasTeamSecurity(db))
        throw StorageError(QStringLiteral("%1 has no PostgreSQL logins: team security (migration 0006) exists only "
                                          "on a PostgreSQL team database")
                               .arg(db.location()));
}

QString now(Database &db)
{
    return isotime::toStored(db.clock().now());
}

void setLoginActive(Database &db, const QString &login, bool active)
{
    requireTeamSecurity(db);
    SqlQuery q(db, QStringLiteral("SELECT fd_set_login_active(?, ?, ?)"));
    q.add(login).add(active).add(now(db)).exec();
}

} // namespace

bool isFunnelDeskRole(const QString &role)
{
    return role == QLatin1String("rep") || role == QLatin1String("manager") || role == QLatin1String("finance")
           || role == QLatin1String("admin");
}

QString roleName(const QString &database, const QString &schema, const QString &kind)
{
    QString base = plainPart(database);
    if (!schema.isEmpty() && schema != QLatin1String("public"))
        base += QLatin1Char('_') + plainPart(schema);
    const QString tail = QLatin1Char('_') + plainPart(kind);
    const QString name = QStringLiteral("fd_") + base + tail;
    if (name.size() <= kMaxIdentifier)
        return name;
    // Readable head, then 8 hex digits of the whole so that two long names never meet.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash((database + QLatin1Char('/') + schema).toUtf8(), QCryptographicHash::Md5)
            .toHex()
            .left(8));
    const qsizetype head = kMaxIdentifier - 3 - 1 - hash.size() - tail.size();
    return QStringLiteral("fd_") + base.left(head) + QLatin1Char('_') + hash + tail;
}

QString recordedRoleName(Database &db, const QString &kind)
{
    requireTeamSecurity(db);
    SqlQuery q(db, QStringLiteral("SELECT role_name FROM team_roles WHERE kind = ?"));
    const QVariant name = q.add(kind).scalar();
    if (!name.isValid())
        throw StorageError(QStringLiteral("No %1 role is recorded in %2").arg(kind, db.location()));
    return name.toString();
}

QString quotedIdentifier(const QString &name)
{
    QString out = name;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString quotedLiteral(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray s = salt;
    if (s.isEmpty()) {
        s.resize(16);
        QRandomGenerator::system()->generate(s.begin(), s.end());
    }
    const QByteArray salted = hi(password.normalized(QString::NormalizationForm_KC).toUtf8(), s, iterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(s.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

void createLogin(Database &db, const QString &login, const QString &role, const QString &password)
{
    requireRole(role);
    if (password.isEmpty())
        throw StorageError(QStringLiteral("The login \"%1\" needs a password").arg(login));
    requireTeamSecurity(db);
    SqlQuery q(db, QStringLiteral("SELECT fd_create_login(?, ?, ?)"));
    q.add(login).add(role).add(scramVerifier(password)).exec();
}

void setPassword(Database &db, const QString &login, const QString &role, const QString &password)
{
    if (password.isEmpty())
        throw StorageError(QStringLiteral("The login \"%1\" needs a password").arg(login));
    requireTeamSecurity(db);
    if (!roleExists(db, login)) {
        createLogin(db, login, role, password);
        return;
    }
    SqlQuery q(db, QStringLiteral("SELECT fd_set_login_password(?, ?)"));
    q.add(login).add(scramVerifier(password)).exec();
}

void changeOwnPassword(Database &db, const QString &password)
{
    if (password.isEmpty())
        throw StorageError(QStringLiteral("A login needs a password"));
    requireTeamSecurity(db);
    // ALTER ROLE takes no parameters; the verifier is base64 and '$' only, quoted anyway.
    db.exec(QStringLiteral("ALTER ROLE SESSION_USER PASSWORD %1").arg(quotedLiteral(scramVerifier(password))));
}

void setRole(Database &db, const QString &login, const QString &role)
{
    requireRole(role);
    requireTeamSecurity(db);
    SqlQuery q(db, QStringLiteral("SELECT fd_set_login_role(?, ?, ?)"));
    q.add(login).add(role).add(now(db)).exec();
}

void deactivateLogin(Database &db, const QString &login)
{
    setLoginActive(db, login, false);
}

void reactivateLogin(Database &db, const QString &login)
{
    setLoginActive(db, login, true);
}

QString sessionLogin(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT session_user"));
    return q.scalar().toString();
}

bool roleExists(Database &db, const QString &name)
{
    requireTeamSecurity(db);
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    return q.add(name).scalar().toInt() > 0;
}

QString groupOf(Database &db, const QString &login)
{
    requireTeamSecurity(db);
    SqlQuery q(db, QStringLiteral("SELECT t.kind FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                  "JOIN pg_roles g ON g.oid = m.roleid JOIN team_roles t ON t.role_name = g.rolname "
                                  "WHERE r.rolname = ? AND t.kind IN ('rep', 'manager', 'finance', 'admin') "
                                  "ORDER BY t.kind"));
    return q.add(login).scalar().toString();
}

bool hasTeamSecurity(Database &db)
{
    if (db.dialect().kind() != Dialect::Kind::Postgres)
        return false;
    SqlQuery q(db, QStringLiteral("SELECT to_regclass('team_roles') IS NOT NULL"));
    return q.scalar().toBool();
}

} // namespace fd::pgaccess
