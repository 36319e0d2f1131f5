#include "kanbanpage.h"

#include "importwizard/importwizard.h"
#include "kanbanboard.h"
#include "session.h"

#include "opportunity/dealstore.h"

#include <QEvent>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fd {

KanbanPage::KanbanPage(PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(new QUndoStack(this))
    , m_empty(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("kanbanPage"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Open a database to see the board."));
    m_layout->addWidget(m_empty);
    connect(&context.session, &Session::databaseAboutToChange, this, &KanbanPage::drop);
    connect(&context.session, &Session::databaseChanged, this, &KanbanPage::rebuild);
    // Someone else signed in: their deals, their role's actions (KanbanBoard::applyRole).
    connect(&context.session, &Session::userChanged, this, &KanbanPage::rebuild);
    connect(&context.session, &Session::dataChanged, this, [this] {
        if (m_board)
            m_board->reload();
    });
    rebuild();
}

KanbanPage::~KanbanPage()
{
    drop();
}

void KanbanPage::drop()
{
    m_undoStack->clear(); // its commands refer to the store about to go
    delete m_board;       // before the store it uses
    m_board = nullptr;
    m_store.reset();
    m_empty->show();
}

void KanbanPage::rebuild()
{
    drop();
    Database *db = m_context.session.database();
    if (!db)
        return;
    m_store = std::make_unique<DealStore>(*db);
    m_board = new KanbanBoard(*m_store, this, m_undoStack);
    connect(m_board, &KanbanBoard::importRequested, this,
            [this] { ImportWizard::runFor(m_context.session, this, DataKind::Opportunities); });
    m_layout->addWidget(m_board);
    m_empty->hide();
}

void KanbanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_empty->setText(tr("Open a database to see the board."));
    QWidget::changeEvent(event);
}

} // namespace fd
