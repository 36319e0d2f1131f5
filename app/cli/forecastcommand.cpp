// funneldesk-cli forecast: a month or quarter by any forecast method, "auto" by default.
#include "commands.h"

#include "analyticsoptions.h"
#include "closinggapoutput.h"

#include "analytics/forecast.h"
#include "analytics/gapclosing.h"
#include "analytics/learnedmodel.h"
#include "storage/repositories/forecastsnapshotrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class ForecastCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("forecast"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Forecast a month or quarter against target (auto: the method with the best track record)");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("period"), QStringLiteral("Month (2026-12) or quarter (2026-Q4)."),
                          QStringLiteral("PERIOD")});
        parser.addOption(
            {QStringLiteral("method"),
             QStringLiteral("auto (default: lowest backtest error over the last 12 months), learned, configured, "
                            "historical, simulation, run_rate or seasonal_naive."),
             QStringLiteral("M")});
        parser.addOption(
            {QStringLiteral("as-of"), QStringLiteral("Replay as of the end of this day."), QStringLiteral("D")});
        cliopts::addScopeOptions(parser);
        parser.addOption(
            {QStringLiteral("runs"), QStringLiteral("Simulation runs (default 10000)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Simulation seed."), QStringLiteral("S")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
        parser.addOption(
            {QStringLiteral("record"), QStringLiteral("Store this forecast as a snapshot (see forecast-history).")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        if (!parser.isSet(QStringLiteral("period")))
            throw UsageError(QStringLiteral("--period is required (2026-12 or 2026-Q4)"));
        analytics::ForecastQuery q;
        q.method = analytics::ForecastMethod::Auto;
        q.period = parser.value(QStringLiteral("period")).trimmed();
        if (parser.isSet(QStringLiteral("method"))
            && !analytics::parseForecastMethod(parser.value(QStringLiteral("method")), &q.method))
            throw UsageError(QStringLiteral(
                "--method must be auto, learned, configured, historical, simulation, run_rate or seasonal_naive"));
        Database &db = ctx.database();
        q.scope = cliopts::scope(db, parser);
        q.asOf = cliopts::asOf(parser);
        q.runs = int(cliopts::positive(parser, QStringLiteral("runs"), analytics::kDefaultRuns));
        q.seed = quint64(cliopts::positive(parser, QStringLiteral("seed"), qint64(analytics::kDefaultSeed)));
        const analytics::ForecastResult f = analytics::computeForecast(db, q);
        const analytics::GapClosing closingGap = analytics::computeGapClosing(db, f, q.scope);
        qint64 recorded = 0;
        if (parser.isSet(QStringLiteral("record"))) {
            ForecastSnapshot snapshot = snapshotOf(f, q.scope, QStringLiteral("cli"));
            recorded = ForecastSnapshotRepository(db).record(snapshot);
        }

        QList<qint64> ids;
        for (const auto &d : f.deals)
            ids << d.id;
        const bool json = parser.isSet(QStringLiteral("json"));
        const QHash<qint64, QString> titles = cliopts::dealTitles(db, json ? ids : ids.mid(0, 20));
        if (json) {
            QJsonArray deals;
            for (const auto &d : f.deals) {
                QJsonObject o{{QStringLiteral("id"), d.id},
                              {QStringLiteral("title"), titles.value(d.id)},
                              {QStringLiteral("stage_id"), d.stageId},
                              {QStringLiteral("owner_id"), d.ownerId},
                              {QStringLiteral("amount_cents"), d.amount},
                              {QStringLiteral("expected_close_date"), cliopts::json(d.expectedClose)},
                              {QStringLiteral("probability"), d.probability},
                              {QStringLiteral("close_in_period"), d.closeInPeriod},
                              {QStringLiteral("expected_cents"), d.expected}};
                if (d.position >= 0)
                    o.insert(QStringLiteral("why"),
                             QJsonObject{{QStringLiteral("close_position"), analytics::closePositionKey(d.position)},
                                         {QStringLiteral("age_days"), d.ageDays},
                                         {QStringLiteral("similar_deals"), d.similarDeals},
                                         {QStringLiteral("similar_won"), d.similarWon},
                                         {QStringLiteral("stage_rate"), d.stageRate},
                                         {QStringLiteral("configured_probability"), d.configured}});
                deals.append(o);
            }
            QJsonObject root{{QStringLiteral("period"), f.period},
                             {QStringLiteral("period_start"), cliopts::json(f.periodStart)},
                             {QStringLiteral("period_end"), cliopts::json(f.periodEnd)},
                             {QStringLiteral("method"), analytics::toString(f.method)},
                             {QStringLiteral("as_of"), cliopts::json(f.asOf)},
                             {QStringLiteral("won_in_period_cents"), f.wonInPeriod},
                             {QStringLiteral("won_count"), f.wonCount},
                             {QStringLiteral("open_pipeline_cents"), f.openPipeline},
                             {QStringLiteral("open_count"), f.openCount},
                             {QStringLiteral("expected_cents"), f.expected},
                             {QStringLiteral("forecast_cents"), f.forecast},
                             {QStringLiteral("target_cents"), cliopts::json(f.target)},
                             {QStringLiteral("gap_cents"), cliopts::json(f.gap)},
                             {QStringLiteral("coverage"), cliopts::json(f.coverage)},
                             {QStringLiteral("available"), f.available},
                             {QStringLiteral("auto_selected"), f.autoSelected},
                             {QStringLiteral("deals"), deals},
                             {QStringLiteral("closing_gap"), cliopts::closingGapJson(closingGap)}};
            if (recorded)
                root.insert(QStringLiteral("recorded_snapshot_id"), recorded);
            if (f.autoSelected)
                root.insert(QStringLiteral("track_record"),
                            QJsonObject{{QStringLiteral("mape"), cliopts::json(f.trackRecordMape)},
                                        {QStringLiteral("months"), f.trackRecordMonths}});
            if (f.hasRange)
                root.insert(QStringLiteral("range"), QJsonObject{{QStringLiteral("p10_cents"), f.p10},
                                                                 {QStringLiteral("p50_cents"), f.p50},
                                                                 {QStringLiteral("p90_cents"), f.p90}});
            if (f.method == analytics::ForecastMethod::Learned)
                root.insert(QStringLiteral("learned"),
                            QJsonObject{{QStringLiteral("replay_instants"), f.replaySamples},
                                        {QStringLiteral("phase_factor"), f.phaseFactor},
                                        {QStringLiteral("season_factor"), f.seasonFactor},
                                        {QStringLiteral("new_deals_expected_cents"), f.newDealsExpected}});
            if (f.method == analytics::ForecastMethod::Simulation)
                root.insert(QStringLiteral("simulation"),
                            QJsonObject{{QStringLiteral("runs"), f.runs},
                                        {QStringLiteral("seed"), qint64(f.seed)},
                                        {QStringLiteral("mean_cents"), f.mean},
                                        {QStringLiteral("p10_cents"), f.p10},
                                        {QStringLiteral("p50_cents"), f.p50},
                                        {QStringLiteral("p90_cents"), f.p90},
                                        {QStringLiteral("new_deals_expected_cents"), f.newDealsExpected},
                                        {QStringLiteral("new_deals_expected_count"), f.newDealsPerRun}});
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        ctx.out << "Forecast " << f.period << " (" << cliopts::json(f.periodStart).toString() << " .. "
                << cliopts::json(f.periodEnd).toString() << "), method " << analytics::toString(f.method)
                << (f.autoSelected ? " (auto)" : "") << ", as of " << cliopts::json(f.asOf).toString() << "\n";
        if (f.autoSelected)
            ctx.out << "Chosen by its track record: mean error " << cliopts::percent(f.trackRecordMape)
                    << " over the last " << f.trackRecordMonths << " months with sales\n";
        if (!f.available)
            ctx.out << "Not enough history for this method: the forecast is what was already won\n";
        ctx.out << '\n';
        auto line = [&](const QString &label, const QString &value) {
            ctx.out << QStringLiteral("  %1 %2\n").arg(label, -26).arg(value, 18);
        };
        line(QStringLiteral("Won in period"), cliopts::yuan(f.wonInPeriod) + QStringLiteral(" (%1)").arg(f.wonCount));
        line(QStringLiteral("Open pipeline in period"),
             cliopts::yuan(f.openPipeline) + QStringLiteral(" (%1)").arg(f.openCount));
        line(QStringLiteral("Expected from pipeline"), cliopts::yuan(f.expected));
        line(QStringLiteral("Forecast"), cliopts::yuan(f.forecast));
        if (f.hasRange)
            line(QStringLiteral("P10 / P50 / P90"), cliopts::yuan(f.p10) + QStringLiteral(" / ") + cliopts::yuan(f.p50)
                                                        + QStringLiteral(" / ") + cliopts::yuan(f.p90));
        if (f.method == analytics::ForecastMethod::Learned)
            line(QStringLiteral("New deals (expected)"), cliopts::yuan(f.newDealsExpected));
        if (f.method == analytics::ForecastMethod::Simulation) {
            line(QStringLiteral("New deals (expected)"), cliopts::yuan(f.newDealsExpected));
            line(QStringLiteral("Runs / seed"), QStringLiteral("%1 / %2").arg(f.runs).arg(f.seed));
        }
        line(QStringLiteral("Target"), cliopts::yuan(f.target));
        line(QStringLiteral("Gap (target - forecast)"), cliopts::yuan(f.gap));
        line(QStringLiteral("Coverage"),
             f.coverage ? QString::number(*f.coverage, 'f', 2) + QLatin1Char('x') : QStringLiteral("-"));
        ctx.out << "\nContributing deals (" << f.deals.size() << ", largest expected first):\n";
        ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("Id"), 8)
                       .arg(QStringLiteral("Title"), -28)
                       .arg(QStringLiteral("Amount"), 15)
                       .arg(QStringLiteral("Close"), 11)
                       .arg(QStringLiteral("Prob"), 7)
                       .arg(QStringLiteral("Expected"), 15);
        for (size_t i = 0; i < f.deals.size() && i < 20; ++i) {
            const auto &d = f.deals[i];
            ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                           .arg(d.id, 8)
                           .arg(cliopts::pad(titles.value(d.id), 28))
                           .arg(cliopts::yuan(d.amount), 15)
                           .arg(cliopts::json(d.expectedClose).toString(), 11)
                           .arg(cliopts::percent(d.probability * d.closeInPeriod), 7)
                           .arg(cliopts::yuan(d.expected), 15);
        }
        if (f.deals.size() > 20)
            ctx.out << "  … " << (f.deals.size() - 20) << " more (use --json for all)\n";
        cliopts::printClosingGap(ctx.out, closingGap);
        if (recorded)
            ctx.out << "\nRecorded as forecast snapshot " << recorded << " (funneldesk-cli forecast-history --period "
                    << f.period << ")\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeForecastCommand()
{
    return std::make_unique<ForecastCommand>();
}

} // namespace fd
