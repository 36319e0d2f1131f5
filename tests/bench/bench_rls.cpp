// bench_rls: what the server's row level security costs the analytics. Not a CTest test.
//   bench_rls [--opportunities N] [--runs R]
// On a throwaway PostgreSQL cluster (tests/support/pgcluster.h) the demo generator makes an
// office of N deals (default 100,000; seed 20261123, today 2026-12-01). Then funnel (90 days
// to 2026-12-01) and forecast (2026-12, configured and learned), each the median of R runs
// (default 7) after one unmeasured run, alternating the two sides run by run:
//   rep: the rep with the most deals, their own deals (Scope ownerId): under the rep's login
//        (row level security) against the installer's superuser, to whom it does not apply.
//        The same statements with the same values through the same code on the same data
//        (the figures must be equal), so the difference is what the policies cost.
//   admin, whole office: under an admin's login (every row passes the policies) against
//        the superuser.
// Target: RLS ≤ 1.5× the time without, printed beside each ratio. For information only,
// also everything the rep's login sees without a scope (their deal teams' deals too).
#include "builders.h"

#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "domain/errors.h"
#include "pgcluster.h"
#include "storage/database.h"
#include "storage/pgaccess.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace fd;
using namespace fd::analytics;

namespace {

QTextStream out(stdout);
const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

constexpr double kTarget = 1.5;

// The median of `runs` timed calls of each of a and b (one unmeasured call of each first:
// connection caches, PL/pgSQL plans), a and b alternating so that the machine's load falls
// on both alike.
std::pair<double, double> medians(int runs, const std::function<void()> &a, const std::function<void()> &b)
{
    a();
    b();
    std::vector<double> ta, tb;
    const auto timed = [](const std::function<void()> &f) {
        QElapsedTimer t;
        t.start();
        f();
        return double(t.nsecsElapsed()) / 1e6;
    };
    for (int i = 0; i < runs; ++i) {
        ta.push_back(timed(a));
        tb.push_back(timed(b));
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        const size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    };
    return {median(ta), median(tb)};
}

// Returns true when the ratio is within the target.
bool compare(const QString &what, double withRls, double without)
{
    const double ratio = withRls / without;
    const bool ok = ratio <= kTarget;
    out << QStringLiteral("%1 RLS %2 ms   without %3 ms   ratio %4  (target <= %5: %6)\n")
               .arg(what, -44)
               .arg(withRls, 8, 'f', 2)
               .arg(without, 8, 'f', 2)
               .arg(ratio, 0, 'f', 2)
               .arg(kTarget, 0, 'f', 1)
               .arg(ok ? QStringLiteral("ok") : QStringLiteral("OVER"));
    out.flush();
    return ok;
}

struct Work
{
    QString name;
    std::function<qint64(Database &, qint64 ownerId)> run; // returns a figure to compare
};

struct ClientResult
{
    qint64 moves = 0;
    qint64 unchanged = 0;
    qint64 conflicts = 0;
    qint64 errors = 0;
    QString firstError;
    std::vector<double> latenciesMs;
};

int concurrent(int seconds, int clients)
{
    test::TempPgDatabase t(kNow);
    Database &super = t.db();
    test::Builders make(super);
    const Pipeline pipeline = make.pipeline();
    const qint64 team = make.team(QStringLiteral("并发组"));
    QStringList logins;
    QList<qint64> reps;
    for (int i = 0; i < clients; ++i) {
        const QString login = QStringLiteral("bench_desk_%1").arg(i + 1);
        SqlQuery add(super, QStringLiteral("INSERT INTO users (login, display_name, role, team_id, created_at, "
                                           "updated_at) VALUES (?, ?, 'rep', ?, ?, ?) RETURNING id"));
        reps << add.add(login)
                    .add(login)
                    .add(team)
                    .add(QStringLiteral("2026-01-01T00:00:00Z"))
                    .add(QStringLiteral("2026-01-01T00:00:00Z"))
                    .insert();
        pgaccess::createLogin(super, login, QStringLiteral("rep"), QStringLiteral("bench"));
        logins << login;
    }
    const qint64 customer = make.customer(QStringLiteral("并发客户"), 0, reps.first());
    QList<qint64> deals;
    for (int d = 0; d < 20; ++d) {
        const qint64 id = make.opportunity(pipeline, customer, reps.at(d % clients), 100000 + d).id;
        for (qint64 rep : reps)
            if (rep != reps.at(d % clients))
                super.exec(QStringLiteral("INSERT INTO opportunity_team_members (opportunity_id, user_id, role, "
                                          "split_percent) VALUES (%1, %2, 'desk', 0)")
                               .arg(id)
                               .arg(rep));
        deals << id;
    }
    const auto totals = [&] {
        SqlQuery q(super, QStringLiteral("SELECT (SELECT sum(row_version) FROM opportunities), (SELECT count(*) FROM "
                                         "opportunity_stage_history)"));
        q.exec();
        q.next();
        return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
    };
    const auto before = totals();

    std::vector<ClientResult> results(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    const PostgresParams base = t.params();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            ClientResult &r = results[size_t(c)];
            try {
                PostgresParams p = base;
                p.user = logins.at(c);
                auto db = Database::openPostgres(p);
                OpportunityRepository repo(*db);
                QRandomGenerator random(quint32(1000 + c));
                QElapsedTimer clock;
                clock.start();
                while (clock.elapsed() < seconds * 1000LL) {
                    const qint64 deal = deals.at(int(random.bounded(deals.size())));
                    const qint64 stage = pipeline.stages.at(int(random.bounded(pipeline.stages.size()))).id;
                    QElapsedTimer one;
                    one.start();
                    try {
                        const StageChange change = repo.changeStage(deal, stage);
                        if (change.changed()) {
                            ++r.moves;
                            r.latenciesMs.push_back(double(one.nsecsElapsed()) / 1e6);
                        } else {
                            ++r.unchanged;
                        }
                    } catch (const ConflictError &) {
                        ++r.conflicts;
                    } catch (const StorageError &e) {
                        if (r.firstError.isEmpty())
                            r.firstError = e.message();
                        ++r.errors;
                    }
                }
            } catch (const std::exception &e) {
                r.firstError = QString::fromUtf8(e.what());
                ++r.errors;
            }
        });
    }
    for (std::thread &th : threads)
        th.join();
    const auto after = totals();

    ClientResult all;
    for (const ClientResult &r : results) {
        all.moves += r.moves;
        all.unchanged += r.unchanged;
        all.conflicts += r.conflicts;
        all.errors += r.errors;
        all.latenciesMs.insert(all.latenciesMs.end(), r.latenciesMs.begin(), r.latenciesMs.end());
        if (all.firstError.isEmpty())
            all.firstError = r.firstError;
    }
    std::sort(all.latenciesMs.begin(), all.latenciesMs.end());
    const auto quantile = [&](double q) {
        return all.latenciesMs.empty() ? 0.0 : all.latenciesMs[size_t(q * double(all.latenciesMs.size() - 1))];
    };
    const qint64 lostByVersion = all.moves - (after.first - before.first);
    const qint64 lostByHistory = all.moves - (after.second - before.second);
    out << clients << " desks, each its own rep login, " << seconds << " s on 20 shared deals:\n"
        << "  moves " << all.moves << " (" << QString::number(double(all.moves) / double(seconds), 'f', 1) << " /s), "
        << "conflicts detected " << all.conflicts << ", already there " << all.unchanged << ", errors " << all.errors
        << "\n  latency of a move p50 " << QString::number(quantile(0.5), 'f', 1) << " ms, p95 "
        << QString::number(quantile(0.95), 'f', 1) << " ms\n"
        << "  lost updates: " << lostByVersion << " by row version, " << lostByHistory << " by stage history\n";
    if (!all.firstError.isEmpty())
        out << "  first error: " << all.firstError << "\n";
    return lostByVersion == 0 && lostByHistory == 0 && all.errors == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().value(1) == QLatin1String("--concurrent"))
        return concurrent(app.arguments().value(2, QStringLiteral("60")).toInt(),
                          app.arguments().value(3, QStringLiteral("10")).toInt());
    int opportunities = 100000;
    int runs = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--opportunities"))
            opportunities = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[++i].toInt());
    }

    FixedClock clock(kNow);
    test::TempPgDatabase t(kNow);
    Database &super = t.db();
    {
        QElapsedTimer g;
        g.start();
        // Seeding as the installer: the audit triggers would journal every generated row.
        super.exec(QStringLiteral("SET session_replication_role = replica"));
        DemoGenerator(super, DemoOptions{20261123, opportunities, kNow.date()}).generate();
        super.exec(QStringLiteral("SET session_replication_role = DEFAULT"));
        // That also skipped the trigger that puts each deal's team on the deal (migration 0013).
        super.exec(QStringLiteral("SELECT fd_refresh_deal_teams()"));
        super.exec(QStringLiteral("ANALYZE"));
        out << "Generated " << opportunities << " deals in " << QString::number(double(g.elapsed()) / 1000.0, 'f', 1)
            << " s\n";
    }
    SqlQuery pick(super, QStringLiteral("SELECT u.id, u.login, count(*) FROM opportunities o JOIN users u ON u.id = "
                                        "o.owner_id WHERE u.role = 'rep' GROUP BY u.id, u.login ORDER BY 3 DESC, 1 "
                                        "LIMIT 1"));
    pick.exec();
    pick.next();
    const qint64 repId = pick.value(0).toLongLong();
    const QString repLogin = pick.value(1).toString();
    out << "Rep " << repLogin << " (#" << repId << ") owns " << pick.value(2).toLongLong() << " of "
        << t.count(QStringLiteral("opportunities")) << " deals\n";
    SqlQuery adminPick(super, QStringLiteral("SELECT login FROM users WHERE role = 'admin' ORDER BY id LIMIT 1"));
    QString adminLogin = adminPick.scalar().toString();
    if (adminLogin.isEmpty()) {
        adminLogin = QStringLiteral("bench_admin");
        SqlQuery add(super, QStringLiteral("INSERT INTO users (login, display_name, role, created_at, updated_at) "
                                           "VALUES (?, 'Bench admin', 'admin', ?, ?)"));
        add.add(adminLogin)
            .add(QStringLiteral("2026-01-01T00:00:00Z"))
            .add(QStringLiteral("2026-01-01T00:00:00Z"))
            .exec();
    }
    pgaccess::createLogin(super, repLogin, QStringLiteral("rep"), QStringLiteral("bench-rep"));
    pgaccess::createLogin(super, adminLogin, QStringLiteral("admin"), QStringLiteral("bench-admin"));
    const auto login = [&](const QString &name) {
        PostgresParams p = t.params();
        p.user = name;
        auto db = Database::openPostgres(p);
        db->setClock(&clock);
        return db;
    };
    auto rep = login(repLogin);
    auto admin = login(adminLogin);

    const QList<Work> work{
        {QStringLiteral("funnel, 90 days"),
         [](Database &db, qint64 owner) {
             FunnelQuery q;
             q.scope.ownerId = owner;
             q.asOf = kNow;
             q.to = kNow.date();
             q.from = windowStart(q.to, kDefaultFunnelWindowDays);
             const FunnelResult r = computeFunnel(db, q);
             qint64 open = 0;
             for (const FunnelStage &s : r.stages)
                 open += s.openAmount;
             return open + r.wonAmount;
         }},
        {QStringLiteral("forecast 2026-12, configured"),
         [](Database &db, qint64 owner) {
             ForecastQuery q;
             q.period = QStringLiteral("2026-12");
             q.scope.ownerId = owner;
             q.asOf = kNow;
             return computeForecast(db, q).forecast;
         }},
        {QStringLiteral("forecast 2026-12, learned"),
         [](Database &db, qint64 owner) {
             ForecastQuery q;
             q.period = QStringLiteral("2026-12");
             q.method = ForecastMethod::Learned;
             q.scope.ownerId = owner;
             q.asOf = kNow;
             return computeForecast(db, q).forecast;
         }},
    };
    out << "\nMedian of " << runs << " runs each:\n";
    bool allOk = true;
    for (const Work &w : work) {
        qint64 underRls = 0, plain = 0;
        const auto [rls, without] = medians(
            runs, [&] { underRls = w.run(*rep, repId); }, [&] { plain = w.run(super, repId); });
        allOk = compare(QStringLiteral("rep: ") + w.name, rls, without) && allOk;
        if (underRls != plain)
            out << "  FIGURES DIFFER: " << underRls << " under RLS, " << plain << " without\n";
    }
    for (const Work &w : work) {
        const auto [rls, without] = medians(
            runs, [&] { w.run(*admin, 0); }, [&] { w.run(super, 0); });
        allOk = compare(QStringLiteral("admin, whole office: ") + w.name, rls, without) && allOk;
    }
    out << "\nFor information, everything the rep's login sees (no scope; their deal teams' deals too):\n";
    for (const Work &w : work) {
        const auto [rls, own] = medians(
            runs, [&] { w.run(*rep, 0); }, [&] { w.run(*rep, repId); });
        out << QStringLiteral("  %1 %2 ms (their own deals: %3 ms)\n")
                   .arg(w.name, -40)
                   .arg(rls, 8, 'f', 2)
                   .arg(own, 8, 'f', 2);
    }
    out << (allOk ? "\nAll within the target.\n" : "\nNOT all within the target.\n");
    return 0;
}
