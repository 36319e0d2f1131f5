// The four performance split forms (业绩拆分: 百分比, 按金额, 整额, 超额) with hand-computed
// credits: the one credit function, the repository's located refusals, the target tree that
// counts each deal once in teams, regions and the company while each person keeps their
// credit, and the import's splits columns. On a SQLite file and on the PostgreSQL cluster.
#include "builders.h"
#include "catchqt.h"
#include "targetoffice.h"
#include "tempdatabase.h"

#include "analytics/dashboardfigures.h"
#include "analytics/targetprogress.h"
#include "domain/errors.h"
#include "domain/splitcredit.h"
#include "io/importer.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

using namespace fd;
using namespace fd::analytics;

namespace {

constexpr qint64 kYuan = 100;

TeamMember percent(qint64 user, int p)
{
    TeamMember m;
    m.userId = user;
    m.splitPercent = p;
    return m;
}

TeamMember amount(qint64 user, qint64 yuan)
{
    TeamMember m;
    m.userId = user;
    m.splitAmountCents = yuan * kYuan;
    return m;
}

QList<qint64> cents(const QList<splits::Credit> &credits)
{
    QList<qint64> out;
    for (const splits::Credit &c : credits)
        out << c.cents;
    return out;
}

// 华东: team 华东一组 with 张伟 and 李娜; 华南: team 华南一组 with 王强.
struct Office : test::TargetOffice
{
    qint64 customer = b.customer(QStringLiteral("上海华信科技有限公司"));
    OpportunityRepository deals{t.db()};

