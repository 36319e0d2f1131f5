// The monthly statement (绩效单, DEFINITIONS.md §14) computed by hand: the engine on inputs
// written here, then the office of statementoffice.h on a real database — tiers, a cap that
// bites, won and received commission, a write-off's claw-back of commission paid in October,
// 超额 and 整额 credits flowing into pay, each person paid once per deal.
#include "catchqt.h"
#include "statementoffice.h"

#include "analytics/resultsanalysis.h"
#include "analytics/statement.h"
#include "analytics/statementbook.h"

#include <QJsonDocument>

using namespace fd;
using namespace fd::analytics;
using namespace fd::test;

namespace {

constexpr qint64 Y = StatementOffice::Y;

StatementDeal deal(qint64 id, qint64 creditYuan, std::optional<qint64> marginCreditYuan = std::nullopt)
{
    StatementDeal d;
    d.dealId = id;
    d.title = QStringLiteral("D%1").arg(id);
    d.wonOn = QDate(2026, 11, 5);
    d.amountCents = creditYuan * Y;
    d.creditCents = creditYuan * Y;
    if (marginCreditYuan)
        d.marginCredit = *marginCreditYuan * Y;
    return d;
}

StatementInputs novemberOfZhang()
{
    StatementInputs in;
    in.userId = 7;
    in.userName = QStringLiteral("张伟");
    in.month = QStringLiteral("2026-11");
    in.plans = {StatementOffice::plan()};
    in.plans[0].versions[0].commissions.append({CommissionBase::Margin, 0}); // a rule at 0 % pays nothing
    in.plans[0].versions[0].accuracyBonusCents = 1000 * Y;
    in.plans[0].versions[0].accuracyTolerancePercent = 10;
    in.target = 500000 * Y;
    in.committed = 650000 * Y;
    in.activities = 5;
    in.deals = {deal(1, 600000, 150000), deal(2, 100000)};
    StatementReceipt r;
    r.receiptId = 1;
    r.amountCents = 200000 * Y;
    r.creditCents = 200000 * Y;
    in.receipts = {r};
    StatementWriteOff w;
    w.adjustmentId = 9;
    w.writtenOffOn = QDate(2026, 11, 15);
    w.dealWonOn = QDate(2026, 10, 10);
    w.amountCents = 10000 * Y;
    w.creditCents = 10000 * Y;
    w.dealCreditCents = 100000 * Y;
    in.writeOffs = {w};
    return in;
}

} // namespace

TEST_CASE("Statement engine: tiers, a cap that bites, won and received rules, bonuses, claw-back", "[statement]")
{
    const Statement s = computeStatement(novemberOfZhang());
    CHECK(s.planName == QStringLiteral("销售月度方案"));
    CHECK(s.settles);
    CHECK(s.creditedWon == 700000 * Y);
    CHECK(s.completionPermille == 1400);
    CHECK(amountOf(s, StatementComponent::Base) == 8000 * Y);
    // 2 % × 700,000; 1 % × 200,000; margin at 0 % of 150,000.
    CHECK(amountOf(s, StatementComponent::Commission, 0) == 14000 * Y);
    CHECK(amountOf(s, StatementComponent::Commission, 1) == 2000 * Y);
    CHECK(componentOf(s, StatementComponent::Commission, 2)->baseCents == 150000 * Y);
    CHECK(amountOf(s, StatementComponent::Commission, 2) == 0);
    // 16,000 × 120 / 140 = 13,714.29: effect −2,285.71; bands 4,571.43 / 2,285.71 / 6,857.15.
    CHECK(amountOf(s, StatementComponent::Tiers) == -228571);
    CHECK(amountOf(s, StatementComponent::Band, 0) == 457143);
    CHECK(componentOf(s, StatementComponent::Band, 0)->baseCents == 914286);
    CHECK(amountOf(s, StatementComponent::Band, 1) == 228571);
    CHECK(amountOf(s, StatementComponent::Band, 2) == 685715);
    CHECK_FALSE(componentOf(s, StatementComponent::Band, 2)->toPercent.has_value());
    CHECK(amountOf(s, StatementComponent::Cap) == -171429);
    // Committed 650,000, won 700,000: 7.69 % off, within 10 %: the whole 1,000.
    CHECK(amountOf(s, StatementComponent::Accuracy) == 1000 * Y);
    CHECK(amountOf(s, StatementComponent::Activity) == 250 * Y);
    // The write-off of 10,000 on a deal won in October under the 2 % won rule: −200.
    CHECK(amountOf(s, StatementComponent::Clawback) == -200 * Y);
    CHECK(componentOf(s, StatementComponent::Clawback, 1) == nullptr); // received commission is never clawed back
    CHECK(s.ownCents == (8000 + 12000 + 1000 + 250 - 200) * Y);
    CHECK(s.totalCents == s.ownCents);

    // Missing the commitment by 15 %: 1,000 × (20 − 15) / 10 = 500; no target: × 1.0, no cap bite.
    StatementInputs in = novemberOfZhang();
    in.committed = qint64(700000 * Y / 0.85 + 0.5);
    in.target.reset();
    in.writeOffs.clear();
    const Statement noTarget = computeStatement(in);
    CHECK(amountOf(noTarget, StatementComponent::Accuracy) == 500 * Y);
    CHECK(amountOf(noTarget, StatementComponent::Tiers) == 0);
    CHECK(componentOf(noTarget, StatementComponent::Band) == nullptr);
    CHECK(amountOf(noTarget, StatementComponent::Cap) == -4000 * Y); // 16,000 capped at 12,000
}

