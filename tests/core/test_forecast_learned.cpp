// The forecast engine against a synthetic office generated from a known process
// (tests/support/syntheticoffice.h): learned stage probabilities, backtest calibration and
// accuracy, the baselines by hand, past periods, the auto method and its cache, and the CLI.
#include "builders.h"
#include "catchqt.h"
#include "syntheticoffice.h"
#include "tempdatabase.h"

#include "analytics/backtest.h"
#include "analytics/forecast.h"
#include "analytics/forecastauto.h"
#include "analytics/winmodel.h"
#include "cliapp.h"
#include "clirun.h"
#include "domain/isotime.h"
#include "storage/repositories/opportunityrepository.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>

using namespace fd;
using namespace fd::analytics;

namespace {

// The office's history ends at its clock's now; the 12 months completed by then are judged.
QDateTime officeNow()
{
    return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
}
const QString kFirstMonth = QStringLiteral("2025-12");
const QString kLastMonth = QStringLiteral("2026-11");

struct SyntheticFixture
{
    explicit SyntheticFixture(const test::SyntheticProcess &process = {})
        : office(tdb.db(), process)
    {
    }
    test::TempDatabase tdb{officeNow()};
    test::SyntheticOffice office;
    Database &db() { return tdb.db(); }
    qint64 t() const { return toInstant(officeNow()); }
};

std::string percent(double v)
{
    return QString::number(v * 100, 'f', 1).toStdString() + " %";
}

} // namespace

// One office, three statistical checks (generating it is the costly part). ±5 points needs
// volume: at 6 deals a day the contract stage sees some 250 (deal, month) pairs a year, a
// binomial standard error of 3 points, and a correct model misses ±5 on one row in three
// offices; at 20 a day (≈ 35,000 deals over four years) the error is under 2 points.
TEST_CASE("Synthetic office: learned p̂ and calibration within 5 points of the truth, and the learned "
          "method beats the run rate",
          "[analytics][learned]")
{
    test::SyntheticProcess process;
    process.dealsPerDay = 20;
    QElapsedTimer timer;
    timer.start();
    SyntheticFixture f(process);
    INFO("generated " << f.office.deals() << " deals, " << f.office.historyRows() << " history rows, "
                      << f.office.auditRows() << " close-date slips in " << timer.elapsed() << " ms");
    REQUIRE(f.office.deals() > 30000);
    CHECK(f.tdb.count(QStringLiteral("opportunities")) == f.office.deals());
    CHECK(f.tdb.count(QStringLiteral("opportunity_stage_history")) == f.office.historyRows());
    CHECK(f.tdb.count(QStringLiteral("audit_log")) >= f.office.auditRows());

    // The historical method's p̂: deals really open in a stage, closed by T (won-through deals
    // of the quote stage do not count as contract-stage wins: counted, the last stage would
    // read 79 % instead of 70 %).
    const Snapshot s = Snapshot::load(f.db(), {0, f.t()});
    const WinModel m = WinModel::learn(s, f.t(), [](const DealRow &, const DealFields &) { return true; });
    const int p = s.defaultPipeline();
    for (int rank = 0; rank < 4; ++rank) {
        const StageLearning &l = m.stages[size_t(p)][size_t(rank)];
        INFO("stage " << rank << ": p̂ " << percent(l.probability) << " from " << l.closed << " closed deals, true "
                      << percent(f.office.trueWinProbability(rank)));
        CHECK(std::abs(l.probability - f.office.trueWinProbability(rank)) <= 0.05);
    }
    // …and they are what the historical method gives each deal of its stage.
    ForecastQuery hq;
    hq.period = QStringLiteral("2026-12");
    hq.method = ForecastMethod::Historical;
    const ForecastResult historical = computeForecast(f.db(), s, hq);
    REQUIRE(historical.deals.size() > 100);
    for (const ForecastDeal &d : historical.deals) {
        const int rank = f.office.pipeline().indexOf(d.stageId);
        REQUIRE(rank >= 0);
        CHECK(d.probability == m.stages[size_t(p)][size_t(rank)].probability);
    }

    BacktestQuery q;
    q.fromMonth = kFirstMonth;
    q.toMonth = kLastMonth;
    q.methods = {ForecastMethod::Learned, ForecastMethod::Configured, ForecastMethod::RunRate};
    q.calibration = true;
    const BacktestResult b = runBacktest(f.db(), q);

    // Calibration: rows with fewer than 200 (deal, month) pairs are not checked. On this office
    // that is the bucket of close dates passed more than 30 days ago (the process pushes a date
    // out within 21 days) and of dates more than 90 days ahead (none).
    constexpr qint64 kMinDeals = 200;
    int stages = 0, buckets = 0;
    for (const CalibrationRow &r : b.calibration) {
        const bool stage = r.dimension == CalibrationRow::Dimension::Stage;
        INFO((stage ? "stage " : "close date ")
             << r.key.toStdString() << ": " << r.deals << " deals, learned " << percent(r.learned) << ", configured "
             << percent(r.configured) << ", observed " << percent(r.observed));
        if (r.deals < kMinDeals)
            continue;
        CHECK(std::abs(r.learned - r.observed) <= 0.05);
        ++(stage ? stages : buckets);
    }
    CHECK(stages == 4);
    CHECK(buckets >= 5); // none, passed ≤ 30 days, due in 1–30, 31–60 and 61–90 days

    // Accuracy over the 12 months: a process with a season (Spring Festival, year-end) that the
    // open pipeline announces and a three-month run rate cannot.
    const BacktestMethod *learned = b.method(ForecastMethod::Learned);
    const BacktestMethod *runRate = b.method(ForecastMethod::RunRate);
    REQUIRE(learned);
    REQUIRE(runRate);
    REQUIRE(learned->months == 12);
    REQUIRE(runRate->months == 12);
    INFO("learned: MAPE " << percent(*learned->mape) << ", WAPE " << percent(*learned->wape) << ", bias "
                          << percent(*learned->bias) << ", P10-P90 coverage " << percent(*learned->coverage)
                          << ", width " << percent(*learned->meanWidth) << "; run rate: MAPE "
                          << percent(*runRate->mape) << ", bias " << percent(*runRate->bias));
    CHECK(*learned->mape <= *runRate->mape);
    CHECK(std::abs(*learned->bias) <= 0.10);
    CHECK(*learned->meanWidth > 0);
}

