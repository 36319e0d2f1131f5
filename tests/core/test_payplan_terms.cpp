// The terms of a performance-pay plan, computed by hand: which version rules a month, which
// plan pays a person, marginal tiers with an accelerator, the forecast-accuracy and activity
// components, and the refusals of terms a plan cannot have.
#include "catchqt.h"

#include "domain/payplan.h"
#include "domain/validator.h"

using namespace fd;

namespace {

constexpr qint64 kYuan = 100;

PlanVersion versionFrom(QDate from, qint64 basePay)
{
    PlanVersion v;
    v.effectiveFrom = from;
    v.basePayCents = basePay;
    return v;
}

// 0–80 % × 0.5, 80–100 % × 1.0, from 100 % × 1.5: the example.
QList<Tier> exampleTiers()
{
    return {{0, 500}, {80, 1000}, {100, 1500}};
}

QStringList errorFields(const PayPlan &plan, const PlanVersion &version)
{
    Validator v(QStringLiteral("pay_plan"));
    payplans::check(v, plan, version);
    QStringList fields;
    for (const FieldError &e : v.errors())
        fields << e.field;
    return fields;
}

} // namespace

TEST_CASE("the version in force is the latest that began on or before the day")
{
    PayPlan plan;
    plan.versions = {versionFrom(QDate(2026, 1, 1), 8000 * kYuan), versionFrom(QDate(2026, 7, 1), 9000 * kYuan)};
    CHECK(payplans::versionOn(plan, QDate(2025, 12, 31)) == nullptr);
    CHECK(payplans::versionOn(plan, QDate(2026, 6, 30))->basePayCents == 8000 * kYuan);
    CHECK(payplans::versionOn(plan, QDate(2026, 7, 1))->basePayCents == 9000 * kYuan);
    CHECK(payplans::versionOn(plan, QDate(2026, 11, 15))->basePayCents == 9000 * kYuan);
}

TEST_CASE("a person's own plan wins over their role's, and inactive or not yet started plans pay nothing")
{
    PayPlan reps;
    reps.id = 1;
    reps.role = UserRole::Rep;
    reps.versions = {versionFrom(QDate(2026, 1, 1), 1)};
    PayPlan own;
    own.id = 2;
    own.userId = 7;
    own.versions = {versionFrom(QDate(2026, 10, 1), 2)};
    const QList<PayPlan> plans{reps, own};

    CHECK(payplans::planFor(plans, 7, UserRole::Rep, QDate(2026, 9, 1))->id == 1); // own not begun yet
    CHECK(payplans::planFor(plans, 7, UserRole::Rep, QDate(2026, 10, 1))->id == 2);
    CHECK(payplans::planFor(plans, 8, UserRole::Rep, QDate(2026, 10, 1))->id == 1);
    CHECK(payplans::planFor(plans, 8, UserRole::Manager, QDate(2026, 10, 1)) == nullptr);

    QList<PayPlan> withInactive = plans;
    withInactive[1].active = false;
    CHECK(payplans::planFor(withInactive, 7, UserRole::Rep, QDate(2026, 10, 1))->id == 1);
}

TEST_CASE("marginal tiers pay each band's slice at its multiplier")
{
    const QList<Tier> tiers = exampleTiers();
    // 60 % reached: all of it in the first band, × 0.5.
    CHECK(payplans::applyTiers(3000 * kYuan, tiers, 600) == 1500 * kYuan);
    // 100 % reached: 80/100 at × 0.5 and 20/100 at × 1.0 = 0.4 + 0.2 = 0.6.
    CHECK(payplans::applyTiers(10000 * kYuan, tiers, 1000) == 6000 * kYuan);
    // 125 % reached on a commission of 12,500: 80/125 × 0.5 + 20/125 × 1 + 25/125 × 1.5
    // = (40 + 20 + 37.5) / 125 = 0.78 → 9,750.
    CHECK(payplans::applyTiers(12500 * kYuan, tiers, 1250) == 9750 * kYuan);
    // The accelerator pays only on the part above the target: crossing 100 % by a hair adds a hair.
    const qint64 at100 = payplans::applyTiers(1000000, tiers, 1000);
    const qint64 at101 = payplans::applyTiers(1010000, tiers, 1010);
    CHECK(at100 == 600000);
    CHECK(at101 - at100 == 15000); // the 10,000 cents above the target, × 1.5
    // No tiers or no target: × 1.0; nothing reached: the first band's multiplier.
    CHECK(payplans::applyTiers(777, {}, 500) == 777);
    CHECK(payplans::applyTiers(777, tiers, std::nullopt) == 777);
    CHECK(payplans::applyTiers(800, tiers, 0) == 400);
    // A clawback (negative) is tiered the same way, rounded away from zero.
    CHECK(payplans::applyTiers(-10000 * kYuan, tiers, 1000) == -6000 * kYuan);
}

