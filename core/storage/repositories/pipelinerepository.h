#pragma once

#include "domain/pipeline.h"

#include <QList>

namespace fd {

class Database;

// Pipelines, their stages, stage checklists and roles, and the lost-reason list.
class PipelineRepository final
{
public:
    explicit PipelineRepository(Database &db)
        : m_db(db)
    {
    }

    // Every active pipeline with its active stages (in order), tasks and roles.
    QList<Pipeline> pipelines();
    // One pipeline (active stages only). Throws NotFoundError.
    Pipeline pipeline(qint64 id);
    // The default pipeline; if there is none yet, the first active one. Throws NotFoundError.
    Pipeline defaultPipeline();
    // One stage, active or not (history may refer to a retired stage). Throws NotFoundError.
    Stage stage(qint64 id);
    // Every stage ever defined for the pipeline, retired ones included, by position.
    QList<Stage> allStages(qint64 pipelineId);

    // Inserts a pipeline with its stages, tasks and roles in one transaction; fills in
    // the new ids. Validates every stage (name, 0..100 %, stall days ≥ 0). Returns the id.
    qint64 create(Pipeline &pipeline);
    // Creates 004's default process (初步接洽 10 % → 需求确认 30 % → 报价 50 % →
    // 拟定合同 80 %) with stage names in the current UI language, unless a pipeline exists.
    qint64 ensureDefault();

    // Saves a stage's name, probability, stall days and checklist. Throws ValidationError.
    void saveStage(Stage &stage);

    // Appends a new stage (with its checklist) after the pipeline's last stage; fills in ids.
    qint64 addStage(qint64 pipelineId, Stage &stage);
    // Gives the active stages of a pipeline the order of `stageIds` (all of them, each
    // once); retired stages keep their place after them. Throws ValidationError.
    void reorderStages(qint64 pipelineId, const QList<qint64> &stageIds);
    // Open and on-hold deals currently in the stage (what a delete must move).
    qint64 openDealCount(qint64 stageId);
    // "Deletes" a stage: moves its open and on-hold deals to `moveToStageId` (writing a
    // history row for each) and retires the stage (active = 0), in one transaction, so
    // old history stays readable. Won/lost deals keep the stage they closed in.
    // moveToStageId may be 0 when the stage holds no open deal. Returns the deals moved.
    int retireStage(qint64 stageId, qint64 moveToStageId);

    // Renames a pipeline. Throws ValidationError (empty, too long, name taken).
    void renamePipeline(qint64 id, const QString &name);
    // Makes this pipeline the one the board opens first.
    void setDefaultPipeline(qint64 id);
    // Deletes a pipeline that holds no open or on-hold deal: removed entirely when
    // nothing refers to it, otherwise retired so closed deals keep their stages.
    // The last active pipeline cannot be removed. Throws ValidationError.
    void removePipeline(qint64 id);

    // Active lost reasons, in order (what the "Lost" dialog offers).
    QList<LostReason> lostReasons();
    qint64 addLostReason(const QString &name);
    // Renames a lost reason. Throws ValidationError.
    void renameLostReason(qint64 id, const QString &name);
    // Hides a lost reason from the list (deals keep the text they were lost with).
    void removeLostReason(qint64 id);

    // Validation shared by create() and saveStage(); throws ValidationError.
    static void validate(const Stage &stage);
    // validate() plus rules that need the database: the pipeline exists and no other
    // active stage of it has the same name.
    void validateInPipeline(const Stage &stage);

private:
    void insertStage(qint64 pipelineId, Stage &stage);
    void replaceTasksAndRoles(Stage &stage);
    void loadDetails(QList<Stage> &stages);

    Database &m_db;
};

} // namespace fd
