#pragma once

#include "storage/tables/table.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace fd::tables {

// Performance-pay plans (migration 0022): the plan, its versions, and a version's commission
// rules and tiers (written with the version, never changed).

struct PayPlanRow
{
    qint64 id = 0; // 0: the database numbers the row
    QString name;
    QString role;      // empty: NULL (a personal plan)
    qint64 userId = 0; // 0: none (a role plan)
    QString period = QStringLiteral("month");
    qint64 active = 1;
    qint64 createdBy = 0; // 0: none
    QString createdAt;
    QString updatedAt;

    static const Table &table();
    QVariantList values() const;
};

struct PayPlanVersionRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 planId = 0;
    QString effectiveFrom;
    qint64 basePayCents = 0;
    std::optional<qint64> capCents; // none: NULL
    qint64 accuracyBonusCents = 0;
    qint64 accuracyTolerancePercent = 10;
    qint64 activityBonusCents = 0;
    qint64 activityNorm = 0;
    QString note;
    qint64 createdBy = 0; // 0: none
    QString createdAt;

    static const Table &table();
    QVariantList values() const;
};

struct PayPlanCommissionRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 versionId = 0;
    QString base;
    qint64 rateBasisPoints = 0;

    static const Table &table();
    QVariantList values() const;
};

struct PayPlanTierRow
{
    qint64 id = 0; // 0: the database numbers the row
    qint64 versionId = 0;
    qint64 fromPercent = 0;
    qint64 multiplierPermille = 1000;

    static const Table &table();
    QVariantList values() const;
};

} // namespace fd::tables
