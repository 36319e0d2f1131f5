#pragma once

#include "boardfilter.h"

#include "domain/opportunity.h"
#include "domain/pipeline.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace fd {

class BoardActions;
class BoardTableModel;
class ContentOrEmpty;
class ExportAction;
class DealBoardModel;
class DealStore;
class OutcomeDropZone;
class StageColumn;

// The stage kanban board of one pipeline: a pipeline chooser and filters on top, one
// column per stage, and Won / Lost / On hold drop targets below. Deal edits are commands
// on its undo stack (the main window's Edit menu has Ctrl+Z / Ctrl+Shift+Z; the board's
// Undo / Redo buttons act on the same stack). Filters and the pipeline are remembered.
class KanbanBoard final : public QWidget
{
    Q_OBJECT

public:
    // `undoStack` is the page's (it outlives boards rebuilt for another database); without
    // one the board owns its own.
    explicit KanbanBoard(DealStore &store, QWidget *parent = nullptr, QUndoStack *undoStack = nullptr);
    ~KanbanBoard() override;

    // Reloads pipelines, filter choices and deals (after another part of the app changed data).
    void reload();
    // Shows this pipeline (remembered for the next run).
    void setPipeline(qint64 pipelineId);
    qint64 pipelineId() const { return m_pipeline.id; }
    // Applies a filter to every column (remembered for the next run).
    void setFilter(const BoardFilter &filter);
    const BoardFilter &filter() const { return m_filter; }

    DealBoardModel &model() const { return *m_model; }
    BoardActions &actions() const { return *m_actions; }
    QUndoStack &undoStack() const { return *m_undoStack; }
    const QList<StageColumn *> &columns() const { return m_columns; }
    StageColumn *column(qint64 stageId) const;
    OutcomeDropZone *outcomeZone(OpportunityStatus outcome) const;
    // The deals shown (board filter applied) as one flat table, what Export… writes.
    BoardTableModel &tableModel() const { return *m_table; }
    // "Export…" (toolbar button and card menu): the deals shown to CSV or XLSX.
    QAction *exportAction() const;
    // "New opportunity" (Ctrl+N), for the main window's menu.
    QAction *newDealAction() const { return m_newDeal; }
    QToolButton *stagesButton() const { return m_settings; }
    QLabel *scopingNote() const { return m_scopingNote; }
    // The message line under the filters ("" when nothing went wrong).
    QString message() const;
    // The columns, or what to do while the pipeline holds no open deal.
    ContentOrEmpty *columnsOrEmpty() const { return m_columnsOrEmpty; }

signals:
    // The empty board's Import…: the page opens the import wizard for opportunities.
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildColumns();
    void loadChoices();
    void filterControlsChanged();
    void syncFilterControls();
    void showMessage(const QString &text);
    void stepSelected(const QList<qint64> &ids, int delta);
    void openSettings();
    void showCardMenu(const QList<qint64> &ids, const QPoint &globalPos);
    // Follows the signed-in person's role (rolepolicy.h): a rep opens on their own deals,
    // what the role may not do is disabled with the reason, the SQLite scoping note shows.
    void applyRole();
    QList<qint64> stageIds() const;

    DealStore &m_store;
    QUndoStack *m_undoStack;
    DealBoardModel *m_model;
    BoardActions *m_actions;
    BoardTableModel *m_table = nullptr;
    ExportAction *m_export = nullptr;
    Pipeline m_pipeline;
    BoardFilter m_filter;
    QList<StageColumn *> m_columns;
    QList<OutcomeDropZone *> m_zones;
    bool m_syncing = false;

    QComboBox *m_pipelineBox;
    QComboBox *m_owner;
    QComboBox *m_team;
    QComboBox *m_region;
    QComboBox *m_productLine;
    QComboBox *m_period;
    QLineEdit *m_text;
    QCheckBox *m_onHold;
    QToolButton *m_clear;
    QToolButton *m_settings;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QToolButton *m_exportButton = nullptr;
    QPushButton *m_newButton;
    QAction *m_newDeal;
    QAction *m_undo;
    QAction *m_redo;
    QLabel *m_pipelineLabel;
    QLabel *m_message;
    QLabel *m_scopingNote;
    QString m_moveWhy; // why the person may not move or add deals; empty when they may
    QWidget *m_columnsHost;
    ContentOrEmpty *m_columnsOrEmpty = nullptr;
    QHBoxLayout *m_columnsLayout;
};

} // namespace fd
