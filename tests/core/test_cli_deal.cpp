// funneldesk-cli deal move / undo on a real SQLite file: the same rows as the board's move
// and undo (the deal, its stage-history row, the audit), refusals with exit codes.
#include "catchqt.h"
#include "clirun.h"
#include "smalloffice.h"

#include "storage/repositories/opportunityrepository.h"

using namespace fd;
using namespace fd::test;

namespace {

struct DealOffice : SmallOffice
{
    qint64 deal = deals.first();

    CliRun cli(const QStringList &args)
    {
        return runCliWith(QStringList{QStringLiteral("--db"), tdb.path(), QStringLiteral("deal")} + args);
    }
    qint64 stageOfDeal() { return OpportunityRepository(tdb.db()).get(deal).stageId; }
    qint64 historyRows() { return OpportunityRepository(tdb.db()).history(deal).size(); }
};

} // namespace

TEST_CASE("deal move writes the move and its history row, deal undo takes back the last move", "[cli][deal]")
{
    DealOffice o;
    const Stage first = o.pipeline.stages.at(0);
    const Stage second = o.pipeline.stages.at(1);
    const Stage third = o.pipeline.stages.at(2);
    REQUIRE(o.stageOfDeal() == first.id);
    REQUIRE(o.historyRows() == 1);

    // By name, then by id (past a stage with a required task: --force, as "Move anyway").
    CliRun r = o.cli({QStringLiteral("move"), QStringLiteral("--id"), QString::number(o.deal),
                      QStringLiteral("--stage"), second.name, QStringLiteral("--note"),
                      QStringLiteral("客户确认需求")});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("moved %1 → %2").arg(first.name, second.name)));
    CHECK(o.stageOfDeal() == second.id);
    const auto history = OpportunityRepository(o.tdb.db()).history(o.deal);
    REQUIRE(history.size() == 2);
    CHECK(history.last().fromStageId == first.id);
    CHECK(history.last().toStageId == second.id);
    CHECK(history.last().note == QStringLiteral("客户确认需求"));
    CHECK(r.out.contains(QStringLiteral("(history %1)").arg(history.last().id)));

    r = o.cli({QStringLiteral("move"), QStringLiteral("--id"), QString::number(o.deal), QStringLiteral("--stage"),
               QString::number(third.id)});
    // The builders' pipeline has a required task in the second stage: refused, nothing moved.
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("--force")));
    CHECK(o.stageOfDeal() == second.id);
    r = o.cli({QStringLiteral("move"), QStringLiteral("--id"), QString::number(o.deal), QStringLiteral("--stage"),
               QString::number(third.id), QStringLiteral("--force")});
    REQUIRE(r.code == 0);
    CHECK(o.stageOfDeal() == third.id);
    CHECK(o.historyRows() == 3);

    // Undo twice: back through both moves, their history rows gone; then nothing to undo.
    r = o.cli({QStringLiteral("undo"), QStringLiteral("--id"), QString::number(o.deal)});
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("undid the move %1 → %2").arg(second.name, third.name)));
    CHECK(o.stageOfDeal() == second.id);
    CHECK(o.historyRows() == 2);
    REQUIRE(o.cli({QStringLiteral("undo"), QStringLiteral("--id"), QString::number(o.deal)}).code == 0);
    CHECK(o.stageOfDeal() == first.id);
    CHECK(o.historyRows() == 1);
    r = o.cli({QStringLiteral("undo"), QStringLiteral("--id"), QString::number(o.deal)});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a stage move")));
    CHECK(o.historyRows() == 1);
}

TEST_CASE("deal undo refuses an outcome change, deal move refuses bad input with exit codes", "[cli][deal]")
{
    DealOffice o;
    const QString id = QString::number(o.deal);
    REQUIRE(o.cli({QStringLiteral("move"), QStringLiteral("--id"), id, QStringLiteral("--stage"),
                   o.pipeline.stages.at(1).name})
                .code
            == 0);
    OpportunityRepository(o.tdb.db()).changeOutcome(o.deal, OpportunityStatus::OnHold);
    CliRun r = o.cli({QStringLiteral("undo"), QStringLiteral("--id"), id});
    CHECK(r.code == 1);
    CHECK(o.historyRows() == 3); // the outcome row stays: this is no stage move

    r = o.cli(
        {QStringLiteral("move"), QStringLiteral("--id"), id, QStringLiteral("--stage"), QStringLiteral("不存在")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("is no stage of the deal's pipeline")));
    CHECK(o.cli({QStringLiteral("move"), QStringLiteral("--id"), QStringLiteral("999"), QStringLiteral("--stage"),
                 QStringLiteral("1")})
              .code
          == 1);
    CHECK(o.cli({QStringLiteral("move"), QStringLiteral("--id"), id}).code == 2);
    CHECK(o.cli({QStringLiteral("move"), QStringLiteral("--id"), QStringLiteral("x"), QStringLiteral("--stage"),
                 QStringLiteral("1")})
              .code
          == 2);
    CHECK(o.cli({QStringLiteral("jump")}).code == 2);
    CHECK(o.historyRows() == 3);
}
