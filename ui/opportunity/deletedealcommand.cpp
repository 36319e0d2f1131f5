#include "deletedealcommand.h"

#include "dealstore.h"

#include <QCoreApplication>

namespace fd {

DeleteDealCommand::DeleteDealCommand(DealStore &store, DealSnapshot snapshot)
    : DealCommand(store, QCoreApplication::translate("DeleteDealCommand", "Delete %1").arg(snapshot.opportunity.title))
    , m_snapshot(std::move(snapshot))
{
}

void DeleteDealCommand::doUndo()
{
    m_store.restore(m_snapshot);
}

void DeleteDealCommand::doRedo()
{
    m_snapshot = m_store.remove(m_snapshot.opportunity.id);
}

} // namespace fd
