#pragma once

#include "dealcommand.h"

#include "domain/opportunity.h"

namespace fd {

// A change of a deal's performance split alone (业绩拆分: its form and its team's shares) in
// the editor. An edit that changes other fields too is one EditOpportunityCommand, which
// carries the split with them (an amount split must add up to the amount of the same save).
class EditSplitsCommand final : public DealCommand
{
public:
    // The split of `after` was already saved.
    EditSplitsCommand(DealStore &store, const Opportunity &before, const Opportunity &after);

    // Whether two versions of a deal have the same split (form, members, roles and shares).
    static bool sameSplit(const Opportunity &a, const Opportunity &b);

protected:
    void doUndo() override;
    void doRedo() override;

private:
    void apply(const Opportunity &target, const Opportunity &expected);

    qint64 m_id;
    Opportunity m_before;
    Opportunity m_after;
};

} // namespace fd
