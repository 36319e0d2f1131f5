// Opportunities and pipelines through the repositories: full round-trips through a
// reopened file, located validation errors that change nothing, optimistic locking,
// stage history with the clock's time and the acting user.
#include "builders.h"
#include "catchqt.h"
#include "repositorychecks.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/pipelinerepository.h"

using namespace fd;
using namespace fd::test;

namespace {

struct Office
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    Pipeline pipeline;
    qint64 owner = 0;
    qint64 presales = 0;
    qint64 customer = 0;
    qint64 product = 0;
    qint64 product2 = 0;

    Office()
    {
        pipeline = make.pipeline();
        // The acting users are the team's manager and a presales rep of the deal team: they
        // may change these deals under team mode's scoping (storage/viewer.h).
        const qint64 team = make.team(QStringLiteral("华东一组"));
        owner = make.user(QStringLiteral("王芳"), team, QStringLiteral("manager"));
        presales = make.user(QStringLiteral("技术支持 张工"), team);
        customer = make.customer(QStringLiteral("华东精密机械有限公司"));
        product = make.product(QStringLiteral("MES 标准版"), QStringLiteral("工业软件"));
        product2 = make.product(QStringLiteral("实施服务"), QStringLiteral("服务"));
        tdb.db().setActingUserId(owner);
    }

    Opportunity full()
    {
        Opportunity o;
        o.externalId = QStringLiteral("OPP-2026-001");
        o.title = QStringLiteral("MES 项目 \"一期\" '; DROP TABLE opportunities; --");
        o.customerId = customer;
        o.ownerId = owner;
        o.pipelineId = pipeline.id;
        o.stageId = pipeline.stages.at(1).id;
        o.amount = {123456789, QStringLiteral("CNY")};
        o.probabilityOverride = 65;
        o.expectedCloseDate = QDate(2026, 12, 31);
        o.source = QStringLiteral("老客户介绍");
        o.description = QStringLiteral("第一行\n第二行");
        o.products = {{0, product, 2, 50000000, 10, std::nullopt}, {0, product2, 1, 23456789, 0, std::nullopt}};
        TeamMember lead;
        lead.userId = owner;
        lead.splitPercent = 70;
        TeamMember support;
        support.userId = presales;
        support.role = QStringLiteral("presales");
        support.splitPercent = 50; // 超额: 70 % + 50 %
        o.splitForm = SplitForm::Over;
        o.team = {lead, support};
        return o;
    }
};

void checkSame(const Opportunity &a, const Opportunity &b)
{
    CHECK(a.id == b.id);
    CHECK(a.externalId == b.externalId);
    CHECK(a.title == b.title);
    CHECK(a.customerId == b.customerId);
    CHECK(a.contactId == b.contactId);
    CHECK(a.ownerId == b.ownerId);
    CHECK(a.pipelineId == b.pipelineId);
    CHECK(a.stageId == b.stageId);
    CHECK(a.amount == b.amount);
    CHECK(a.probabilityOverride == b.probabilityOverride);
    CHECK(a.expectedCloseDate == b.expectedCloseDate);
    CHECK(a.status == b.status);
    CHECK(a.lostReason == b.lostReason);
    CHECK(a.closedAt == b.closedAt);
    CHECK(a.source == b.source);
    CHECK(a.campaignId == b.campaignId);
    CHECK(a.description == b.description);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.createdBy == b.createdBy);
    CHECK(a.rowVersion == b.rowVersion);
    REQUIRE(a.products.size() == b.products.size());
    for (int i = 0; i < a.products.size(); ++i) {
        CHECK(a.products[i].id == b.products[i].id);
        CHECK(a.products[i].productId == b.products[i].productId);
        CHECK(a.products[i].quantity == b.products[i].quantity);
        CHECK(a.products[i].unitPriceCents == b.products[i].unitPriceCents);
        CHECK(a.products[i].discountPercent == b.products[i].discountPercent);
        CHECK(a.products[i].unitCostCents == b.products[i].unitCostCents); // copied from the product on create
    }
    REQUIRE(a.team.size() == b.team.size());
    for (int i = 0; i < a.team.size(); ++i) {
        CHECK(a.team[i].id == b.team[i].id);
        CHECK(a.team[i].userId == b.team[i].userId);
        CHECK(a.team[i].role == b.team[i].role);
        CHECK(a.team[i].splitPercent == b.team[i].splitPercent);
        CHECK(a.team[i].splitAmountCents == b.team[i].splitAmountCents);
    }
    CHECK(a.splitForm == b.splitForm);
}

} // namespace