TEST_CASE("Statement engine: claw-backs never exceed what was paid on the contract", "[statement]")
{
    StatementInputs in = novemberOfZhang();
    // 95,000 already written off before; 2 % of the deal's 100,000 = 2,000 paid, 1,900 taken back:
    // of this 10,000 (200) only 100 is left.
    in.writeOffs[0].priorCreditCents = 95000 * Y;
    CHECK(amountOf(computeStatement(in), StatementComponent::Clawback) == -100 * Y);
    in.writeOffs[0].priorCreditCents = 100000 * Y;
    CHECK(componentOf(computeStatement(in), StatementComponent::Clawback) == nullptr);
    // A margin rule claws back at its rate too, within the margin commission paid.
    in = novemberOfZhang();
    in.plans[0].versions[0].commissions = {{CommissionBase::Margin, 1000}};
    in.writeOffs[0].dealMarginCredit = 500 * Y; // 10 % × 500 = 50 paid on the deal's margin
    CHECK(amountOf(computeStatement(in), StatementComponent::Clawback) == -50 * Y);
}

TEST_CASE("Statement engine: a quarter plan pays commission on the quarter's last month", "[statement]")
{
    StatementInputs in = novemberOfZhang();
    in.plans[0].period = PlanPeriod::Quarter;
    in.plans[0].versions[0].effectiveFrom = QDate(2026, 10, 1);
    in.writeOffs.clear();
    const Statement november = computeStatement(in);
    CHECK(november.planPeriodLabel == QStringLiteral("2026-Q4"));
    CHECK_FALSE(november.settles);
    CHECK(november.ownCents == 8000 * Y); // base pay only
    in.month = QStringLiteral("2026-12");
    const Statement december = computeStatement(in);
    CHECK(december.settles);
    CHECK(amountOf(december, StatementComponent::Commission) == 14000 * Y);
    // No plan in force yet: nothing.
    in.month = QStringLiteral("2026-09");
    CHECK(computeStatement(in).planName.isEmpty());
    CHECK(computeStatement(in).ownCents == 0);
}

TEST_CASE("Statement as JSON reads back exactly", "[statement]")
{
    StatementInputs in = novemberOfZhang();
    in.closedPeriods = {{QStringLiteral("2026-10"), 1000000, 1030000, {QStringLiteral("contract HT receipt removed")}}};
    const Statement s = computeStatement(in);
    CHECK(amountOf(s, StatementComponent::Adjustment) == -300 * Y);
    CHECK(s.totalCents == s.ownCents - 300 * Y);
    const QJsonObject json = toJson(s);
    CHECK(toJson(statementFromJson(json)) == json);
}

