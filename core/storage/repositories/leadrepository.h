#pragma once

#include "domain/lead.h"

#include <QList>
#include <QSet>
#include <QString>

namespace fd {

class Database;

// What the lead list shows. Unset members do not filter.
struct LeadFilter
{
    bool poolOnly = false; // only the public pool (公海池: no owner)
    qint64 ownerId = 0;
    QSet<LeadStatus> statuses; // empty = every status
    qint64 campaignId = 0;
    QString text;  // in name, company, phone or e-mail
    int limit = 0; // 0 = no limit
    int offset = 0;
};

// Leads (线索) and the public pool. normalized_company and normalized_phone are written
// on every save (normalize::) so duplicate checks are indexed look-ups. Updates use
// optimistic locking; an owner change is audited as a reassignment or a pool return.
class LeadRepository final
{
public:
    explicit LeadRepository(Database &db)
        : m_db(db)
    {
    }

    // The full record. Throws NotFoundError.
    Lead get(qint64 id);
    // Validates and inserts; fills in id, timestamps, rowVersion (and assignedAt when owned).
    qint64 create(Lead &lead);
    // Saves every field; ConflictError when lead.rowVersion is stale.
    void update(Lead &lead);
    // Leads matching the filter, newest first.
    QList<Lead> list(const LeadFilter &filter = {});
    // Number of leads matching the filter (limit/offset ignored).
    qint64 count(const LeadFilter &filter = {});

    // Validation shared by create() and update(); throws ValidationError.
    void validate(const Lead &lead);

private:
    QString filterClause(const LeadFilter &f, QVariantList &binds) const;

    Database &m_db;
};

} // namespace fd
