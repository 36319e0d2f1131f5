// PipelineRepository: settings edits — adding, reordering and retiring stages,
// renaming and removing pipelines, the lost-reason list. Reading and creating are in
// pipelinerepository.cpp.
#include "domain/trcontext.h"
#include "pipelinerepository.h"

#include "domain/errors.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/repositorysupport.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace fd {

namespace {
const QString kStage = QStringLiteral("stage");
const QString kPipeline = QStringLiteral("pipeline");
} // namespace

void PipelineRepository::validateInPipeline(const Stage &stage)
{
    validate(stage);
    Validator v(kStage);
    v.check(repo::exists(m_db, "pipelines", stage.pipelineId), QStringLiteral("pipeline"),
            QString::number(stage.pipelineId), Validation::tr("does not exist"));
    SqlQuery same(m_db, QStringLiteral("SELECT 1 FROM stages WHERE pipeline_id = ? AND name = ? AND active = 1 "
                                       "AND id <> ?"));
    same.add(stage.pipelineId).add(stage.name.trimmed()).add(stage.id);
    v.check(!stage.active || !same.scalar().isValid(), QStringLiteral("name"), stage.name,
            Validation::tr("is already the name of another stage of this pipeline"));
    v.throwIfInvalid();
}

qint64 PipelineRepository::addStage(qint64 pipelineId, Stage &stage)
{
    stage.id = 0;
    stage.pipelineId = pipelineId;
    stage.active = true;
    SqlQuery next(m_db, QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM stages WHERE pipeline_id = ?"));
    next.add(pipelineId);
    stage.position = next.scalar().toInt();
    saveStage(stage);
    return stage.id;
}

void PipelineRepository::reorderStages(qint64 pipelineId, const QList<qint64> &stageIds)
{
    const QList<Stage> all = allStages(pipelineId);
    QSet<qint64> active;
    QList<qint64> retired;
    for (const Stage &s : all) {
        if (s.active)
            active.insert(s.id);
        else
            retired.append(s.id);
    }
    const QSet<qint64> given(stageIds.cbegin(), stageIds.cend());
    Validator v(kStage);
    v.check(given == active && given.size() == stageIds.size(), QStringLiteral("position"), QString(),
            Validation::tr("the new order must list every active stage of the pipeline exactly once"));
    v.throwIfInvalid();

    Transaction tx(m_db);
    int position = 0;
    for (qint64 id : stageIds + retired) {
        SqlQuery q(m_db, QStringLiteral("UPDATE stages SET position = ? WHERE id = ?"));
        q.add(position).add(id).exec();
        for (const Stage &s : all) {
            if (s.id == id)
                audit::recordChange(m_db, kStage, id, QStringLiteral("position"), s.position, position);
        }
        ++position;
    }
    tx.commit();
}

qint64 PipelineRepository::openDealCount(qint64 stageId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM opportunities WHERE stage_id = ? "
                                    "AND status IN ('open', 'on_hold')"));
    q.add(stageId);
    return q.scalar().toLongLong();
}

int PipelineRepository::retireStage(qint64 stageId, qint64 moveToStageId)
{
    const Stage s = stage(stageId);
    const qint64 deals = openDealCount(stageId);
    SqlQuery others(m_db,
                    QStringLiteral("SELECT count(*) FROM stages WHERE pipeline_id = ? AND active = 1 AND id <> ?"));
    others.add(s.pipelineId).add(stageId);
    Validator v(kStage);
    v.check(s.active, QStringLiteral("active"), QString::number(stageId), Validation::tr("has already been deleted"));
    v.check(others.scalar().toLongLong() > 0, QStringLiteral("id"), s.name,
            Validation::tr("is the last stage of its pipeline"));
    if (deals > 0) {
        v.check(moveToStageId != stageId, QStringLiteral("move_to"), QString::number(moveToStageId),
                Validation::tr("deals must move to another stage"));
        SqlQuery target(m_db, QStringLiteral("SELECT 1 FROM stages WHERE id = ? AND pipeline_id = ? AND active = 1"));
        target.add(moveToStageId).add(s.pipelineId);
        v.check(target.scalar().isValid(), QStringLiteral("move_to"), QString::number(moveToStageId),
                Validation::tr("is not an active stage of the same pipeline"));
    }
    v.throwIfInvalid();

    Transaction tx(m_db);
    QList<qint64> ids;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM opportunities WHERE stage_id = ? AND status IN ('open', 'on_hold') "
                                    "ORDER BY id"));
    q.add(stageId).exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    OpportunityRepository opportunities(m_db);
    const QString note = Validation::tr("stage \"%1\" was deleted").arg(s.name);
    for (qint64 id : ids)
        opportunities.changeStage(id, moveToStageId, note);
    SqlQuery retire(m_db, QStringLiteral("UPDATE stages SET active = 0 WHERE id = ?"));
    retire.add(stageId).exec();
    audit::record(m_db, kStage, stageId, QStringLiteral("delete"), QStringLiteral("active"), 1, 0);
    tx.commit();
    return ids.size();
}

