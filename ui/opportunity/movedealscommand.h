#pragma once

#include "dealcommand.h"

#include "storage/repositories/opportunityrepository.h"

namespace fd {

// Stage moves of one or more deals (a drag, Ctrl+Left / Ctrl+Right, a stage delete is not one).
class MoveDealsCommand final : public DealCommand
{
public:
    // `changes` were already applied by DealStore::moveDeals.
    MoveDealsCommand(DealStore &store, QList<StageChange> changes, const QString &stageName);

protected:
    void doUndo() override;
    void doRedo() override;

private:
    QList<StageChange> m_changes;
};

} // namespace fd
