// OpportunityRepository: stage and outcome changes with exact undo / redo, delete
// snapshots, checklist ticks and the activity timeline. The plain CRUD is in
// opportunityrepository.cpp.
#include "domain/trcontext.h"
#include "opportunityrepository.h"
#include "repositorysupport.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/opportunitytables.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace fd {

namespace {

const QString kEntity = QStringLiteral("opportunity");

bool isClosed(OpportunityStatus s)
{
    return s == OpportunityStatus::Won || s == OpportunityStatus::Lost;
}

// Stored text has whole seconds: keep in-memory times equal to what a reload returns.
QDateTime storedTime(const QDateTime &t)
{
    return isotime::parseTimestamp(isotime::toStored(t)).value_or(QDateTime());
}

tables::TaskCheckRow taskCheckRow(qint64 opportunityId, qint64 stageTaskId, const QDateTime &doneAt, qint64 doneBy)
{
    tables::TaskCheckRow r;
    r.opportunityId = opportunityId;
    r.stageTaskId = stageTaskId;
    r.doneAt = isotime::toStored(doneAt);
    r.doneBy = doneBy;
    return r;
}

ConflictError conflict(qint64 id)
{
    return ConflictError(QStringLiteral("Opportunity %1 was changed by someone else").arg(id));
}
} // namespace

