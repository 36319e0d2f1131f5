// Stage moves, outcomes, their exact undo / redo, checklists, and stage / pipeline
// settings edits, on a real migrated SQLite file.
#include "builders.h"
#include "catchqt.h"
#include "tempdatabase.h"

#include "domain/errors.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/repositories/pipelinerepository.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>

using namespace fd;
using namespace fd::test;

namespace {

struct Office
{
    TempDatabase tdb;
    Builders make{tdb.db()};
    Pipeline pipeline;
    qint64 owner = 0;
    qint64 customer = 0;

    Office()
    {
        pipeline = make.pipeline();
        owner = make.user(QStringLiteral("王芳"));
        customer = make.customer(QStringLiteral("华东精密机械有限公司"));
        tdb.db().setActingUserId(owner);
    }
    Opportunity deal(qint64 cents = 100000000) { return make.opportunity(pipeline, customer, owner, cents); }
    qint64 stage(int i) const { return pipeline.stages.at(i).id; }
};

// Every column of the opportunity row and of its history, as text, for exact comparison.
QStringList rowDump(Database &db, qint64 id)
{
    QStringList out;
    SqlQuery o(db, QStringLiteral("SELECT * FROM opportunities WHERE id = ?"));
    o.add(id).exec();
    while (o.next()) {
        for (int c = 0; c < o.raw().record().count(); ++c) {
            if (o.raw().record().fieldName(c) != QLatin1String("row_version"))
                out << o.value(c).toString();
        }
    }
    return out;
}

QStringList historyDump(Database &db, qint64 id)
{
    QStringList out;
    SqlQuery h(db, QStringLiteral("SELECT * FROM opportunity_stage_history WHERE opportunity_id = ? ORDER BY id"));
    h.add(id).exec();
    while (h.next()) {
        QStringList row;
        for (int c = 0; c < h.raw().record().count(); ++c)
            row << h.value(c).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

TEST_CASE("a move and its undo / redo restore the opportunity and the history exactly", "[kanban][undo]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    const Opportunity o = f.deal();
    const QStringList rowBefore = rowDump(f.tdb.db(), o.id);
    const QStringList historyBefore = historyDump(f.tdb.db(), o.id);

    f.tdb.clock().advanceSeconds(3 * 86400);
    StageChange c = repo.changeStage(o.id, f.stage(2), QStringLiteral("客户要报价"));
    REQUIRE(c.changed());
    const QStringList rowAfter = rowDump(f.tdb.db(), o.id);
    const QStringList historyAfter = historyDump(f.tdb.db(), o.id);
    CHECK(repo.get(o.id).stageId == f.stage(2));
    CHECK(historyAfter.size() == historyBefore.size() + 1);
    CHECK(repo.history(o.id).last().note == QStringLiteral("客户要报价"));

    f.tdb.clock().advanceSeconds(600);
    repo.undoChange(c);
    CHECK(rowDump(f.tdb.db(), o.id) == rowBefore);
    CHECK(historyDump(f.tdb.db(), o.id) == historyBefore);
    CHECK(repo.get(o.id).rowVersion == c.rowVersion);

    f.tdb.clock().advanceSeconds(600);
    repo.redoChange(c);
    CHECK(rowDump(f.tdb.db(), o.id) == rowAfter);
    CHECK(historyDump(f.tdb.db(), o.id) == historyAfter);

    // The row version increases through undo and redo, so stale editors still conflict.
    CHECK(repo.get(o.id).rowVersion == 4);
}

TEST_CASE("undo refuses when someone changed the deal since", "[kanban][undo]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    const Opportunity o = f.deal();
    StageChange c = repo.changeStage(o.id, f.stage(1));
    repo.moveToStage(o.id, f.stage(3));
    CHECK_THROWS_AS(repo.undoChange(c), ConflictError);
    CHECK(repo.get(o.id).stageId == f.stage(3));
    CHECK(repo.history(o.id).size() == 3);
}

TEST_CASE("an outcome change and its undo restore status, reason, close time and history", "[kanban][undo]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    const Opportunity o = f.deal();
    const QStringList rowBefore = rowDump(f.tdb.db(), o.id);
    const QStringList historyBefore = historyDump(f.tdb.db(), o.id);

    CHECK_THROWS_AS(repo.changeOutcome(o.id, OpportunityStatus::Lost, QStringLiteral("  ")), ValidationError);
    StageChange c = repo.changeOutcome(o.id, OpportunityStatus::Lost, QStringLiteral("价格太高"));
    const Opportunity lost = repo.get(o.id);
    CHECK(lost.status == OpportunityStatus::Lost);
    CHECK(lost.lostReason == QStringLiteral("价格太高"));
    CHECK(lost.closedAt == f.tdb.clock().now());
    CHECK(repo.history(o.id).last().toStatus == OpportunityStatus::Lost);

    repo.undoChange(c);
    CHECK(rowDump(f.tdb.db(), o.id) == rowBefore);
    CHECK(historyDump(f.tdb.db(), o.id) == historyBefore);

    repo.redoChange(c);
    CHECK(repo.get(o.id).lostReason == QStringLiteral("价格太高"));
    CHECK(repo.get(o.id).closedAt == lost.closedAt);
}

TEST_CASE("a probability override is kept across stage moves until cleared", "[kanban]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    Opportunity o = f.deal(200000000);
    o.probabilityOverride = 65;
    repo.update(o);
    repo.moveToStage(o.id, f.stage(1));
    repo.moveToStage(o.id, f.stage(3));
    DealSummary s = repo.summary(o.id);
    CHECK(s.probability == 65);
    CHECK(s.probabilityOverridden);
    CHECK(s.weightedCents() == 130000000);

    o = repo.get(o.id);
    o.probabilityOverride.reset();
    repo.update(o);
    s = repo.summary(o.id);
    CHECK_FALSE(s.probabilityOverridden);
    CHECK(s.probability == f.pipeline.stages.at(3).winProbability);
}

TEST_CASE("required checklist tasks left undone are reported for forward moves only", "[kanban][checklist]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    const Opportunity o = f.deal();
    const Stage second = f.pipeline.stages.at(1);
    REQUIRE(second.tasks.size() == 2);
    const qint64 required = second.tasks.at(0).id;

    // From stage 1 to stage 2 passes only stage 1, which has no required task.
    CHECK(repo.requiredTasksUndone(o.id, f.stage(1)).isEmpty());
    // To stage 3 passes stage 2 with its required task undone (the optional one is not listed).
    QList<PendingTask> pending = repo.requiredTasksUndone(o.id, f.stage(2));
    REQUIRE(pending.size() == 1);
    CHECK(pending.first().taskId == required);
    CHECK(pending.first().stageName == second.name);
    // Closing as won passes every stage.
    CHECK(repo.requiredTasksUndone(o.id, 0).size() == 1);

    repo.setTaskDone(o.id, required, true);
    CHECK(repo.requiredTasksUndone(o.id, f.stage(2)).isEmpty());
    REQUIRE(repo.taskChecks(o.id).size() == 1);
    CHECK(repo.taskChecks(o.id).first().doneBy == f.owner);

    repo.setTaskDone(o.id, required, false);
    repo.moveToStage(o.id, f.stage(3));
    CHECK(repo.requiredTasksUndone(o.id, f.stage(0)).isEmpty()); // moving back never warns

    // A task of another pipeline is refused with a located error.
    PipelineRepository pipelines(f.tdb.db());
    Pipeline other;
    other.name = QStringLiteral("渠道");
    other.stages.append(Stage{});
    other.stages[0].name = QStringLiteral("签约");
    other.stages[0].tasks.append({0, 0, QStringLiteral("盖章"), true});
    pipelines.create(other);
    try {
        repo.setTaskDone(o.id, other.stages[0].tasks[0].id, true);
        FAIL("expected a validation error");
    } catch (const ValidationError &e) {
        CHECK(e.errors().first().field == QStringLiteral("checklist"));
    }
}

TEST_CASE("deleting a stage moves its open deals in one transaction with history rows", "[kanban][stages]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    PipelineRepository pipelines(f.tdb.db());
    const Opportunity a = f.deal();
    const Opportunity b = f.deal();
    Opportunity won = f.deal();
    repo.moveToStage(a.id, f.stage(1));
    repo.moveToStage(b.id, f.stage(1));
    repo.moveToStage(won.id, f.stage(1));
    repo.setOutcome(won.id, OpportunityStatus::Won);

    CHECK(pipelines.openDealCount(f.stage(1)) == 2);
    CHECK_THROWS_AS(pipelines.retireStage(f.stage(1), f.stage(1)), ValidationError);
    CHECK_THROWS_AS(pipelines.retireStage(f.stage(1), 0), ValidationError);
    CHECK(repo.get(a.id).stageId == f.stage(1));

    CHECK(pipelines.retireStage(f.stage(1), f.stage(2)) == 2);
    CHECK(repo.get(a.id).stageId == f.stage(2));
    CHECK(repo.get(b.id).stageId == f.stage(2));
    CHECK(repo.get(won.id).stageId == f.stage(1)); // closed deals keep the stage they closed in
    const StageHistoryEntry last = repo.history(a.id).last();
    CHECK(last.fromStageId == f.stage(1));
    CHECK(last.toStageId == f.stage(2));
    CHECK(last.note.contains(f.pipeline.stages.at(1).name));

    // The stage is retired, not deleted: history still names it.
    CHECK(pipelines.pipeline(f.pipeline.id).stages.size() == 3);
    CHECK(pipelines.stage(f.stage(1)).name == f.pipeline.stages.at(1).name);
    CHECK_FALSE(pipelines.stage(f.stage(1)).active);
    // A won deal in a retired stage cannot be reopened into it.
    CHECK_THROWS_AS(repo.setOutcome(won.id, OpportunityStatus::Open), ValidationError);
}

TEST_CASE("stages are added, renamed and reordered, bad input is refused with located errors", "[kanban][stages]")
{
    Office f;
    PipelineRepository pipelines(f.tdb.db());
    Stage s;
    s.name = QStringLiteral("技术交流");
    s.winProbability = 20;
    s.stallAfterDays = 10;
    s.tasks.append({0, 0, QStringLiteral("安排售前演示"), true});
    pipelines.addStage(f.pipeline.id, s);
    Pipeline p = pipelines.pipeline(f.pipeline.id);
    REQUIRE(p.stages.size() == 5);
    CHECK(p.stages.last().name == QStringLiteral("技术交流"));
    CHECK(p.stages.last().tasks.size() == 1);

    QList<qint64> order{p.stages[0].id, p.stages[4].id, p.stages[1].id, p.stages[2].id, p.stages[3].id};
    pipelines.reorderStages(p.id, order);
    p = pipelines.pipeline(p.id);
    CHECK(p.stages[1].name == QStringLiteral("技术交流"));
    CHECK_THROWS_AS(pipelines.reorderStages(p.id, {order[0], order[1]}), ValidationError);

    Stage dup = p.stages[2];
    dup.name = p.stages[1].name;
    try {
        pipelines.saveStage(dup);
        FAIL("expected a validation error");
    } catch (const ValidationError &e) {
        CHECK(e.errors().first().field == QStringLiteral("name"));
    }
    Stage bad = p.stages[2];
    bad.winProbability = 140;
    CHECK_THROWS_AS(pipelines.saveStage(bad), ValidationError);
    CHECK(pipelines.stage(bad.id).winProbability == p.stages[2].winProbability);
}

TEST_CASE("pipelines are renamed and removed, one with open deals is refused", "[kanban][pipelines]")
{
    Office f;
    PipelineRepository pipelines(f.tdb.db());
    OpportunityRepository repo(f.tdb.db());
    Pipeline other;
    other.name = QStringLiteral("大客户");
    Stage st;
    st.name = QStringLiteral("立项");
    other.stages.append(st);
    pipelines.create(other);
    CHECK_THROWS_AS(pipelines.renamePipeline(other.id, f.pipeline.name), ValidationError);
    pipelines.renamePipeline(other.id, QStringLiteral("重点客户"));
    CHECK(pipelines.pipeline(other.id).name == QStringLiteral("重点客户"));

    const Opportunity o = f.deal();
    CHECK_THROWS_AS(pipelines.removePipeline(f.pipeline.id), ValidationError);
    repo.setOutcome(o.id, OpportunityStatus::Won);
    pipelines.removePipeline(f.pipeline.id); // retired: a won deal still refers to it
    CHECK(pipelines.pipelines().size() == 1);
    CHECK(pipelines.defaultPipeline().id == other.id);
    CHECK(f.tdb.scalar(QStringLiteral("SELECT count(*) FROM pipelines")).toInt() == 2);
    CHECK_THROWS_AS(pipelines.removePipeline(other.id), ValidationError); // the only one left
}

TEST_CASE("a deleted deal comes back exactly from its snapshot", "[kanban][undo]")
{
    Office f;
    OpportunityRepository repo(f.tdb.db());
    Opportunity o = f.deal();
    const qint64 product = f.make.product(QStringLiteral("数控机床"), QStringLiteral("设备"));
    o.products.append({0, product, 2, 5000000, 10, std::nullopt});
    o.team.append({0, f.owner, QStringLiteral("owner"), 100, std::nullopt});
    repo.update(o);
    repo.moveToStage(o.id, f.stage(1));
    repo.setTaskDone(o.id, f.pipeline.stages.at(1).tasks.at(0).id, true);
    SqlQuery act(f.tdb.db(),
                 QStringLiteral("INSERT INTO activities (kind, subject, occurred_at, user_id, opportunity_id, "
                                "created_at) VALUES ('visit', '拜访', '2026-11-20T02:00:00Z', ?, ?, "
                                "'2026-11-20T02:00:00Z')"));
    act.add(f.owner).add(o.id).exec();
    REQUIRE(repo.activities(o.id).size() == 1);
    CHECK(repo.idsWithProductLine(f.tdb.scalar(QStringLiteral("SELECT id FROM product_lines")).toLongLong())
              .contains(o.id));

    const QStringList row = rowDump(f.tdb.db(), o.id);
    const QStringList history = historyDump(f.tdb.db(), o.id);
    const DealSnapshot snap = repo.snapshot(o.id);
    repo.remove(o.id);
    CHECK_THROWS_AS(repo.get(o.id), NotFoundError);
    CHECK(repo.activities(o.id).isEmpty());

    repo.restore(snap);
    CHECK(rowDump(f.tdb.db(), o.id) == row);
    CHECK(historyDump(f.tdb.db(), o.id) == history);
    const Opportunity back = repo.get(o.id);
    CHECK(back.products.size() == 1);
    CHECK(back.team.size() == 1);
    CHECK(repo.taskChecks(o.id).size() == 1);
    CHECK(repo.activities(o.id).size() == 1);
}

TEST_CASE("lost reasons are added, renamed, removed and revived", "[kanban]")
{
    Office f;
    PipelineRepository pipelines(f.tdb.db());
    const qint64 price = pipelines.addLostReason(QStringLiteral("价格太高"));
    const qint64 rival = pipelines.addLostReason(QStringLiteral("竞争对手"));
    CHECK_THROWS_AS(pipelines.addLostReason(QStringLiteral("价格太高")), ValidationError);
    CHECK_THROWS_AS(pipelines.renameLostReason(rival, QStringLiteral("价格太高")), ValidationError);
    pipelines.renameLostReason(rival, QStringLiteral("输给竞争对手"));
    pipelines.removeLostReason(price);
    REQUIRE(pipelines.lostReasons().size() == 1);
    CHECK(pipelines.lostReasons().first().name == QStringLiteral("输给竞争对手"));
    CHECK(pipelines.addLostReason(QStringLiteral("价格太高")) == price);
    CHECK(pipelines.lostReasons().size() == 2);
}
