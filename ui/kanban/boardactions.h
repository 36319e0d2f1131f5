#pragma once

#include "domain/opportunity.h"
#include "storage/repositories/opportunityrepository.h"

#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace fd {

class DealStore;

// What the board does with a user's gesture: checks (required checklist tasks, a
// reason for a loss), applies the change through DealStore and pushes the matching
// undo command. The questions are hooks so that tests can answer them.
class BoardActions final : public QObject
{
    Q_OBJECT

public:
    BoardActions(DealStore &store, QUndoStack &undoStack, QWidget *dialogParent);

    // Asked before a forward move leaves required tasks undone; true = go ahead.
    std::function<bool(const QList<PendingTask> &pending)> confirmPendingTasks;
    // Asked when deals are marked lost; nullopt = cancelled.
    std::function<std::optional<QString>(int dealCount)> askLostReason;

    // Moves deals to a stage of their pipeline. Returns false if cancelled or refused.
    bool moveDeals(const QList<qint64> &ids, qint64 stageId);
    // Moves deals `delta` stages along `stageIds` (the board's column order).
    bool stepDeals(const QList<qint64> &ids, int delta, const QList<qint64> &stageIds);
    // Won, lost (asks for the reason), on hold, or open again.
    bool setOutcome(const QList<qint64> &ids, OpportunityStatus outcome);
    // Opens the editor on a deal (edits go on the undo stack).
    void openDeal(qint64 id);
    // Opens the editor on a new deal in this pipeline and stage.
    void newDeal(qint64 pipelineId, qint64 stageId);
    // Asks, then deletes the deal (undoable).
    void deleteDeal(qint64 id);

signals:
    // Something could not be done; the message says what and why.
    void failed(const QString &message);

private:
    bool confirmDefault(const QList<PendingTask> &pending);
    std::optional<QString> lostReasonDefault(int dealCount);
    void report(const std::exception &error);

    DealStore &m_store;
    QUndoStack &m_undoStack;
    QWidget *m_dialogParent;
};

} // namespace fd
