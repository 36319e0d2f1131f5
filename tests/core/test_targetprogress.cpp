// Target tree (DEFINITIONS.md §8): targets, allocation balance, achieved and weighted
// pipeline credited by performance splits (业绩拆分), on a hand-built office. The worked
// example is article 004's: ¥1,000,000 split 70/30 counts ¥70,000 / ¥30,000 at a 10 % win
// rate and ¥700,000 / ¥300,000 when won.
#include "builders.h"
#include "catchqt.h"
#include "clirun.h"
#include "targetoffice.h"
#include "tempdatabase.h"

#include "analytics/targetprogress.h"
#include "domain/errors.h"
#include "domain/target.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/targetrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fd;
using namespace fd::analytics;

namespace {

constexpr qint64 kYuan = 100;

QDateTime at(int month, int day, int hour = 9)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

struct Office : test::TargetOffice
{
    qint64 customer = b.customer(QStringLiteral("上海华信科技有限公司"));
    OpportunityRepository deals{t.db()};

    qint64 deal(qint64 owner, qint64 yuan, int stage, const QDate &close, QList<TeamMember> team = {},
                SplitForm form = SplitForm::Percent)
    {
        Opportunity o;
        o.title = QStringLiteral("商机 %1").arg(yuan);
        o.customerId = customer;
        o.ownerId = owner;
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages.at(stage).id;
        o.amount = {yuan * kYuan, QStringLiteral("CNY")};
        o.expectedCloseDate = close;
        o.team = team;
        o.splitForm = form;
        return deals.create(o);
    }
    void win(qint64 id, const QDateTime &when)
    {
        const QDateTime now = t.clock().now();
        t.clock().set(when);
        deals.setOutcome(id, OpportunityStatus::Won);
        t.clock().set(now);
    }
    void target(const QString &period, TargetLevel level, qint64 subject, qint64 yuan)
    {
        Target tg;
        tg.period = period;
        tg.level = level;
        tg.subjectId = subject;
        tg.amount = {yuan * kYuan, QStringLiteral("CNY")};
        TargetRepository(t.db()).set(tg);
    }
    static TeamMember member(qint64 user, const QString &role, std::optional<int> percent,
                             std::optional<qint64> yuan = {})
    {
        TeamMember m;
        m.userId = user;
        m.role = role;
        m.splitPercent = percent;
        if (yuan)
            m.splitAmountCents = *yuan * kYuan;
        return m;
    }
    // The 004 example: ¥1,000,000 in 初步接洽 (10 %), owner 张伟 70 %, supporter 李娜 30 %,
    // created on 2 November and expected to close on 28 November.
    qint64 example()
    {
        t.clock().set(at(11, 2));
        const qint64 id = deal(
            zhang, 1000000, 0, QDate(2026, 11, 28),
            {member(zhang, QStringLiteral("owner"), 70), member(li, QStringLiteral("supporter"), 30)});
        t.clock().set(test::TempDatabase::defaultNow());
        return id;
    }
};

const TargetNode &node(const TargetProgress &p, TargetNodeKind kind, qint64 subject)
{
    const int i = p.find(kind, subject);
    REQUIRE(i >= 0);
    return p.nodes[size_t(i)];
}

} // namespace

TEST_CASE("004 worked example: a 70/30 split counts 70,000 / 30,000 at 10 % and 700,000 / 300,000 when won",
          "[targets]")
{
    Office o;
    const qint64 id = o.example();

    TargetProgress p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).weightedPipeline == 70000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.li).weightedPipeline == 30000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).achieved == 0);
    CHECK(node(p, TargetNodeKind::Team, o.eastTeam).weightedPipeline == 100000 * kYuan);
    CHECK(node(p, TargetNodeKind::Region, o.east).weightedPipeline == 100000 * kYuan);
    CHECK(node(p, TargetNodeKind::Region, o.south).weightedPipeline == 0);
    CHECK(p.nodes.at(0).kind == TargetNodeKind::Company);
    CHECK(p.nodes.at(0).weightedPipeline == 100000 * kYuan);

    o.win(id, at(11, 20));
    p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).achieved == 700000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.li).achieved == 300000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).weightedPipeline == 0);
    CHECK(node(p, TargetNodeKind::Team, o.eastTeam).achieved == 1000000 * kYuan);
    CHECK(p.nodes.at(0).achieved == 1000000 * kYuan);

    // As of the day before the win the deal is still open pipeline (nothing after T is used).
    p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"), at(11, 19, 23));
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).achieved == 0);
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).weightedPipeline == 70000 * kYuan);
    // Before it was created there is nothing.
    p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"), at(11, 1));
    CHECK(p.nodes.at(0).weightedPipeline == 0);
}

