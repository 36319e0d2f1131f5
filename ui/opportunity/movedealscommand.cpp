#include "movedealscommand.h"

#include "dealstore.h"

#include <QCoreApplication>

namespace fd {

MoveDealsCommand::MoveDealsCommand(DealStore &store, QList<StageChange> changes, const QString &stageName)
    : DealCommand(store,
                  QCoreApplication::translate("MoveDealsCommand", "Move %n deal(s) to %1", nullptr, int(changes.size()))
                      .arg(stageName))
    , m_changes(std::move(changes))
{
}

void MoveDealsCommand::doUndo()
{
    m_store.undo(m_changes);
}

void MoveDealsCommand::doRedo()
{
    m_store.redo(m_changes);
}

} // namespace fd
