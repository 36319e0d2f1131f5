#include "kanbanboard.h"

#include "setup/officecurrency.h"

#include "widgets/emptystate.h"

#include "boardactions.h"
#include "boardtablemodel.h"
#include "cardlistview.h"
#include "dealboardmodel.h"
#include "outcomedropzone.h"
#include "stagecolumn.h"
#include "stagecolumnproxy.h"

#include "exportaction.h"
#include "opportunity/dealstore.h"
#include "rolepolicy.h"
#include "settings/pipelinesettingsdialog.h"

#include "domain/errors.h"
#include "storage/viewer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fd {

namespace {
const QString kPipelineKey = QStringLiteral("kanban/pipeline");
const QString kOnHoldKey = QStringLiteral("kanban/showOnHold");

// Puts `id` back as the current item of a combo filled with (label, id) pairs.
void selectData(QComboBox *box, qint64 id)
{
    const int i = box->findData(id);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

void fill(QComboBox *box, const QString &all, const QList<Choice> &choices)
{
    box->clear();
    box->addItem(all, qint64(0));
    for (const Choice &c : choices)
        box->addItem(c.label, c.id);
}
} // namespace

KanbanBoard::KanbanBoard(DealStore &store, QWidget *parent, QUndoStack *undoStack)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
    , m_model(new DealBoardModel(store, this))
    , m_actions(new BoardActions(store, *m_undoStack, this))
    , m_pipelineBox(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_productLine(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_onHold(new QCheckBox(this))
    , m_clear(new QToolButton(this))
    , m_settings(new QToolButton(this))
    , m_undoButton(new QToolButton(this))
    , m_redoButton(new QToolButton(this))
    , m_newButton(new QPushButton(this))
    , m_newDeal(new QAction(this))
    , m_undo(m_undoStack->createUndoAction(this))
    , m_redo(m_undoStack->createRedoAction(this))
    , m_pipelineLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_scopingNote(new QLabel(this))
    , m_columnsHost(new QWidget(this))
    , m_columnsLayout(new QHBoxLayout(m_columnsHost))
{
    setObjectName(QStringLiteral("kanbanBoard"));
    m_table = new BoardTableModel(*m_model, this);
    m_export = new ExportAction(m_table, QStringLiteral("kanban"), this);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("kanbanExport"));
    m_exportButton->setDefaultAction(m_export);
    // Ctrl+Z / Ctrl+Shift+Z are the main window's Edit → Undo / Redo (on this same stack);
    // a second binding here would make the keys ambiguous.
    m_newDeal->setShortcut(QKeySequence::New);
    m_newDeal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newDeal);
    m_undoButton->setDefaultAction(m_undo);
    m_redoButton->setDefaultAction(m_redo);
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(140);
    m_message->setObjectName(QStringLiteral("kanbanMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #d93f3f"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_scopingNote->setObjectName(QStringLiteral("scopingNote"));
    m_scopingNote->setWordWrap(true);
    m_scopingNote->setStyleSheet(QStringLiteral("color: #6b6b6b"));
    m_scopingNote->hide();
    m_onHold->setChecked(QSettings().value(kOnHoldKey, false).toBool());

    auto *top = new QHBoxLayout;
    top->addWidget(m_pipelineLabel);
    top->addWidget(m_pipelineBox);
    top->addWidget(m_settings);
    top->addSpacing(12);
    for (QWidget *w :
         {static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_team), static_cast<QWidget *>(m_region),
          static_cast<QWidget *>(m_productLine), static_cast<QWidget *>(m_period)})
        top->addWidget(w);
    top->addWidget(m_text, 1);
    top->addWidget(m_onHold);
    top->addWidget(m_clear);
    top->addSpacing(12);
    top->addWidget(m_undoButton);
    top->addWidget(m_redoButton);
    top->addWidget(m_exportButton);
    top->addWidget(m_newButton);

    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_columnsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *outcomes = new QHBoxLayout;
    for (OpportunityStatus s : {OpportunityStatus::Won, OpportunityStatus::Lost, OpportunityStatus::OnHold}) {
        auto *zone = new OutcomeDropZone(s, this);
        connect(zone, &OutcomeDropZone::outcomeRequested, m_actions, &BoardActions::setOutcome);
        outcomes->addWidget(zone);
        m_zones.append(zone);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(top);
    layout->addWidget(m_scopingNote);
    layout->addWidget(m_message);
    // A pipeline without open deals says how to get the first ones instead of empty columns.
    auto *empty = new EmptyState(QStringLiteral("boardEmpty"));
    empty->addButton(QStringLiteral("emptyNew"), [this] { m_newDeal->trigger(); });
    empty->addButton(QStringLiteral("emptyImport"), [this] { emit importRequested(); });
    m_columnsOrEmpty = new ContentOrEmpty(scroll, empty, this);
    layout->addWidget(m_columnsOrEmpty, 1);
    m_columnsOrEmpty->follow(m_model);
    layout->addLayout(outcomes);

    connect(m_pipelineBox, &QComboBox::activated, this,
            [this](int i) { setPipeline(m_pipelineBox->itemData(i).toLongLong()); });
    for (QComboBox *box : {m_owner, m_team, m_region, m_productLine, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &KanbanBoard::filterControlsChanged);
    connect(m_text, &QLineEdit::textChanged, this, &KanbanBoard::filterControlsChanged);
    connect(m_onHold, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kOnHoldKey, on);
        m_model->load(m_pipeline, on);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    connect(m_settings, &QToolButton::clicked, this, &KanbanBoard::openSettings);
    connect(m_newDeal, &QAction::triggered, this, [this] {
        if (!m_pipeline.stages.isEmpty())
            m_actions->newDeal(m_pipeline.id, m_pipeline.stages.first().id);
    });
    connect(m_newButton, &QPushButton::clicked, m_newDeal, &QAction::trigger);
    connect(m_model, &DealBoardModel::moveRequested, m_actions, &BoardActions::moveDeals);
    connect(m_actions, &BoardActions::failed, this, &KanbanBoard::showMessage);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { showMessage({}); });
    connect(&m_store, &DealStore::pipelinesChanged, this, &KanbanBoard::reload);

    QSettings settings;
    m_filter = BoardFilter::load(settings);
    retranslateUi();
    applyRole();
    reload();
}

void KanbanBoard::applyRole()
{
    Database &db = m_store.database();
    const QString note = rolepolicy::sqliteScopingNote(db);
    m_scopingNote->setText(note);
    m_scopingNote->setVisible(!note.isEmpty());
    const QString stagesWhy = rolepolicy::whyNot(db, rolepolicy::Action::EditStages);
    rolepolicy::gate(m_settings, stagesWhy);
    if (stagesWhy.isEmpty()) // its ordinary tooltip back (gate clears it)
        m_settings->setToolTip(tr("Edit pipelines, stages, win probabilities, checklists and lost reasons"));
    m_moveWhy = rolepolicy::whyNot(db, rolepolicy::Action::MoveDeals);
    rolepolicy::gate(m_newButton, m_moveWhy);
    for (OutcomeDropZone *zone : m_zones)
        rolepolicy::gate(zone, m_moveWhy);
    try {
        const Viewer viewer = Viewer::of(db);
        if (viewer.isRestricted() && viewer.role() == UserRole::Rep)
            m_filter.ownerId = viewer.userId(); // "my deals" (the rep may clear it for their deal teams')
    } catch (const Error &e) {
        showMessage(e.message());
    }
}

KanbanBoard::~KanbanBoard() = default;

void KanbanBoard::retranslateUi()
{
    m_pipelineLabel->setText(tr("Pipeline:"));
    m_settings->setText(tr("Stages…"));
    if (m_settings->isEnabled()) // else it says why not (applyRole)
        m_settings->setToolTip(tr("Edit pipelines, stages, win probabilities, checklists and lost reasons"));
    m_text->setPlaceholderText(tr("Search customer, title, owner"));
    m_onHold->setText(tr("Show on hold"));
    m_clear->setText(tr("Clear filters"));
    m_newDeal->setText(tr("New opportunity"));
    m_newButton->setText(tr("+ New opportunity"));
    m_columnsOrEmpty->emptyState()->setTexts(
        tr("No opportunities yet"),
        tr("Each opportunity is a card in the column of its stage; drag it on as the deal moves, and onto Won or "
           "Lost when it closes. Enter the first one, or import your deals from a spreadsheet or another CRM."),
        {tr("New opportunity…"), tr("Import opportunities…")});
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_syncing = true;
    const struct
    {
        BoardFilter::Period period;
        const char *text;
    } periods[] = {
        {BoardFilter::Period::Any, QT_TR_NOOP("Any close date")},
        {BoardFilter::Period::Overdue, QT_TR_NOOP("Close date passed")},
        {BoardFilter::Period::ThisMonth, QT_TR_NOOP("Closing this month")},
        {BoardFilter::Period::NextMonth, QT_TR_NOOP("Closing next month")},
        {BoardFilter::Period::ThisQuarter, QT_TR_NOOP("Closing this quarter")},
        {BoardFilter::Period::NextQuarter, QT_TR_NOOP("Closing next quarter")},
        {BoardFilter::Period::ThisYear, QT_TR_NOOP("Closing this year")},
        {BoardFilter::Period::NoDate, QT_TR_NOOP("No close date")},
    };
    m_period->clear();
    for (const auto &p : periods)
        m_period->addItem(tr(p.text), int(p.period));
    m_syncing = false;
    loadChoices();
}

void KanbanBoard::loadChoices()
{
    m_syncing = true;
    try {
        ChoiceLists &c = m_store.choices();
        fill(m_owner, tr("All owners"), c.users());
        fill(m_team, tr("All teams"), c.teams());
        fill(m_region, tr("All regions"), c.regions());
        fill(m_productLine, tr("All product lines"), c.productLines());
    } catch (const Error &e) {
        showMessage(e.message());
    }
    m_syncing = false;
    syncFilterControls();
}

void KanbanBoard::syncFilterControls()
{
    m_syncing = true;
    selectData(m_owner, m_filter.ownerId);
    selectData(m_team, m_filter.teamId);
    selectData(m_region, m_filter.regionId);
    selectData(m_productLine, m_filter.productLineId);
    selectData(m_period, int(m_filter.period));
    if (m_text->text() != m_filter.text)
        m_text->setText(m_filter.text);
    m_syncing = false;
}

void KanbanBoard::filterControlsChanged()
{
    if (m_syncing)
        return;
    BoardFilter f;
    f.ownerId = m_owner->currentData().toLongLong();
    f.teamId = m_team->currentData().toLongLong();
    f.regionId = m_region->currentData().toLongLong();
    f.productLineId = m_productLine->currentData().toLongLong();
    f.period = BoardFilter::Period(m_period->currentData().toInt());
    f.text = m_text->text().trimmed();
    setFilter(f);
}

void KanbanBoard::setFilter(const BoardFilter &filter)
{
    m_filter = filter;
    m_filter.productLineDeals.clear();
    if (m_filter.productLineId) {
        try {
            m_filter.productLineDeals = m_store.opportunities().idsWithProductLine(m_filter.productLineId);
        } catch (const Error &e) {
            showMessage(e.message());
        }
    }
    QSettings settings;
    m_filter.save(settings);
    syncFilterControls();
    m_table->setFilter(m_filter);
    for (StageColumn *c : m_columns)
        c->setFilter(m_filter);
    m_clear->setEnabled(!m_filter.isEmpty());
}

void KanbanBoard::reload()
{
    QList<Pipeline> pipelines;
    try {
        pipelines = m_store.pipelines().pipelines();
    } catch (const Error &e) {
        showMessage(e.message());
    }
    m_pipelineBox->clear();
    for (const Pipeline &p : pipelines)
        m_pipelineBox->addItem(p.name, p.id);
    qint64 wanted = m_pipeline.id ? m_pipeline.id : QSettings().value(kPipelineKey).toLongLong();
    if (m_pipelineBox->findData(wanted) < 0) {
        wanted = pipelines.isEmpty() ? 0 : pipelines.first().id;
        for (const Pipeline &p : pipelines) {
            if (p.isDefault) {
                wanted = p.id;
                break;
            }
        }
    }
    loadChoices();
    setPipeline(wanted);
}

void KanbanBoard::setPipeline(qint64 pipelineId)
{
    if (pipelineId != m_pipeline.id)
        m_undoStack->clear(); // commands refer to the stages of the pipeline shown
    m_pipeline = Pipeline();
    if (pipelineId) {
        try {
            m_pipeline = m_store.pipelines().pipeline(pipelineId);
            QSettings().setValue(kPipelineKey, pipelineId);
        } catch (const Error &e) {
            showMessage(e.message());
        }
    }
    selectData(m_pipelineBox, m_pipeline.id);
    m_model->load(m_pipeline, m_onHold->isChecked());
    buildColumns();
    setFilter(m_filter);
    m_newDeal->setEnabled(!m_pipeline.stages.isEmpty() && m_moveWhy.isEmpty());
}

void KanbanBoard::buildColumns()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    while (QLayoutItem *item = m_columnsLayout->takeAt(0))
        delete item;
    const QString currency = office::currency(m_store.database()); // read once, not per column
    for (const Stage &s : m_pipeline.stages) {
        auto *column = new StageColumn(*m_model, s, m_columnsHost);
        column->setCurrency(currency);
        connect(column, &StageColumn::addRequested, this, [this](qint64 stageId) {
            if (m_moveWhy.isEmpty())
                m_actions->newDeal(m_pipeline.id, stageId);
            else
                showMessage(m_moveWhy);
        });
        column->view()->setDragEnabled(m_moveWhy.isEmpty());
        connect(column->view(), &CardListView::openRequested, m_actions, &BoardActions::openDeal);
        connect(column->view(), &CardListView::stepRequested, this, &KanbanBoard::stepSelected);
        connect(column->view(), &CardListView::menuRequested, this, &KanbanBoard::showCardMenu);
        connect(column->view(), &CardListView::deleteRequested, m_actions, &BoardActions::deleteDeal);
        m_columnsLayout->addWidget(column, 1);
        m_columns.append(column);
    }
}

QList<qint64> KanbanBoard::stageIds() const
{
    QList<qint64> ids;
    for (const Stage &s : m_pipeline.stages)
        ids.append(s.id);
    return ids;
}

void KanbanBoard::stepSelected(const QList<qint64> &ids, int delta)
{
    if (!m_actions->stepDeals(ids, delta, stageIds()))
        return;
    // Follow the card: select it in its new column so the next Ctrl+Arrow moves it again.
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return;
    if (StageColumn *c = column(m_model->summaryAt(row).stageId)) {
        c->view()->setFocus();
        c->view()->selectDeal(ids.first());
    }
}

QAction *KanbanBoard::exportAction() const
{
    return m_export;
}

StageColumn *KanbanBoard::column(qint64 stageId) const
{
    for (StageColumn *c : m_columns) {
        if (c->stageId() == stageId)
            return c;
    }
    return nullptr;
}

OutcomeDropZone *KanbanBoard::outcomeZone(OpportunityStatus outcome) const
{
    for (OutcomeDropZone *z : m_zones) {
        if (z->outcome() == outcome)
            return z;
    }
    return nullptr;
}

void KanbanBoard::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString KanbanBoard::message() const
{
    return m_message->text();
}

void KanbanBoard::openSettings()
{
    PipelineSettingsDialog dialog(m_store, m_pipeline.id, this);
    dialog.exec();
    m_store.notifyPipelinesChanged(); // reloads this board and any other view of the stages
}

void KanbanBoard::showCardMenu(const QList<qint64> &ids, const QPoint &globalPos)
{
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open…"));
    open->setEnabled(ids.size() == 1);
    QMenu *move = menu.addMenu(tr("Move to"));
    for (const Stage &s : m_pipeline.stages)
        move->addAction(s.name)->setData(s.id);
    menu.setToolTipsVisible(true);
    rolepolicy::gate(move->menuAction(), m_moveWhy);
    menu.addSeparator();
    QList<QPair<QAction *, OpportunityStatus>> outcomes;
    for (OpportunityStatus s :
         {OpportunityStatus::Won, OpportunityStatus::Lost, OpportunityStatus::OnHold, OpportunityStatus::Open}) {
        const QString text = s == OpportunityStatus::Open ? tr("Reopen")
                                                          : tr("Mark as %1").arg(OutcomeDropZone::outcomeName(s));
        outcomes.append({menu.addAction(text), s});
        rolepolicy::gate(outcomes.last().first, m_moveWhy);
    }
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete…"));
    rolepolicy::gate(remove, m_moveWhy);
    remove->setEnabled(ids.size() == 1 && m_moveWhy.isEmpty());
    menu.addSeparator();
    menu.addAction(m_export); // every deal shown, not only the clicked ones: the list as filtered
    QAction *chosen = menu.exec(globalPos);
    if (!chosen)
        return;
    if (chosen == open)
        m_actions->openDeal(ids.first());
    else if (chosen == remove)
        m_actions->deleteDeal(ids.first());
    else if (chosen->parent() == move || move->actions().contains(chosen))
        m_actions->moveDeals(ids, chosen->data().toLongLong());
    for (const auto &[action, status] : outcomes) {
        if (chosen == action)
            m_actions->setOutcome(ids, status);
    }
}

void KanbanBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fd
