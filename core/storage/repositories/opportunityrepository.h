#pragma once

#include "domain/margin.h"
#include "domain/opportunity.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace fd {

class Database;

// What a list or the board shows. Unset members do not filter.
struct DealFilter
{
    qint64 pipelineId = 0;
    QSet<OpportunityStatus> statuses; // empty = every status
    QSet<qint64> ownerIds;
    qint64 teamId = 0;        // the owner's team
    qint64 regionId = 0;      // the owner's team's region (DEFINITIONS.md §1a)
    qint64 productLineId = 0; // any product line item in this line
    QDate closeFrom;          // expected close date range, inclusive
    QDate closeTo;
    QString text; // in title or customer name
};

// What one stage move or outcome change replaced and appended. Undo puts the row back
// and deletes the appended history row; redo puts both back exactly (same history id
// and time). row_version keeps increasing through undo and redo (it is the only
// column not restored), so that another window holding the deal sees that it changed.
struct StageChange
{
    qint64 opportunityId = 0;
    StageHistoryEntry history; // the appended row; id 0 when nothing changed
    qint64 fromStageId = 0;
    qint64 toStageId = 0;
    OpportunityStatus fromStatus = OpportunityStatus::Open;
    OpportunityStatus toStatus = OpportunityStatus::Open;
    QString fromLostReason;
    QString toLostReason;
    QDateTime fromClosedAt;
    QDateTime toClosedAt;
    QDateTime fromUpdatedAt;
    QDateTime toUpdatedAt;
    qint64 fromUpdatedBy = 0; // who saved the deal last (updated_by), restored with the time
    qint64 toUpdatedBy = 0;
    int rowVersion = 0; // the row's version after the last apply, undo or redo

    bool changed() const { return history.id != 0; }
};

// One ticked checklist task of a deal.
struct TaskCheck
{
    qint64 stageTaskId = 0;
    QDateTime doneAt;
    qint64 doneBy = 0;
};

// A required checklist task left undone in a stage that a move would pass.
struct PendingTask
{
    qint64 stageId = 0;
    QString stageName;
    qint64 taskId = 0;
    QString title;
};

// A deal with everything that hangs on it, so that a delete can be undone exactly.
struct DealSnapshot
{
    Opportunity opportunity;
    QList<StageHistoryEntry> history;
    QList<TaskCheck> checks;
    QList<qint64> activityIds; // activities and follow-up tasks that pointed at the deal
    QList<qint64> followUpTaskIds;
};

// One line of a deal's activity timeline.
struct DealActivity
{
    qint64 id = 0;
    QString kind; // "call", "visit", … as stored
    QString subject;
    QDateTime occurredAt;
    QString userName;
    QString outcome;
};

// One deal as a list line shows it: names instead of ids, no computed figures.
struct DealLine
{
    qint64 id = 0;
    QString title;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    QString stageName;
    OpportunityStatus status = OpportunityStatus::Open;
    Money amount;
    QDate expectedCloseDate; // invalid when not set
};

// Opportunities (商机): the full record, its stage history and the light summaries
// that lists and the board read. Every write is one transaction; stage and outcome
// changes append a stage-history row with the time and the acting user.
class OpportunityRepository final
{
public:
    explicit OpportunityRepository(Database &db)
        : m_db(db)
    {
    }

    // The full record with product lines and team. Throws NotFoundError.
    Opportunity get(qint64 id);
    // The deal's margin (DEFINITIONS.md §10a) from its stored line items; none without items.
    // A contract's margin is its deal's. Throws NotFoundError.
    std::optional<margin::Figures> dealMargin(qint64 id);

    // Validates and inserts `opp` (with its product lines and team), writes its first
    // stage-history row, and fills in id, timestamps and rowVersion. Returns the id.
    // Throws ValidationError (nothing stored) or StorageError.
    qint64 create(Opportunity &opp);

    // Saves every field but stage and status (use moveToStage / setOutcome) and
    // replaces product lines and team. Fails with ConflictError when the stored
    // rowVersion differs from opp.rowVersion. Audit rows for each changed field.
    void update(Opportunity &opp);

