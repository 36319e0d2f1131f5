#pragma once

#include "dealcommand.h"

#include "storage/repositories/opportunityrepository.h"

namespace fd {

// Deleting a deal. Undo restores it exactly (ids, history, children, linked activities).
class DeleteDealCommand final : public DealCommand
{
public:
    // The deal was already deleted; `snapshot` is what DealStore::remove returned.
    DeleteDealCommand(DealStore &store, DealSnapshot snapshot);

protected:
    void doUndo() override;
    void doRedo() override;

private:
    DealSnapshot m_snapshot;
};

} // namespace fd
