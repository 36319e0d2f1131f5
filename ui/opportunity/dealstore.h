#pragma once

#include "storage/repositories/choicelists.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/pipelinerepository.h"

#include <QObject>
#include <QSet>

namespace fd {

class Database;

// The GUI's door to opportunities and pipelines: the repositories on one database and
// the signals that item models listen to. Commands and dialogs write through the
// repositories and then announce what changed, so every view refreshes from signals.
class DealStore final : public QObject
{
    Q_OBJECT

public:
    explicit DealStore(Database &db, QObject *parent = nullptr);

    Database &database() { return m_db; }
    OpportunityRepository &opportunities() { return m_opportunities; }
    PipelineRepository &pipelines() { return m_pipelines; }
    ChoiceLists &choices() { return m_choices; }

    // Moves several deals in one transaction (all or none). Returns what each move changed.
    QList<StageChange> moveDeals(const QList<qint64> &ids, qint64 stageId);
    // Sets the outcome of several deals in one transaction.
    QList<StageChange> setOutcome(const QList<qint64> &ids, OpportunityStatus status, const QString &lostReason);
    // Creates (id 0) or updates the deal and sets its ticked checklist tasks to exactly
    // `checkedTasks`, in one transaction. Throws ValidationError / ConflictError.
    void save(Opportunity &opportunity, const QSet<qint64> &checkedTasks);
    // Ticked checklist task ids of a deal.
    QSet<qint64> checkedTasks(qint64 id);
    // Deletes the deal and returns what is needed to bring it back.
    DealSnapshot remove(qint64 id);
    // Brings a deleted deal back.
    void restore(const DealSnapshot &snapshot);

    // Undoes / redoes a group of changes in one transaction, newest first for undo.
    void undo(QList<StageChange> &changes);
    void redo(QList<StageChange> &changes);

    // Announce changes made through the repositories.
    void notifyChanged(qint64 id) { emit dealChanged(id); }
    void notifyRemoved(qint64 id) { emit dealRemoved(id); }
    void notifyPipelinesChanged() { emit pipelinesChanged(); }
    // Reports an error from an undo or redo (the command is dropped from the stack).
    void reportFailure(const QString &message) { emit failed(message); }

signals:
    // The deal's row changed (or it was created): reload its summary.
    void dealChanged(qint64 id);
    void dealRemoved(qint64 id);
    // Stages or pipelines were edited: reload the board's columns.
    void pipelinesChanged();
    // An undo or redo could not be applied (someone else changed the deal meanwhile).
    void failed(const QString &message);

private:
    Database &m_db;
    OpportunityRepository m_opportunities;
    PipelineRepository m_pipelines;
    ChoiceLists m_choices;
};

} // namespace fd
