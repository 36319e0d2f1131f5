// The demo office generator: determinism, plausibility of what it stores, refusal of a
// non-empty database, cancellation, and the `demo` CLI command.
#include "catchqt.h"
#include "tempdatabase.h"

#include "analytics/resultsanalysis.h"
#include "clirun.h"
#include "demo/demogenerator.h"
#include "domain/errors.h"
#include "domain/isotime.h"
#include "domain/payplan.h"
#include "leads/poolservice.h"
#include "storage/database.h"
#include "storage/repositories/payplanrepository.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace fd;

namespace {

DemoReport generate(test::TempDatabase &t, quint32 seed, int opportunities)
{
    DemoOptions options;
    options.seed = seed;
    options.opportunities = opportunities;
    return DemoGenerator(t.db(), options).generate();
}

// SHA-1 over every column of every row the query returns (in its order).
QByteArray hashRows(Database &db, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    SqlQuery q(db, sql);
    q.exec();
    const int columns = q.raw().record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c) {
            hash.addData(q.value(c).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result().toHex();
}

// A fingerprint of a whole office: row counts, money sums and row hashes.
QStringList fingerprint(test::TempDatabase &t)
{
    QStringList f;
    for (const char *table :
         {"users", "customers", "contacts", "leads", "opportunities", "opportunity_stage_history",
          "opportunity_products", "opportunity_team_members", "activities", "followup_tasks", "targets", "contracts",
          "payment_instalments", "receipts", "invoices", "receivable_adjustments", "campaigns", "audit_log"})
        f << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(t.count(QString::fromLatin1(table)));
    f << t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM opportunities")).toString()
      << t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM receipts")).toString()
      << t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM targets")).toString();
    f << QString::fromLatin1(hashRows(t.db(), QStringLiteral("SELECT * FROM opportunities ORDER BY id")));
    f << QString::fromLatin1(hashRows(t.db(), QStringLiteral("SELECT * FROM opportunity_stage_history ORDER BY id")));
    f << QString::fromLatin1(hashRows(t.db(), QStringLiteral("SELECT * FROM activities ORDER BY id")));
    f << QString::fromLatin1(hashRows(t.db(), QStringLiteral("SELECT * FROM customers ORDER BY id")));
    return f;
}

} // namespace

using test::CliRun;
using test::runCliWith;

TEST_CASE("the same seed and clock give the same office, another seed another", "[demo]")
{
    test::TempDatabase a, b, c;
    const DemoReport ra = generate(a, 42, 400);
    const DemoReport rb = generate(b, 42, 400);
    const DemoReport rc = generate(c, 43, 400);
    CHECK(ra.opportunities == 400);
    CHECK(rc.opportunities == 400);
    CHECK(ra.historyRows == rb.historyRows);
    CHECK(ra.activities == rb.activities);
    CHECK(ra.wonCents == rb.wonCents);
    CHECK(ra.historyRows == a.count(QStringLiteral("opportunity_stage_history")));
    CHECK(ra.activities == a.count(QStringLiteral("activities")));
    CHECK(ra.customers == a.count(QStringLiteral("customers")));
    CHECK(ra.wonCents
          == a.scalar(QStringLiteral("SELECT sum(amount_cents) FROM opportunities WHERE status = 'won'")).toLongLong());
    const QStringList fa = fingerprint(a);
    CHECK(fa == fingerprint(b));
    const QStringList fc = fingerprint(c);
    CHECK(fa != fc);
    // Another seed changes the deals themselves, not only their number.
    CHECK(fa.at(fa.size() - 4) != fc.at(fc.size() - 4));
}

TEST_CASE("a different clock moves the whole office in time", "[demo]")
{
    test::TempDatabase a;
    test::TempDatabase b(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    generate(a, 7, 200);
    generate(b, 7, 200);
    CHECK(b.scalar(QStringLiteral("SELECT max(changed_at) FROM opportunity_stage_history")).toString()
          <= QStringLiteral("2025-03-01T12:00:00Z"));
    CHECK(b.scalar(QStringLiteral("SELECT min(created_at) FROM opportunities")).toString()
          >= QStringLiteral("2023-03-01"));
    CHECK(a.scalar(QStringLiteral("SELECT min(created_at) FROM opportunities")).toString()
          >= QStringLiteral("2024-11-23"));
}

TEST_CASE("every deal has a plausible stage history", "[demo]")
{
    test::TempDatabase t;
    generate(t, 20261123, 600);
    Database &db = t.db();
    const QString now = isotime::toStored(t.clock().now());

    QHash<qint64, int> position; // stage id → position in the pipeline
    {
        SqlQuery q(db, QStringLiteral("SELECT s.id, s.position FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                                      "WHERE p.is_default = 1"));
        q.exec();
        while (q.next())
            position.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    REQUIRE(position.size() == 4);
    CHECK(t.scalar(QStringLiteral("SELECT name FROM stages WHERE position = 0 AND pipeline_id = "
                                  "(SELECT id FROM pipelines WHERE is_default = 1)"))
              .toString()
          == QStringLiteral("初步接洽"));

    struct Opp
    {
        qint64 stage;
        QString status, closedAt, lostReason;
    };
    QHash<qint64, Opp> opps;
    {
        SqlQuery q(db, QStringLiteral("SELECT id, stage_id, status, closed_at, lost_reason FROM opportunities"));
        q.exec();
        while (q.next())
            opps.insert(q.value(0).toLongLong(),
                        {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    REQUIRE(opps.size() == 600);

    QSet<qint64> seen;
    int backwardMoves = 0, skips = 0, problems = 0;
    qint64 current = 0;
    QString lastAt, lastStatus;
    qint64 lastStage = 0;
    auto finish = [&](qint64 id) {
        if (id == 0)
            return;
        const Opp &o = opps[id];
        if (lastStatus != o.status || lastStage != o.stage)
            ++problems; // the last row is the deal's current state
        if ((o.status == QLatin1String("won") || o.status == QLatin1String("lost")) && o.closedAt != lastAt)
            ++problems; // closed_at is the time of the closing row
    };
    SqlQuery h(db, QStringLiteral("SELECT opportunity_id, from_stage_id, to_stage_id, from_status, to_status, "
                                  "changed_at, changed_by FROM opportunity_stage_history ORDER BY opportunity_id, id"));
    h.exec();
    while (h.next()) {
        const qint64 id = h.value(0).toLongLong();
        const QString at = h.value(5).toString();
        if (id != current) {
            finish(current);
            current = id;
            seen.insert(id);
            // First row: the creation, in the first stage or a later entry stage.
            if (!h.value(1).isNull() || !h.value(3).isNull() || !position.contains(h.value(2).toLongLong()))
                ++problems;
        } else {
            if (at < lastAt)
                ++problems;
            const int from = position.value(h.value(1).toLongLong(), -1);
            const int to = position.value(h.value(2).toLongLong(), -1);
            if (from < 0 || to < 0 || h.value(3).toString() != lastStatus)
                ++problems;
            backwardMoves += to < from ? 1 : 0;
            skips += to > from + 1 ? 1 : 0;
        }
        if (at > now || h.value(6).isNull())
            ++problems;
        // Stored exactly the way isotime writes timestamps.
        const auto parsed = isotime::parseTimestamp(at);
        if (!parsed || isotime::toStored(*parsed) != at)
            ++problems;
        lastAt = at;
        lastStatus = h.value(4).toString();
        lastStage = h.value(2).toLongLong();
    }
    finish(current);
    CHECK(problems == 0);
    CHECK(seen.size() == opps.size());
    CHECK(backwardMoves > 0);
    CHECK(skips > 0);

    // Losses in every stage, each with a reason from the list.
    CHECK(t.scalar(QStringLiteral("SELECT count(DISTINCT stage_id) FROM opportunities WHERE status = 'lost'")).toInt()
          == 4);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE status = 'lost' AND (lost_reason IS NULL "
                                  "OR lost_reason NOT IN (SELECT name FROM lost_reasons))"))
              .toInt()
          == 0);
    for (const char *status : {"open", "won", "lost", "on_hold"}) {
        INFO(status);
        CHECK(t.scalar(
                   QStringLiteral("SELECT count(*) FROM opportunities WHERE status = '%1'").arg(QLatin1String(status)))
                  .toInt()
              > 0);
    }
    // Amounts are the sum of the product lines and never negative.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE amount_cents <= 0 OR amount_cents <> "
                                  "(SELECT sum(quantity * unit_price_cents * (100 - discount_percent) / 100) FROM "
                                  "opportunity_products p WHERE p.opportunity_id = opportunities.id)"))
              .toInt()
          == 0);
    // Open pipeline: close dates ahead, and some overdue.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE status = 'open' AND expected_close_date "
                                  "> '2027-01-01'"))
              .toInt()
          > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE status IN ('open', 'on_hold') AND "
                                  "expected_close_date < '2026-11-23'"))
              .toInt()
          > 0);
    // Calendar dates are real dates in YYYY-MM-DD.
    for (const char *sql : {"SELECT due_date FROM payment_instalments",
                            "SELECT expected_close_date FROM opportunities WHERE expected_close_date IS NOT NULL",
                            "SELECT signed_date FROM contracts", "SELECT received_date FROM receipts"}) {
        SqlQuery q(db, QString::fromLatin1(sql));
        q.exec();
        int bad = 0;
        while (q.next())
            bad += isotime::parseDate(q.value(0).toString()) ? 0 : 1;
        INFO(sql);
        CHECK(bad == 0);
    }
    // Nothing happens after "now".
    for (const char *sql : {"SELECT max(occurred_at) FROM activities", "SELECT max(created_at) FROM opportunities",
                            "SELECT max(received_date) FROM receipts", "SELECT max(occurred_at) FROM audit_log"})
        CHECK(t.scalar(QString::fromLatin1(sql)).toString() <= now);
}

