#pragma once

#include "storage/viewer.h"

#include <QString>
#include <QVariantList>

namespace fd {

class Database;

// Which audit_log rows a person may read on SQLite (AuditReader), in team scoping's terms
// (storage/viewer.h, the one definition of who sees which records): the rows of the actions
// of the people whose records they see (a rep and finance their own, a manager their teams')
// and the rows of the deals, customers, contacts, leads and contracts they may read. So a rep
// reads the history of their deals, including what a manager changed there, and nothing of
// another rep's records; finance reads the trail of every deal, customer, contact and contract
// and none of the leads. Migration 0018_audit_scope.pg.sql gives audit_log and audit_trail the
// same rule as row level security on PostgreSQL, where this scope adds nothing.
class AuditScope final
{
public:
    // The scope of db's acting user (Viewer::of; nobody signed in reads all).
    explicit AuditScope(Database &db);
    explicit AuditScope(const Viewer &viewer)
        : m_viewer(viewer)
    {
    }

    // True when the person reads every row (an administrator, nobody, or the server filters).
    bool all() const { return !m_viewer.filtersInCore(); }
    // A condition on audit_log under `alias` (its entity, entity_id and user_id columns), with
    // its values appended to `binds` in order; "" when all().
    QString condition(const QString &alias, QVariantList &binds) const;

private:
    Viewer m_viewer;
};

} // namespace fd