void OpportunityRepository::applyRow(qint64 id, int expectedVersion, qint64 stageId, OpportunityStatus status,
                                     const QString &lostReason, const QDateTime &closedAt, const QDateTime &updatedAt)
{
    repo::requireWrite(m_db, RecordType::Deal, id); // every stage move, outcome, undo and redo
    SqlQuery q(m_db,
               QStringLiteral(
                   "UPDATE opportunities SET stage_id = ?, status = ?, lost_reason = ?, closed_at = ?, "
                   "updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.add(stageId)
        .add(toString(status))
        .add(nullableText(lostReason))
        .add(rows::toStored(closedAt))
        .add(isotime::toStored(updatedAt))
        .add(nullableId(m_db.actingUserId()))
        .add(id)
        .add(expectedVersion)
        .exec();
    if (q.numRowsAffected() != 1)
        throw conflict(id);
}

StageChange OpportunityRepository::changeStage(qint64 id, qint64 stageId, const QString &note)
{
    const Opportunity o = get(id);
    Validator v(kEntity);
    v.check(o.status == OpportunityStatus::Open || o.status == OpportunityStatus::OnHold, QStringLiteral("stage"),
            QString::number(stageId), Validation::tr("a closed deal must be reopened before it moves"));
    SqlQuery stage(m_db, QStringLiteral("SELECT pipeline_id FROM stages WHERE id = ? AND active = 1"));
    stage.add(stageId);
    const QVariant pipeline = stage.scalar();
    v.check(pipeline.isValid() && pipeline.toLongLong() == o.pipelineId, QStringLiteral("stage"),
            QString::number(stageId), Validation::tr("is not a stage of the deal's pipeline"));
    v.maxLength(QStringLiteral("note"), note, 2000);
    v.throwIfInvalid();

    StageChange c;
    c.opportunityId = id;
    c.fromStageId = o.stageId;
    c.toStageId = stageId;
    c.fromStatus = c.toStatus = o.status;
    c.fromLostReason = c.toLostReason = o.lostReason;
    c.fromClosedAt = c.toClosedAt = o.closedAt;
    c.fromUpdatedAt = c.toUpdatedAt = o.updatedAt;
    c.fromUpdatedBy = c.toUpdatedBy = o.updatedBy;
    c.rowVersion = o.rowVersion;
    if (stageId == o.stageId)
        return c;

    c.toUpdatedAt = storedTime(m_db.clock().now());
    c.toUpdatedBy = m_db.actingUserId();
    Transaction tx(m_db);
    applyRow(id, o.rowVersion, stageId, o.status, o.lostReason, o.closedAt, c.toUpdatedAt);
    c.history = writeHistory(id, o.stageId, stageId, o.status, o.status, note);
    audit::record(m_db, kEntity, id, QStringLiteral("move"), QStringLiteral("stage_id"), o.stageId, stageId);
    tx.commit();
    c.rowVersion = o.rowVersion + 1;
    return c;
}

StageChange OpportunityRepository::changeOutcome(qint64 id, OpportunityStatus status, const QString &lostReason)
{
    const Opportunity o = get(id);
    const QString reason = status == OpportunityStatus::Lost ? lostReason.trimmed() : QString();
    Validator v(kEntity);
    v.check(status != OpportunityStatus::Lost || !reason.isEmpty(), QStringLiteral("lost_reason"), lostReason,
            Validation::tr("is required for a lost deal"));
    v.maxLength(QStringLiteral("lost_reason"), lostReason, 500);
    if (!isClosed(status) && isClosed(o.status)) {
        // Reopening puts the deal back on the board: its stage must still be there.
        SqlQuery active(m_db, QStringLiteral("SELECT active FROM stages WHERE id = ?"));
        active.add(o.stageId);
        v.check(active.scalar().toInt() == 1, QStringLiteral("stage"), QString::number(o.stageId),
                Validation::tr("has been retired; the deal cannot be reopened in it"));
    }
    v.throwIfInvalid();

    StageChange c;
    c.opportunityId = id;
    c.fromStageId = c.toStageId = o.stageId;
    c.fromStatus = o.status;
    c.toStatus = status;
    c.fromLostReason = o.lostReason;
    c.toLostReason = reason;
    c.fromClosedAt = o.closedAt;
    c.fromUpdatedAt = c.toUpdatedAt = o.updatedAt;
    c.fromUpdatedBy = c.toUpdatedBy = o.updatedBy;
    c.toClosedAt = o.closedAt;
    c.rowVersion = o.rowVersion;
    if (status == o.status && reason == o.lostReason)
        return c;

    const QDateTime now = storedTime(m_db.clock().now());
    c.toUpdatedAt = now;
    c.toUpdatedBy = m_db.actingUserId();
    // Won ↔ lost keeps no stale close time: the deal closed when this change happened.
    c.toClosedAt = isClosed(status) ? now : QDateTime();
    Transaction tx(m_db);
    applyRow(id, o.rowVersion, o.stageId, status, reason, c.toClosedAt, now);
    c.history = writeHistory(id, o.stageId, o.stageId, o.status, status, reason);
    audit::recordChange(m_db, kEntity, id, QStringLiteral("status"), toString(o.status), toString(status));
    audit::recordChange(m_db, kEntity, id, QStringLiteral("lost_reason"), nullableText(o.lostReason),
                        nullableText(reason));
    tx.commit();
    c.rowVersion = o.rowVersion + 1;
    return c;
}

void OpportunityRepository::restoreSide(const StageChange &c, bool before)
{
    // Guarded by state, not row version: undoing a move is safe exactly when the deal
    // still is where the move left it, whatever else (an edit) happened since.
    SqlQuery q(m_db,
               QStringLiteral("UPDATE opportunities SET stage_id = ?, status = ?, lost_reason = ?, closed_at = ?, "
                              "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                              "WHERE id = ? AND stage_id = ? AND status = ?"));
    q.add(before ? c.fromStageId : c.toStageId)
        .add(toString(before ? c.fromStatus : c.toStatus))
        .add(nullableText(before ? c.fromLostReason : c.toLostReason))
        .add(rows::toStored(before ? c.fromClosedAt : c.toClosedAt))
        .add(isotime::toStored(before ? c.fromUpdatedAt : c.toUpdatedAt))
        .add(nullableId(before ? c.fromUpdatedBy : c.toUpdatedBy))
        .add(c.opportunityId)
        .add(before ? c.toStageId : c.fromStageId)
        .add(toString(before ? c.toStatus : c.fromStatus))
        .exec();
    if (q.numRowsAffected() != 1)
        throw conflict(c.opportunityId);
    audit::recordChange(m_db, kEntity, c.opportunityId, QStringLiteral("stage_id"),
                        before ? c.toStageId : c.fromStageId, before ? c.fromStageId : c.toStageId);
    audit::recordChange(m_db, kEntity, c.opportunityId, QStringLiteral("status"),
                        toString(before ? c.toStatus : c.fromStatus), toString(before ? c.fromStatus : c.toStatus));
}

void OpportunityRepository::undoChange(StageChange &c)
{
    if (!c.changed())
        return;
    Transaction tx(m_db);
    restoreSide(c, true);
    SqlQuery del(m_db, QStringLiteral("DELETE FROM opportunity_stage_history WHERE id = ? AND opportunity_id = ?"));
    del.add(c.history.id).add(c.opportunityId).exec();
    if (del.numRowsAffected() != 1)
        throw conflict(c.opportunityId);
    tx.commit();
    c.rowVersion = get(c.opportunityId).rowVersion;
}

void OpportunityRepository::redoChange(StageChange &c)
{
    if (!c.changed())
        return;
    Transaction tx(m_db);
    restoreSide(c, false);
    insertHistory(c.history);
    tx.commit();
    c.rowVersion = get(c.opportunityId).rowVersion;
}

std::optional<StageChange> OpportunityRepository::lastStageMove(qint64 id, const QDateTime &undoneAt)
{
    const Opportunity o = get(id);
    const QList<StageHistoryEntry> entries = history(id);
    if (entries.isEmpty())
        return std::nullopt;
    const StageHistoryEntry &last = entries.last();
    // A move keeps the status and changes the stage; the first row (no from stage) is the creation.
    if (!last.fromStatus || *last.fromStatus != last.toStatus || !last.fromStageId
        || last.fromStageId == last.toStageId)
        return std::nullopt;
    StageChange c;
    c.opportunityId = id;
    c.history = last;
    c.fromStageId = last.fromStageId;
    c.toStageId = last.toStageId;
    c.fromStatus = c.toStatus = last.toStatus;
    c.fromLostReason = c.toLostReason = o.lostReason;
    c.fromClosedAt = c.toClosedAt = o.closedAt;
    c.fromUpdatedAt = storedTime(undoneAt);
    c.toUpdatedAt = o.updatedAt;
    c.fromUpdatedBy = m_db.actingUserId(); // the undo is a save by whoever undoes, at undoneAt
    c.toUpdatedBy = o.updatedBy;
    c.rowVersion = o.rowVersion;
    return c;
}

DealSnapshot OpportunityRepository::snapshot(qint64 id)
{
    DealSnapshot s;
    s.opportunity = get(id);
    s.history = history(id);
    s.checks = taskChecks(id);
    SqlQuery a(m_db, QStringLiteral("SELECT id FROM activities WHERE opportunity_id = ? ORDER BY id"));
    a.add(id).exec();
    while (a.next())
        s.activityIds.append(a.value(0).toLongLong());
    SqlQuery t(m_db, QStringLiteral("SELECT id FROM followup_tasks WHERE opportunity_id = ? ORDER BY id"));
    t.add(id).exec();
    while (t.next())
        s.followUpTaskIds.append(t.value(0).toLongLong());
    return s;
}

void OpportunityRepository::restore(const DealSnapshot &s)
{
    Opportunity o = s.opportunity;
    Viewer::of(m_db).requireCreate(m_db, RecordType::Deal, o.ownerId);
    Transaction tx(m_db);
    tables::insert(m_db, tables::opportunityRow(o)); // with its id
    for (const StageHistoryEntry &e : s.history)
        insertHistory(e);
    for (const OpportunityProduct &p : o.products)
        tables::insert(m_db, tables::productLineRow(o.id, p));
    for (const TeamMember &m : o.team)
        tables::insert(m_db, tables::teamMemberRow(o.id, m));
    for (const TaskCheck &c : s.checks)
        tables::insert(m_db, taskCheckRow(o.id, c.stageTaskId, c.doneAt, c.doneBy));
    const auto relink = [this, &o](const char *table, const QList<qint64> &ids) {
        for (qint64 rowId : ids) {
            SqlQuery u(m_db, QStringLiteral("UPDATE %1 SET opportunity_id = ? WHERE id = ? AND opportunity_id IS NULL")
                                 .arg(QLatin1String(table)));
            u.add(o.id).add(rowId).exec();
        }
    };
    relink("activities", s.activityIds);
    relink("followup_tasks", s.followUpTaskIds);
    audit::record(m_db, kEntity, o.id, QStringLiteral("insert"), QStringLiteral("restored"));
    tx.commit();
}

QList<TaskCheck> OpportunityRepository::taskChecks(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT stage_task_id, done_at, done_by FROM opportunity_task_checks "
                                    "WHERE opportunity_id = ? ORDER BY stage_task_id"));
    q.add(id).exec();
    QList<TaskCheck> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), rows::timestamp(q.value(1)), rows::id(q.value(2))});
    return list;
}

