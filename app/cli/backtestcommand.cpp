// funneldesk-cli backtest: how accurate each forecast method has been, month by month.
#include "commands.h"

#include "analyticsoptions.h"

#include "analytics/backtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class BacktestCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backtest"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Backtest the forecast methods and baselines month by month (MAPE, WAPE, bias, range coverage)");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("from"), QStringLiteral("First month (2025-01)."), QStringLiteral("MONTH")});
        parser.addOption({QStringLiteral("to"), QStringLiteral("Last month (2026-10)."), QStringLiteral("MONTH")});
        cliopts::addScopeOptions(parser);
        parser.addOption(
            {QStringLiteral("runs"), QStringLiteral("Simulation runs (default 10000)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Simulation seed."), QStringLiteral("S")});
        parser.addOption(
            {QStringLiteral("calibration"),
             QStringLiteral("Also print the calibration table: predicted vs observed probability of "
                            "winning inside the month, by stage and by days to the expected close date.")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
            throw UsageError(QStringLiteral("--from and --to are required (e.g. --from 2025-01 --to 2026-10)"));
        Database &db = ctx.database();
        analytics::BacktestQuery q;
        q.fromMonth = parser.value(QStringLiteral("from")).trimmed();
        q.toMonth = parser.value(QStringLiteral("to")).trimmed();
        q.scope = cliopts::scope(db, parser);
        q.runs = int(cliopts::positive(parser, QStringLiteral("runs"), analytics::kDefaultRuns));
        q.seed = quint64(cliopts::positive(parser, QStringLiteral("seed"), qint64(analytics::kDefaultSeed)));
        q.calibration = parser.isSet(QStringLiteral("calibration"));
        const analytics::BacktestResult b = analytics::runBacktest(db, q);
        if (parser.isSet(QStringLiteral("json")))
            printJson(ctx, q, b);
        else
            printText(ctx, q, b);
        return ExitOk;
    }

private:
    static void printJson(CliContext &ctx, const analytics::BacktestQuery &q, const analytics::BacktestResult &b)
    {
        QJsonArray months;
        for (const auto &m : b.months) {
            QJsonObject forecasts, ranges;
            for (const auto &s : b.methods) {
                const size_t i = size_t(s.method);
                forecasts.insert(analytics::toString(s.method), cliopts::json(m.forecast[i]));
                if (m.p10[i] && m.p90[i])
                    ranges.insert(analytics::toString(s.method), QJsonObject{{QStringLiteral("p10_cents"), *m.p10[i]},
                                                                             {QStringLiteral("p90_cents"), *m.p90[i]}});
            }
            months.append(QJsonObject{{QStringLiteral("month"), m.month},
                                      {QStringLiteral("as_of"), cliopts::json(m.asOf)},
                                      {QStringLiteral("actual_cents"), m.actual},
                                      {QStringLiteral("forecast_cents"), forecasts},
                                      {QStringLiteral("range"), ranges}});
        }
        QJsonArray methods;
        for (const auto &s : b.methods)
            methods.append(QJsonObject{{QStringLiteral("method"), analytics::toString(s.method)},
                                       {QStringLiteral("months"), s.months},
                                       {QStringLiteral("mape"), cliopts::json(s.mape)},
                                       {QStringLiteral("wape"), cliopts::json(s.wape)},
                                       {QStringLiteral("bias"), cliopts::json(s.bias)},
                                       {QStringLiteral("coverage_p10_p90"), cliopts::json(s.coverage)},
                                       {QStringLiteral("mean_width"), cliopts::json(s.meanWidth)}});
        QJsonObject root{{QStringLiteral("from"), q.fromMonth},
                         {QStringLiteral("to"), q.toMonth},
                         {QStringLiteral("months"), months},
                         {QStringLiteral("methods"), methods}};
        if (q.calibration) {
            QJsonArray rows;
            for (const auto &r : b.calibration)
                rows.append(
                    QJsonObject{{QStringLiteral("dimension"), r.dimension == analytics::CalibrationRow::Dimension::Stage
                                                                  ? QStringLiteral("stage")
                                                                  : QStringLiteral("close_date")},
                                {QStringLiteral("key"), r.key},
                                {QStringLiteral("deals"), r.deals},
                                {QStringLiteral("predicted_learned"), r.learned},
                                {QStringLiteral("predicted_configured"), r.configured},
                                {QStringLiteral("observed"), r.observed},
                                {QStringLiteral("expected_learned_cents"), r.expectedLearned},
                                {QStringLiteral("expected_configured_cents"), r.expectedConfigured},
                                {QStringLiteral("won_cents"), r.wonAmount}});
            root.insert(QStringLiteral("calibration"), rows);
        }
        ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    static QString signedPercent(const std::optional<double> &v)
    {
        return v ? QStringLiteral("%1%2%").arg(*v >= 0 ? QStringLiteral("+") : QString()).arg(*v * 100, 0, 'f', 1)
                 : QStringLiteral("-");
    }

    static void printText(CliContext &ctx, const analytics::BacktestQuery &q, const analytics::BacktestResult &b)
    {
        ctx.out << "Backtest " << q.fromMonth << " .. " << q.toMonth
                << " (each month forecast as of its first day; run_rate and seasonal_naive are the baselines)\n\n";
        QString head = QStringLiteral("%1 %2").arg(QStringLiteral("Month"), -8).arg(QStringLiteral("Actual"), 14);
        for (const auto &s : b.methods)
            head += QStringLiteral(" %1").arg(analytics::toString(s.method), 14);
        ctx.out << head << '\n';
        for (const auto &m : b.months) {
            QString line = QStringLiteral("%1 %2").arg(m.month, -8).arg(cliopts::yuan(m.actual), 14);
            for (const auto &s : b.methods) {
                const auto &f = m.forecast[size_t(s.method)];
                line += QStringLiteral(" %1").arg(f ? cliopts::yuan(*f) : QStringLiteral("-"), 14);
            }
            ctx.out << line << '\n';
        }
        ctx.out << '\n'
                << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QStringLiteral("Method"), -15)
                       .arg(QStringLiteral("MAPE"), 7)
                       .arg(QStringLiteral("WAPE"), 7)
                       .arg(QStringLiteral("Bias"), 7)
                       .arg(QStringLiteral("P10-P90"), 8)
                       .arg(QStringLiteral("Width"), 7)
                       .arg(QStringLiteral("Months"), 7);
        for (const auto &s : b.methods)
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                           .arg(analytics::toString(s.method), -15)
                           .arg(cliopts::percent(s.mape), 7)
                           .arg(cliopts::percent(s.wape), 7)
                           .arg(signedPercent(s.bias), 7)
                           .arg(cliopts::percent(s.coverage), 8)
                           .arg(cliopts::percent(s.meanWidth), 7)
                           .arg(s.months, 7);
        if (!q.calibration)
            return;
        ctx.out << "\nCalibration: probability of being won inside the month, deals open at its start\n"
                << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QStringLiteral("Group"), -34)
                       .arg(QStringLiteral("Deals"), 7)
                       .arg(QStringLiteral("Learned"), 8)
                       .arg(QStringLiteral("Config."), 8)
                       .arg(QStringLiteral("Observed"), 9)
                       .arg(QStringLiteral("Exp. learned"), 14)
                       .arg(QStringLiteral("Won"), 14);
        for (const auto &r : b.calibration) {
            const QString group = r.dimension == analytics::CalibrationRow::Dimension::Stage
                                      ? QStringLiteral("stage ") + r.key
                                      : analytics::closeBucketLabel(r.key);
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                           .arg(cliopts::pad(group, 34))
                           .arg(r.deals, 7)
                           .arg(cliopts::percent(r.learned), 8)
                           .arg(cliopts::percent(r.configured), 8)
                           .arg(cliopts::percent(r.observed), 9)
                           .arg(cliopts::yuan(r.expectedLearned), 14)
                           .arg(cliopts::yuan(r.wonAmount), 14);
        }
    }
};

} // namespace

std::unique_ptr<CliCommand> makeBacktestCommand()
{
    return std::make_unique<BacktestCommand>();
}

} // namespace fd
