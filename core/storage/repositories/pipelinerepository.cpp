#include "pipelinerepository.h"

#include "defaultprocess.h"
#include "domain/trcontext.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/repositories/repositorysupport.h"
#include "storage/rowmapping.h"
#include "storage/sqlquery.h"
#include "storage/tables/pipelinetables.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace fd {

namespace {
const QString kStageColumns = QStringLiteral(
    "id, pipeline_id, name, position, win_probability, stall_after_days, active");

Stage stageFromRow(const SqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.pipelineId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.winProbability = q.value(4).toInt();
    s.stallAfterDays = q.value(5).toInt();
    s.active = q.value(6).toInt() != 0;
    return s;
}
} // namespace

void PipelineRepository::loadDetails(QList<Stage> &stages)
{
    if (stages.isEmpty())
        return;
    QHash<qint64, int> index;
    for (int i = 0; i < stages.size(); ++i)
        index.insert(stages[i].id, i);
    SqlQuery tasks(m_db, QStringLiteral("SELECT t.id, t.stage_id, t.position, t.title, t.required FROM stage_tasks t "
                                        "JOIN stages s ON s.id = t.stage_id WHERE s.pipeline_id = ? "
                                        "ORDER BY t.stage_id, t.position, t.id"));
    tasks.add(stages.first().pipelineId).exec();
    while (tasks.next()) {
        const auto it = index.constFind(tasks.value(1).toLongLong());
        if (it == index.constEnd())
            continue;
        stages[*it].tasks.append({tasks.value(0).toLongLong(), tasks.value(2).toInt(), tasks.value(3).toString(),
                                  tasks.value(4).toInt() != 0});
    }
    SqlQuery roles(m_db, QStringLiteral("SELECT r.id, r.stage_id, r.role, r.note FROM stage_roles r "
                                        "JOIN stages s ON s.id = r.stage_id WHERE s.pipeline_id = ? ORDER BY r.id"));
    roles.add(stages.first().pipelineId).exec();
    while (roles.next()) {
        const auto it = index.constFind(roles.value(1).toLongLong());
        if (it != index.constEnd())
            stages[*it].roles.append(
                {roles.value(0).toLongLong(), roles.value(2).toString(), roles.value(3).toString()});
    }
}

QList<Stage> PipelineRepository::allStages(qint64 pipelineId)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM stages WHERE pipeline_id = ? ORDER BY position, id").arg(kStageColumns));
    q.add(pipelineId).exec();
    QList<Stage> stages;
    while (q.next())
        stages.append(stageFromRow(q));
    loadDetails(stages);
    return stages;
}

Pipeline PipelineRepository::pipeline(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, position, is_default, active FROM pipelines WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Pipeline %1 does not exist").arg(id));
    Pipeline p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.position = q.value(2).toInt();
    p.isDefault = q.value(3).toInt() != 0;
    p.active = q.value(4).toInt() != 0;
    for (const Stage &s : allStages(id)) {
        if (s.active)
            p.stages.append(s);
    }
    return p;
}

QList<Pipeline> PipelineRepository::pipelines()
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM pipelines WHERE active = 1 ORDER BY position, id"));
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<Pipeline> list;
    for (qint64 id : ids)
        list.append(pipeline(id));
    return list;
}

Pipeline PipelineRepository::defaultPipeline()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id FROM pipelines WHERE active = 1 ORDER BY is_default DESC, position, id"));
    const QVariant id = q.scalar();
    if (!id.isValid())
        throw NotFoundError(QStringLiteral("No sales pipeline is defined"));
    return pipeline(id.toLongLong());
}

Stage PipelineRepository::stage(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM stages WHERE id = ?").arg(kStageColumns));
    q.add(id).exec();
    if (!q.next())
        throw NotFoundError(QStringLiteral("Stage %1 does not exist").arg(id));
    QList<Stage> one{stageFromRow(q)};
    loadDetails(one);
    return one.first();
}