TEST_CASE("won deals have contracts whose payment plans add up, some instalments are overdue", "[demo]")
{
    test::TempDatabase t;
    const DemoReport r = generate(t, 5, 600);
    REQUIRE(r.contracts > 0);
    CHECK(r.contracts == t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE status = 'won'")).toInt());
    // One contract per won deal, same amount, and its instalments sum to it.
    CHECK(t.scalar(QStringLiteral(
                       "SELECT count(*) FROM opportunities o WHERE o.status = 'won' AND NOT EXISTS (SELECT 1 FROM "
                       "contracts c WHERE c.opportunity_id = o.id AND c.amount_cents = o.amount_cents AND "
                       "c.amount_cents = (SELECT sum(i.amount_cents) FROM payment_instalments i JOIN payment_plans p "
                       "ON p.id = i.plan_id WHERE p.contract_id = c.id))"))
              .toInt()
          == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM contracts WHERE opportunity_id NOT IN (SELECT id FROM "
                                  "opportunities WHERE status = 'won')"))
              .toInt()
          == 0);
    CHECK(
        t.scalar(QStringLiteral("SELECT min(n) FROM (SELECT count(*) AS n FROM payment_instalments GROUP BY plan_id)"))
            .toInt()
        >= 2);
    CHECK(
        t.scalar(QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM payment_instalments GROUP BY plan_id)"))
            .toInt()
        <= 4);
    // Receipts never exceed what an instalment asks for.
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM payment_instalments i WHERE (SELECT COALESCE(sum(amount_cents), "
                                "0) FROM receipts r WHERE r.instalment_id = i.id) > i.amount_cents"))
            .toInt()
        == 0);
    const int overdue = t.scalar(QStringLiteral(
                                     "SELECT count(*) FROM payment_instalments i WHERE i.due_date < '2026-11-23' AND "
                                     "(SELECT COALESCE(sum(amount_cents), 0) FROM receipts r WHERE r.instalment_id = "
                                     "i.id) < i.amount_cents AND NOT EXISTS (SELECT 1 FROM receivable_adjustments a "
                                     "WHERE a.instalment_id = i.id)"))
                            .toInt();
    CHECK(overdue > 0);
    CHECK(overdue < r.instalments / 2);
    CHECK(r.receipts == t.count(QStringLiteral("receipts")));
    CHECK(t.count(QStringLiteral("receivable_adjustments")) >= 1);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM receivable_adjustments a JOIN payment_instalments i ON i.id = "
                                  "a.instalment_id WHERE a.amount_cents <> i.amount_cents OR i.percent <> 10"))
              .toInt()
          == 0);
}

