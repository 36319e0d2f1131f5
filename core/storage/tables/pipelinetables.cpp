#include "pipelinetables.h"

#include "storage/sqlquery.h"

namespace fd::tables {

const Table &PipelineRow::table()
{
    static const Table t("pipelines", {"name", "position", "is_default", "active", "created_at"});
    return t;
}

QVariantList PipelineRow::values() const
{
    return {name, position, isDefault, active, createdAt};
}

const Table &StageRow::table()
{
    static const Table t(
        "stages", {"pipeline_id", "name", "position", "win_probability", "stall_after_days", "active", "created_at"});
    return t;
}

QVariantList StageRow::values() const
{
    return {pipelineId, name, position, winProbability, stallAfterDays, active, createdAt};
}

const Table &StageTaskRow::table()
{
    static const Table t("stage_tasks", {"stage_id", "position", "title", "required"});
    return t;
}

QVariantList StageTaskRow::values() const
{
    return {stageId, position, title, required};
}

const Table &StageRoleRow::table()
{
    static const Table t("stage_roles", {"stage_id", "role", "note"});
    return t;
}

QVariantList StageRoleRow::values() const
{
    return {stageId, role, nullableText(note)};
}

const Table &LostReasonRow::table()
{
    static const Table t("lost_reasons", {"name", "position", "active"});
    return t;
}

QVariantList LostReasonRow::values() const
{
    return {name, position, active};
}

} // namespace fd::tables