TEST_CASE("an opportunity with products and team round-trips through the file", "[repositories][deals]")
{
    Office f;
    Opportunity o = f.full();
    OpportunityRepository(f.tdb.db()).create(o);
    REQUIRE(o.id > 0);
    CHECK(o.rowVersion == 1);

    f.tdb.reopen();
    const Opportunity read = OpportunityRepository(f.tdb.db()).get(o.id);
    Opportunity expected = o;
    expected.createdAt = TempDatabase::defaultNow();
    expected.createdBy = f.owner;
    checkSame(read, expected);
    CHECK(read.updatedAt == TempDatabase::defaultNow());
    CHECK(f.tdb.count(QStringLiteral("opportunities")) == 1);
}

TEST_CASE("a pipeline with stage tasks and roles round-trips through the file", "[repositories][pipelines]")
{
    TempDatabase t;
    PipelineRepository repo(t.db());
    Pipeline p;
    p.name = QStringLiteral("大客户流程");
    const char *names[] = {"线索确认", "技术交流", "商务谈判"};
    for (int i = 0; i < 3; ++i) {
        Stage s;
        s.name = QString::fromUtf8(names[i]);
        s.position = i;
        s.winProbability = 20 * (i + 1);
        s.stallAfterDays = 10 + i;
        s.tasks = {{0, 0, QStringLiteral("任务 %1-A").arg(i), true}, {0, 1, QStringLiteral("任务 %1-B").arg(i), false}};
        if (i == 1)
            s.roles = {{0, QStringLiteral("presales"), QStringLiteral("售前演示")}};
        if (i == 2)
            s.roles = {{0, QStringLiteral("legal"), QString()}};
        p.stages.append(s);
    }
    repo.create(p);

    t.reopen();
    const Pipeline read = PipelineRepository(t.db()).pipeline(p.id);
    CHECK(read.name == p.name);
    REQUIRE(read.stages.size() == 3);
    for (int i = 0; i < 3; ++i) {
        const Stage &a = read.stages[i];
        const Stage &b = p.stages[i];
        CHECK(a.id == b.id);
        CHECK(a.name == b.name);
        CHECK(a.position == b.position);
        CHECK(a.winProbability == b.winProbability);
        CHECK(a.stallAfterDays == b.stallAfterDays);
        REQUIRE(a.tasks.size() == 2);
        for (int k = 0; k < 2; ++k) {
            CHECK(a.tasks[k].title == b.tasks[k].title);
            CHECK(a.tasks[k].required == b.tasks[k].required);
            CHECK(a.tasks[k].position == b.tasks[k].position);
        }
        REQUIRE(a.roles.size() == b.roles.size());
        for (int k = 0; k < a.roles.size(); ++k) {
            CHECK(a.roles[k].role == b.roles[k].role);
            CHECK(a.roles[k].note == b.roles[k].note);
        }
    }

    // A win rate of 140 % is refused with a located error and nothing changes.
    Stage bad = read.stages.at(0);
    bad.winProbability = 140;
    const ValidationError e = refusedWithoutChange(t.db(), [&] { PipelineRepository(t.db()).saveStage(bad); });
    const FieldError rate = errorFor(e, QStringLiteral("win_probability"));
    CHECK(rate.entity == QStringLiteral("stage"));
    CHECK(rate.value == QStringLiteral("140"));
}

