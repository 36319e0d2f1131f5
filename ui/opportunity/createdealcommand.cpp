#include "createdealcommand.h"

#include "dealstore.h"

#include <QCoreApplication>

namespace fd {

CreateDealCommand::CreateDealCommand(DealStore &store, qint64 id, const QString &title)
    : DealCommand(store, QCoreApplication::translate("CreateDealCommand", "New opportunity %1").arg(title))
    , m_id(id)
{
}

void CreateDealCommand::doUndo()
{
    m_snapshot = m_store.remove(m_id);
}

void CreateDealCommand::doRedo()
{
    m_store.restore(m_snapshot);
}

} // namespace fd