TEST_CASE("Targets, allocation to children and the unallocated balance, completion and gap", "[targets]")
{
    Office o;
    o.win(o.example(), at(11, 20));
    o.target(QStringLiteral("2026-11"), TargetLevel::Company, 0, 2000000);
    o.target(QStringLiteral("2026-11"), TargetLevel::Region, o.east, 1200000);
    o.target(QStringLiteral("2026-11"), TargetLevel::Region, o.south, 600000);
    o.target(QStringLiteral("2026-11"), TargetLevel::Team, o.eastTeam, 1300000); // more than its region
    o.target(QStringLiteral("2026-11"), TargetLevel::Rep, o.zhang, 800000);

    const TargetProgress p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    const TargetNode &company = p.nodes.at(0);
    REQUIRE(company.target);
    CHECK(*company.target == 2000000 * kYuan);
    CHECK(company.childTargets == 1800000 * kYuan);
    CHECK(*company.unallocated == 200000 * kYuan);
    CHECK(*company.gap == 1000000 * kYuan);
    CHECK(*company.completion == Approx(0.5));

    const TargetNode &east = node(p, TargetNodeKind::Region, o.east);
    CHECK(*east.unallocated == -100000 * kYuan); // over-allocated
    const TargetNode &team = node(p, TargetNodeKind::Team, o.eastTeam);
    CHECK(team.childTargets == 800000 * kYuan); // 李娜 has none
    CHECK(*team.unallocated == 500000 * kYuan);
    const TargetNode &zhang = node(p, TargetNodeKind::Rep, o.zhang);
    CHECK(*zhang.completion == Approx(0.875));
    CHECK(*zhang.gap == 100000 * kYuan);
    CHECK_FALSE(zhang.unallocated); // a rep has no children
    const TargetNode &li = node(p, TargetNodeKind::Rep, o.li);
    CHECK_FALSE(li.target);
    CHECK_FALSE(li.completion);
    CHECK_FALSE(li.gap);
    const TargetNode &southTeam = node(p, TargetNodeKind::Team, o.southTeam);
    CHECK_FALSE(southTeam.target);
    CHECK(southTeam.childTargets == 0);
    CHECK_FALSE(southTeam.unallocated);

    // 2026-11-23 09:00 is 22 days 9 hours into a 30-day month.
    CHECK(p.timeProgress == Approx((22.0 + 9.0 / 24.0) / 30.0));
    // The tree: company → regions → teams → reps, each child after its parent.
    CHECK(node(p, TargetNodeKind::Team, o.eastTeam).parent == p.find(TargetNodeKind::Region, o.east));
    CHECK(zhang.parent == p.find(TargetNodeKind::Team, o.eastTeam));
}

