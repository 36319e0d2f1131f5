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
        return QStringLiteral("Backtest the forecast methods month by month (MAPE and bias)");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("from"), QStringLiteral("First month (2025-01)."), QStringLiteral("MONTH")});
        parser.addOption({QStringLiteral("to"), QStringLiteral("Last month (2026-10)."), QStringLiteral("MONTH")});
        cliopts::addScopeOptions(parser);
        parser.addOption({QStringLiteral("runs"), QStringLiteral("Simulation runs (default 10000)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Simulation seed."), QStringLiteral("S")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
            ctx.err << "funneldesk-cli backtest: --from and --to are required (e.g. --from 2025-01 --to 2026-10)\n";
            return ExitUsage;
        }
        Database &db = ctx.database();
        analytics::BacktestQuery q;
        q.fromMonth = parser.value(QStringLiteral("from")).trimmed();
        q.toMonth = parser.value(QStringLiteral("to")).trimmed();
        q.scope = cliopts::scope(db, parser);
        q.runs = int(cliopts::positive(parser, QStringLiteral("runs"), analytics::kDefaultRuns));
        q.seed = quint64(cliopts::positive(parser, QStringLiteral("seed"), qint64(analytics::kDefaultSeed)));
        const analytics::BacktestResult b = analytics::runBacktest(db, q);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray months;
            for (const auto &m : b.months)
                months.append(QJsonObject{{QStringLiteral("month"), m.month},
                                          {QStringLiteral("as_of"), cliopts::json(m.asOf)},
                                          {QStringLiteral("actual_cents"), m.actual},
                                          {QStringLiteral("configured_cents"), m.forecast[0]},
                                          {QStringLiteral("historical_cents"), m.forecast[1]},
                                          {QStringLiteral("simulation_cents"), m.forecast[2]}});
            QJsonArray methods;
            for (const auto &s : b.methods)
                methods.append(QJsonObject{{QStringLiteral("method"), analytics::toString(s.method)},
                                           {QStringLiteral("months"), s.months},
                                           {QStringLiteral("mape"), cliopts::json(s.mape)},
                                           {QStringLiteral("bias"), cliopts::json(s.bias)}});
            const QJsonObject root{{QStringLiteral("from"), q.fromMonth},
                                   {QStringLiteral("to"), q.toMonth},
                                   {QStringLiteral("months"), months},
                                   {QStringLiteral("methods"), methods}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        ctx.out << "Backtest " << q.fromMonth << " .. " << q.toMonth << " (each month forecast as of its first day)\n\n";
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("Month"), -8)
                       .arg(QStringLiteral("Actual"), 16)
                       .arg(QStringLiteral("Configured"), 16)
                       .arg(QStringLiteral("Historical"), 16)
                       .arg(QStringLiteral("Simulation"), 16);
        for (const auto &m : b.months)
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                           .arg(m.month, -8)
                           .arg(cliopts::yuan(m.actual), 16)
                           .arg(cliopts::yuan(m.forecast[0]), 16)
                           .arg(cliopts::yuan(m.forecast[1]), 16)
                           .arg(cliopts::yuan(m.forecast[2]), 16);
        ctx.out << '\n';
        for (const auto &s : b.methods)
            ctx.out << QStringLiteral("%1  MAPE %2  bias %3  (%4 months with sales)\n")
                           .arg(analytics::toString(s.method), -11)
                           .arg(cliopts::percent(s.mape), 7)
                           .arg(s.bias ? QStringLiteral("%1%2%").arg(*s.bias >= 0 ? QStringLiteral("+") : QString())
                                             .arg(*s.bias * 100, 0, 'f', 1)
                                       : QStringLiteral("-"),
                                7)
                           .arg(s.months);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeBacktestCommand()
{
    return std::make_unique<BacktestCommand>();
}

} // namespace fd