void OpportunityRepository::setTaskDone(qint64 id, qint64 stageTaskId, bool done)
{
    const Opportunity o = get(id);
    repo::requireWrite(m_db, RecordType::Deal, id);
    SqlQuery task(m_db, QStringLiteral("SELECT s.pipeline_id FROM stage_tasks t JOIN stages s ON s.id = t.stage_id "
                                       "WHERE t.id = ?"));
    task.add(stageTaskId);
    const QVariant pipeline = task.scalar();
    Validator v(kEntity);
    v.check(pipeline.isValid() && pipeline.toLongLong() == o.pipelineId, QStringLiteral("checklist"),
            QString::number(stageTaskId), Validation::tr("is not a checklist task of the deal's pipeline"));
    v.throwIfInvalid();

    SqlQuery current(m_db, QStringLiteral("SELECT 1 FROM opportunity_task_checks WHERE opportunity_id = ? AND "
                                          "stage_task_id = ?"));
    current.add(id).add(stageTaskId);
    const bool wasDone = current.scalar().isValid();
    if (wasDone == done)
        return;
    Transaction tx(m_db);
    if (done) {
        tables::insert(m_db, taskCheckRow(id, stageTaskId, m_db.clock().now(), m_db.actingUserId()));
    } else {
        SqlQuery d(m_db, QStringLiteral("DELETE FROM opportunity_task_checks WHERE opportunity_id = ? AND "
                                        "stage_task_id = ?"));
        d.add(id).add(stageTaskId).exec();
    }
    audit::record(m_db, kEntity, id, QStringLiteral("update"), QStringLiteral("checklist.%1").arg(stageTaskId),
                  wasDone ? 1 : 0, done ? 1 : 0);
    tx.commit();
}

