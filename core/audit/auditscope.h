#pragma once

#include <QString>
#include <QVariantList>

namespace fd {

class Database;

// Which audit_log rows the acting user may read on SQLite (AuditReader), the rule row level
// security applies to audit_trail on PostgreSQL (migration 0006): the rows of their own
// actions and of the records they may see. "They" is the rep, or a manager's team (their
// own team and the teams they manage). Finance, administrators and nobody signed in: all.
// The records a rep sees: deals they own or are on the team of; customers they own, without
// an owner, or of those deals; those customers' contacts; leads they own and the pool;
// contracts they own or of those deals.
// (When ScopeFilter learns visibleTo(user), this becomes its audit_log condition.)
class AuditScope final
{
public:
    // The scope of db's acting user.
    explicit AuditScope(Database &db);

    // True when the acting user reads every row.
    bool all() const { return m_people.isEmpty(); }
    // A condition on audit_log under `alias` (its entity, entity_id and user_id columns), with
    // its values appended to `binds` in order; "" when all().
    QString condition(const QString &alias, QVariantList &binds) const;

private:
    QVariantList m_people; // empty: no restriction
};

} // namespace fd