namespace {

// A small office of won deals in known months, for the baselines by hand. One win on the 15th
// of every month from 2025-01 to 2026-11 (the amounts grow, and 2026 is stronger), and two next
// to the start of the window a year before 2026-11-16.
struct WonFixture
{
    struct Win
    {
        QDateTime at;
        qint64 cents;
    };
    test::TempDatabase tdb{officeNow()};
    std::vector<Win> wins;

    WonFixture()
    {
        const QDate first(2025, 1, 1);
        for (QDate m = first; m <= QDate(2026, 11, 1); m = m.addMonths(1)) {
            const int i = (m.year() - first.year()) * 12 + m.month() - first.month();
            const qint64 yuan = 100000 + 7000 * i + (m.year() == 2026 ? 40000 : 0);
            wins.push_back({QDateTime(m.addDays(14), QTime(12, 0), Qt::UTC), yuan * 100});
        }
        wins.push_back({QDateTime(QDate(2025, 11, 16), QTime(0, 0), Qt::UTC), 3300000});
        wins.push_back({QDateTime(QDate(2025, 11, 15), QTime(23, 59, 59), Qt::UTC), 2100000});
        test::Builders b(tdb.db());
        const Pipeline p = b.pipeline();
        const qint64 owner = b.user(QStringLiteral("王五"));
        const qint64 customer = b.customer(QStringLiteral("手算客户"));
        Transaction tx(tdb.db());
        test::DealWriter writer(tdb.db(), p, owner, customer);
        for (const Win &w : wins) {
            // Created ten days before the win: the first deal on 2025-01-05.
            test::DealStory s;
            s.createdAt = w.at.toSecsSinceEpoch() - 10 * 86400;
            s.amountCents = w.cents;
            s.steps.push_back({w.at.toSecsSinceEpoch(), 0, test::DealStory::Status::Won});
            writer.write(s);
        }
        tx.commit();
    }

