// bench_forecast: the forecast engine on a 100,000-deal demo office. Not a CTest test.
//   bench_forecast [FILE] [--opportunities N]
// Prints the 24-month backtest of every method (target ≤ 10 s), one learned forecast, one auto
// forecast cold (no cached choice) and warm, and the time until the dashboard would show the
// forecast after a start with the choice in the per-user cache file (target ≤ 1 s): a fresh
// process (this program with --startup) that opens the file and computes the auto forecast.
// FILE (default /tmp/funneldesk-bench-forecast-100k.sqlite) is made by the demo generator
// (seed 20261123, today 2026-12-01) when missing; the clock is held at 2026-12-01 09:00 UTC.
//   bench_forecast --synthetic [SEEDS]
// Instead: the synthetic offices of tests/support/syntheticoffice.h (20 deals a day) for seeds
// 1..SEEDS (default 6): calibration (worst row of ≥ 200 deals, with and without the month's
// phase × season factor), MAPE and bias of the learned method against the run rate, and the
// learned MAPE without its season factor, its phase factor, or either.
#include "analytics/backtest.h"
#include "analytics/forecast.h"
#include "analytics/forecastauto.h"
#include "analytics/learnedmodel.h"
#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"
#include "syntheticoffice.h"
#include "tempdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <functional>
#include <memory>

using namespace fd;
using namespace fd::analytics;