void PipelineRepository::validate(const Stage &stage)
{
    Validator v(QStringLiteral("stage"));
    v.required(QStringLiteral("name"), stage.name, 200);
    v.range(QStringLiteral("win_probability"), stage.winProbability, 0, 100);
    v.range(QStringLiteral("stall_after_days"), stage.stallAfterDays, 0, 3650);
    for (const StageTask &t : stage.tasks)
        v.required(QStringLiteral("task.title"), t.title, 500);
    for (const StageRole &r : stage.roles)
        v.required(QStringLiteral("role.role"), r.role, 100);
    v.throwIfInvalid();
}

void PipelineRepository::insertStage(qint64 pipelineId, Stage &stage)
{
    stage.pipelineId = pipelineId;
    tables::StageRow row;
    row.pipelineId = pipelineId;
    row.name = stage.name.trimmed();
    row.position = stage.position;
    row.winProbability = stage.winProbability;
    row.stallAfterDays = stage.stallAfterDays;
    row.active = stage.active ? 1 : 0;
    row.createdAt = isotime::toStored(m_db.clock().now());
    stage.id = tables::insert(m_db, row);
    replaceTasksAndRoles(stage);
}

void PipelineRepository::replaceTasksAndRoles(Stage &stage)
{
    // Tasks keep their ids when they still exist, so ticked checklist items stay ticked.
    QList<qint64> keep;
    for (StageTask &t : stage.tasks) {
        if (t.id > 0) {
            SqlQuery u(m_db, QStringLiteral("UPDATE stage_tasks SET position = ?, title = ?, required = ? "
                                            "WHERE id = ? AND stage_id = ?"));
            u.add(t.position).add(t.title.trimmed()).add(t.required ? 1 : 0).add(t.id).add(stage.id).exec();
        } else {
            tables::StageTaskRow row;
            row.stageId = stage.id;
            row.position = t.position;
            row.title = t.title.trimmed();
            row.required = t.required ? 1 : 0;
            t.id = tables::insert(m_db, row);
        }
        keep.append(t.id);
    }
    SqlQuery existing(m_db, QStringLiteral("SELECT id FROM stage_tasks WHERE stage_id = ?"));
    existing.add(stage.id).exec();
    QList<qint64> drop;
    while (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        if (!keep.contains(id))
            drop.append(id);
    }
    for (qint64 id : drop) {
        SqlQuery d(m_db, QStringLiteral("DELETE FROM stage_tasks WHERE id = ?"));
        d.add(id).exec();
    }
    SqlQuery clearRoles(m_db, QStringLiteral("DELETE FROM stage_roles WHERE stage_id = ?"));
    clearRoles.add(stage.id).exec();
    for (StageRole &r : stage.roles) {
        tables::StageRoleRow row;
        row.stageId = stage.id;
        row.role = r.role.trimmed();
        row.note = r.note;
        r.id = tables::insert(m_db, row);
    }
}

qint64 PipelineRepository::create(Pipeline &pipeline)
{
    Validator v(QStringLiteral("pipeline"));
    v.required(QStringLiteral("name"), pipeline.name, 200);
    v.check(!repo::taken(m_db, "pipelines", "name", pipeline.name.trimmed()), QStringLiteral("name"), pipeline.name,
            Validation::tr("is already the name of another pipeline"));
    v.check(!pipeline.stages.isEmpty(), QStringLiteral("stages"), QString(),
            QCoreApplication::translate("Validation", "needs at least one stage"));
    v.throwIfInvalid();
    for (const Stage &s : pipeline.stages)
        validate(s);

    Transaction tx(m_db);
    tables::PipelineRow row;
    row.name = pipeline.name.trimmed();
    row.position = pipeline.position;
    row.isDefault = pipeline.isDefault ? 1 : 0;
    row.active = pipeline.active ? 1 : 0;
    row.createdAt = isotime::toStored(m_db.clock().now());
    pipeline.id = tables::insert(m_db, row);
    for (int i = 0; i < pipeline.stages.size(); ++i) {
        pipeline.stages[i].position = i;
        insertStage(pipeline.id, pipeline.stages[i]);
    }
    tx.commit();
    return pipeline.id;
}

