#include "organizationrepository.h"
#include "domain/trcontext.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "repositorysupport.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/organizationtables.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace fd {

namespace {
const QString kUserColumns = QStringLiteral(
    "id, login, display_name, email, phone, role, team_id, active, created_at, updated_at, "
    "password_hash IS NOT NULL");
const QString kTeamColumns = QStringLiteral("id, name, region_id, manager_id");

User userFromRow(const SqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.phone = q.value(4).toString();
    parseUserRole(q.value(5).toString(), &u.role);
    u.teamId = rows::id(q.value(6));
    u.active = q.value(7).toInt() != 0;
    u.createdAt = rows::timestamp(q.value(8));
    u.updatedAt = rows::timestamp(q.value(9));
    u.hasPassword = q.value(10).toBool();
    return u;
}

Team teamFromRow(const SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), rows::id(q.value(2)), rows::id(q.value(3))};
}

// Binds login … active, in the order of the INSERT and UPDATE.
void bindFields(SqlQuery &q, const User &u)
{
    const QVariantList values = tables::UserRow::table().pick(
        tables::userRow(u).values(), {"login", "display_name", "email", "phone", "role", "team_id", "active"});
    for (const QVariant &v : values)
        q.add(v);
}
} // namespace

// Regions ---------------------------------------------------------------------------

void OrganizationRepository::validate(const Region &r)
{
    Validator v(QStringLiteral("region"));
    v.required(QStringLiteral("name"), r.name, 200);
    v.check(!repo::taken(m_db, "regions", "name", r.name.trimmed(), r.id), QStringLiteral("name"), r.name,
            Validation::tr("is already used by another region"));
    v.throwIfInvalid();
}

qint64 OrganizationRepository::createRegion(Region &r)
{
    validate(r);
    Transaction tx(m_db);
    tables::RegionRow row;
    row.name = r.name.trimmed();
    row.createdAt = isotime::toStored(m_db.clock().now());
    r.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("region"), r.id, QStringLiteral("insert"));
    tx.commit();
    return r.id;
}

void OrganizationRepository::updateRegion(const Region &r)
{
    const Region before = region(r.id);
    validate(r);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE regions SET name = ? WHERE id = ?"));
    q.add(r.name.trimmed()).add(r.id).exec();
    audit::recordChange(m_db, QStringLiteral("region"), r.id, QStringLiteral("name"), before.name, r.name.trimmed());
    tx.commit();
}

Region OrganizationRepository::region(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM regions WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Region %1 does not exist").arg(id));
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

std::optional<Region> OrganizationRepository::regionByName(const QString &name)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM regions WHERE name = ?"));
    q.add(name.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return Region{q.value(0).toLongLong(), q.value(1).toString()};
}

QList<Region> OrganizationRepository::regions()
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name FROM regions ORDER BY name, id"));
    q.exec();
    QList<Region> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

// Teams -----------------------------------------------------------------------------

void OrganizationRepository::validate(const Team &t)
{
    Validator v(QStringLiteral("team"));
    v.required(QStringLiteral("name"), t.name, 200);
    v.check(!repo::taken(m_db, "teams", "name", t.name.trimmed(), t.id), QStringLiteral("name"), t.name,
            Validation::tr("is already used by another team"));
    if (t.regionId)
        v.check(repo::exists(m_db, "regions", t.regionId), QStringLiteral("region"), QString::number(t.regionId),
                Validation::tr("does not exist"));
    if (t.managerId) {
        SqlQuery q(m_db, QStringLiteral("SELECT active FROM users WHERE id = ?"));
        const QVariant active = q.add(t.managerId).scalar();
        v.check(active.isValid(), QStringLiteral("manager"), QString::number(t.managerId),
                Validation::tr("does not exist"));
        v.check(!active.isValid() || active.toInt() == 1, QStringLiteral("manager"), QString::number(t.managerId),
                Validation::tr("is deactivated"));
    }
    v.throwIfInvalid();
}

qint64 OrganizationRepository::createTeam(Team &t)
{
    validate(t);
    Transaction tx(m_db);
    tables::TeamRow row;
    row.name = t.name.trimmed();
    row.regionId = t.regionId;
    row.managerId = t.managerId;
    row.createdAt = isotime::toStored(m_db.clock().now());
    t.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("team"), t.id, QStringLiteral("insert"));
    tx.commit();
    return t.id;
}

void OrganizationRepository::updateTeam(const Team &t)
{
    const Team before = team(t.id);
    validate(t);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE teams SET name = ?, region_id = ?, manager_id = ? WHERE id = ?"));
    q.add(t.name.trimmed()).add(nullableId(t.regionId)).add(nullableId(t.managerId)).add(t.id).exec();
    const QString entity = QStringLiteral("team");
    audit::recordChange(m_db, entity, t.id, QStringLiteral("name"), before.name, t.name.trimmed());
    audit::recordChange(m_db, entity, t.id, QStringLiteral("region_id"), nullableId(before.regionId),
                        nullableId(t.regionId));
    audit::recordChange(m_db, entity, t.id, QStringLiteral("manager_id"), nullableId(before.managerId),
                        nullableId(t.managerId));
    tx.commit();
}

Team OrganizationRepository::team(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM teams WHERE id = ?").arg(kTeamColumns));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Team %1 does not exist").arg(id));
    return teamFromRow(q);
}

std::optional<Team> OrganizationRepository::teamByName(const QString &name)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM teams WHERE name = ?").arg(kTeamColumns));
    q.add(name.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return teamFromRow(q);
}

