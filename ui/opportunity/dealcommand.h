#pragma once

#include <QUndoCommand>

#include <functional>

namespace fd {

class DealStore;

// Base of the deal edits on the undo stack. The edit is applied before the command is
// pushed (so a refused edit never reaches the stack); the first redo() that push()
// makes is therefore skipped. An undo or redo that fails (the deal changed meanwhile)
// reports through DealStore::failed and makes the command obsolete.
class DealCommand : public QUndoCommand
{
public:
    DealCommand(DealStore &store, const QString &text);

    void undo() final;
    void redo() final;

protected:
    virtual void doUndo() = 0;
    virtual void doRedo() = 0;

    DealStore &m_store;

private:
    void guarded(const std::function<void()> &step);

    bool m_applied = true;
};

} // namespace fd
