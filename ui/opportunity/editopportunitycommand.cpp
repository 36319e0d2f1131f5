#include "editopportunitycommand.h"

#include "dealstore.h"

#include "domain/errors.h"

#include <QCoreApplication>

namespace fd {

EditOpportunityCommand::EditOpportunityCommand(DealStore &store, Opportunity before, QSet<qint64> checksBefore,
                                               Opportunity after, QSet<qint64> checksAfter)
    : DealCommand(store, QCoreApplication::translate("EditOpportunityCommand", "Edit %1").arg(after.title))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_checksBefore(std::move(checksBefore))
    , m_checksAfter(std::move(checksAfter))
{
}

namespace {
// The fields an edit sets (stage and status belong to moves and outcomes).
bool sameFields(const Opportunity &a, const Opportunity &b)
{
    return a.title == b.title && a.customerId == b.customerId && a.contactId == b.contactId && a.ownerId == b.ownerId
           && a.amount == b.amount && a.probabilityOverride == b.probabilityOverride
           && a.expectedCloseDate == b.expectedCloseDate && a.source == b.source && a.campaignId == b.campaignId
           && a.description == b.description && a.externalId == b.externalId && a.products.size() == b.products.size()
           && a.team.size() == b.team.size() && a.splitForm == b.splitForm;
}
} // namespace

void EditOpportunityCommand::apply(Opportunity target, const Opportunity &expected, const QSet<qint64> &checks)
{
    // Guarded by content: the deal must still hold what this command left (moves in
    // between are fine); a field changed by someone else makes the undo fail instead
    // of overwriting their work.
    const Opportunity current = m_store.opportunities().get(target.id);
    if (!sameFields(current, expected))
        throw ConflictError(
            QCoreApplication::translate("EditOpportunityCommand", "%1 was changed since; the edit cannot be undone.")
                .arg(current.title));
    target.rowVersion = current.rowVersion;
    m_store.save(target, checks);
}

void EditOpportunityCommand::doUndo()
{
    apply(m_before, m_after, m_checksBefore);
}

void EditOpportunityCommand::doRedo()
{
    apply(m_after, m_before, m_checksAfter);
}

} // namespace fd