QList<Team> OrganizationRepository::teams(qint64 regionId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM teams %2 ORDER BY name, id")
                         .arg(kTeamColumns, regionId ? QStringLiteral("WHERE region_id = ?") : QString()));
    if (regionId)
        q.add(regionId);
    q.exec();
    QList<Team> list;
    while (q.next())
        list.append(teamFromRow(q));
    return list;
}

// Users -----------------------------------------------------------------------------

void OrganizationRepository::validate(const User &u)
{
    static const QRegularExpression loginChars(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    Validator v(QStringLiteral("user"));
    v.required(QStringLiteral("login"), u.login, 100);
    v.check(u.login.trimmed().isEmpty() || loginChars.match(u.login.trimmed()).hasMatch(), QStringLiteral("login"),
            u.login, Validation::tr("may contain only letters, digits and . _ @ -"));
    v.check(!repo::taken(m_db, "users", "login", u.login.trimmed(), u.id), QStringLiteral("login"), u.login,
            Validation::tr("is already used by another user"));
    v.required(QStringLiteral("display_name"), u.displayName, 200);
    v.maxLength(QStringLiteral("email"), u.email, 200);
    v.check(repo::isEmail(u.email), QStringLiteral("email"), u.email, Validation::tr("is not an e-mail address"));
    v.maxLength(QStringLiteral("phone"), u.phone, 50);
    if (u.teamId)
        v.check(repo::exists(m_db, "teams", u.teamId), QStringLiteral("team"), QString::number(u.teamId),
                Validation::tr("does not exist"));
    v.throwIfInvalid();
}

qint64 OrganizationRepository::createUser(User &u)
{
    validate(u);
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    tables::UserRow row = tables::userRow(u);
    row.id = 0;
    row.createdAt = isotime::toStored(now);
    row.updatedAt = row.createdAt;
    u.id = tables::insert(m_db, row);
    audit::record(m_db, QStringLiteral("user"), u.id, QStringLiteral("insert"));
    tx.commit();
    u.createdAt = now;
    u.updatedAt = now;
    return u.id;
}

void OrganizationRepository::updateUser(User &u)
{
    const User before = user(u.id);
    validate(u);
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET login = ?, display_name = ?, email = ?, phone = ?, role = ?, "
                                    "team_id = ?, active = ?, updated_at = ? WHERE id = ?"));
    bindFields(q, u);
    q.add(isotime::toStored(now)).add(u.id).exec();
    const QString entity = QStringLiteral("user");
    audit::recordChange(m_db, entity, u.id, QStringLiteral("login"), before.login, u.login.trimmed());
    audit::recordChange(m_db, entity, u.id, QStringLiteral("display_name"), before.displayName,
                        u.displayName.trimmed());
    audit::recordChange(m_db, entity, u.id, QStringLiteral("role"), toString(before.role), toString(u.role));
    audit::recordChange(m_db, entity, u.id, QStringLiteral("team_id"), nullableId(before.teamId), nullableId(u.teamId));
    audit::recordChange(m_db, entity, u.id, QStringLiteral("active"), before.active ? 1 : 0, u.active ? 1 : 0);
    tx.commit();
    u.createdAt = before.createdAt;
    u.updatedAt = now;
}

QList<User> OrganizationRepository::queryUsers(const QString &where, const QVariantList &binds)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM users %2 ORDER BY display_name, id").arg(kUserColumns, where));
    repo::execWith(q, binds);
    QList<User> list;
    while (q.next())
        list.append(userFromRow(q));
    return list;
}

User OrganizationRepository::user(qint64 id)
{
    const QList<User> list = queryUsers(QStringLiteral("WHERE id = ?"), {id});
    if (list.isEmpty())
        throw NotFoundError(QStringLiteral("User %1 does not exist").arg(id));
    return list.first();
}

std::optional<User> OrganizationRepository::userByLogin(const QString &login)
{
    const QList<User> list = queryUsers(QStringLiteral("WHERE login = ?"), {login.trimmed()});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<User> OrganizationRepository::users(bool includeInactive)
{
    return queryUsers(includeInactive ? QString() : QStringLiteral("WHERE active = 1"), {});
}

QString OrganizationRepository::passwordHash(qint64 userId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.add(userId).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("User %1 does not exist").arg(userId));
    return q.value(0).toString();
}

void OrganizationRepository::setPasswordHash(qint64 userId, const QString &hash, bool audited)
{
    const QDateTime now = m_db.clock().now();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"));
    q.add(nullableText(hash)).add(isotime::toStored(now)).add(userId).exec();
    if (q.numRowsAffected() != 1)
        throw NotFoundError(QStringLiteral("User %1 does not exist").arg(userId));
    // The trail says that the password changed, never what it is (not even the hash).
    if (audited)
        audit::record(m_db, QStringLiteral("user"), userId, QStringLiteral("update"), QStringLiteral("password"));
    tx.commit();
}

int OrganizationRepository::activeAdministrators(bool withPasswordOnly)
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM users WHERE active = 1 AND role = ?%1")
                         .arg(withPasswordOnly ? QStringLiteral(" AND password_hash IS NOT NULL") : QString()));
    return q.add(toString(UserRole::Admin)).scalar().toInt();
}

QList<User> OrganizationRepository::activeReps(qint64 teamId)
{
    return queryUsers(QStringLiteral("WHERE team_id = ? AND active = 1 AND role = ?"),
                      {teamId, toString(UserRole::Rep)});
}

} // namespace fd
