// funneldesk-cli forecast-history: what was forecast for a period on each recorded day
// (weekly reports, forecast --record, the Forecast page) against what was then and finally won.
#include "commands.h"

#include "analyticsoptions.h"

#include "analytics/forecasthistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class ForecastHistoryCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("forecast-history"); }
    QString summary() const override
    {
        return QStringLiteral("Recorded forecasts of a period against what was then and finally won");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("period"), QStringLiteral("Month (2026-12) or quarter (2026-Q4)."),
                          QStringLiteral("PERIOD")});
        parser.addOption({QStringLiteral("method"), QStringLiteral("Only snapshots of this method (default: all)."),
                          QStringLiteral("M")});
        cliopts::addScopeOptions(parser);
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        if (!parser.isSet(QStringLiteral("period")))
            throw UsageError(QStringLiteral("--period is required (2026-12 or 2026-Q4)"));
        Database &db = ctx.database();
        analytics::ForecastHistoryQuery q;
        q.period = parser.value(QStringLiteral("period")).trimmed();
        q.method = parser.value(QStringLiteral("method")).trimmed();
        q.scope = cliopts::scope(db, parser);
        const analytics::ForecastHistory h = analytics::computeForecastHistory(db, q);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray rows;
            for (const analytics::ForecastHistoryRow &r : h.rows) {
                const ForecastSnapshot &s = r.snapshot;
                rows.append(
                    QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("as_of"), cliopts::json(s.asOf)},
                                {QStringLiteral("recorded_at"), cliopts::json(s.recordedAt)},
                                {QStringLiteral("recorded_by"), s.recordedBy ? QJsonValue(s.recordedBy) : QJsonValue()},
                                {QStringLiteral("recordings"), r.recordings},
                                {QStringLiteral("source"), s.source},
                                {QStringLiteral("method"), s.method},
                                {QStringLiteral("won_then_cents"), r.wonThen},
                                {QStringLiteral("expected_cents"), s.expected},
                                {QStringLiteral("forecast_cents"), s.forecast},
                                {QStringLiteral("p10_cents"), cliopts::json(s.p10)},
                                {QStringLiteral("p50_cents"), cliopts::json(s.p50)},
                                {QStringLiteral("p90_cents"), cliopts::json(s.p90)},
                                {QStringLiteral("target_cents"), cliopts::json(s.target)},
                                {QStringLiteral("error_cents"), cliopts::json(r.error)},
                                {QStringLiteral("error_share"), cliopts::json(r.errorShare)},
                                {QStringLiteral("in_p10_p90"), r.inRange ? QJsonValue(*r.inRange) : QJsonValue()}});
            }
            const QJsonObject root{{QStringLiteral("period"), h.period},
                                   {QStringLiteral("period_start"), cliopts::json(h.periodStart)},
                                   {QStringLiteral("period_end"), cliopts::json(h.periodEnd)},
                                   {QStringLiteral("as_of"), cliopts::json(h.asOf)},
                                   {QStringLiteral("period_over"), h.periodOver},
                                   {QStringLiteral("final_won_cents"), h.finalWon},
                                   {QStringLiteral("final_won_count"), h.finalWonCount},
                                   {QStringLiteral("snapshots"), rows}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        ctx.out << "Forecast history " << h.period << " (" << cliopts::json(h.periodStart).toString() << " .. "
                << cliopts::json(h.periodEnd).toString() << ")\n";
        ctx.out << (h.periodOver ? "  Finally won: " : "  Won so far: ") << cliopts::yuan(h.finalWon) << " ("
                << h.finalWonCount << " deals, as of " << cliopts::json(h.asOf).toString() << ")\n\n";
        if (h.rows.empty()) {
            ctx.out << "  No forecast was recorded for this period and scope (weekly reports and "
                       "`forecast --record` record them).\n";
            return ExitOk;
        }
        ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QStringLiteral("As of"), -20)
                       .arg(QStringLiteral("Source"), -7)
                       .arg(QStringLiteral("Method"), -11)
                       .arg(QStringLiteral("Won then"), 15)
                       .arg(QStringLiteral("Forecast"), 15)
                       .arg(QStringLiteral("P10 - P90"), 31)
                       .arg(QStringLiteral("Error"), 8);
        for (const analytics::ForecastHistoryRow &r : h.rows) {
            const ForecastSnapshot &s = r.snapshot;
            const QString range = s.p10 && s.p90 ? cliopts::yuan(*s.p10) + QStringLiteral(" - ") + cliopts::yuan(*s.p90)
                                                 : QStringLiteral("-");
            ctx.out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                           .arg(cliopts::json(s.asOf).toString(), -20)
                           .arg(s.source, -7)
                           .arg(s.method, -11)
                           .arg(cliopts::yuan(r.wonThen), 15)
                           .arg(cliopts::yuan(s.forecast), 15)
                           .arg(range, 31)
                           .arg(r.errorShare ? (*r.errorShare > 0 ? QStringLiteral("+") : QString())
                                                   + cliopts::percent(r.errorShare)
                                             : QStringLiteral("-"),
                                8);
        }
        if (!h.periodOver)
            ctx.out << "\n  The period is still running: errors are shown once it is over.\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeForecastHistoryCommand()
{
    return std::make_unique<ForecastHistoryCommand>();
}

} // namespace fd
