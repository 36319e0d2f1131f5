#include "storededitcommand.h"

#include "domain/errors.h"

namespace fd {

StoredEditCommand::StoredEditCommand(Database &db, const QString &text, Done done)
    : QUndoCommand(text)
    , m_db(db)
    , m_done(std::move(done))
{
}

void StoredEditCommand::undo()
{
    step(false);
}

void StoredEditCommand::redo()
{
    if (m_applied) {
        m_applied = false; // applied before it was pushed
        return;
    }
    step(true);
}

void StoredEditCommand::step(bool forward)
{
    // The stack cannot refuse a step: the owner is told why and shows what is stored.
    QString error;
    try {
        if (forward)
            doRedo(m_db);
        else
            doUndo(m_db);
    } catch (const Error &e) {
        error = e.message();
        setObsolete(true);
    }
    if (m_done)
        m_done(error);
}

} // namespace fd