    Opportunity draft(qint64 owner, qint64 yuan, int stage, SplitForm form, QList<TeamMember> team)
    {
        Opportunity o;
        o.title = QStringLiteral("商机 %1").arg(yuan);
        o.customerId = customer;
        o.ownerId = owner;
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages.at(stage).id;
        o.amount = {yuan * kYuan, QStringLiteral("CNY")};
        o.expectedCloseDate = QDate(2026, 11, 28);
        o.splitForm = form;
        o.team = team;
        return o;
    }
    qint64 deal(qint64 owner, qint64 yuan, int stage, SplitForm form, QList<TeamMember> team)
    {
        Opportunity o = draft(owner, yuan, stage, form, team);
        return deals.create(o);
    }
    void win(qint64 id)
    {
        t.clock().set(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        deals.setOutcome(id, OpportunityStatus::Won);
        t.clock().set(test::TempDatabase::defaultNow());
    }
    // The located errors a save of `o` is refused with.
    QList<FieldError> refusal(Opportunity o)
    {
        try {
            deals.create(o);
        } catch (const ValidationError &e) {
            return e.errors();
        }
        FAIL("the split was stored");
        return {};
    }
    QString file(const QString &name, const QString &text) { return t.writeFile(name, text); }
};

const TargetNode &node(const TargetProgress &p, TargetNodeKind kind, qint64 subject)
{
    const int i = p.find(kind, subject);
    REQUIRE(i >= 0);
    return p.nodes[size_t(i)];
}

bool mentions(const QList<FieldError> &errors, const QString &field, const QString &value, const QString &words)
{
    for (const FieldError &e : errors) {
        if (e.field == field && e.value == value && e.reason.contains(words))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Each split form credits what it says, by hand", "[splits]")
{
    const qint64 owner = 1, se = 2, third = 3;
    // 百分比: the 004 example, and cumulative rounding that never loses or adds a cent.
    CHECK(cents(splits::credits(SplitForm::Percent, 1000000 * kYuan, 10, {percent(owner, 70), percent(se, 30)}, owner))
          == QList<qint64>{70000 * kYuan, 30000 * kYuan});
    CHECK(cents(splits::credits(SplitForm::Percent, 1000000 * kYuan, 100, {percent(owner, 70), percent(se, 30)}, owner))
          == QList<qint64>{700000 * kYuan, 300000 * kYuan});
    // ¥100.01 in thirds 33/33/34: 33.0033 → 33.00, 66.0066 → 66.01 (so 33.01), the rest 34.00.
    CHECK(cents(splits::credits(SplitForm::Percent, 10001, 100,
                                {percent(owner, 33), percent(se, 33), percent(third, 34)}, owner))
          == QList<qint64>{3300, 3301, 3400});
    // 按金额: ¥700,000 / ¥300,000 of ¥1,000,000 follow the amount (now ¥1,200,000) and the win rate.
    const QList<TeamMember> byAmount{amount(owner, 700000), amount(se, 300000)};
    CHECK(cents(splits::credits(SplitForm::Amount, 1000000 * kYuan, 100, byAmount, owner))
          == QList<qint64>{700000 * kYuan, 300000 * kYuan});
    CHECK(cents(splits::credits(SplitForm::Amount, 1200000 * kYuan, 50, byAmount, owner))
          == QList<qint64>{420000 * kYuan, 180000 * kYuan});
    // 整额: each the whole ¥1,000,000 × 30 % = ¥300,000.
    CHECK(cents(splits::credits(SplitForm::Whole, 1000000 * kYuan, 30, {percent(owner, 100), percent(se, 100)}, owner))
          == QList<qint64>{300000 * kYuan, 300000 * kYuan});
    // 超额: owner 100 % + solution engineer 30 %: ¥1,000,000 and ¥300,000 when won (¥1,300,000
    // credited in all); at 10 % ¥100,000 and ¥30,000; ¥333.33 × 30 % × 10 % = 999.99 fen → ¥10.00.
    CHECK(cents(splits::credits(SplitForm::Over, 1000000 * kYuan, 100, {percent(owner, 100), percent(se, 30)}, owner))
          == QList<qint64>{1000000 * kYuan, 300000 * kYuan});
    CHECK(cents(splits::credits(SplitForm::Over, 1000000 * kYuan, 10, {percent(owner, 100), percent(se, 30)}, owner))
          == QList<qint64>{100000 * kYuan, 30000 * kYuan});
    CHECK(cents(splits::credits(SplitForm::Over, 33333, 10, {percent(se, 30)}, owner)) == QList<qint64>{1000});
    // No team: the owner carries the deal.
    const QList<splits::Credit> alone = splits::credits(SplitForm::Over, 500000 * kYuan, 50, {}, owner);
    REQUIRE(alone.size() == 1);
    CHECK(alone.first().userId == owner);
    CHECK(alone.first().cents == 250000 * kYuan);
    // A team there for the work (presales at 0 %), not for credit: the owner carries the deal.
    const QList<splits::Credit> work = splits::credits(SplitForm::Percent, 500000 * kYuan, 50, {percent(se, 0)}, owner);
    REQUIRE(work.size() == 1);
    CHECK(work.first().userId == owner);
    CHECK(work.first().cents == 250000 * kYuan);
    CHECK(splits::dealValue(1000000 * kYuan, 10) == 100000 * kYuan);
}

TEST_CASE("A split its form does not allow is refused with located messages, and 整额 stores no numbers", "[splits]")
{
    Office o;
    // 百分比 adding up to 90 %, and a negative share.
    QList<FieldError> e = o.refusal(
        o.draft(o.zhang, 1000000, 0, SplitForm::Percent, {percent(o.zhang, 70), percent(o.li, 20)}));
    CHECK(mentions(e, QStringLiteral("team.split_percent"), QStringLiteral("90"), QStringLiteral("not 100 %")));
    e = o.refusal(o.draft(o.zhang, 1000000, 0, SplitForm::Percent, {percent(o.zhang, 110), percent(o.li, -10)}));
    CHECK(mentions(e, QStringLiteral("team.split_percent"), QStringLiteral("-10"),
                   QStringLiteral("member 2: a percent must not be negative")));
    // 按金额 not adding up to the deal amount.
    e = o.refusal(o.draft(o.zhang, 1000000, 0, SplitForm::Amount, {amount(o.zhang, 700000), amount(o.li, 200000)}));
    CHECK(mentions(e, QStringLiteral("team.split_amount"), QStringLiteral("900000.00"),
                   QStringLiteral("not the deal amount 1000000.00")));
    // 超额: above 100 % in all is the point, but no member above 100 % and not below 100 % in all.
    e = o.refusal(o.draft(o.zhang, 1000000, 0, SplitForm::Over, {percent(o.zhang, 130), percent(o.li, 30)}));
    CHECK(mentions(e, QStringLiteral("team.split_percent"), QStringLiteral("130"),
                   QStringLiteral("member 1: at most 100 % each")));
    e = o.refusal(o.draft(o.zhang, 1000000, 0, SplitForm::Over, {percent(o.zhang, 60), percent(o.li, 30)}));
    CHECK(mentions(e, QStringLiteral("team.split_percent"), QStringLiteral("90"), QStringLiteral("at least 100 %")));
    // A member listed twice.
    e = o.refusal(o.draft(o.zhang, 1000000, 0, SplitForm::Whole, {percent(o.zhang, 100), percent(o.zhang, 100)}));
    CHECK(mentions(e, QStringLiteral("team.user"), QString::number(o.zhang), QStringLiteral("listed twice")));
    CHECK(o.t.count(QStringLiteral("opportunities")) == 0);

    // 整额 takes members without numbers and stores each as the whole (100 %).
    TeamMember bare;
    bare.userId = o.li;
    const qint64 id = o.deal(o.zhang, 1000000, 0, SplitForm::Whole, {percent(o.zhang, 40), bare});
    const Opportunity stored = o.deals.get(id);
    CHECK(stored.splitForm == SplitForm::Whole);
    REQUIRE(stored.team.size() == 2);
    CHECK(stored.team.at(0).splitPercent == 100);
    CHECK(stored.team.at(1).splitPercent == 100);
    CHECK(!stored.team.at(1).splitAmountCents);
    // 超额 of 100 % + 30 % is stored as it is, and its form survives an edit.
    Opportunity over = o.draft(o.zhang, 500000, 2, SplitForm::Over, {percent(o.zhang, 100), percent(o.wang, 30)});
    o.deals.create(over);
    over.title = QStringLiteral("超额商机");
    o.deals.update(over);
    CHECK(o.deals.get(over.id).splitForm == SplitForm::Over);
    CHECK(o.deals.get(over.id).team.at(1).splitPercent == 30);
}

TEST_CASE("整额 and 超额 credit every person in full but count each deal once in teams, regions and the company",
          "[splits]")
{
    Office o;
    o.t.clock().set(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));
    // 整额, won: ¥1,000,000 to 张伟 (华东) and to 王强 (华南) each.
    const qint64 whole = o.deal(o.zhang, 1000000, 0, SplitForm::Whole, {percent(o.zhang, 100), percent(o.wang, 100)});
    // 超额, open in 报价 (50 %): ¥500,000, 张伟 100 % and 李娜 30 %, both of 华东一组.
    o.deal(o.zhang, 500000, 2, SplitForm::Over, {percent(o.zhang, 100), percent(o.li, 30)});
    // 百分比, open in 需求确认 (30 %): ¥200,000, 李娜 50 % and 王强 50 %.
    o.deal(o.li, 200000, 1, SplitForm::Percent, {percent(o.li, 50), percent(o.wang, 50)});
    o.t.clock().set(test::TempDatabase::defaultNow());
    o.win(whole);

    const TargetProgress p = computeTargetProgress(o.t.db(), QStringLiteral("2026-11"));
    // People: their full credit.
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).achieved == 1000000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.wang).achieved == 1000000 * kYuan);
    CHECK(node(p, TargetNodeKind::Rep, o.li).achieved == 0);
    CHECK(node(p, TargetNodeKind::Rep, o.zhang).weightedPipeline == 250000 * kYuan); // 500,000 × 100 % × 50 %
    CHECK(node(p, TargetNodeKind::Rep, o.li).weightedPipeline
          == (75000 + 30000) * kYuan); // 500,000×30%×50% + 200,000×50%×30%
    CHECK(node(p, TargetNodeKind::Rep, o.wang).weightedPipeline == 30000 * kYuan);
    // Teams and regions: each deal once, up to its value (超额 within 华东一组: min(250,000, 325,000)).
    CHECK(node(p, TargetNodeKind::Team, o.eastTeam).achieved == 1000000 * kYuan);
    CHECK(node(p, TargetNodeKind::Team, o.southTeam).achieved == 1000000 * kYuan);
    CHECK(node(p, TargetNodeKind::Team, o.eastTeam).weightedPipeline == (250000 + 30000) * kYuan);
    CHECK(node(p, TargetNodeKind::Region, o.east).weightedPipeline == (250000 + 30000) * kYuan);
    CHECK(node(p, TargetNodeKind::Region, o.south).weightedPipeline == 30000 * kYuan);
    // The company: ¥1,000,000 won (not ¥2,000,000) and ¥310,000 weighted (not ¥385,000).
    const TargetNode &company = p.nodes.at(0);
    CHECK(company.achieved == 1000000 * kYuan);
    CHECK(company.weightedPipeline == (250000 + 60000) * kYuan);
    // The same won figure as the dashboard, which counts deals, not credits.
    CHECK(dashboardFigures(o.t.db(), QDate(2026, 11, 30)).wonThisMonthCents == company.achieved);
}