TEST_CASE("targets cover every rep, team, region and the company for 24 months back and 6 ahead", "[demo]")
{
    test::TempDatabase t;
    const DemoReport r = generate(t, 9, 300);
    CHECK(r.targets == t.count(QStringLiteral("targets")));
    CHECK(t.scalar(QStringLiteral("SELECT count(DISTINCT period) FROM targets")).toInt() == 31);
    CHECK(t.scalar(QStringLiteral("SELECT min(period) FROM targets")).toString() == QStringLiteral("2024-11"));
    CHECK(t.scalar(QStringLiteral("SELECT max(period) FROM targets")).toString() == QStringLiteral("2027-05"));
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM targets WHERE level = 'rep' AND period = '2026-11'")).toInt()
          == t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'rep'")).toInt());
    // The company target is the sum of the regions', month by month.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM targets c WHERE c.level = 'company' AND c.amount_cents <> "
                                  "(SELECT sum(amount_cents) FROM targets r WHERE r.level = 'region' AND r.period = "
                                  "c.period)"))
              .toInt()
          == 0);
    // Achievable: a year of company targets is within reach of what was really won.
    const double target = t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM targets WHERE level = 'company' AND "
                                                  "period BETWEEN '2025-11' AND '2026-10'"))
                              .toDouble();
    const double won = t.scalar(QStringLiteral("SELECT sum(amount_cents) FROM opportunities WHERE status = 'won' AND "
                                               "closed_at >= '2025-11-01' AND closed_at < '2026-11-01'"))
                           .toDouble();
    CHECK(won > 0.6 * target);
    CHECK(won < 1.4 * target);
}

