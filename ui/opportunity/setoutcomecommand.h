#pragma once

#include "dealcommand.h"

#include "storage/repositories/opportunityrepository.h"

namespace fd {

// Won / lost / on hold / reopen for one or more deals.
class SetOutcomeCommand final : public DealCommand
{
public:
    // `changes` were already applied by DealStore::setOutcome.
    SetOutcomeCommand(DealStore &store, QList<StageChange> changes, const QString &outcomeName);

protected:
    void doUndo() override;
    void doRedo() override;

private:
    QList<StageChange> m_changes;
};

} // namespace fd