    // Σ won in [from, to], both inclusive.
    double won(const QDateTime &from, const QDateTime &to) const
    {
        double sum = 0;
        for (const Win &w : wins)
            sum += w.at >= from && w.at <= to ? double(w.cents) : 0.0;
        return sum;
    }
    // Σ won in the calendar months [first, last].
    double wonMonths(const QDate &first, const QDate &last) const
    {
        return won(QDateTime(first, QTime(0, 0), Qt::UTC),
                   QDateTime(last.addMonths(1), QTime(0, 0), Qt::UTC).addSecs(-1));
    }

    ForecastResult forecast(const QString &period, ForecastMethod method, const QDateTime &asOf)
    {
        ForecastQuery q;
        q.period = period;
        q.method = method;
        q.asOf = asOf;
        return computeForecast(tdb.db(), q);
    }
};

QDateTime lastSecondBefore(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-1);
}

QDate month(int year, int m)
{
    return QDate(year, m, 1);
}

} // namespace

TEST_CASE("Baselines by hand: run rate and seasonal naive with growth, short history, unavailable",
          "[analytics][baselines]")
{
    WonFixture w;
    const auto check = [&](const ForecastResult &r, double wonInPeriod, double expected) {
        CHECK(r.available);
        CHECK(r.wonInPeriod == qint64(wonInPeriod));
        CHECK(r.expected == std::llround(expected));
        CHECK(r.forecast == qint64(wonInPeriod) + std::llround(expected));
    };

    SECTION("a month as of its eve: three months' mean; last year's month × the growth of 11 months")
    {
        const QDateTime t = lastSecondBefore(QDate(2026, 12, 1));
        const double runRate = w.wonMonths(month(2026, 9), month(2026, 11)) / 3.0;
        check(w.forecast(QStringLiteral("2026-12"), ForecastMethod::RunRate, t), 0, runRate);
        // 12 months back and 12 more would reach 2024-12, before the first deal: 11 months.
        const double growth = w.wonMonths(month(2026, 1), month(2026, 11))
                              / w.wonMonths(month(2025, 1), month(2025, 11));
        REQUIRE(growth > 1.2);
        const double seasonal = w.wonMonths(month(2025, 12), month(2025, 12)) * growth;
        check(w.forecast(QStringLiteral("2026-12"), ForecastMethod::SeasonalNaive, t), 0, seasonal);
    }

    SECTION("mid-quarter: what is won so far plus the rest of the window, 1.5 months")
    {
        const QDateTime t = QDateTime(QDate(2026, 11, 15), QTime(23, 59, 59), Qt::UTC);
        const double wonSoFar = w.won(QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC), t);
        REQUIRE(wonSoFar > 0);
        // 16–30 November is half of November, then all of December.
        const double runRate = w.wonMonths(month(2026, 8), month(2026, 10)) / 3.0 * 1.5;
        check(w.forecast(QStringLiteral("2026-Q4"), ForecastMethod::RunRate, t), wonSoFar, runRate);
        // The same window a year earlier starts at 2025-11-16 00:00:00: the win at that second
        // counts, the one a second earlier does not. Growth over the 10 months from January.
        const double lastYear = w.won(QDateTime(QDate(2025, 11, 16), QTime(0, 0), Qt::UTC),
                                      QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), Qt::UTC));
        REQUIRE(lastYear == 3300000.0 + double(w.wins[11].cents));
        const double growth = w.wonMonths(month(2026, 1), month(2026, 10))
                              / w.wonMonths(month(2025, 1), month(2025, 10));
        check(w.forecast(QStringLiteral("2026-Q4"), ForecastMethod::SeasonalNaive, t), wonSoFar, lastYear * growth);
    }

    SECTION("short history: December before the first deal is no history; under 3 months, no growth")
    {
        const QDateTime march = lastSecondBefore(QDate(2025, 3, 1));
        check(w.forecast(QStringLiteral("2025-03"), ForecastMethod::RunRate, march), 0,
              w.wonMonths(month(2025, 1), month(2025, 2)) / 2.0);
        // A year before February 2026 is history, but only 2 months have a year-earlier twin.
        check(w.forecast(QStringLiteral("2026-02"), ForecastMethod::SeasonalNaive, lastSecondBefore(QDate(2026, 2, 1))),
              0, w.wonMonths(month(2025, 2), month(2025, 2)));
    }

    SECTION("unavailable: the same window a year earlier predates the first deal")
    {
        const ForecastResult r = w.forecast(QStringLiteral("2025-12"), ForecastMethod::SeasonalNaive,
                                            lastSecondBefore(QDate(2025, 12, 1)));
        CHECK_FALSE(r.available);
        CHECK(r.expected == 0);
        CHECK(r.forecast == r.wonInPeriod);
        // January 2026's twin is January 2025, the first deal's month: available.
        CHECK(w.forecast(QStringLiteral("2026-01"), ForecastMethod::SeasonalNaive, lastSecondBefore(QDate(2026, 1, 1)))
                  .available);
    }
}

