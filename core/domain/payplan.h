#pragma once

#include "organization.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Validator;

// Performance-pay plans (底薪+绩效, seed 004 §3): what turns a rep's credited performance into
// pay. A plan applies to everyone of a role or to one person; its terms are versioned, each
// version applying from a date, so a change never rewrites a period already paid. The pay
// itself is computed by the statement engine; this file only says what a plan is and which
// version rules a period.

// How often the plan settles commission. Base pay is always monthly; a quarter plan's
// commission and bonuses are computed on the whole quarter and paid on the statement of the
// quarter's last month.
enum class PlanPeriod { Month, Quarter };
QString toString(PlanPeriod period); // "month", "quarter" as stored
bool parsePlanPeriod(const QString &text, PlanPeriod *period);

// What a commission rule is a percentage of, for one rep and period.
// - Won (签约): the rep's credited amount (splits::credits at 100 %) of deals won in the period.
// - Received (回款): the rep's credited share of the money received in the period on contracts
//   of their deals — paid when the money arrives, so a write-off never takes it back.
// - Margin (毛利): the rep's credited share of the margin of deals won in the period.
// Won and Margin commission is paid before the money arrives; a write-off dated in a later
// period claws back the commission paid on the written-off amount (never more than was paid
// on that contract).
enum class CommissionBase { Won, Received, Margin };
QString toString(CommissionBase base); // "won", "received", "margin" as stored
bool parseCommissionBase(const QString &text, CommissionBase *base);

struct CommissionRule
{
    CommissionBase base = CommissionBase::Won;
    int rateBasisPoints = 0; // 300 = 3 % of the base
};

// A band of target completion (完成率). Bands are marginal (累进), like tax brackets: the part
// of the commission that falls between this band's start and the next band's start is paid
// at this band's multiplier, so 0–80 % × 0.5, 80–100 % × 1.0, from 100 % × 1.5 pays the
// accelerator only on the part above the target and crossing a threshold never makes the
// whole month jump.
struct Tier
{
    int fromPercent = 0;           // completion where the band starts, inclusive
    int multiplierPermille = 1000; // 500 = × 0.5, 1500 = × 1.5
};

// One version of a plan's terms. Amounts are in cents of the office's currency.
struct PlanVersion
{
    qint64 id = 0;
    qint64 planId = 0;
    QDate effectiveFrom;     // first day of the month (quarter plans: of a quarter)
    qint64 basePayCents = 0; // 底薪 per month
    QList<CommissionRule> commissions;
    QList<Tier> tiers;              // ascending fromPercent, the first at 0; empty = × 1.0
    std::optional<qint64> capCents; // most commission (after tiers) per plan period
    // Forecast accuracy: the full bonus when the rep's committed forecast for the period is
    // within accuracyTolerancePercent of what they won, falling linearly to nothing at twice
    // the tolerance. 0 = no such component.
    qint64 accuracyBonusCents = 0;
    int accuracyTolerancePercent = 10;
    // Activity norm: activityBonusCents × min(1, completed activities ÷ activityNorm) per plan
    // period. 0 = no such component.
    qint64 activityBonusCents = 0;
    int activityNorm = 0;
    QString note; // why this version (shown in its history)
    qint64 createdBy = 0;
    QDateTime createdAt;
};

struct PayPlan
{
    qint64 id = 0;
    QString name;
    std::optional<UserRole> role; // everyone of this role …
    qint64 userId = 0;            // … or one person (0 = none); a personal plan wins over a role plan
    PlanPeriod period = PlanPeriod::Month;
    bool active = true;          // an inactive plan is kept for history and pays nothing new
    QList<PlanVersion> versions; // ascending effectiveFrom, never two on one date
};

namespace payplans {

// The version in force on `day`: the latest whose effectiveFrom ≤ day; null when none yet.
const PlanVersion *versionOn(const PayPlan &plan, QDate day);

// The plan that pays `user` (of `role`) on `day`: their own active plan if one has a version
// in force then, else the active plan of their role; null when none.
const PayPlan *planFor(const QList<PayPlan> &plans, qint64 userId, UserRole role, QDate day);

// The part of a commission of `cents` paid at completion `completionPermille` (1000 = 100 %)
// under marginal tiers: the commission is spread evenly over completion from 0 to the
// completion reached, and each band's slice is multiplied by its multiplier; rounded once,
// half away from zero. No tiers, or completion unknown (no target), pays × 1.0.
qint64 applyTiers(qint64 cents, const QList<Tier> &tiers, std::optional<int> completionPermille);

// The forecast-accuracy bonus for a committed forecast and what was then won; none committed
// (or a commitment of 0) pays nothing.
qint64 accuracyBonus(const PlanVersion &version, std::optional<qint64> committedCents, qint64 wonCents);

// The activity bonus for `completedActivities` in the plan period.
qint64 activityBonus(const PlanVersion &version, int completedActivities);

// Located errors (entity "pay_plan", fields name, role, user, period, effective_from,
// base_pay, commission.rate, tiers, cap, accuracy_bonus, accuracy_tolerance, activity_bonus,
// activity_norm, note) for terms a plan cannot have: negative money, a rate above 100 %, tiers
// not starting at 0 % or not ascending, a multiplier above × 10, an effective date that is not
// the first day of a month (of a quarter for a quarter plan), neither or both of role and user,
// an activity bonus without a norm (it would never be paid), a note over 1,000 characters.
void check(Validator &v, const PayPlan &plan, const PlanVersion &version);

} // namespace payplans
} // namespace fd