TEST_CASE("A quarter or year without its own target sums its months, a deal won outside the period is not counted",
          "[targets]")
{
    Office o;
    o.win(o.example(), at(11, 20));
    // 王强: ¥400,000 won in October, no split rows → 100 % to the owner.
    o.t.clock().set(at(10, 1));
    const qint64 october = o.deal(o.wang, 400000, 1, QDate(2026, 10, 20));
    o.t.clock().set(test::TempDatabase::defaultNow());
    o.win(october, at(10, 15));
    o.target(QStringLiteral("2026-10"), TargetLevel::Rep, o.wang, 300000);
    o.target(QStringLiteral("2026-11"), TargetLevel::Rep, o.wang, 500000);

    const TargetProgress nov = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    CHECK(node(nov, TargetNodeKind::Rep, o.wang).achieved == 0);
    CHECK(nov.nodes.at(0).achieved == 1000000 * kYuan);
    CHECK_FALSE(node(nov, TargetNodeKind::Rep, o.wang).targetDerived);

    const TargetProgress oct = computeTargetProgress(o.t.db(), QStringLiteral("2026-10"));
    CHECK(node(oct, TargetNodeKind::Rep, o.wang).achieved == 400000 * kYuan);
    CHECK(node(oct, TargetNodeKind::Region, o.south).achieved == 400000 * kYuan);
    CHECK(oct.nodes.at(0).achieved == 400000 * kYuan);
    CHECK(oct.timeProgress == Approx(1.0));

    const TargetProgress q4 = computeTargetProgress(o.t.db(), QStringLiteral("2026-Q4"));
    const TargetNode &wang = node(q4, TargetNodeKind::Rep, o.wang);
    CHECK(*wang.target == 800000 * kYuan);
    CHECK(wang.targetDerived);
    CHECK(wang.achieved == 400000 * kYuan);
    CHECK(q4.nodes.at(0).achieved == 1400000 * kYuan);
    const TargetProgress year = computeTargetProgress(o.t.db(), QStringLiteral("2026"));
    CHECK(*node(year, TargetNodeKind::Rep, o.wang).target == 800000 * kYuan);
    CHECK(year.nodes.at(0).achieved == 1400000 * kYuan);
    // A year's own row wins over its months.
    o.target(QStringLiteral("2026"), TargetLevel::Rep, o.wang, 5000000);
    CHECK(*node(computeTargetProgress(o.t.db(), QStringLiteral("2026")), TargetNodeKind::Rep, o.wang).target
          == 5000000 * kYuan);

    CHECK_THROWS_AS(computeTargetProgress(o.t.db(), QStringLiteral("2026-13")), ValidationError);
}

TEST_CASE("A split by amount credits the amounts, weighted by the win rate", "[targets]")
{
    Office o;
    // ¥500,000 in 报价 (50 %): 王强 ¥400,000, 李娜 ¥100,000 by amount.
    const qint64 id = o.deal(o.wang, 500000, 2, QDate(2026, 11, 30),
                             {Office::member(o.wang, QStringLiteral("owner"), {}, 400000),
                              Office::member(o.li, QStringLiteral("supporter"), {}, 100000)},
                             SplitForm::Amount);
    TargetProgress p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    CHECK(node(p, TargetNodeKind::Rep, o.wang).weightedPipeline == 200000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.li).weightedPipeline == 50000 * kYuan);
    // Credit follows the person, not the deal's team: 李娜's share rolls up to 华东.
    CHECK(node(p, TargetNodeKind::Region, o.east).weightedPipeline == 50000 * kYuan);
    CHECK(node(p, TargetNodeKind::Region, o.south).weightedPipeline == 200000 * kYuan);
    o.win(id, at(11, 23, 9));
    p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    CHECK(node(p, TargetNodeKind::Rep, o.wang).achieved == 400000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.li).achieved == 100000 * kYuan);
    CHECK(p.nodes.at(0).achieved == 500000 * kYuan);
}

TEST_CASE("People without a team and teams without a region are grouped, never lost from the company total",
          "[targets]")
{
    Office o;
    const qint64 loner = o.b.user(QStringLiteral("赵敏"));
    const qint64 looseTeam = o.b.team(QStringLiteral("大客户组"));
    const qint64 member = o.b.user(QStringLiteral("孙丽"), looseTeam);
    o.t.clock().set(at(11, 1));
    const qint64 first = o.deal(loner, 100000, 0, QDate(2026, 11, 10));
    const qint64 second = o.deal(member, 50000, 0, QDate(2026, 11, 10));
    o.t.clock().set(test::TempDatabase::defaultNow());
    o.win(first, at(11, 10));
    o.win(second, at(11, 11));
    const TargetProgress p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    const TargetNode &lonerNode = node(p, TargetNodeKind::Rep, loner);
    const TargetNode &noTeam = p.nodes.at(size_t(lonerNode.parent));
    CHECK(noTeam.unassigned);
    CHECK(noTeam.kind == TargetNodeKind::Team);
    const TargetNode &noRegion = p.nodes.at(size_t(noTeam.parent));
    CHECK(noRegion.unassigned);
    CHECK(noRegion.achieved == 150000 * kYuan);
    CHECK(node(p, TargetNodeKind::Team, looseTeam).parent == noTeam.parent);
    CHECK(p.nodes.at(0).achieved == 150000 * kYuan);
    // A manager who neither sells nor has a target stays off the tree.
    const qint64 boss = o.b.user(QStringLiteral("周总"), o.eastTeam, QStringLiteral("manager"));
    CHECK(computeTargetProgress(o.t.db(), QStringLiteral("2026-11")).find(TargetNodeKind::Rep, boss) == -1);
}