TEST_CASE("the demo office pays its reps and managers by an incentive plan from its first month", "[demo]")
{
    test::TempDatabase t;
    const DemoReport r = generate(t, 9, 300);
    CHECK(r.payPlans == 2);
    const QList<PayPlan> plans = PayPlanRepository(t.db()).all();
    REQUIRE(plans.size() == 2);
    SqlQuery people(t.db(), QStringLiteral("SELECT id, role FROM users WHERE role IN ('rep', 'manager')"));
    people.exec();
    int paid = 0;
    while (people.next()) {
        UserRole role{};
        REQUIRE(parseUserRole(people.value(1).toString(), &role));
        // Every rep and manager has terms from the first month of the history to today.
        for (const QDate day : {QDate(2024, 11, 1), QDate(2026, 11, 23)}) {
            const PayPlan *plan = payplans::planFor(plans, people.value(0).toLongLong(), role, day);
            REQUIRE(plan);
            CHECK(plan->role == role);
        }
        ++paid;
    }
    CHECK(paid == t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role IN ('rep', 'manager')")).toInt());
    const PayPlan *reps = payplans::planFor(plans, 0, UserRole::Rep, QDate(2026, 11, 1));
    REQUIRE(reps);
    const PlanVersion &terms = reps->versions.first();
    CHECK(terms.basePayCents == 800000);
    CHECK(terms.capCents == 5000000);
    CHECK(terms.tiers.size() == 3);
    CHECK(payplans::applyTiers(3000000, terms.tiers, 1200) == 2250000); // the guide's example
}

TEST_CASE("the default office has the size of a real small sales office", "[demo]")
{
    test::TempDatabase t;
    const DemoReport r = DemoGenerator(t.db(), DemoOptions()).generate();
    CHECK(r.opportunities == 3000);
    CHECK(r.customers == 400);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'rep'")).toInt() == 15);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager'")).toInt() == 3);
    CHECK(r.regions == 3);
    CHECK(r.activities > 15000);
    CHECK(r.activities < 25000);
    CHECK(r.contacts > r.customers);
    CHECK(r.campaigns > 10);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NULL")).toInt() > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE status = 'converted' AND "
                                  "converted_opportunity_id IS NOT NULL"))
              .toInt()
          > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM opportunity_team_members WHERE role = 'supporter'")).toInt()
          > 0);
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM followup_tasks WHERE done = 0 AND due_at < '2026-11-23'")).toInt()
        > 0);
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM followup_tasks WHERE done = 0 AND due_at > '2026-11-23'")).toInt()
        > 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE name LIKE '%有限%公司'")).toInt() == 400);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE length(mobile) <> 11")).toInt() == 0);
    CHECK(t.scalar(QStringLiteral("SELECT count(DISTINCT owner_id) FROM opportunities")).toInt() == 15);

    // Reps differ, and one rep each stalls in 需求确认 and in 报价: their average stay
    // there is far above the median rep's.
    for (int stage : {1, 2}) {
        INFO("stage position " << stage);
        SqlQuery q(t.db(), QStringLiteral(
                               "SELECT o.owner_id, avg(julianday(h.next_at) - julianday(h.changed_at)) FROM "
                               "(SELECT opportunity_id, from_stage_id, to_stage_id, changed_at, LEAD(changed_at) "
                               "OVER (PARTITION BY opportunity_id ORDER BY id) AS next_at FROM "
                               "opportunity_stage_history) h JOIN opportunities o ON o.id = h.opportunity_id "
                               "JOIN stages s ON s.id = h.to_stage_id WHERE s.position = ? AND h.next_at IS NOT NULL "
                               "AND (h.from_stage_id IS NULL OR h.from_stage_id <> h.to_stage_id) "
                               "GROUP BY o.owner_id ORDER BY 2"));
        q.add(stage).exec();
        std::vector<double> days;
        while (q.next())
            days.push_back(q.value(1).toDouble());
        REQUIRE(days.size() == 15);
        CHECK(days.back() > 1.8 * days[days.size() / 2]);
    }
}

