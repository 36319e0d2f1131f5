#pragma once

#include <QList>
#include <QString>

namespace fd {

// One step of a stage's checklist (固化销售流程).
struct StageTask
{
    qint64 id = 0;
    int position = 0;
    QString title;
    bool required = false;
};

// A role that joins deals at this stage (e.g. presales in technical exchange).
struct StageRole
{
    qint64 id = 0;
    QString role;
    QString note;
};

struct Stage
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    int position = 0;        // order within the pipeline, 0-based
    int winProbability = 0;  // default 赢率, 0..100
    int stallAfterDays = 14; // a deal longer than this in the stage is stalled
    bool active = true;      // inactive stages are kept for history only
    QList<StageTask> tasks;
    QList<StageRole> roles;
};

// A sales process: ordered stages. Won / lost / on-hold are outcomes (status), not stages.
struct Pipeline
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool isDefault = false;
    bool active = true;
    QList<Stage> stages; // active stages in order

    // Stage with this id, or nullptr.
    const Stage *stage(qint64 stageId) const;
    // Index of the stage in `stages`, -1 if absent.
    int indexOf(qint64 stageId) const;
};

struct LostReason
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool active = true;
};

} // namespace fd
