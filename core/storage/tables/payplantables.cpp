#include "payplantables.h"

#include "storage/sqlquery.h"

namespace fd::tables {

const Table &PayPlanRow::table()
{
    static const Table t("pay_plans",
                         {"name", "role", "user_id", "period", "active", "created_by", "created_at", "updated_at"});
    return t;
}

QVariantList PayPlanRow::values() const
{
    return {name, nullableText(role), nullableId(userId), period, active, nullableId(createdBy), createdAt, updatedAt};
}

const Table &PayPlanVersionRow::table()
{
    static const Table t("pay_plan_versions",
                         {"plan_id", "effective_from", "base_pay_cents", "cap_cents", "accuracy_bonus_cents",
                          "accuracy_tolerance_percent", "activity_bonus_cents", "activity_norm", "note", "created_by",
                          "created_at"});
    return t;
}

QVariantList PayPlanVersionRow::values() const
{
    return {planId,
            effectiveFrom,
            basePayCents,
            nullable(capCents),
            accuracyBonusCents,
            accuracyTolerancePercent,
            activityBonusCents,
            activityNorm,
            note.isNull() ? QStringLiteral("") : note, // NOT NULL: no note is an empty one
            nullableId(createdBy),
            createdAt};
}

const Table &PayPlanCommissionRow::table()
{
    static const Table t("pay_plan_commissions", {"version_id", "base", "rate_basis_points"});
    return t;
}

QVariantList PayPlanCommissionRow::values() const
{
    return {versionId, base, rateBasisPoints};
}

const Table &PayPlanTierRow::table()
{
    static const Table t("pay_plan_tiers", {"version_id", "from_percent", "multiplier_permille"});
    return t;
}

QVariantList PayPlanTierRow::values() const
{
    return {versionId, fromPercent, multiplierPermille};
}

} // namespace fd::tables
