#pragma once

#include "domain/pipeline.h"

#include <QList>

namespace fd {

class Database;

// Pipelines, their stages, stage checklists and roles, and the lost-reason list.
class PipelineRepository final
{
public:
    explicit PipelineRepository(Database &db) : m_db(db) {}

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

    QList<LostReason> lostReasons();
    qint64 addLostReason(const QString &name);

    // Validation shared by create() and saveStage(); throws ValidationError.
    static void validate(const Stage &stage);

private:
    void insertStage(qint64 pipelineId, Stage &stage);
    void replaceTasksAndRoles(Stage &stage);
    void loadDetails(QList<Stage> &stages);

    Database &m_db;
};

} // namespace fd
