#include "setoutcomecommand.h"

#include "dealstore.h"

#include <QCoreApplication>

namespace fd {

SetOutcomeCommand::SetOutcomeCommand(DealStore &store, QList<StageChange> changes, const QString &outcomeName)
    : DealCommand(
        store, QCoreApplication::translate("SetOutcomeCommand", "Mark %n deal(s) as %1", nullptr, int(changes.size()))
                   .arg(outcomeName))
    , m_changes(std::move(changes))
{
}

void SetOutcomeCommand::doUndo()
{
    m_store.undo(m_changes);
}

void SetOutcomeCommand::doRedo()
{
    m_store.redo(m_changes);
}

} // namespace fd
