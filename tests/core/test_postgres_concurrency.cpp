// Two desktops writing the same team database at once: a writer that finds a row locked
// waits, then fails cleanly (lock timeout) or sees the other's change as a conflict; no
// half-written rows, no lost update.
#include "builders.h"
#include "catchqt.h"
#include "pgcluster.h"

#include "domain/errors.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QThread>

#include <future>
#include <thread>

using namespace fd;
using namespace fd::test;

namespace {

struct TwoDesks
{
    TempPgDatabase t;
    Builders make{t.db()};
    Pipeline pipeline = make.pipeline();
    qint64 rep = make.user(QStringLiteral("王芳"));
    qint64 customer = make.customer(QStringLiteral("华东精密机械有限公司"));
    Opportunity deal = make.opportunity(pipeline, customer, rep, 500000);

    qint64 stage(int rank) const { return pipeline.stages.at(rank).id; }
    qint64 historyRows()
    {
        return t
            .scalar(QStringLiteral("SELECT count(*) FROM opportunity_stage_history WHERE "
                                   "opportunity_id = %1")
                        .arg(deal.id))
            .toLongLong();
    }
    std::unique_ptr<Database> secondDesk()
    {
        auto db = Database::openPostgres(t.params());
        db->setClock(&t.clock());
        db->setActingUserId(rep);
        return db;
    }
};

} // namespace

TEST_CASE("PostgreSQL: a writer blocked by another desktop's open change fails cleanly after the lock timeout",
          "[postgres][concurrency]")
{
    TwoDesks d;
    d.t.db().setActingUserId(d.rep);
    auto other = d.secondDesk();
    other->exec(QStringLiteral("SET lock_timeout = '300ms'")); // the product waits Dialect::lockTimeoutMs
    // The failed statement is freed after the rollback, not inside the aborted transaction
    // (where the server refuses even that, and the driver warned on stderr).
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &text) { warnings << text; });
    const qint64 auditBefore = d.t.count(QStringLiteral("audit_log"));

    {
        Transaction first(d.t.db()); // desk 1 moves the deal and has not committed yet
        OpportunityRepository(d.t.db()).moveToStage(d.deal.id, d.stage(1));

        QElapsedTimer waited;
        waited.start();
        try {
            OpportunityRepository(*other).moveToStage(d.deal.id, d.stage(2));
            FAIL("the second desk wrote a row the first one holds");
        } catch (const StorageError &e) {
            CHECK(e.message().contains(QStringLiteral("lock timeout")));
        }
        CHECK(waited.elapsed() >= 250);
        first.commit();
    }

    // Desk 1's move is stored whole; nothing of desk 2's attempt is.
    const Opportunity stored = OpportunityRepository(d.t.db()).get(d.deal.id);
    CHECK(stored.stageId == d.stage(1));
    CHECK(stored.rowVersion == d.deal.rowVersion + 1);
    CHECK(d.historyRows() == 2);
    const qint64 auditAfterFirst = d.t.count(QStringLiteral("audit_log"));
    CHECK(auditAfterFirst >= auditBefore);

    qInstallMessageHandler(previous);
    CHECK(warnings.isEmpty());

    // Desk 2's connection is usable again and its retry reads the new state.
    OpportunityRepository(*other).moveToStage(d.deal.id, d.stage(2));
    CHECK(OpportunityRepository(d.t.db()).get(d.deal.id).stageId == d.stage(2));
    CHECK(d.historyRows() == 3);
}

TEST_CASE("PostgreSQL: a writer waiting for another desktop's commit gets a conflict, never a lost update",
          "[postgres][concurrency]")
{
    TwoDesks d;
    d.t.db().setActingUserId(d.rep);
    const PostgresParams params = d.t.params();
    auto watcher = d.secondDesk(); // outside both transactions: sees who waits for a lock

    Opportunity edited = d.deal; // desk 2 opened the editor before desk 1 moved the deal
    edited.amount.cents = 999900;
    edited.title = QStringLiteral("desk 2's title");

    Transaction first(d.t.db());
    OpportunityRepository(d.t.db()).moveToStage(d.deal.id, d.stage(1));

    // Desk 2 saves on its own thread and connection; it blocks on desk 1's row lock.
    std::promise<QString> outcome;
    std::future<QString> result = outcome.get_future();
    const Clock &clock = d.t.clock();
    const qint64 rep = d.rep;
    std::thread desk2([&outcome, params, &clock, rep, edited]() mutable {
        try {
            auto db = Database::openPostgres(params);
            db->setClock(&clock);
            db->setActingUserId(rep);
            OpportunityRepository(*db).update(edited);
            outcome.set_value(QStringLiteral("saved"));
        } catch (const ConflictError &e) {
            outcome.set_value(QStringLiteral("conflict: ") + e.message());
        } catch (const std::exception &e) {
            outcome.set_value(QStringLiteral("error: ") + QString::fromUtf8(e.what()));
        }
    });

    bool waiting = false;
    for (int i = 0; i < 100 && !waiting; ++i) {
        SqlQuery q(*watcher, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND "
                                            "wait_event_type = 'Lock'"));
        waiting = q.add(params.database).scalar().toInt() == 1;
        if (!waiting)
            QThread::msleep(50);
    }
    CHECK(waiting);
    CHECK(result.wait_for(std::chrono::milliseconds(0)) == std::future_status::timeout); // still blocked
    first.commit();
    desk2.join();

    const QString got = result.get();
    CHECK(got.startsWith(QStringLiteral("conflict: ")));
    const Opportunity stored = OpportunityRepository(d.t.db()).get(d.deal.id);
    CHECK(stored.stageId == d.stage(1));  // desk 1's move kept
    CHECK(stored.amount.cents == 500000); // desk 2's stale edit not applied...
    CHECK(stored.title == d.deal.title);  // ...not even in part
    CHECK(stored.rowVersion == d.deal.rowVersion + 1);
    CHECK(d.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'opportunity' AND entity_id = %1 "
                                    "AND field = 'amount_cents'")
                         .arg(d.deal.id))
              .toInt()
          == 0);
}