TEST_CASE("opportunity validation errors are located and change nothing", "[repositories][deals]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    Opportunity o = f.full();
    repo.create(o);
    const Opportunity stored = repo.get(o.id);

    Opportunity bad = stored;
    bad.amount.cents = -100;
    bad.probabilityOverride = 140;
    bad.description = QString(10 * 1024 * 1024, QLatin1Char('y'));
    bad.products[0].discountPercent = 101;
    const ValidationError e = refusedWithoutChange(f.tdb.db(), [&] { repo.update(bad); });
    const FieldError amount = errorFor(e, QStringLiteral("amount"));
    CHECK(amount.entity == QStringLiteral("opportunity"));
    CHECK(amount.value == QStringLiteral("-100"));
    CHECK(amount.reason.contains(QStringLiteral("negative")));
    CHECK(errorFor(e, QStringLiteral("probability")).value == QStringLiteral("140"));
    CHECK(errorFor(e, QStringLiteral("description")).reason.contains(QStringLiteral("too long")));
    CHECK(errorFor(e, QStringLiteral("product.discount")).value == QStringLiteral("101"));
    checkSame(repo.get(o.id), stored);

    Opportunity fresh = f.full();
    fresh.externalId.clear();
    fresh.customerId = 9999;
    fresh.stageId = 0;
    const ValidationError ce = refusedWithoutChange(f.tdb.db(), [&] { repo.create(fresh); });
    CHECK(errorFor(ce, QStringLiteral("customer")).value == QStringLiteral("9999"));
    CHECK(errorFor(ce, QStringLiteral("stage")).reason.contains(QStringLiteral("does not exist")));
}

TEST_CASE("a stale opportunity row version is a conflict", "[repositories][deals]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    Opportunity o = f.full();
    repo.create(o);
    Opportunity mine = repo.get(o.id);
    repo.moveToStage(o.id, f.pipeline.stages.at(2).id); // someone else moved it meanwhile
    mine.amount.cents = 1;
    const QStringList before = databaseDump(f.tdb.db());
    CHECK_THROWS_AS(repo.update(mine), ConflictError);
    CHECK(databaseDump(f.tdb.db()) == before);
    CHECK(repo.get(o.id).amount.cents == 123456789);
}

TEST_CASE("moves and outcomes write history with the clock's time and the acting user", "[repositories][deals]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    Opportunity o = f.full();
    repo.create(o);
    const QDateTime t0 = TempDatabase::defaultNow();

    f.tdb.clock().advanceSeconds(2 * 86400);
    f.tdb.db().setActingUserId(f.presales);
    repo.moveToStage(o.id, f.pipeline.stages.at(2).id, QStringLiteral("已报价"));
    // The probability override survives the move.
    CHECK(repo.get(o.id).probabilityOverride == 65);
    CHECK(repo.summary(o.id).probability == 65);
    CHECK(repo.summary(o.id).probabilityOverridden);

    f.tdb.clock().advanceSeconds(3600);
    f.tdb.db().setActingUserId(f.owner);
    repo.setOutcome(o.id, OpportunityStatus::Lost, QStringLiteral("价格太高"));

    f.tdb.reopen();
    OpportunityRepository again(f.tdb.db());
    const QList<StageHistoryEntry> h = again.history(o.id);
    REQUIRE(h.size() == 3);
    CHECK(h[0].fromStageId == 0);
    CHECK(h[0].toStageId == f.pipeline.stages.at(1).id);
    CHECK(h[0].changedAt == t0);
    CHECK(h[0].changedBy == f.owner);
    CHECK(h[1].fromStageId == f.pipeline.stages.at(1).id);
    CHECK(h[1].toStageId == f.pipeline.stages.at(2).id);
    CHECK(h[1].changedAt == t0.addSecs(2 * 86400));
    CHECK(h[1].changedBy == f.presales);
    CHECK(h[1].note == QStringLiteral("已报价"));
    CHECK(h[2].fromStatus == OpportunityStatus::Open);
    CHECK(h[2].toStatus == OpportunityStatus::Lost);
    CHECK(h[2].changedAt == t0.addSecs(2 * 86400 + 3600));
    CHECK(h[2].changedBy == f.owner);
    const Opportunity closed = again.get(o.id);
    CHECK(closed.status == OpportunityStatus::Lost);
    CHECK(closed.lostReason == QStringLiteral("价格太高"));
    CHECK(closed.closedAt == t0.addSecs(2 * 86400 + 3600));
    CHECK(closed.probabilityOverride == 65);
    CHECK(closed.rowVersion == 3);
}