QList<PendingTask> OpportunityRepository::requiredTasksUndone(qint64 id, qint64 targetStageId)
{
    const Opportunity o = get(id);
    SqlQuery pos(m_db, QStringLiteral("SELECT position FROM stages WHERE id = ?"));
    pos.add(o.stageId);
    const int from = pos.scalar().toInt();
    int to = 0;
    if (targetStageId) {
        SqlQuery target(m_db, QStringLiteral("SELECT position FROM stages WHERE id = ? AND pipeline_id = ?"));
        target.add(targetStageId).add(o.pipelineId);
        const QVariant p = target.scalar();
        if (!p.isValid())
            return {};
        to = p.toInt();
    } else {
        SqlQuery last(m_db,
                      QStringLiteral("SELECT MAX(position) + 1 FROM stages WHERE pipeline_id = ? AND active = 1"));
        last.add(o.pipelineId);
        to = last.scalar().toInt();
    }
    if (to <= from)
        return {};
    SqlQuery q(
        m_db, QStringLiteral("SELECT s.id, s.name, t.id, t.title FROM stage_tasks t JOIN stages s ON s.id = t.stage_id "
                             "WHERE s.pipeline_id = ? AND s.active = 1 AND t.required = 1 AND s.position >= ? "
                             "AND s.position < ? AND NOT EXISTS (SELECT 1 FROM opportunity_task_checks c "
                             "WHERE c.opportunity_id = ? AND c.stage_task_id = t.id) "
                             "ORDER BY s.position, s.id, t.position, t.id"));
    q.add(o.pipelineId).add(from).add(to).add(id).exec();
    QList<PendingTask> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return list;
}

QList<DealActivity> OpportunityRepository::activities(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.id, a.kind, a.subject, a.occurred_at, u.display_name, a.outcome "
                                    "FROM activities a LEFT JOIN users u ON u.id = a.user_id "
                                    "WHERE a.opportunity_id = ? ORDER BY a.occurred_at DESC, a.id DESC"));
    q.add(id).exec();
    QList<DealActivity> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), rows::timestamp(q.value(3)),
                     q.value(4).toString(), q.value(5).toString()});
    return list;
}

QSet<qint64> OpportunityRepository::idsWithProductLine(qint64 productLineId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT op.opportunity_id FROM opportunity_products op "
                                    "JOIN products p ON p.id = op.product_id WHERE p.product_line_id = ?"));
    q.add(productLineId).exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

} // namespace fd
