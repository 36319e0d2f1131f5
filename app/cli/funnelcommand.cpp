// funneldesk-cli funnel: per-stage counts, amounts, conversion and days in stage.
#include "commands.h"

#include "analyticsoptions.h"

#include "analytics/funnel.h"
#include "analytics/velocity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

QJsonObject stageJson(const analytics::FunnelStage &s)
{
    const QJsonObject days{{QStringLiteral("count"), s.days.count},
                           {QStringLiteral("median"), cliopts::json(s.days.median)},
                           {QStringLiteral("mean"), cliopts::json(s.days.mean)},
                           {QStringLiteral("p90"), cliopts::json(s.days.p90)}};
    return {{QStringLiteral("stage_id"), s.stageId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("position"), s.position},
            {QStringLiteral("probability"), s.probability / 100.0},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("open_count"), s.openCount},
            {QStringLiteral("open_amount_cents"), s.openAmount},
            {QStringLiteral("weighted_amount_cents"), s.weightedAmount},
            {QStringLiteral("on_hold_count"), s.onHoldCount},
            {QStringLiteral("entered"), s.entered},
            {QStringLiteral("advanced"), s.advanced},
            {QStringLiteral("conversion"), cliopts::json(s.conversion)},
            {QStringLiteral("drop_off"), cliopts::json(s.dropOff)},
            {QStringLiteral("days_in_stage"), days}};
}

QJsonObject velocityJson(const analytics::VelocityFigures &v)
{
    return {{QStringLiteral("as_of"), cliopts::json(v.asOf)},
            {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), cliopts::json(v.windowFrom)},
                                                   {QStringLiteral("to"), cliopts::json(v.windowTo)}}},
            {QStringLiteral("open_count"), v.openCount},
            {QStringLiteral("win_rate"), cliopts::json(v.winRate)},
            {QStringLiteral("average_deal_cents"), cliopts::json(v.averageDeal)},
            {QStringLiteral("median_cycle_days"), cliopts::json(v.medianCycleDays)},
            {QStringLiteral("per_day_cents"), cliopts::json(v.perDay)},
            {QStringLiteral("per_30_days_cents"), cliopts::json(v.per30Days)}};
}

// The velocity now (its figures at the top level), a week earlier, and the change.
QJsonObject velocityJson(const analytics::SalesVelocity &v)
{
    QJsonObject o = velocityJson(v.current);
    o.insert(QStringLiteral("previous"), velocityJson(v.previous));
    o.insert(QStringLiteral("change_per_day_cents"), cliopts::json(v.changePerDay));
    o.insert(QStringLiteral("change_per_30_days_cents"), cliopts::json(v.changePer30Days));
    o.insert(QStringLiteral("change_share"), cliopts::json(v.changeShare));
    return o;
}

QString velocityLine(const analytics::VelocityFigures &v)
{
    return QStringLiteral("%1 open x %2 win rate x %3 average / %4 days cycle = %5 per day, %6 per 30 days")
        .arg(v.openCount)
        .arg(cliopts::percent(v.winRate), cliopts::yuan(v.averageDeal), cliopts::days(v.medianCycleDays),
             cliopts::yuan(v.perDay), cliopts::yuan(v.per30Days));
}

class FunnelCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("funnel"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Funnel per stage: open deals, entered, conversion, days in stage, won/lost, sales velocity");
    }

    void addOptions(QCommandLineParser &parser) const override { cliopts::addWindowedOptions(parser); }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        Database &db = ctx.database();
        auto q = cliopts::windowedQuery<analytics::FunnelQuery>(db, parser);
        const analytics::Snapshot snapshot = analytics::loadFunnelSnapshot(db, q);
        const analytics::FunnelResult f = analytics::computeFunnel(db, snapshot, q);
        const analytics::SalesVelocity velocity = analytics::computeVelocity(db, snapshot, q, f);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray stages;
            for (const auto &s : f.stages)
                stages.append(stageJson(s));
            const QJsonObject totals{{QStringLiteral("won_count"), f.wonCount},
                                     {QStringLiteral("won_amount_cents"), f.wonAmount},
                                     {QStringLiteral("lost_count"), f.lostCount},
                                     {QStringLiteral("win_rate"), cliopts::json(f.winRate)},
                                     {QStringLiteral("average_deal_cents"), cliopts::json(f.averageDeal)},
                                     {QStringLiteral("median_cycle_days"), cliopts::json(f.medianCycleDays)}};
            const QJsonObject root{
                {QStringLiteral("pipeline"),
                 QJsonObject{{QStringLiteral("id"), f.pipelineId}, {QStringLiteral("name"), f.pipelineName}}},
                {QStringLiteral("as_of"), cliopts::json(f.asOf)},
                {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), cliopts::json(f.windowFrom)},
                                                       {QStringLiteral("to"), cliopts::json(f.windowTo)}}},
                {QStringLiteral("stages"), stages},
                {QStringLiteral("totals"), totals},
                {QStringLiteral("velocity"), velocityJson(velocity)}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        ctx.out << "Funnel: " << f.pipelineName << "  as of " << cliopts::json(f.asOf).toString() << "  window "
                << (f.windowFrom.isValid() ? cliopts::json(f.windowFrom).toString() : QStringLiteral("(start)"))
                << " .. " << cliopts::json(f.windowTo).toString() << "\n\n";
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                       .arg(QStringLiteral("Stage"), -16)
                       .arg(QStringLiteral("Open"), 6)
                       .arg(QStringLiteral("Amount"), 16)
                       .arg(QStringLiteral("Weighted"), 16)
                       .arg(QStringLiteral("Entered"), 8)
                       .arg(QStringLiteral("Advanced"), 8)
                       .arg(QStringLiteral("Conv"), 7)
                       .arg(QStringLiteral("Drop"), 7)
                       .arg(QStringLiteral("Median d"), 9)
                       .arg(QStringLiteral("P90 d"), 7);
        for (const auto &s : f.stages) {
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                           .arg(cliopts::pad(s.name, 16))
                           .arg(s.openCount, 6)
                           .arg(cliopts::yuan(s.openAmount), 16)
                           .arg(cliopts::yuan(s.weightedAmount), 16)
                           .arg(s.entered, 8)
                           .arg(s.advanced, 8)
                           .arg(cliopts::percent(s.conversion), 7)
                           .arg(cliopts::percent(s.dropOff), 7)
                           .arg(cliopts::days(s.days.median), 9)
                           .arg(cliopts::days(s.days.p90), 7);
        }
        ctx.out << "\nWon " << f.wonCount << " (" << cliopts::yuan(f.wonAmount) << ")  lost " << f.lostCount
                << "  win rate " << cliopts::percent(f.winRate) << "  average deal " << cliopts::yuan(f.averageDeal)
                << "  median cycle " << cliopts::days(f.medianCycleDays) << " days\n";
        ctx.out << "Sales velocity: " << velocityLine(velocity.current) << "\n"
                << "  a week earlier (as of " << cliopts::json(velocity.previous.asOf).toString()
                << "): " << cliopts::yuan(velocity.previous.perDay) << " per day; change "
                << cliopts::yuan(velocity.changePerDay) << " per day (" << cliopts::percent(velocity.changeShare)
                << ")\n";
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeFunnelCommand()
{
    return std::make_unique<FunnelCommand>();
}

} // namespace fd