TEST_CASE("A period that ended before T is forecast at what was won in it, by every method", "[analytics][learned]")
{
    SyntheticFixture f;
    const auto wonSql = [&](const QDate &first, const QDate &last) {
        SqlQuery q(f.db(),
                   QStringLiteral("SELECT COALESCE(sum(amount_cents), 0) FROM opportunities WHERE status = 'won' "
                                  "AND closed_at >= ? AND closed_at < ?"));
        q.add(isotime::toStored(QDateTime(first, QTime(0, 0), Qt::UTC)))
            .add(isotime::toStored(QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC)));
        return q.scalar().toLongLong();
    };
    // Open deals still expected in November (their dates passed days ago, not yet pushed out):
    // exactly what a forecast of a finished period must not add.
    SqlQuery open(f.db(), QStringLiteral("SELECT count(*) FROM opportunities WHERE status = 'open' AND "
                                         "expected_close_date BETWEEN '2026-11-01' AND '2026-11-30'"));
    REQUIRE(open.scalar().toLongLong() > 0);
    const std::vector<std::tuple<QString, QDate, QDate>> periods{
        {QStringLiteral("2026-11"), QDate(2026, 11, 1), QDate(2026, 11, 30)},
        {QStringLiteral("2026-Q3"), QDate(2026, 7, 1), QDate(2026, 9, 30)}};
    for (const auto &[period, first, last] : periods) {
        const qint64 won = wonSql(first, last);
        REQUIRE(won > 0);
        for (ForecastMethod method : forecastMethods()) {
            ForecastQuery q;
            q.period = period;
            q.method = method;
            q.runs = 500;
            const ForecastResult r = computeForecast(f.db(), q);
            INFO(period.toStdString() << " by " << toString(method).toStdString());
            CHECK(r.wonInPeriod == won);
            CHECK(r.expected == 0);
            CHECK(r.forecast == won);
            if (hasRange(method)) {
                CHECK(r.p10 == won);
                CHECK(r.p90 == won);
            }
        }
    }
}