namespace {

QTextStream out(stdout);

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
const QString kPeriod = QStringLiteral("2026-12");

double timed(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

void line(const QString &what, double ms, const QString &note = {})
{
    out << QStringLiteral("%1 %2 ms  %3\n").arg(what, -54).arg(ms, 9, 'f', 1).arg(note);
    out.flush();
}

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("-");
}

std::unique_ptr<Database> open(const QString &path, FixedClock &clock)
{
    std::unique_ptr<Database> db = Database::openSqlite(path);
    db->setClock(&clock);
    return db;
}

// The dashboard after a start: open the file, load what the forecast needs, resolve "auto"
// (from the cache file when the data did not change) and compute the chosen method.
int startup(const QString &path)
{
    FixedClock clock(kNow);
    QElapsedTimer t;
    t.start();
    auto db = open(path, clock);
    const double opened = t.nsecsElapsed() / 1e6;
    const qint64 now = toInstant(kNow);
    const auto stale = lastForecastMethodChoice(*db, Scope{}, now);
    const double cached = t.nsecsElapsed() / 1e6;
    ForecastQuery q;
    q.period = kPeriod;
    q.method = ForecastMethod::Auto;
    const ForecastResult f = computeForecast(*db, q);
    const double total = t.nsecsElapsed() / 1e6;
    out << QStringLiteral("startup %1 %2 %3 %4 %5\n")
               .arg(opened, 0, 'f', 1)
               .arg(cached - opened, 0, 'f', 1)
               .arg(total, 0, 'f', 1)
               .arg(toString(f.method))
               .arg(stale ? toString(stale->method) : QStringLiteral("none"));
    return 0;
}

// The learned forecast of a backtest month with its season factor, its phase factor or both
// taken out again (forecast.cpp: expected = deals × phase × season + new deals × season).
struct Ablation
{
    double none = 0, noSeason = 0, noPhase = 0, full = 0;
};

Ablation ablate(Database &db, const Snapshot &s, const BacktestMonth &m)
{
    ForecastQuery q;
    q.period = m.month;
    q.method = ForecastMethod::Learned;
    q.asOf = m.asOf;
    const ForecastResult f = computeForecast(db, s, q);
    const double fresh = double(f.newDealsExpected) / f.seasonFactor;
    const double deals = (double(f.expected) - double(f.newDealsExpected)) / (f.phaseFactor * f.seasonFactor);
    Ablation a;
    a.full = double(f.forecast);
    a.none = double(f.wonInPeriod) + deals + fresh;
    a.noSeason = double(f.wonInPeriod) + deals * f.phaseFactor + fresh;
    a.noPhase = double(f.wonInPeriod) + (deals + fresh) * f.seasonFactor;
    return a;
}

int synthetic(int seeds)
{
    out << "Synthetic offices (tests/support/syntheticoffice.h, 20 deals a day, 2022-12 .. 2026-12), backtest "
           "2025-12 .. 2026-11\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
               .arg(QStringLiteral("seed"), 5)
               .arg(QStringLiteral("deals"), 6)
               .arg(QStringLiteral("worst calibration row (w/o factors)"), 42)
               .arg(QStringLiteral("learned"), 8)
               .arg(QStringLiteral("bias"), 7)
               .arg(QStringLiteral("cover"), 7)
               .arg(QStringLiteral("width"), 7)
               .arg(QStringLiteral("run rate"), 9)
               .arg(QStringLiteral("no season"), 10)
               .arg(QStringLiteral("no phase"), 9)
               .arg(QStringLiteral("neither"), 8);
    for (int seed = 1; seed <= seeds; ++seed) {
        test::TempDatabase tdb(kNow);
        test::SyntheticProcess process;
        process.seed = quint64(seed);
        process.dealsPerDay = 20;
        test::SyntheticOffice office(tdb.db(), process);
        BacktestQuery q;
        q.fromMonth = QStringLiteral("2025-12");
        q.toMonth = QStringLiteral("2026-11");
        q.methods = {ForecastMethod::Learned, ForecastMethod::Configured, ForecastMethod::RunRate};
        q.calibration = true;
        const Snapshot s = Snapshot::load(tdb.db(), {0, toInstant(kNow)});
        const BacktestResult b = runBacktest(tdb.db(), s, q);
        double worst = 0;
        QString where;
        for (const CalibrationRow &r : b.calibration) {
            if (r.deals >= 200 && std::abs(r.learned - r.observed) > worst) {
                worst = std::abs(r.learned - r.observed);
                where = QStringLiteral("%1 %2/%3").arg(r.key.left(10), percent(r.learned), percent(r.observed));
            }
        }
        // The same table with each month's factors (phase × season, common to every deal of the
        // month) divided out again: what the cells alone predict.
        QHash<QString, std::pair<double, double>> raw; // key → (Σ learned / factor, deals)
        for (const BacktestMonth &m : b.months) {
            BacktestQuery one = q;
            one.fromMonth = one.toMonth = m.month;
            ForecastQuery fq;
            fq.period = m.month;
            fq.method = ForecastMethod::Learned;
            fq.asOf = m.asOf;
            const ForecastResult f = computeForecast(tdb.db(), s, fq);
            for (const CalibrationRow &r : runBacktest(tdb.db(), s, one).calibration) {
                auto &acc = raw[r.key];
                acc.first += r.learned * double(r.deals) / (f.phaseFactor * f.seasonFactor);
                acc.second += double(r.deals);
            }
        }
        double worstRaw = 0;
        for (const CalibrationRow &r : b.calibration) {
            const auto acc = raw.value(r.key);
            if (r.deals >= 200 && acc.second > 0)
                worstRaw = std::max(worstRaw, std::abs(acc.first / acc.second - r.observed));
        }
        double mape[4] = {0, 0, 0, 0};
        int months = 0;
        for (const BacktestMonth &m : b.months) {
            if (m.actual <= 0)
                continue;
            const Ablation a = ablate(tdb.db(), s, m);
            const double actual = double(m.actual);
            mape[0] += std::abs(a.noSeason - actual) / actual;
            mape[1] += std::abs(a.noPhase - actual) / actual;
            mape[2] += std::abs(a.none - actual) / actual;
            ++months;
        }
        const BacktestMethod *learned = b.method(ForecastMethod::Learned);
        const BacktestMethod *runRate = b.method(ForecastMethod::RunRate);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                   .arg(seed, 5)
                   .arg(office.deals(), 6)
                   .arg(QStringLiteral("%1 %2 (%3)").arg(percent(worst), 6).arg(where, percent(worstRaw)), 42)
                   .arg(percent(learned->mape), 8)
                   .arg(percent(learned->bias), 7)
                   .arg(percent(learned->coverage), 7)
                   .arg(percent(learned->meanWidth), 7)
                   .arg(percent(runRate->mape), 9)
                   .arg(percent(mape[0] / months), 10)
                   .arg(percent(mape[1] / months), 9)
                   .arg(percent(mape[2] / months), 8);
        out.flush();
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--startup"))
        return startup(args[2]);
    if (args.size() >= 2 && args[1] == QLatin1String("--synthetic")) {
        QTemporaryDir home;
        qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
        return synthetic(args.size() >= 3 ? args[2].toInt() : 6);
    }
    QString path = QStringLiteral("/tmp/funneldesk-bench-forecast-100k.sqlite");
    int opportunities = 100000;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--opportunities") && i + 1 < args.size())
            opportunities = args[++i].toInt();
        else
            path = args[i];
    }
    // A cache folder of our own: "cold" means no choice cached anywhere.
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());

    FixedClock clock(kNow);
    const bool fresh = !QFile::exists(path);
    auto db = open(path, clock);
    Migrator(*db).migrate();
    if (fresh) {
        out << "Generating " << opportunities << " opportunities into " << path << " …\n";
        out.flush();
        const double ms = timed([&] {
            DemoGenerator(*db, DemoOptions{20261123, opportunities, kNow.date()}).generate();
        });
        out << "  generated in " << QString::number(ms / 1000, 'f', 1) << " s\n";
    }
    {
        SqlQuery q(*db, QStringLiteral("SELECT (SELECT count(*) FROM opportunities), (SELECT count(*) FROM "
                                       "opportunity_stage_history), (SELECT count(*) FROM audit_log)"));
        q.exec();
        q.next();
        out << "File " << path << ": " << q.value(0).toLongLong() << " opportunities, " << q.value(1).toLongLong()
            << " history rows, " << q.value(2).toLongLong() << " audit rows; as of " << kNow.toString(Qt::ISODate)
            << "\n\n";
    }

