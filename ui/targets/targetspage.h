#pragma once

#include "pageregistry.h"

#include "livepage.h"
#include "settargetscommand.h"
#include "undoablepage.h"
#include "widgets/latestjob.h"

#include <QDate>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace fd {

namespace analytics {
struct TargetProgress;
}
class FigureCard;
class TargetTreeModel;

// Targets (目标) and performance (业绩) of a month, quarter or year: the tree company →
// regions → teams → reps with target, allocated to children, unallocated balance (余额),
// achieved (credited by performance splits), completion against time elapsed, weighted
// pipeline and gap (DEFINITIONS.md §8). Targets are edited in place (¥ and 万 accepted) or
// split evenly to the children; every change is one transaction and one undo step (Ctrl+Z).
// Computed off the GUI thread.
class TargetsPage final : public LivePage, public UndoablePage
{
    Q_OBJECT

public:
    enum Granularity { Month, Quarter, Year };

    explicit TargetsPage(PageContext &context, QWidget *parent = nullptr);

    // The period shown: "2026-11", "2026-Q4" or "2026".
    QString period() const;
    // Shows the month, quarter or year containing `day`.
    void showPeriod(Granularity granularity, const QDate &day);
    // Moves by whole periods (−1 = previous, +1 = next).
    void shiftPeriod(int periods);
    // Sets the target of tree node `node` (nullopt clears it) as one undo step; false and a
    // located message when the value is refused (nothing stored).
    bool setTarget(int node, std::optional<qint64> cents);
    // Splits the target of the node at `index` evenly among its children (whole yuan; the
    // first children take the remainder) as one undo step. False with a message when the
    // node has no target or no children.
    bool splitEvenly(const QModelIndex &index);

    bool isComputing() const { return m_job.isRunning(); }
    TargetTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QUndoStack *undoStack() const override { return m_undoStack; }
    QAction *undoAction() const { return m_undo; }
    // The message line (errors, confirmations).
    QString message() const;

signals:
    // A computation finished and its tree is shown.
    void computed();

private:
    void reload() override;
    void retranslateUi() override;
    void databaseChanged();
    void showResult();
    void showMessage(const QString &text, bool error);
    void updateActions();
    // The hint under the tree for those who may set targets.
    QString hintText() const;
    // Applies and pushes a change; false (with the message) when it is refused.
    bool pushChanges(const QList<TargetChange> &changes, const QString &text);
    QString periodLabel() const;

    PageContext &m_context;
    Granularity m_granularity = Month;
    QDate m_anchor; // first day of the period shown
    QComboBox *m_granularityBox;
    QToolButton *m_previous;
    QLabel *m_periodLabel;
    QToolButton *m_next;
    QToolButton *m_current;
    QLabel *m_status;
    LatestJob<analytics::TargetProgress> m_job; // shows "Computing…" in m_status
    FigureCard *m_targetCard;
    FigureCard *m_achievedCard;
    FigureCard *m_pipelineCard;
    FigureCard *m_gapCard;
    QLabel *m_message;
    QTreeView *m_tree;
    TargetTreeModel *m_model;
    QUndoStack *m_undoStack;
    QAction *m_undo;
    QAction *m_split;
    QAction *m_export;
    QToolButton *m_undoButton;
    QToolButton *m_splitButton;
    QToolButton *m_exportButton;
    QLabel *m_hint;
    // The selected node (kind, subject) kept across recomputations.
    std::optional<std::pair<int, qint64>> m_selected;
};

} // namespace fd