    // Moves an open (or on-hold) deal to another stage of its pipeline; the probability
    // override is kept. Appends history. Returns the new row version.
    int moveToStage(qint64 id, qint64 stageId, const QString &note = {});

    // Marks the deal won, lost (reason required), on hold, or open again (reopen).
    // closed_at is set for won/lost and cleared otherwise. Appends history.
    int setOutcome(qint64 id, OpportunityStatus status, const QString &lostReason = {});

    // moveToStage with everything needed to undo it. Nothing changes (changed() false)
    // when the deal already is in that stage. Throws ValidationError / ConflictError.
    StageChange changeStage(qint64 id, qint64 stageId, const QString &note = {});
    // setOutcome with everything needed to undo it.
    StageChange changeOutcome(qint64 id, OpportunityStatus status, const QString &lostReason = {});
    // Puts the row back as it was before `change` and deletes its history row, in one
    // transaction. Throws ConflictError if the deal's stage or status changed since
    // (other edits in between are kept). Updates change.rowVersion.
    void undoChange(StageChange &change);
    // Re-applies an undone change: the row as after it, and the same history row again.
    void redoChange(StageChange &change);
    // The deal's last stage move as a StageChange that undoChange() takes back, for an undo
    // in another process than the move's (funneldesk-cli deal undo): rebuilt from its last
    // stage-history row, so nullopt when that row is not a stage move (the creation, an
    // outcome change). Stage, status, reason and close time come back exactly; updated_at
    // becomes `undoneAt` (the desktop's undo, which remembers it, restores the earlier one).
    std::optional<StageChange> lastStageMove(qint64 id, const QDateTime &undoneAt);

    // Deletes the deal with its history, product lines and team.
    void remove(qint64 id);
    // Everything remove() would delete or detach, for undo.
    DealSnapshot snapshot(qint64 id);
    // Re-inserts a removed deal with its original ids, history, children and links.
    void restore(const DealSnapshot &snapshot);

    // Ticked checklist tasks of the deal (every stage).
    QList<TaskCheck> taskChecks(qint64 id);
    // Ticks or unticks a checklist task of a stage of the deal's pipeline.
    void setTaskDone(qint64 id, qint64 stageTaskId, bool done);
    // Required tasks left undone in the stages a move to `targetStageId` passes: the
    // current stage and every stage between it and the target. Empty when moving back.
    // targetStageId 0 means closing as won (every remaining stage is passed).
    QList<PendingTask> requiredTasksUndone(qint64 id, qint64 targetStageId);

    // Activities logged against the deal, newest first.
    QList<DealActivity> activities(qint64 id);
    // Ids of deals with a product of this product line (for in-memory board filters).
    QSet<qint64> idsWithProductLine(qint64 productLineId);

    // Stage history of one deal, oldest first.
    QList<StageHistoryEntry> history(qint64 id);

    // Summaries matching the filter, ordered by stage position then amount descending.
    QList<DealSummary> summaries(const DealFilter &filter);
    // One summary (for refreshing a single card). Throws NotFoundError.
    DealSummary summary(qint64 id);
    // The list lines of these deals by id (any number of ids; read in parts); ids that
    // match no deal are left out.
    QHash<qint64, DealLine> lines(const QList<qint64> &ids);
    // The list lines of a customer's deals: open ones first, then the newest created first.
    QList<DealLine> linesOfCustomer(qint64 customerId);

    // Validation shared by create() and update(); throws ValidationError.
    void validate(const Opportunity &opp);

private:
    StageHistoryEntry writeHistory(qint64 oppId, qint64 fromStage, qint64 toStage,
                                   std::optional<OpportunityStatus> fromStatus, OpportunityStatus toStatus,
                                   const QString &note);
    qint64 insertHistory(const StageHistoryEntry &entry);
    void restoreSide(const StageChange &change, bool before);
    void applyRow(qint64 id, int expectedVersion, qint64 stageId, OpportunityStatus status, const QString &lostReason,
                  const QDateTime &closedAt, const QDateTime &updatedAt);
    void replaceChildren(Opportunity &opp);
    QList<DealSummary> querySummaries(const QString &where, const QVariantList &binds);
    QList<DealLine> queryLines(const QString &whereAndOrder, const QVariantList &binds);

    Database &m_db;
};

} // namespace fd
