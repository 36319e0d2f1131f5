#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd::tables {

// Sales processes: pipelines, their stages, a stage's tasks and roles, and lost reasons.

struct PipelineRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString name;
    qint64 position = 0;
    qint64 isDefault = 0;
    qint64 active = 1;
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct StageRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 pipelineId = 0;
    QString name;
    qint64 position = 0;
    qint64 winProbability = 0;
    qint64 stallAfterDays = 14;
    qint64 active = 1;
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct StageTaskRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 stageId = 0;
    qint64 position = 0;
    QString title;
    qint64 required = 0;

    static const Table &table();
    QVariantList values() const;
};

struct StageRoleRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 stageId = 0;
    QString role;
    QString note; // empty: NULL

    static const Table &table();
    QVariantList values() const;
};

struct LostReasonRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString name;
    qint64 position = 0;
    qint64 active = 1;

    static const Table &table();
    QVariantList values() const;
};

} // namespace fd::tables