namespace {

// What the auto method should choose from a backtest: the lowest MAPE among the methods
// measured on every month (learned first on ties, as forecastMethods() lists it).
const BacktestMethod *bestOf(const BacktestResult &b)
{
    int months = 0;
    for (const BacktestMethod &m : b.methods)
        months = std::max(months, m.months);
    const BacktestMethod *best = nullptr;
    for (const BacktestMethod &m : b.methods) {
        if (m.months == months && m.mape && (!best || *m.mape < *best->mape))
            best = &m;
    }
    return best;
}

// The auto choice's own backtest: the 12 months completed by T, known at T; its simulation
// runs 2,000 times (forecastauto.cpp), which moves its MAPE by well under a point.
BacktestResult choiceBacktest(Database &db, const Snapshot &s)
{
    BacktestQuery q;
    q.fromMonth = kFirstMonth;
    q.toMonth = kLastMonth;
    q.knownAt = officeNow();
    q.runs = 2000;
    q.methods = autoCandidates();
    return runBacktest(db, s, q);
}

QJsonObject cachedChoices()
{
    QFile file(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
               + QStringLiteral("/forecast-method-choice.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

TEST_CASE("Auto picks the lowest 12-month MAPE as of T, shows its track record, and caches the choice",
          "[analytics][auto]")
{
    SyntheticFixture f;
    const Snapshot s = Snapshot::load(f.db(), {0, f.t()});
    QElapsedTimer timer;
    timer.start();
    const AutoChoice choice = chooseForecastMethod(f.db(), s, Scope{}, f.t());
    const qint64 cold = timer.nsecsElapsed();

    const BacktestResult b = choiceBacktest(f.db(), s);
    const BacktestMethod *best = bestOf(b);
    REQUIRE(best);
    INFO("chose " << toString(choice.method).toStdString() << " at " << percent(choice.mape.value_or(-1))
                  << "; the backtest's best is " << toString(best->method).toStdString() << " at "
                  << percent(*best->mape));
    CHECK(choice.method == best->method);
    REQUIRE(choice.mape);
    CHECK(*choice.mape == Approx(*best->mape));
    CHECK(choice.months == 12);
    REQUIRE(choice.scores.size() == b.methods.size());
    for (const AutoChoice::Score &score : choice.scores) {
        const BacktestMethod *m = b.method(score.method);
        REQUIRE(m);
        INFO(toString(score.method).toStdString());
        CHECK(score.months == m->months);
        CHECK(score.mape.has_value() == m->mape.has_value());
        if (score.mape)
            CHECK(*score.mape == Approx(*m->mape).margin(score.method == ForecastMethod::Simulation ? 0.01 : 1e-12));
    }

    // The forecast by "auto" is the chosen method's, with its track record beside it.
    ForecastQuery q;
    q.period = QStringLiteral("2026-12");
    q.method = ForecastMethod::Auto;
    const ForecastResult automatic = computeForecast(f.db(), s, q);
    q.method = choice.method;
    const ForecastResult direct = computeForecast(f.db(), s, q);
    CHECK(automatic.autoSelected);
    CHECK_FALSE(direct.autoSelected);
    CHECK(automatic.method == choice.method);
    CHECK(automatic.forecast == direct.forecast);
    REQUIRE(automatic.trackRecordMape);
    CHECK(*automatic.trackRecordMape == Approx(*choice.mape));
    CHECK(automatic.trackRecordMonths == 12);

    // Unchanged data: answered from the cache, without a backtest.
    timer.restart();
    const AutoChoice again = chooseForecastMethod(f.db(), s, Scope{}, f.t());
    const qint64 warm = timer.nsecsElapsed();
    INFO("cold " << cold / 1000000 << " ms, warm " << warm / 1000 << " µs");
    CHECK(again.method == choice.method);
    CHECK(again.mape == choice.mape);
    CHECK(warm * 20 < cold);

    // The choice is in the per-user cache file, so a restart shows the forecast at once: a copy
    // of the database (another file, same data) whose entry says otherwise is answered from the
    // file without a backtest — which proves the file is read.
    const QJsonObject stored = cachedChoices();
    QString key;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (it.key().startsWith(f.tdb.path() + QLatin1Char('|')))
            key = it.key();
    }
    REQUIRE_FALSE(key.isEmpty());
    CHECK(stored.value(key).toObject().value(QStringLiteral("method")).toString() == toString(choice.method));
    const QString copyPath = f.tdb.dir() + QStringLiteral("/copy.sqlite");
    SqlQuery(f.db(), QStringLiteral("VACUUM INTO ?")).add(copyPath).exec();
    const ForecastMethod planted = choice.method == ForecastMethod::SeasonalNaive ? ForecastMethod::Configured
                                                                                  : ForecastMethod::SeasonalNaive;
    {
        QJsonObject entry = stored.value(key).toObject();
        entry.insert(QStringLiteral("method"), toString(planted));
        entry.insert(QStringLiteral("mape"), 0.777);
        QJsonObject all = stored;
        all.insert(QString(key).replace(f.tdb.path(), copyPath), entry);
        QFile file(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                   + QStringLiteral("/forecast-method-choice.json"));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(all).toJson());
    }
    auto copy = Database::openSqlite(copyPath);
    copy->setClock(&f.tdb.clock());
    const AutoChoice fromFile = chooseForecastMethod(*copy, s, Scope{}, f.t());
    CHECK(fromFile.method == planted);
    CHECK(fromFile.mape == Approx(0.777));
    const auto last = lastForecastMethodChoice(*copy, Scope{}, f.t());
    REQUIRE(last);
    CHECK(last->method == planted);

    // A changed deal changes the data's fingerprint: a fresh choice, from the changed data.
    {
        SqlQuery won(*copy, QStringLiteral("SELECT id FROM opportunities WHERE status = 'won' AND closed_at >= "
                                           "'2026-06-01' AND closed_at < '2026-07-01' ORDER BY amount_cents DESC"));
        const qint64 id = won.scalar().toLongLong();
        OpportunityRepository repo(*copy);
        Opportunity o = repo.get(id);
        o.amount.cents *= 4;
        repo.update(o);
    }
    const Snapshot changed = Snapshot::load(*copy, {0, f.t()});
    const AutoChoice fresh = chooseForecastMethod(*copy, changed, Scope{}, f.t());
    const BacktestResult after = choiceBacktest(*copy, changed);
    REQUIRE(bestOf(after));
    CHECK(fresh.method == bestOf(after)->method);
    REQUIRE(fresh.mape);
    CHECK(*fresh.mape == Approx(*bestOf(after)->mape));
    CHECK(*fresh.mape != Approx(0.777));

    // A stage's configured probability is part of the data too: the choice is no longer current.
    bool current = false;
    REQUIRE(lastForecastMethodChoice(*copy, Scope{}, f.t(), &current));
    CHECK(current);
    SqlQuery(*copy, QStringLiteral("UPDATE stages SET win_probability = win_probability + 5 WHERE id = "
                                   "(SELECT min(id) FROM stages)"))
        .exec();
    REQUIRE(lastForecastMethodChoice(*copy, Scope{}, f.t(), &current));
    CHECK_FALSE(current);
}

namespace {

QJsonObject cliJson(const QString &db, const QStringList &args)
{
    const test::CliRun r = test::runCliWith(QStringList{QStringLiteral("--db"), db} + args);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("CLI: backtest methods and baselines, the calibration table, forecast by auto with its track record",
          "[analytics][auto][cli]")
{
    SyntheticFixture f;
    const QString from = QStringLiteral("2026-06"), to = QStringLiteral("2026-11");
    const QJsonObject bt = cliJson(f.tdb.path(),
                                   {QStringLiteral("backtest"), QStringLiteral("--from"), from, QStringLiteral("--to"),
                                    to, QStringLiteral("--runs"), QStringLiteral("1000"),
                                    QStringLiteral("--calibration"), QStringLiteral("--json")});
    BacktestQuery q;
    q.fromMonth = from;
    q.toMonth = to;
    q.runs = 1000;
    q.calibration = true;
    const BacktestResult b = runBacktest(f.db(), q);

    const QJsonArray methods = bt.value(QStringLiteral("methods")).toArray();
    REQUIRE(methods.size() == int(forecastMethods().size()));
    QStringList names;
    for (const QJsonValue &v : methods) {
        const QJsonObject m = v.toObject();
        const QString name = m.value(QStringLiteral("method")).toString();
        names << name;
        ForecastMethod method;
        REQUIRE(parseForecastMethod(name, &method));
        const BacktestMethod *engine = b.method(method);
        REQUIRE(engine);
        INFO(name.toStdString());
        for (const char *key : {"mape", "wape", "bias", "coverage_p10_p90", "mean_width"})
            CHECK(m.contains(QLatin1String(key)));
        CHECK(m.value(QStringLiteral("mape")).toDouble() == Approx(*engine->mape));
        CHECK(m.value(QStringLiteral("wape")).toDouble() == Approx(*engine->wape));
        CHECK(m.value(QStringLiteral("bias")).toDouble() == Approx(*engine->bias));
        // Ranges only for the range methods; the baselines have none.
        CHECK(m.value(QStringLiteral("coverage_p10_p90")).isNull() == !hasRange(method));
        CHECK(m.value(QStringLiteral("mean_width")).isNull() == !hasRange(method));
        if (hasRange(method)) {
            CHECK(m.value(QStringLiteral("coverage_p10_p90")).toDouble() == Approx(*engine->coverage));
            CHECK(m.value(QStringLiteral("mean_width")).toDouble() == Approx(*engine->meanWidth));
        }
    }
    CHECK(names.contains(QStringLiteral("run_rate")));
    CHECK(names.contains(QStringLiteral("seasonal_naive")));

    const QJsonArray rows = bt.value(QStringLiteral("calibration")).toArray();
    REQUIRE(rows.size() == int(b.calibration.size()));
    REQUIRE(rows.size() >= 6);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows[i].toObject();
        const CalibrationRow &e = b.calibration[size_t(i)];
        CHECK(r.value(QStringLiteral("dimension")).toString()
              == (e.dimension == CalibrationRow::Dimension::Stage ? QStringLiteral("stage")
                                                                  : QStringLiteral("close_date")));
        CHECK(r.value(QStringLiteral("key")).toString() == e.key);
        CHECK(r.value(QStringLiteral("deals")).toInteger() == e.deals);
        CHECK(r.value(QStringLiteral("predicted_learned")).toDouble() == Approx(e.learned));
        CHECK(r.value(QStringLiteral("predicted_configured")).toDouble() == Approx(e.configured));
        CHECK(r.value(QStringLiteral("observed")).toDouble() == Approx(e.observed));
    }
    // Without --calibration there is no table.
    CHECK_FALSE(cliJson(f.tdb.path(), {QStringLiteral("backtest"), QStringLiteral("--from"), to, QStringLiteral("--to"),
                                       to, QStringLiteral("--json")})
                    .contains(QStringLiteral("calibration")));

    // forecast defaults to auto: the chosen method's figures and its track record. As of the end
    // of November (the CLI's clock is the machine's, not the test database's).
    const QJsonObject fc = cliJson(f.tdb.path(),
                                   {QStringLiteral("forecast"), QStringLiteral("--period"), QStringLiteral("2026-12"),
                                    QStringLiteral("--as-of"), QStringLiteral("2026-11-30"), QStringLiteral("--json")});
    const QDateTime t(QDate(2026, 11, 30), QTime(23, 59, 59), Qt::UTC);
    CHECK(fc.value(QStringLiteral("as_of")).toString() == isotime::toStored(t));
    const Snapshot s = Snapshot::load(f.db(), {0, toInstant(t)});
    const AutoChoice choice = chooseForecastMethod(f.db(), s, Scope{}, toInstant(t));
    CHECK(fc.value(QStringLiteral("auto_selected")).toBool());
    CHECK(fc.value(QStringLiteral("method")).toString() == toString(choice.method));
    const QJsonObject track = fc.value(QStringLiteral("track_record")).toObject();
    REQUIRE(choice.mape);
    CHECK(track.value(QStringLiteral("mape")).toDouble() == Approx(*choice.mape));
    CHECK(track.value(QStringLiteral("months")).toInt() == 12);
    ForecastQuery fq;
    fq.period = QStringLiteral("2026-12");
    fq.method = choice.method;
    fq.asOf = t;
    CHECK(fc.value(QStringLiteral("forecast_cents")).toInteger() == computeForecast(f.db(), fq).forecast);
    // An explicit method is not "auto" and carries no track record.
    const QJsonObject learned = cliJson(f.tdb.path(), {QStringLiteral("forecast"), QStringLiteral("--period"),
                                                       QStringLiteral("2026-12"), QStringLiteral("--method"),
                                                       QStringLiteral("learned"), QStringLiteral("--json")});
    CHECK(learned.value(QStringLiteral("method")).toString() == QStringLiteral("learned"));
    CHECK_FALSE(learned.value(QStringLiteral("auto_selected")).toBool());
    CHECK_FALSE(learned.contains(QStringLiteral("track_record")));
}