TEST_CASE("deal list lines name customer, owner and stage, for any number of ids", "[repositories][deals]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    Opportunity a = f.full();
    repo.create(a);
    const Opportunity b = f.make.opportunity(f.pipeline, f.customer, f.presales, 990000, QStringLiteral("实施服务"));
    repo.setOutcome(b.id, OpportunityStatus::Lost, QStringLiteral("预算取消"));

    // More ids than one statement takes in a part, most of them matching nothing.
    QList<qint64> ids;
    for (qint64 id = 1; id <= 1200; ++id)
        ids << a.id + b.id + id;
    ids.insert(700, b.id);
    ids.insert(3, a.id);
    const QHash<qint64, DealLine> lines = repo.lines(ids);
    REQUIRE(lines.size() == 2);
    const DealLine la = lines.value(a.id);
    CHECK(la.id == a.id);
    CHECK(la.title == a.title);
    CHECK(la.customerName == QStringLiteral("华东精密机械有限公司"));
    CHECK(la.ownerId == f.owner);
    CHECK(la.ownerName == QStringLiteral("王芳"));
    CHECK(la.stageName == f.pipeline.stages.at(1).name);
    CHECK(la.status == OpportunityStatus::Open);
    CHECK(la.amount.cents == 123456789);
    CHECK(la.amount.currency == QStringLiteral("CNY"));
    CHECK(la.expectedCloseDate == QDate(2026, 12, 31));
    const DealLine lb = lines.value(b.id);
    CHECK(lb.ownerName == QStringLiteral("技术支持 张工"));
    CHECK(lb.stageName == f.pipeline.stages.at(0).name);
    CHECK(lb.status == OpportunityStatus::Lost);
    CHECK(lb.amount.cents == 990000);
    CHECK(lb.expectedCloseDate == QDate(2026, 12, 23)); // the builder's today + 30
    CHECK(repo.lines({}).isEmpty());
}

TEST_CASE("a customer's deal lines: open ones first, then the newest created", "[repositories][deals]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    const qint64 other = f.make.customer(QStringLiteral("北方重工集团"));
    const Opportunity oldOpen = f.make.opportunity(f.pipeline, f.customer, f.owner, 100, QStringLiteral("老商机"));
    f.tdb.clock().advanceSeconds(3600);
    const Opportunity won = f.make.opportunity(f.pipeline, f.customer, f.owner, 200, QStringLiteral("已赢单"));
    f.tdb.clock().advanceSeconds(3600);
    const Opportunity newOpen = f.make.opportunity(f.pipeline, f.customer, f.presales, 300, QStringLiteral("新商机"));
    f.tdb.clock().advanceSeconds(3600);
    f.make.opportunity(f.pipeline, other, f.owner, 400, QStringLiteral("别家的"));
    repo.setOutcome(won.id, OpportunityStatus::Won);

    const QList<DealLine> lines = repo.linesOfCustomer(f.customer);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].id == newOpen.id);
    CHECK(lines[0].ownerName == QStringLiteral("技术支持 张工"));
    CHECK(lines[1].id == oldOpen.id);
    CHECK(lines[2].id == won.id);
    CHECK(lines[2].status == OpportunityStatus::Won);
    CHECK(lines[2].amount.cents == 200);
    CHECK(repo.linesOfCustomer(other).size() == 1);
}
