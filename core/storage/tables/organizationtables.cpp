#include "organizationtables.h"

#include "domain/organization.h"
#include "storage/sqlquery.h"

namespace fd::tables {

const Table &RegionRow::table()
{
    static const Table t("regions", {"name", "created_at"});
    return t;
}

QVariantList RegionRow::values() const
{
    return {name, createdAt};
}

const Table &TeamRow::table()
{
    static const Table t("teams", {"name", "region_id", "manager_id", "created_at"});
    return t;
}

QVariantList TeamRow::values() const
{
    return {name, nullableId(regionId), nullableId(managerId), createdAt};
}

const Table &UserRow::table()
{
    static const Table t("users", {"login", "display_name", "email", "phone", "role", "team_id", "active",
                                   "password_hash", "created_at", "updated_at"});
    return t;
}

QVariantList UserRow::values() const
{
    return {login,
            displayName,
            nullableText(email),
            nullableText(phone),
            role,
            nullableId(teamId),
            active,
            nullableText(passwordHash),
            createdAt,
            updatedAt};
}

UserRow userRow(const User &u)
{
    UserRow r;
    r.id = u.id;
    r.login = u.login.trimmed();
    r.displayName = u.displayName.trimmed();
    r.email = u.email.trimmed();
    r.phone = u.phone.trimmed();
    r.role = toString(u.role);
    r.teamId = u.teamId;
    r.active = u.active ? 1 : 0;
    return r;
}

} // namespace fd::tables
