#pragma once

#include "pageregistry.h"
#include "undoablepage.h"

#include <QWidget>

#include <memory>

class QLabel;
class QUndoStack;
class QVBoxLayout;

namespace fd {

class DealStore;
class KanbanBoard;

// The Kanban area of the main window: the board on the session's database, rebuilt
// when another database is opened and reloaded when data changed elsewhere.
class KanbanPage final : public QWidget, public UndoablePage
{
    Q_OBJECT

public:
    explicit KanbanPage(PageContext &context, QWidget *parent = nullptr);
    ~KanbanPage() override;

    // The board, or nullptr while no database is open.
    KanbanBoard *board() const { return m_board; }
    // The deal edits of the board (stage moves, outcomes, edits, deletes).
    QUndoStack *undoStack() const override { return m_undoStack; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void drop();

    PageContext &m_context;
    std::unique_ptr<DealStore> m_store;
    KanbanBoard *m_board = nullptr;
    QUndoStack *m_undoStack;
    QLabel *m_empty;
    QVBoxLayout *m_layout;
};

} // namespace fd