void PipelineRepository::renamePipeline(qint64 id, const QString &name)
{
    const Pipeline before = pipeline(id);
    Validator v(kPipeline);
    v.required(QStringLiteral("name"), name, 200);
    v.check(!repo::taken(m_db, "pipelines", "name", name.trimmed(), id), QStringLiteral("name"), name,
            Validation::tr("is already the name of another pipeline"));
    v.throwIfInvalid();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE pipelines SET name = ? WHERE id = ?"));
    q.add(name.trimmed()).add(id).exec();
    audit::recordChange(m_db, kPipeline, id, QStringLiteral("name"), before.name, name.trimmed());
    tx.commit();
}

void PipelineRepository::setDefaultPipeline(qint64 id)
{
    const Pipeline p = pipeline(id);
    Transaction tx(m_db);
    SqlQuery clear(m_db, QStringLiteral("UPDATE pipelines SET is_default = 0 WHERE id <> ?"));
    clear.add(id).exec();
    SqlQuery set(m_db, QStringLiteral("UPDATE pipelines SET is_default = 1 WHERE id = ?"));
    set.add(id).exec();
    audit::recordChange(m_db, kPipeline, id, QStringLiteral("is_default"), p.isDefault ? 1 : 0, 1);
    tx.commit();
}

void PipelineRepository::removePipeline(qint64 id)
{
    const Pipeline p = pipeline(id);
    SqlQuery open(m_db, QStringLiteral("SELECT count(*) FROM opportunities WHERE pipeline_id = ? "
                                       "AND status IN ('open', 'on_hold')"));
    open.add(id);
    const qint64 openDeals = open.scalar().toLongLong();
    SqlQuery others(m_db,
                    QStringLiteral("SELECT id FROM pipelines WHERE active = 1 AND id <> ? ORDER BY position, id"));
    others.add(id);
    const QVariant successor = others.scalar();
    Validator v(kPipeline);
    v.check(p.active, QStringLiteral("active"), p.name, Validation::tr("has already been deleted"));
    v.check(openDeals == 0, QStringLiteral("id"), p.name,
            QCoreApplication::translate("Validation", "still holds %n open deal(s); move or close them first", nullptr,
                                        int(openDeals)));
    v.check(successor.isValid(), QStringLiteral("id"), p.name, Validation::tr("is the only pipeline"));
    v.throwIfInvalid();

    Transaction tx(m_db);
    SqlQuery any(m_db, QStringLiteral("SELECT count(*) FROM opportunities WHERE pipeline_id = ?"));
    any.add(id);
    if (any.scalar().toLongLong() == 0) {
        // Nothing refers to it: remove it entirely (tasks and roles cascade).
        SqlQuery stages(m_db, QStringLiteral("DELETE FROM stages WHERE pipeline_id = ?"));
        stages.add(id).exec();
        SqlQuery del(m_db, QStringLiteral("DELETE FROM pipelines WHERE id = ?"));
        del.add(id).exec();
    } else {
        SqlQuery retire(m_db, QStringLiteral("UPDATE pipelines SET active = 0, is_default = 0 WHERE id = ?"));
        retire.add(id).exec();
    }
    if (p.isDefault) {
        SqlQuery next(m_db, QStringLiteral("UPDATE pipelines SET is_default = 1 WHERE id = ?"));
        next.add(successor).exec();
    }
    audit::record(m_db, kPipeline, id, QStringLiteral("delete"));
    tx.commit();
}

void PipelineRepository::renameLostReason(qint64 id, const QString &name)
{
    Validator v(QStringLiteral("lost_reason"));
    v.required(QStringLiteral("name"), name, 200);
    v.check(!repo::taken(m_db, "lost_reasons", "name", name.trimmed(), id), QStringLiteral("name"), name,
            Validation::tr("is already in the list"));
    v.throwIfInvalid();
    SqlQuery q(m_db, QStringLiteral("UPDATE lost_reasons SET name = ? WHERE id = ?"));
    q.add(name.trimmed()).add(id).exec();
    if (q.numRowsAffected() != 1)
        throw NotFoundError(QStringLiteral("Lost reason %1 does not exist").arg(id));
}

void PipelineRepository::removeLostReason(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE lost_reasons SET active = 0 WHERE id = ?"));
    q.add(id).exec();
    if (q.numRowsAffected() != 1)
        throw NotFoundError(QStringLiteral("Lost reason %1 does not exist").arg(id));
}

} // namespace fd