    Snapshot s;
    line(QStringLiteral("snapshot load (every deal)"), timed([&] { s = Snapshot::load(*db, {0, toInstant(kNow)}); }));

    // One forecast of each method for this month, from the loaded snapshot.
    for (ForecastMethod m : forecastMethods()) {
        ForecastQuery q;
        q.period = kPeriod;
        q.method = m;
        ForecastResult f;
        const double ms = timed([&] { f = computeForecast(*db, s, q); });
        line(QStringLiteral("forecast %1 %2 (snapshot loaded)").arg(toString(m), kPeriod), ms,
             QStringLiteral("forecast %1").arg(double(f.forecast) / 100.0, 0, 'f', 0));
    }
    {
        ForecastQuery q;
        q.period = kPeriod;
        q.method = ForecastMethod::Learned;
        line(QStringLiteral("forecast learned %1 (with snapshot load)").arg(kPeriod),
             timed([&] { computeForecast(*db, q); }));
    }

    // Auto: cold (no choice in memory or on file: a 12-month backtest of every method), then warm.
    {
        ForecastQuery q;
        q.period = kPeriod;
        q.method = ForecastMethod::Auto;
        ForecastResult f;
        const double cold = timed([&] { f = computeForecast(*db, q); });
        line(QStringLiteral("forecast auto cold (choice computed)"), cold,
             QStringLiteral("chose %1, track record %2 over %3 months")
                 .arg(toString(f.method), percent(f.trackRecordMape))
                 .arg(f.trackRecordMonths));
        line(QStringLiteral("forecast auto warm (choice cached)"), timed([&] { f = computeForecast(*db, q); }));
        line(QStringLiteral("forecast auto warm, snapshot loaded"), timed([&] { f = computeForecast(*db, s, q); }));
    }

    // The dashboard after a start, the choice in the cache file: a fresh process, three times.
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup"), path});
        QElapsedTimer t;
        t.start();
        p.waitForFinished(-1);
        const double wall = t.nsecsElapsed() / 1e6;
        const QStringList f = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
        if (f.size() < 6) {
            out << "startup run failed: " << p.readAllStandardError() << '\n';
            continue;
        }
        line(QStringLiteral("dashboard forecast after start (run %1)").arg(run + 1), f[3].toDouble(),
             QStringLiteral("open %1 ms, cached choice read %2 ms, method %3 (cached: %4); process wall %5 ms; "
                            "target ≤ 1000 ms")
                 .arg(f[1], f[2], f[4], f[5])
                 .arg(wall, 0, 'f', 0));
    }

    // The 24-month backtest of every method (as the CLI runs it: 10,000 simulation runs).
    out << '\n';
    BacktestQuery q;
    q.fromMonth = QStringLiteral("2024-12");
    q.toMonth = QStringLiteral("2026-11");
    BacktestResult b;
    const double all = timed([&] { b = runBacktest(*db, s, q); });
    line(QStringLiteral("backtest 24 months, every method"), all, QStringLiteral("target ≤ 10000 ms"));
    for (ForecastMethod m : forecastMethods()) {
        BacktestQuery one = q;
        one.methods = {m};
        BacktestResult r;
        const double ms = timed([&] { r = runBacktest(*db, s, one); });
        const BacktestMethod *bm = r.method(m);
        line(QStringLiteral("  %1 alone").arg(toString(m)), ms,
             QStringLiteral("MAPE %1, WAPE %2, bias %3, P10-P90 %4, width %5")
                 .arg(percent(bm->mape), percent(bm->wape), percent(bm->bias), percent(bm->coverage),
                      percent(bm->meanWidth)));
    }
    // Where the learned method's error comes from: its MAPE over the same 24 months with the
    // season factor, the phase factor or both taken out again.
    {
        double mape[4] = {0, 0, 0, 0};
        int months = 0;
        for (const BacktestMonth &m : b.months) {
            if (m.actual <= 0)
                continue;
            const Ablation a = ablate(*db, s, m);
            const double actual = double(m.actual);
            mape[0] += std::abs(a.full - actual) / actual;
            mape[1] += std::abs(a.noSeason - actual) / actual;
            mape[2] += std::abs(a.noPhase - actual) / actual;
            mape[3] += std::abs(a.none - actual) / actual;
            ++months;
        }
        out << QStringLiteral("  learned MAPE over %1 months: as is %2, without season factor %3, without phase "
                              "factor %4, without either %5\n")
                   .arg(months)
                   .arg(percent(mape[0] / months), percent(mape[1] / months), percent(mape[2] / months),
                        percent(mape[3] / months));
    }
    BacktestQuery calibration = q;
    calibration.methods = {ForecastMethod::Learned, ForecastMethod::Configured};
    calibration.calibration = true;
    line(QStringLiteral("backtest 24 months --calibration (learned+configured)"),
         timed([&] { runBacktest(*db, s, calibration); }));
    return 0;
}
