// funneldesk-cli reps: per-rep pipeline, results, activity and where their deals stall.
#include "commands.h"

#include "analyticsoptions.h"

#include "analytics/repdiagnostics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

class RepsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("reps"); }
    QString summary() const override
    {
        return QStringLiteral("Rep diagnostics: pipeline, win rate, cycle, activities, stall stage");
    }

    void addOptions(QCommandLineParser &parser) const override { cliopts::addWindowedOptions(parser); }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        Database &db = ctx.database();
        const auto q = cliopts::windowedQuery<analytics::RepQuery>(db, parser);
        const analytics::RepResult r = analytics::computeReps(db, q);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray reps;
            for (const auto &row : r.reps) {
                QJsonObject activities;
                for (auto it = row.activities.begin(); it != row.activities.end(); ++it)
                    activities.insert(it.key(), it.value());
                QJsonArray stages;
                for (const auto &s : row.stages)
                    stages.append(QJsonObject{{QStringLiteral("stage_id"), s.stageId},
                                              {QStringLiteral("name"), s.name},
                                              {QStringLiteral("deals"), s.repDeals},
                                              {QStringLiteral("median_days"), cliopts::json(s.repMedian)},
                                              {QStringLiteral("team_median_days"), cliopts::json(s.teamMedian)}});
                const QJsonValue stall = row.stallStageId ? QJsonValue(QJsonObject{
                                             {QStringLiteral("stage_id"), row.stallStageId},
                                             {QStringLiteral("name"), row.stallStageName},
                                             {QStringLiteral("excess_days"), cliopts::json(row.stallExcessDays)}})
                                                          : QJsonValue(QJsonValue::Null);
                reps.append(QJsonObject{
                    {QStringLiteral("user_id"), row.userId},
                    {QStringLiteral("login"), row.login},
                    {QStringLiteral("display_name"), row.displayName},
                    {QStringLiteral("team_id"), row.teamId ? QJsonValue(row.teamId) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("pipeline_cents"), row.pipeline},
                    {QStringLiteral("open_count"), row.openCount},
                    {QStringLiteral("weighted_cents"), row.weighted},
                    {QStringLiteral("won_count"), row.wonCount},
                    {QStringLiteral("won_amount_cents"), row.wonAmount},
                    {QStringLiteral("lost_count"), row.lostCount},
                    {QStringLiteral("win_rate"), cliopts::json(row.winRate)},
                    {QStringLiteral("average_deal_cents"), cliopts::json(row.averageDeal)},
                    {QStringLiteral("median_cycle_days"), cliopts::json(row.medianCycleDays)},
                    {QStringLiteral("activities"), activities},
                    {QStringLiteral("stages"), stages},
                    {QStringLiteral("stall_stage"), stall}});
            }
            const QJsonObject root{
                {QStringLiteral("pipeline"),
                 QJsonObject{{QStringLiteral("id"), r.pipelineId}, {QStringLiteral("name"), r.pipelineName}}},
                {QStringLiteral("as_of"), cliopts::json(r.asOf)},
                {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), cliopts::json(r.windowFrom)},
                                                       {QStringLiteral("to"), cliopts::json(r.windowTo)}}},
                {QStringLiteral("reps"), reps}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        ctx.out << "Reps as of " << cliopts::json(r.asOf).toString() << " (stage days: " << r.pipelineName << ")\n\n";
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                       .arg(QStringLiteral("Rep"), -16)
                       .arg(QStringLiteral("Pipeline"), 15)
                       .arg(QStringLiteral("Weighted"), 15)
                       .arg(QStringLiteral("Won"), 5)
                       .arg(QStringLiteral("Won amount"), 15)
                       .arg(QStringLiteral("Win"), 7)
                       .arg(QStringLiteral("Avg deal"), 13)
                       .arg(QStringLiteral("Cycle d"), 8)
                       .arg(QStringLiteral("Acts"), 6)
                       .arg(QStringLiteral("Stalls at"), -20);
        for (const auto &row : r.reps) {
            qint64 acts = 0;
            for (qint64 c : row.activities)
                acts += c;
            const QString stall =
                row.stallStageId
                    ? QStringLiteral("%1 (+%2 d)").arg(row.stallStageName).arg(*row.stallExcessDays, 0, 'f', 1)
                    : QStringLiteral("-");
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                           .arg(cliopts::pad(row.displayName, 16))
                           .arg(cliopts::yuan(row.pipeline), 15)
                           .arg(cliopts::yuan(row.weighted), 15)
                           .arg(row.wonCount, 5)
                           .arg(cliopts::yuan(row.wonAmount), 15)
                           .arg(cliopts::percent(row.winRate), 7)
                           .arg(cliopts::yuan(row.averageDeal), 13)
                           .arg(cliopts::days(row.medianCycleDays), 8)
                           .arg(acts, 6)
                           .arg(stall);
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeRepsCommand()
{
    return std::make_unique<RepsCommand>();
}

} // namespace fd
