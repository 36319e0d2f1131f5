#include "dealcommand.h"

#include "dealstore.h"

#include "domain/errors.h"

namespace fd {

DealCommand::DealCommand(DealStore &store, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
{
}

void DealCommand::guarded(const std::function<void()> &step)
{
    try {
        step();
    } catch (const Error &e) {
        setObsolete(true);
        m_store.reportFailure(e.message());
    }
}

void DealCommand::undo()
{
    guarded([this] { doUndo(); });
}

void DealCommand::redo()
{
    if (m_applied) {
        m_applied = false; // applied by whoever pushed the command
        return;
    }
    guarded([this] { doRedo(); });
}

} // namespace fd
