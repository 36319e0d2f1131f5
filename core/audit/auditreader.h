#pragma once

#include "auditevent.h"

#include <QList>

namespace fd {

class Database;

// Reads the audit trail as events (who, when, which record, what, field changes), the one
// reader behind the History tabs, Settings → Audit log and `funneldesk-cli audit`.
//
// Where it reads from:
//   SQLite      audit_log, written by the repositories in the same transaction as each change
//               (one row per field; rows of one change are one event). A record created by an
//               import shows the import's event (AuditRepository::forEntity). Changes made with
//               nobody signed in (a CLI run without --user, the demo) have no user.
//   PostgreSQL  audit_trail, written by the server's triggers keyed on session_user (migration
//               0006), which no client can skip or forge; its old and new values (jsonb) become
//               the changes, leaving out the bookkeeping columns (id, updated_at, row_version).
//               An UPDATE of a deal's stage reads as "move", of an owner as "reassign".
//               Sign-ins come from audit_log, whose author the server binds to session_user.
//
// Who sees what (audit/auditscope.h, team scoping's rule): the rows of the actions of the
// people whose records the reader sees (a rep and finance their own, a manager their teams')
// and of the deals, customers, contacts, leads and contracts they may read; administrators
// all. On PostgreSQL row level security decides (migration 0018; the reader adds nothing); on
// SQLite the reader applies the same rule for the acting user (Database::actingUserId; nobody
// signed in reads all, as any SQLite tool would).
class AuditReader final
{
public:
    explicit AuditReader(Database &db)
        : m_db(db)
    {
    }

    // The events that match `filter`, newest first.
    QList<AuditEvent> list(const AuditFilter &filter);

private:
    QList<AuditEvent> fromJournal(const AuditFilter &filter);
    QList<AuditEvent> fromTrail(const AuditFilter &filter);
    QList<AuditEvent> signInsFromJournal(const AuditFilter &filter);

    Database &m_db;
};

} // namespace fd
