#pragma once

#include "dealcommand.h"

#include "storage/repositories/opportunityrepository.h"

namespace fd {

// A new deal (from a column's "+" or the New opportunity action). Undo deletes it;
// redo brings it back with the same id and history.
class CreateDealCommand final : public DealCommand
{
public:
    // The deal `id` was already created.
    CreateDealCommand(DealStore &store, qint64 id, const QString &title);

protected:
    void doUndo() override;
    void doRedo() override;

private:
    qint64 m_id;
    DealSnapshot m_snapshot;
};

} // namespace fd