TEST_CASE("a database that already holds opportunities is refused and left unchanged", "[demo]")
{
    test::TempDatabase t;
    generate(t, 1, 50);
    const QStringList before = fingerprint(t);
    CHECK_THROWS_AS(generate(t, 2, 50), Error);
    CHECK(fingerprint(t) == before);
}

TEST_CASE("bad options are refused before anything is written", "[demo]")
{
    test::TempDatabase t;
    CHECK_THROWS_AS(generate(t, 1, 0), ValidationError);
    CHECK_THROWS_AS(generate(t, 1, 1000001), ValidationError);
    CHECK(t.count(QStringLiteral("users")) == 0);
}

TEST_CASE("cancelling through the progress callback stores nothing at all", "[demo]")
{
    test::TempDatabase t;
    int calls = 0;
    qint64 lastDone = -1;
    bool monotonic = true;
    DemoOptions options;
    options.opportunities = 300;
    const DemoReport r = DemoGenerator(t.db(), options).generate([&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone && done <= total;
        lastDone = done;
        return ++calls < 20; // stop part-way through the deals
    });
    CHECK(calls == 20);
    CHECK(monotonic);
    CHECK(r.opportunities == 0);
    for (const char *table : {"users", "regions", "pipelines", "stages", "customers", "opportunities", "activities"}) {
        INFO(table);
        CHECK(t.count(QString::fromLatin1(table)) == 0);
    }
    // A full run reports progress up to the total.
    qint64 finalDone = 0, finalTotal = -1;
    const DemoReport full = DemoGenerator(t.db(), options).generate([&](qint64 done, qint64 total) {
        finalDone = done;
        finalTotal = total;
        return true;
    });
    CHECK(full.opportunities == 300);
    CHECK(finalDone == finalTotal);
}