Pipeline defaultSalesProcess()
{
    Pipeline p;
    p.name = DefaultPipeline::tr("Standard sales process");
    p.isDefault = true;
    const struct
    {
        const char *name;
        int probability;
        int stallDays;
    } stages[] = {
        {QT_TRANSLATE_NOOP("DefaultPipeline", "Initial contact"), 10, 14},
        {QT_TRANSLATE_NOOP("DefaultPipeline", "Needs confirmed"), 30, 21},
        {QT_TRANSLATE_NOOP("DefaultPipeline", "Quote"), 50, 21},
        {QT_TRANSLATE_NOOP("DefaultPipeline", "Contract drafting"), 80, 30},
    };
    for (const auto &s : stages) {
        Stage stage;
        stage.name = DefaultPipeline::tr(s.name);
        stage.winProbability = s.probability;
        stage.stallAfterDays = s.stallDays;
        stage.position = int(p.stages.size());
        p.stages.append(stage);
    }
    return p;
}

qint64 PipelineRepository::ensureDefault()
{
    SqlQuery any(m_db, QStringLiteral("SELECT id FROM pipelines ORDER BY is_default DESC, id"));
    if (const QVariant id = any.scalar(); id.isValid())
        return id.toLongLong();
    Pipeline p = defaultSalesProcess();
    return create(p);
}

void PipelineRepository::saveStage(Stage &stage)
{
    validateInPipeline(stage);
    Transaction tx(m_db);
    if (stage.id == 0) {
        insertStage(stage.pipelineId, stage);
        audit::record(m_db, QStringLiteral("stage"), stage.id, QStringLiteral("insert"));
    } else {
        const Stage before = this->stage(stage.id);
        const QString entity = QStringLiteral("stage");
        audit::recordChange(m_db, entity, stage.id, QStringLiteral("name"), before.name, stage.name.trimmed());
        audit::recordChange(m_db, entity, stage.id, QStringLiteral("win_probability"), before.winProbability,
                            stage.winProbability);
        audit::recordChange(m_db, entity, stage.id, QStringLiteral("stall_after_days"), before.stallAfterDays,
                            stage.stallAfterDays);
        audit::recordChange(m_db, entity, stage.id, QStringLiteral("tasks"), before.tasks.size(), stage.tasks.size());
        SqlQuery q(m_db, QStringLiteral("UPDATE stages SET name = ?, position = ?, win_probability = ?, "
                                        "stall_after_days = ?, active = ? WHERE id = ?"));
        q.add(stage.name.trimmed())
            .add(stage.position)
            .add(stage.winProbability)
            .add(stage.stallAfterDays)
            .add(stage.active ? 1 : 0)
            .add(stage.id)
            .exec();
        if (q.numRowsAffected() != 1)
            throw NotFoundError(QStringLiteral("Stage %1 does not exist").arg(stage.id));
        replaceTasksAndRoles(stage);
    }
    tx.commit();
}

QList<LostReason> PipelineRepository::lostReasons()
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, position, active FROM lost_reasons WHERE active = 1 "
                                    "ORDER BY position, id"));
    q.exec();
    QList<LostReason> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0});
    return list;
}

qint64 PipelineRepository::addLostReason(const QString &name)
{
    Validator v(QStringLiteral("lost_reason"));
    v.required(QStringLiteral("name"), name, 200);
    SqlQuery existing(m_db, QStringLiteral("SELECT id, active FROM lost_reasons WHERE name = ?"));
    existing.add(name.trimmed()).exec();
    const bool found = existing.next();
    v.check(!found || existing.value(1).toInt() == 0, QStringLiteral("name"), name,
            Validation::tr("is already in the list"));
    v.throwIfInvalid();
    if (found) {
        // A removed reason comes back rather than colliding with its old row.
        const qint64 id = existing.value(0).toLongLong();
        SqlQuery revive(m_db, QStringLiteral("UPDATE lost_reasons SET active = 1 WHERE id = ?"));
        revive.add(id).exec();
        return id;
    }
    SqlQuery max(m_db, QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM lost_reasons"));
    const int position = max.scalar().toInt();
    tables::LostReasonRow row;
    row.name = name.trimmed();
    row.position = position;
    return tables::insert(m_db, row);
}

} // namespace fd
