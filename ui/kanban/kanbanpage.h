#pragma once

#include "pageregistry.h"

#include <QWidget>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace fd {

class DealStore;
class KanbanBoard;

// The Kanban area of the main window: the board on the session's database, rebuilt
// when another database is opened and reloaded when data changed elsewhere.
class KanbanPage final : public QWidget
{
    Q_OBJECT

public:
    explicit KanbanPage(PageContext &context, QWidget *parent = nullptr);
    ~KanbanPage() override;

    // The board, or nullptr while no database is open.
    KanbanBoard *board() const { return m_board; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void drop();

    PageContext &m_context;
    std::unique_ptr<DealStore> m_store;
    KanbanBoard *m_board = nullptr;
    QLabel *m_empty;
    QVBoxLayout *m_layout;
};

} // namespace fd