TEST_CASE("funneldesk-cli targets prints the tree as snake_case JSON in cents", "[targets][cli]")
{
    Office o;
    o.win(o.example(), at(11, 20));
    o.target(QStringLiteral("2026-11"), TargetLevel::Company, 0, 2000000);
    o.target(QStringLiteral("2026-11"), TargetLevel::Region, o.east, 1200000);
    o.target(QStringLiteral("2026-11"), TargetLevel::Rep, o.zhang, 800000);
    const QString db = o.t.path();
    const test::CliRun r = test::runCliWith({QStringLiteral("--db"), db, QStringLiteral("targets"),
                                             QStringLiteral("--period"), QStringLiteral("2026-11"),
                                             QStringLiteral("--as-of"), QStringLiteral("2026-11-23")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("period")).toString() == QStringLiteral("2026-11"));
    CHECK(root.value(QStringLiteral("period_end")).toString() == QStringLiteral("2026-11-30"));
    CHECK(root.value(QStringLiteral("time_progress")).toDouble() == Approx(23.0 / 30.0 - 1.0 / 86400.0 / 30.0));
    const QJsonObject company = root.value(QStringLiteral("company")).toObject();
    CHECK(company.value(QStringLiteral("level")).toString() == QStringLiteral("company"));
    CHECK(company.value(QStringLiteral("target_cents")).toDouble() == 2000000.0 * kYuan);
    CHECK(company.value(QStringLiteral("allocated_cents")).toDouble() == 1200000.0 * kYuan);
    CHECK(company.value(QStringLiteral("unallocated_cents")).toDouble() == 800000.0 * kYuan);
    CHECK(company.value(QStringLiteral("achieved_cents")).toDouble() == 1000000.0 * kYuan);
    CHECK(company.value(QStringLiteral("completion")).toDouble() == Approx(0.5));
    const QJsonObject east = company.value(QStringLiteral("children")).toArray().at(0).toObject();
    CHECK(east.value(QStringLiteral("name")).toString() == QStringLiteral("华东区"));
    CHECK(east.value(QStringLiteral("id")).toInt() == o.east);
    const QJsonArray reps =
        east.value(QStringLiteral("children")).toArray().at(0).toObject().value(QStringLiteral("children")).toArray();
    REQUIRE(reps.size() == 2);
    CHECK(reps.at(0).toObject().value(QStringLiteral("achieved_cents")).toDouble() == 700000.0 * kYuan);
    CHECK(reps.at(0).toObject().value(QStringLiteral("gap_cents")).toDouble() == 100000.0 * kYuan);
    CHECK(reps.at(1).toObject().value(QStringLiteral("achieved_cents")).toDouble() == 300000.0 * kYuan);
    CHECK(reps.at(1).toObject().value(QStringLiteral("target_cents")).isNull());

    // As of 19 November the deal was still open: weighted 70,000 / 30,000, nothing achieved.
    const test::CliRun before = test::runCliWith({QStringLiteral("--db"), db, QStringLiteral("targets"),
                                                  QStringLiteral("--period"), QStringLiteral("2026-11"),
                                                  QStringLiteral("--as-of"), QStringLiteral("2026-11-19")});
    REQUIRE(before.code == 0);
    const QJsonObject early =
        QJsonDocument::fromJson(before.out.toUtf8()).object().value(QStringLiteral("company")).toObject();
    CHECK(early.value(QStringLiteral("achieved_cents")).toDouble() == 0.0);
    CHECK(early.value(QStringLiteral("weighted_pipeline_cents")).toDouble() == 100000.0 * kYuan);

    const test::CliRun missing = test::runCliWith({QStringLiteral("--db"), db, QStringLiteral("targets")});
    CHECK(missing.code != 0);
    CHECK(missing.err.contains(QStringLiteral("--period")));
    const test::CliRun bad = test::runCliWith(
        {QStringLiteral("--db"), db, QStringLiteral("targets"), QStringLiteral("--period"), QStringLiteral("2026-13")});
    CHECK(bad.code != 0);
    CHECK(bad.err.contains(QStringLiteral("2026-13")));
    CHECK(bad.out.isEmpty());
}