TEST_CASE("Import reads a split form and a splits column, and locates what it refuses", "[splits][import]")
{
    Office o;
    const QString stage = o.pipeline.stages.at(2).name;
    const QString good = o.file(QStringLiteral("splits.csv"),
                                QStringLiteral("external_id,title,customer,owner,amount,stage,split_form,splits\n"
                                               "S1,百分比商机,华信,张伟,1000000,%1,,张伟:70%；李娜:30%\n"
                                               "S2,按金额商机,华信,张伟,1000000,%1,按金额,张伟=70万; 李娜=300000\n"
                                               "S3,整额商机,华信,张伟,1000000,%1,整额,张伟;王强\n"
                                               "S4,超额商机,华信,张伟,1000000,%1,over,张伟:100;李娜:30\n"
                                               "S5,无拆分,华信,王强,1000,%1,,\n")
                                    .arg(stage));
    ImportOptions options;
    options.kind = DataKind::Opportunities;
    options.createMissing = true;
    const ImportResult r = Importer(o.t.db()).run(good, options);
    INFO((r.errors.isEmpty() ? QString() : r.errors.first().message()).toStdString());
    REQUIRE(r.committed);
    CHECK(r.rowsImported == 5);
    SqlQuery q(o.t.db(), QStringLiteral("SELECT o.external_id, o.split_form, u.display_name, m.role, "
                                        "m.split_percent, m.split_amount_cents FROM opportunities o "
                                        "LEFT JOIN opportunity_team_members m ON m.opportunity_id = o.id "
                                        "LEFT JOIN users u ON u.id = m.user_id ORDER BY o.external_id, m.id"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).isNull() ? QStringLiteral("-") : q.value(4).toString(),
                         q.value(5).isNull() ? QStringLiteral("-") : q.value(5).toString());
    CHECK(rows
          == QStringList{QStringLiteral("S1 percent 张伟 owner 70 -"), QStringLiteral("S1 percent 李娜 supporter 30 -"),
                         QStringLiteral("S2 amount 张伟 owner - 70000000"),
                         QStringLiteral("S2 amount 李娜 supporter - 30000000"),
                         QStringLiteral("S3 whole 张伟 owner 100 -"), QStringLiteral("S3 whole 王强 supporter 100 -"),
                         QStringLiteral("S4 over 张伟 owner 100 -"), QStringLiteral("S4 over 李娜 supporter 30 -"),
                         QStringLiteral("S5 percent   - -")});

    const qint64 before = o.t.count(QStringLiteral("opportunity_team_members"));
    const QString bad = o.file(QStringLiteral("bad-splits.csv"),
                               QStringLiteral("external_id,title,customer,owner,amount,stage,split_form,splits\n"
                                              "B1,甲,华信,张伟,1000,%1,,张伟:70%;李娜:20%\n"
                                              "B2,乙,华信,张伟,1000,%1,按金额,张伟:600;李娜:300\n"
                                              "B3,丙,华信,张伟,1000,%1,整额,张伟:50%;李娜\n"
                                              "B4,丁,华信,张伟,1000,%1,超额,张伟:100;赵六:30\n"
                                              "B5,戊,华信,张伟,1000,%1,对半,\n")
                                   .arg(stage));
    const ImportResult refused = Importer(o.t.db()).run(bad, options);
    CHECK(!refused.committed);
    CHECK(o.t.count(QStringLiteral("opportunity_team_members")) == before);
    QStringList located;
    for (const FieldError &e : refused.errors)
        located << QStringLiteral("%1 %2").arg(e.row).arg(e.field);
    CHECK(located
          == QStringList{QStringLiteral("2 splits"), QStringLiteral("3 splits"), QStringLiteral("4 splits"),
                         QStringLiteral("5 splits"), QStringLiteral("6 split_form")});
    CHECK(refused.errors.at(0).reason.contains(QStringLiteral("90 %")));
    CHECK(refused.errors.at(1).reason.contains(QStringLiteral("900.00")));
    CHECK(refused.errors.at(2).reason.contains(QStringLiteral("整额")));
    CHECK(refused.errors.at(3).value == QStringLiteral("赵六:30"));
}