TEST_CASE("funneldesk-cli demo fills a new file and refuses a second run", "[demo][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun first = runCliWith({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--seed"),
                                     QStringLiteral("11"), QStringLiteral("--opportunities"), QStringLiteral("150")});
    CHECK(first.code == 0);
    CHECK(first.err.isEmpty());
    CHECK(first.out.contains(QStringLiteral("opportunities  150")));

    const CliRun again = runCliWith({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                     QStringLiteral("--opportunities"), QStringLiteral("10")});
    CHECK(again.code != 0);
    CHECK(again.err.contains(QStringLiteral("already holds opportunities")));

    const CliRun bad = runCliWith({QStringLiteral("--db"), path, QStringLiteral("demo"),
                                   QStringLiteral("--opportunities"), QStringLiteral("zero")});
    CHECK(bad.code == 2);
    CHECK(!bad.err.isEmpty());

    const CliRun info = runCliWith({QStringLiteral("--db"), path, QStringLiteral("info")});
    REQUIRE(info.code == 0);
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("opportunities\\s+150\\n"))));
}

namespace {

// `funneldesk-cli --db path <args>`; the run must succeed.
QString cliOutput(const QString &path, QStringList args)
{
    args.prepend(path);
    args.prepend(QStringLiteral("--db"));
    const CliRun r = runCliWith(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out;
}

// Won amount per month (closed_at's UTC month), as the backtest's actuals count it.
QMap<QString, qint64> wonByMonth(test::TempDatabase &t)
{
    QMap<QString, qint64> won;
    SqlQuery q(t.db(), QStringLiteral("SELECT substr(closed_at, 1, 7), sum(amount_cents) FROM opportunities WHERE "
                                      "status = 'won' GROUP BY 1"));
    q.exec();
    while (q.next())
        won.insert(q.value(0).toString(), q.value(1).toLongLong());
    return won;
}

} // namespace

TEST_CASE("demo --today: two runs with the same seed and day give the same figures, whatever the clock", "[demo][cli]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QStringList demo{QStringLiteral("demo"),    QStringLiteral("--seed"),     QStringLiteral("5"),
                           QStringLiteral("--today"), QStringLiteral("2026-12-01"), QStringLiteral("--opportunities"),
                           QStringLiteral("250")};
    CHECK(cliOutput(a, demo).contains(QStringLiteral("today 2026-12-01")));
    cliOutput(b, demo);
    const QList<QStringList> commands = {
        {QStringLiteral("funnel"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-30")},
        {QStringLiteral("forecast"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
         QStringLiteral("--period"), QStringLiteral("2026-12"), QStringLiteral("--method"),
         QStringLiteral("configured")},
        {QStringLiteral("forecast"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
         QStringLiteral("--period"), QStringLiteral("2026-12"), QStringLiteral("--method"),
         QStringLiteral("historical")},
        {QStringLiteral("forecast"), QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2026-11-30"),
         QStringLiteral("--period"), QStringLiteral("2026-12"), QStringLiteral("--method"),
         QStringLiteral("simulation"), QStringLiteral("--runs"), QStringLiteral("500")},
        {QStringLiteral("backtest"), QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2026-06"),
         QStringLiteral("--to"), QStringLiteral("2026-11"), QStringLiteral("--runs"), QStringLiteral("500")},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const QString first = cliOutput(a, command);
        CHECK(first.size() > 200);
        CHECK(first == cliOutput(b, command));
    }
    // The history ends where the day begins: nothing is stamped after it.
    const std::unique_ptr<Database> db = Database::openSqlite(a);
    for (const char *sql : {"SELECT max(changed_at) FROM opportunity_stage_history",
                            "SELECT max(occurred_at) FROM audit_log", "SELECT max(created_at) FROM followup_tasks",
                            "SELECT max(created_at) FROM receipts", "SELECT max(created_at) FROM stages"}) {
        SqlQuery max(*db, QString::fromLatin1(sql));
        INFO(sql);
        const QString last = max.scalar().toString();
        CHECK(last <= QStringLiteral("2026-12-01T00:00:00Z"));
        CHECK(last > QStringLiteral("2022-11-20"));
    }
}

TEST_CASE("the same seed and day give the same office under different clocks", "[demo]")
{
    test::TempDatabase a(QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC));
    test::TempDatabase b(QDateTime(QDate(2027, 6, 30), QTime(22, 15), Qt::UTC));
    DemoOptions options;
    options.seed = 77;
    options.opportunities = 200;
    options.today = QDate(2026, 12, 1);
    DemoGenerator(a.db(), options).generate();
    DemoGenerator(b.db(), options).generate();
    CHECK(fingerprint(a) == fingerprint(b));
    CHECK(hashRows(a.db(), QStringLiteral("SELECT * FROM audit_log ORDER BY id"))
          == hashRows(b.db(), QStringLiteral("SELECT * FROM audit_log ORDER BY id")));
    CHECK(hashRows(a.db(), QStringLiteral("SELECT * FROM stages ORDER BY id"))
          == hashRows(b.db(), QStringLiteral("SELECT * FROM stages ORDER BY id")));
    // The database's own clock is given back.
    CHECK(b.db().clock().now() == QDateTime(QDate(2027, 6, 30), QTime(22, 15), Qt::UTC));
}

TEST_CASE("opening the demo breaks no rule: the pool job returns no lead", "[demo][leads]")
{
    test::TempDatabase t;
    generate(t, 3, 800);
    // Owned leads still in play exist (so the check below means something) ...
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM leads WHERE owner_id IS NOT NULL AND status IN ('new', "
                                  "'contacted', 'qualified')"))
              .toInt()
          > 20);
    // ... and some went back to the pool earlier, as the job audits it.
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN leads l ON l.id = a.entity_id WHERE "
                                  "a.entity = 'lead' AND a.action = 'pool_return' AND l.owner_id IS NULL AND "
                                  "a.occurred_at <= '%1'")
                       .arg(isotime::toStored(t.clock().now())))
              .toInt()
          > 0);
    PoolService pool(t.db());
    CHECK(pool.returnStale().isEmpty());
    // Still none at the end of the day, or the next day.
    CHECK(pool.returnStale(t.clock().now().addDays(1)).isEmpty());
}

