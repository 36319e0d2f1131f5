#include "editsplitscommand.h"

#include "dealstore.h"

#include "domain/errors.h"

#include <QCoreApplication>

namespace fd {

EditSplitsCommand::EditSplitsCommand(DealStore &store, const Opportunity &before, const Opportunity &after)
    : DealCommand(store, QCoreApplication::translate("EditSplitsCommand", "Change the split of %1").arg(after.title))
    , m_id(after.id)
    , m_before(before)
    , m_after(after)
{
}

bool EditSplitsCommand::sameSplit(const Opportunity &a, const Opportunity &b)
{
    if (a.splitForm != b.splitForm || a.team.size() != b.team.size())
        return false;
    for (qsizetype i = 0; i < a.team.size(); ++i) {
        const TeamMember &x = a.team[i];
        const TeamMember &y = b.team[i];
        if (x.userId != y.userId || x.role != y.role || x.splitPercent != y.splitPercent
            || x.splitAmountCents != y.splitAmountCents)
            return false;
    }
    return true;
}

void EditSplitsCommand::apply(const Opportunity &target, const Opportunity &expected)
{
    // Guarded by content, as every deal edit: the split (and the amount an amount split
    // adds up to) must still be what this command left.
    Opportunity current = m_store.opportunities().get(m_id);
    if (!sameSplit(current, expected) || !(current.amount == expected.amount))
        throw ConflictError(
            QCoreApplication::translate("EditSplitsCommand", "The split of %1 was changed since; it cannot be undone.")
                .arg(current.title));
    current.splitForm = target.splitForm;
    current.team = target.team;
    m_store.save(current, m_store.checkedTasks(m_id));
}

void EditSplitsCommand::doUndo()
{
    apply(m_before, m_after);
}

void EditSplitsCommand::doRedo()
{
    apply(m_after, m_before);
}

} // namespace fd
