#include "payplan.h"

#include "money.h"
#include "trcontext.h"
#include "validator.h"

#include <algorithm>

namespace fd {

QString toString(PlanPeriod period)
{
    return period == PlanPeriod::Quarter ? QStringLiteral("quarter") : QStringLiteral("month");
}

bool parsePlanPeriod(const QString &text, PlanPeriod *period)
{
    if (text == QLatin1String("month"))
        *period = PlanPeriod::Month;
    else if (text == QLatin1String("quarter"))
        *period = PlanPeriod::Quarter;
    else
        return false;
    return true;
}

QString toString(CommissionBase base)
{
    switch (base) {
    case CommissionBase::Won:
        return QStringLiteral("won");
    case CommissionBase::Received:
        return QStringLiteral("received");
    case CommissionBase::Margin:
        return QStringLiteral("margin");
    }
    return {};
}

bool parseCommissionBase(const QString &text, CommissionBase *base)
{
    for (const CommissionBase candidate : {CommissionBase::Won, CommissionBase::Received, CommissionBase::Margin}) {
        if (text == toString(candidate)) {
            *base = candidate;
            return true;
        }
    }
    return false;
}

namespace payplans {

namespace {

constexpr int kMaxMultiplierPermille = 10000; // × 10: anything above is a typing error
constexpr int kMaxRateBasisPoints = 10000;    // 100 % of the base

// |a| × b / c rounded half away from zero, with a's sign (mulDivRound takes non-negative a).
qint64 signedMulDiv(qint64 a, qint64 b, qint64 c)
{
    return a < 0 ? -money::mulDivRound(-a, b, c) : money::mulDivRound(a, b, c);
}

} // namespace

const PlanVersion *versionOn(const PayPlan &plan, QDate day)
{
    const PlanVersion *found = nullptr;
    for (const PlanVersion &version : plan.versions) {
        if (version.effectiveFrom <= day && (!found || version.effectiveFrom > found->effectiveFrom))
            found = &version;
    }
    return found;
}

const PayPlan *planFor(const QList<PayPlan> &plans, qint64 userId, UserRole role, QDate day)
{
    const PayPlan *byRole = nullptr;
    for (const PayPlan &plan : plans) {
        if (!plan.active || !versionOn(plan, day))
            continue;
        if (plan.userId != 0 && plan.userId == userId)
            return &plan;
        if (plan.userId == 0 && plan.role && *plan.role == role && !byRole)
            byRole = &plan;
    }
    return byRole;
}

qint64 applyTiers(qint64 cents, const QList<Tier> &tiers, std::optional<int> completionPermille)
{
    if (tiers.isEmpty() || !completionPermille)
        return cents;
    const qint64 reached = std::max(0, *completionPermille);
    if (reached == 0) // nothing to spread over: the first band's multiplier applies
        return signedMulDiv(cents, tiers.first().multiplierPermille, 1000);
    // Σ over bands of (the part of [0, reached] inside the band) × multiplier, in permille².
    qint64 weighted = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        const qint64 from = qint64(tiers[i].fromPercent) * 10;
        const qint64 to = i + 1 < tiers.size() ? qint64(tiers[i + 1].fromPercent) * 10 : reached;
        const qint64 inside = std::min(to, reached) - std::min(from, reached);
        if (inside > 0)
            weighted += inside * tiers[i].multiplierPermille;
    }
    return signedMulDiv(cents, weighted, reached * 1000);
}

qint64 accuracyBonus(const PlanVersion &version, std::optional<qint64> committedCents, qint64 wonCents)
{
    if (version.accuracyBonusCents <= 0 || !committedCents || *committedCents <= 0)
        return 0;
    const qint64 tolerance = std::max(0, version.accuracyTolerancePercent);
    const qint64 error = std::abs(wonCents - *committedCents);
    // error ÷ committed in basis points, compared with the tolerance in the same unit.
    const qint64 errorBp = money::mulDivRound(error, 10000, *committedCents);
    const qint64 toleranceBp = tolerance * 100;
    if (errorBp <= toleranceBp)
        return version.accuracyBonusCents;
    if (toleranceBp == 0 || errorBp >= 2 * toleranceBp)
        return 0;
    // Linear from the full bonus at the tolerance to nothing at twice the tolerance.
    return money::mulDivRound(version.accuracyBonusCents, 2 * toleranceBp - errorBp, toleranceBp);
}

qint64 activityBonus(const PlanVersion &version, int completedActivities)
{
    if (version.activityBonusCents <= 0 || version.activityNorm <= 0 || completedActivities <= 0)
        return 0;
    if (completedActivities >= version.activityNorm)
        return version.activityBonusCents;
    return money::mulDivRound(version.activityBonusCents, completedActivities, version.activityNorm);
}

void check(Validator &v, const PayPlan &plan, const PlanVersion &version)
{
    v.required(QStringLiteral("name"), plan.name, 100);
    v.check(plan.role.has_value() != (plan.userId != 0), QStringLiteral("role"), QString(),
            Validation::tr("a plan applies either to a role or to one person"));
    v.check(version.effectiveFrom.isValid() && version.effectiveFrom.day() == 1
                && (plan.period == PlanPeriod::Month || (version.effectiveFrom.month() - 1) % 3 == 0),
            QStringLiteral("effective_from"), version.effectiveFrom.toString(Qt::ISODate),
            plan.period == PlanPeriod::Quarter ? Validation::tr("must be the first day of a quarter")
                                               : Validation::tr("must be the first day of a month"));
    v.nonNegative(QStringLiteral("base_pay"), version.basePayCents);
    for (const CommissionRule &rule : version.commissions)
        v.range(QStringLiteral("commission.rate"), rule.rateBasisPoints, 0, kMaxRateBasisPoints);
    for (int i = 0; i < version.tiers.size(); ++i) {
        const Tier &tier = version.tiers[i];
        v.check(i > 0 || tier.fromPercent == 0, QStringLiteral("tiers"), QString::number(tier.fromPercent),
                Validation::tr("the first band must start at 0 %"));
        v.check(i == 0 || tier.fromPercent > version.tiers[i - 1].fromPercent, QStringLiteral("tiers"),
                QString::number(tier.fromPercent), Validation::tr("bands must start at ascending completions"));
        v.range(QStringLiteral("tiers"), tier.multiplierPermille, 0, kMaxMultiplierPermille);
    }
    if (version.capCents)
        v.nonNegative(QStringLiteral("cap"), *version.capCents);
    v.nonNegative(QStringLiteral("accuracy_bonus"), version.accuracyBonusCents);
    v.range(QStringLiteral("accuracy_tolerance"), version.accuracyTolerancePercent, 0, 100);
    v.nonNegative(QStringLiteral("activity_bonus"), version.activityBonusCents);
    v.range(QStringLiteral("activity_norm"), version.activityNorm, 0, 100000);
    // A bonus without a norm would never be paid (activityBonus pays nothing for a norm of 0).
    v.check(version.activityBonusCents <= 0 || version.activityNorm > 0, QStringLiteral("activity_norm"),
            QString::number(version.activityNorm), Validation::tr("must be set when there is an activity bonus"));
    v.maxLength(QStringLiteral("note"), version.note, 1000);
}

} // namespace payplans
} // namespace fd