TEST_CASE("the default office behaves like a real one: slips, losses everywhere, months differ, sane ROI and targets",
          "[demo]")
{
    test::TempDatabase t; // today 2026-11-23: the last full months are 2025-11 .. 2026-10
    DemoGenerator(t.db(), DemoOptions()).generate();
    const double deals = t.count(QStringLiteral("opportunities"));
    const double won = t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE status = 'won'")).toDouble();
    REQUIRE(won > 300);

    // Close dates slip: most won deals close in a later month than the first date their
    // owner set (the oldest recorded old value, else the stored date), and the pushes
    // are recorded as the repositories record them.
    const double later = t
                             .scalar(QStringLiteral(
                                 "SELECT count(*) FROM opportunities o WHERE o.status = 'won' AND substr(o.closed_at, "
                                 "1, 7) > substr(COALESCE((SELECT a.old_value FROM audit_log a WHERE a.entity = "
                                 "'opportunity' AND a.entity_id = o.id AND a.field = 'expected_close_date' AND "
                                 "a.old_value IS NOT NULL ORDER BY a.occurred_at, a.id LIMIT 1), "
                                 "o.expected_close_date), 1, 7)"))
                             .toDouble();
    CHECK(later / won > 0.35);
    CHECK(t.scalar(QStringLiteral("SELECT count(DISTINCT entity_id) FROM audit_log WHERE entity = 'opportunity' AND "
                                  "field = 'expected_close_date' AND action = 'update'"))
              .toDouble()
          > 0.25 * deals);
    CHECK(t.scalar(
               QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'opportunity' AND field = 'amount_cents'"))
              .toInt()
          > 0);
    // 10–15 % of deals have no expected close date; some got one later (old value NULL).
    const double noDate =
        t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE expected_close_date IS NULL")).toDouble();
    CHECK(noDate / deals >= 0.08);
    CHECK(noDate / deals <= 0.18);
    CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'expected_close_date' AND old_value IS "
                                  "NULL"))
              .toInt()
          > 0);
    // Deals are lost at every stage, late ones included.
    for (int position = 0; position < 4; ++position) {
        INFO("stage position " << position);
        CHECK(t.scalar(QStringLiteral("SELECT count(*) FROM opportunities o JOIN stages s ON s.id = o.stage_id WHERE "
                                      "o.status = 'lost' AND s.position = %1")
                           .arg(position))
                  .toDouble()
              > 0.05 * won);
    }
    // Some deals are created and won inside one month.
    CHECK(
        t.scalar(QStringLiteral("SELECT count(*) FROM opportunities WHERE status = 'won' AND substr(created_at, 1, 7) "
                                "= substr(closed_at, 1, 7)"))
            .toDouble()
        > 0.04 * won);

    // Months differ: a real spread, and the Spring Festival month (春节 2026-02-17) is
    // below the year's median.
    const QMap<QString, qint64> byMonth = wonByMonth(t);
    std::vector<double> year;
    for (QDate m(2025, 11, 1); m <= QDate(2026, 10, 1); m = m.addMonths(1))
        year.push_back(double(byMonth.value(m.toString(QStringLiteral("yyyy-MM")))));
    std::vector<double> sorted = year;
    std::sort(sorted.begin(), sorted.end());
    const double median = (sorted[5] + sorted[6]) / 2;
    double mean = 0, squares = 0;
    for (double v : year)
        mean += v / 12;
    for (double v : year)
        squares += (v - mean) * (v - mean) / 12;
    CHECK(std::sqrt(squares) / mean > 0.15);
    CHECK(year[3] < median); // 2026-02

    // Campaign ROI reads like a real one: median between −50 % and 1,000 %, few outliers.
    analytics::ResultsQuery rq;
    const analytics::ResultsAnalysis results = analytics::computeResults(t.db(), rq);
    std::vector<double> rois;
    for (const analytics::CampaignRow &c : results.campaigns) {
        if (c.roi)
            rois.push_back(*c.roi);
    }
    REQUIRE(rois.size() >= 10);
    std::sort(rois.begin(), rois.end());
    CHECK(rois[rois.size() / 2] > -0.5);
    CHECK(rois[rois.size() / 2] < 10.0);
    const auto outliers = std::count_if(rois.begin(), rois.end(), [](double r) { return r < -0.5 || r > 10.0; });
    CHECK(outliers <= 3);

    // Targets stay sensible: the year is within 20 % of target, and at most two months
    // are more than 40 % off.
    double yearWon = 0, yearTarget = 0;
    int farOff = 0;
    for (QDate m(2025, 11, 1); m <= QDate(2026, 10, 1); m = m.addMonths(1)) {
        const QString period = m.toString(QStringLiteral("yyyy-MM"));
        const double target = t.scalar(QStringLiteral("SELECT amount_cents FROM targets WHERE level = 'company' AND "
                                                      "period = '%1'")
                                           .arg(period))
                                  .toDouble();
        REQUIRE(target > 0);
        const double w = double(byMonth.value(period));
        yearWon += w;
        yearTarget += target;
        farOff += (w < 0.6 * target || w > 1.4 * target) ? 1 : 0;
    }
    CHECK(yearWon > 0.8 * yearTarget);
    CHECK(yearWon < 1.2 * yearTarget);
    CHECK(farOff <= 2);
}