TEST_CASE("Statements of the office's November by hand, 超额 and 整额 credits paid once each", "[statement]")
{
    StatementOffice o;
    StatementSource source(o.tdb.db(), QDateTime());
    const auto statement = [&](qint64 user, const char *month) {
        return computeStatement(source.inputs(user, QLatin1String(month), o.plans));
    };
    CHECK(source.people(QStringLiteral("2026-11"), o.plans) == QList<qint64>{o.zhang, o.li, o.chen, o.zhou});
    const Statement zhang = statement(o.zhang, "2026-11");
    // D1 (超额, his 100 %) and D2 (整额, overlay): each once.
    REQUIRE(zhang.deals.size() == 2);
    CHECK(zhang.deals[0].dealId == o.d1);
    CHECK(zhang.deals[0].creditCents == 600000 * Y);
    CHECK(zhang.deals[0].form == SplitForm::Over);
    CHECK(zhang.deals[1].dealId == o.d2);
    CHECK(zhang.deals[1].creditCents == 100000 * Y);
    CHECK(zhang.deals[1].customer == QStringLiteral("乙公司"));
    REQUIRE(zhang.receipts.size() == 1);
    CHECK(zhang.receipts[0].contractNumber == QStringLiteral("HT-2026-001"));
    CHECK(zhang.receipts[0].creditCents == 200000 * Y);
    REQUIRE(zhang.writeOffs.size() == 1);
    CHECK(zhang.writeOffs[0].dealWonOn == QDate(2026, 10, 10));
    CHECK(zhang.target == 500000 * Y);
    CHECK(zhang.completionPermille == 1400);
    CHECK(amountOf(zhang, StatementComponent::Commission, 0) == 14000 * Y);
    CHECK(amountOf(zhang, StatementComponent::Commission, 1) == 2000 * Y);
    CHECK(amountOf(zhang, StatementComponent::Tiers) == -228571);
    CHECK(amountOf(zhang, StatementComponent::Cap) == -171429);
    CHECK(amountOf(zhang, StatementComponent::Activity) == 250 * Y);
    CHECK(amountOf(zhang, StatementComponent::Clawback) == -200 * Y);
    CHECK(zhang.totalCents == 20050 * Y);
    CHECK(zhang.status == StatementStatus::Open);

    const Statement li = statement(o.li, "2026-11");
    CHECK(li.creditedWon == 100000 * Y);
    CHECK(amountOf(li, StatementComponent::Tiers) == -1000 * Y);
    CHECK(li.totalCents == 9000 * Y);
    const Statement chen = statement(o.chen, "2026-11");
    CHECK(chen.creditedWon == 180000 * Y);
    CHECK(chen.receipts.size() == 1);
    CHECK(chen.receipts[0].creditCents == 60000 * Y);
    CHECK(chen.totalCents == 12200 * Y);
    CHECK(statement(o.zhou, "2026-11").totalCents == 8000 * Y);
    // The company won each deal once: 700,000; the people are credited 980,000.
    CHECK(zhang.creditedWon + li.creditedWon + chen.creditedWon == 980000 * Y);
    // October: 张伟 10,300 (no target: × 1.0).
    CHECK(statement(o.zhang, "2026-10").totalCents == 10300 * Y);
}

TEST_CASE("Sales efficiency sets each rep's statements for the window's months beside their output",
          "[statement][efficiency]")
{
    StatementOffice o;
    o.storePlans();
    ResultsQuery q;
    q.from = QDate(2026, 10, 1);
    q.to = QDate(2026, 11, 30);
    const ResultsAnalysis r = computeResults(o.tdb.db(), q);
    const auto rep = [&r](qint64 user) -> const RepEfficiency * {
        for (const RepEfficiency &e : r.reps) {
            if (e.userId == user)
                return &e;
        }
        return nullptr;
    };
    // 张伟: October ¥10,300 + November ¥20,050 (the hand-computed statements above).
    const RepEfficiency *zhang = rep(o.zhang);
    REQUIRE(zhang);
    CHECK(zhang->pay == std::optional<qint64>((10300 + 20050) * Y));
    REQUIRE(zhang->payShare);
    CHECK(*zhang->payShare == Approx(double(30350 * Y) / double(zhang->wonAmount)));
    // 李娜's November, as the statement book gives it.
    const RepEfficiency *li = rep(o.li);
    REQUIRE(li);
    StatementBook book(o.tdb.db(), o.plans);
    CHECK(li->pay
          == std::optional<qint64>(book.statement(o.li, QStringLiteral("2026-10")).totalCents
                                   + book.statement(o.li, QStringLiteral("2026-11")).totalCents));
    CHECK(li->pay == std::optional<qint64>(9000 * Y + book.statement(o.li, QStringLiteral("2026-10")).totalCents));

    // Without a start the window has no months to pay: no pay shown.
    q.from = QDate();
    const ResultsAnalysis open = computeResults(o.tdb.db(), q);
    for (const RepEfficiency &e : open.reps)
        CHECK_FALSE(e.pay);
}
