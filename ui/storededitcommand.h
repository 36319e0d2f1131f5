#pragma once

#include <QUndoCommand>

#include <functional>

namespace fd {

class Database;

// Base of the undo commands that write through core repositories (lead merges, payment
// entries): each undo or redo is one repository call, so one transaction with its audit
// entries. As with DealCommand, the edit is applied before the command is pushed (a refused
// edit never reaches the stack), so the first redo() that push() makes is skipped.
//
// `done` runs after every undo / redo with an empty error on success, or the reason it was
// refused (the record changed meanwhile); a refused step makes the command obsolete, so the
// stack drops it. The owner of the stack clears it before `db` goes away
// (Session::databaseAboutToChange).
class StoredEditCommand : public QUndoCommand
{
public:
    using Done = std::function<void(const QString &error)>;

    StoredEditCommand(Database &db, const QString &text, Done done);

    void undo() final;
    void redo() final;

protected:
    virtual void doUndo(Database &db) = 0;
    virtual void doRedo(Database &db) = 0;

private:
    void step(bool forward);

    Database &m_db;
    Done m_done;
    bool m_applied = true;
};

} // namespace fd