TEST_CASE("the forecast-accuracy bonus is full within the tolerance and nothing at twice it")
{
    PlanVersion v;
    v.accuracyBonusCents = 1000 * kYuan;
    v.accuracyTolerancePercent = 10;
    CHECK(payplans::accuracyBonus(v, 100000 * kYuan, 92000 * kYuan) == 1000 * kYuan);  // 8 % off
    CHECK(payplans::accuracyBonus(v, 100000 * kYuan, 110000 * kYuan) == 1000 * kYuan); // 10 % off
    CHECK(payplans::accuracyBonus(v, 100000 * kYuan, 115000 * kYuan) == 500 * kYuan);  // 15 %: half
    CHECK(payplans::accuracyBonus(v, 100000 * kYuan, 80000 * kYuan) == 0);             // 20 %
    CHECK(payplans::accuracyBonus(v, std::nullopt, 80000 * kYuan) == 0);               // never committed
    CHECK(payplans::accuracyBonus(v, 0, 0) == 0);
    v.accuracyBonusCents = 0;
    CHECK(payplans::accuracyBonus(v, 100000 * kYuan, 100000 * kYuan) == 0);
}

TEST_CASE("the activity bonus follows the norm pro rata and stops at the full bonus")
{
    PlanVersion v;
    v.activityBonusCents = 600 * kYuan;
    v.activityNorm = 40;
    CHECK(payplans::activityBonus(v, 0) == 0);
    CHECK(payplans::activityBonus(v, 10) == 150 * kYuan);
    CHECK(payplans::activityBonus(v, 40) == 600 * kYuan);
    CHECK(payplans::activityBonus(v, 90) == 600 * kYuan);
    v.activityNorm = 0;
    CHECK(payplans::activityBonus(v, 90) == 0);
}

TEST_CASE("terms a plan cannot have are refused, each at its field")
{
    PayPlan plan;
    plan.name = QStringLiteral("销售代表 2026");
    plan.role = UserRole::Rep;
    PlanVersion v = versionFrom(QDate(2026, 1, 1), 8000 * kYuan);
    v.commissions = {{CommissionBase::Won, 300}, {CommissionBase::Received, 200}};
    v.tiers = exampleTiers();
    CHECK(errorFields(plan, v).isEmpty());

    PayPlan both = plan;
    both.userId = 3;
    CHECK(errorFields(both, v) == QStringList{QStringLiteral("role")});

    PlanVersion midMonth = v;
    midMonth.effectiveFrom = QDate(2026, 1, 15);
    CHECK(errorFields(plan, midMonth) == QStringList{QStringLiteral("effective_from")});
    PayPlan quarterly = plan;
    quarterly.period = PlanPeriod::Quarter;
    PlanVersion february = v;
    february.effectiveFrom = QDate(2026, 2, 1);
    CHECK(errorFields(quarterly, february) == QStringList{QStringLiteral("effective_from")});

    PlanVersion bad = v;
    bad.basePayCents = -1;
    bad.commissions = {{CommissionBase::Margin, 10001}};
    bad.tiers = {{10, 500}, {5, 20000}};
    bad.capCents = -5;
    CHECK(errorFields(plan, bad)
          == QStringList{QStringLiteral("base_pay"), QStringLiteral("commission.rate"), QStringLiteral("tiers"),
                         QStringLiteral("tiers"), QStringLiteral("tiers"), QStringLiteral("cap")});

    // An activity bonus with no norm would never be paid (activityBonus above): refused.
    PlanVersion noNorm = v;
    noNorm.activityBonusCents = 500 * kYuan;
    CHECK(errorFields(plan, noNorm) == QStringList{QStringLiteral("activity_norm")});
    noNorm.activityNorm = 40;
    CHECK(errorFields(plan, noNorm).isEmpty());
    PlanVersion longNote = v;
    longNote.note = QString(1001, QLatin1Char('x'));
    CHECK(errorFields(plan, longNote) == QStringList{QStringLiteral("note")});
}

TEST_CASE("plan periods and commission bases read back as stored")
{
    for (const CommissionBase base : {CommissionBase::Won, CommissionBase::Received, CommissionBase::Margin}) {
        CommissionBase back{};
        REQUIRE(parseCommissionBase(toString(base), &back));
        CHECK(back == base);
    }
    PlanPeriod period{};
    CHECK(parsePlanPeriod(QStringLiteral("quarter"), &period));
    CHECK(period == PlanPeriod::Quarter);
    CHECK_FALSE(parsePlanPeriod(QStringLiteral("year"), &period));
}
