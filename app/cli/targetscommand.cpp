// funneldesk-cli targets: the target tree of a period (company → regions → teams → reps) with
// allocation balance, achieved and weighted pipeline credited by performance splits, as JSON.
#include "commands.h"

#include "setup/officecurrency.h"

#include "analyticsoptions.h"

#include "analytics/targetprogress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

QJsonObject nodeJson(const analytics::TargetProgress &p, int index)
{
    const analytics::TargetNode &n = p.nodes[size_t(index)];
    QJsonArray children;
    for (int c : n.children)
        children.append(nodeJson(p, c));
    return QJsonObject{{QStringLiteral("level"), analytics::toString(n.kind)},
                       {QStringLiteral("id"), n.subjectId ? QJsonValue(n.subjectId) : QJsonValue()},
                       {QStringLiteral("name"), n.name.isEmpty() ? QJsonValue() : QJsonValue(n.name)},
                       {QStringLiteral("unassigned"), n.unassigned},
                       {QStringLiteral("target_cents"), cliopts::json(n.target)},
                       {QStringLiteral("target_derived"), n.targetDerived},
                       {QStringLiteral("allocated_cents"), n.childTargets},
                       {QStringLiteral("unallocated_cents"), cliopts::json(n.unallocated)},
                       {QStringLiteral("achieved_cents"), n.achieved},
                       {QStringLiteral("weighted_pipeline_cents"), n.weightedPipeline},
                       {QStringLiteral("completion"), cliopts::json(n.completion)},
                       {QStringLiteral("gap_cents"), cliopts::json(n.gap)},
                       {QStringLiteral("children"), children}};
}

class TargetsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("targets"); }
    QString summary() const override
    {
        return QStringLiteral("Target tree of a period: targets, unallocated balance, achieved with splits (JSON)");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("period"),
                          QStringLiteral("Month (2026-11), quarter (2026-Q4) or year (2026)."),
                          QStringLiteral("PERIOD")});
        parser.addOption(
            {QStringLiteral("as-of"), QStringLiteral("Replay as of the end of this day."), QStringLiteral("D")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        if (!parser.isSet(QStringLiteral("period")))
            throw UsageError(QStringLiteral("--period is required (2026-11, 2026-Q4 or 2026)"));
        Database &db = ctx.database();
        const analytics::TargetProgress p = analytics::computeTargetProgress(
            db, parser.value(QStringLiteral("period")).trimmed(), cliopts::asOf(parser));
        const QJsonObject root{{QStringLiteral("period"), p.period},
                               {QStringLiteral("period_start"), cliopts::json(p.periodStart)},
                               {QStringLiteral("period_end"), cliopts::json(p.periodEnd)},
                               {QStringLiteral("as_of"), cliopts::json(p.asOf)},
                               {QStringLiteral("time_progress"), p.timeProgress},
                               {QStringLiteral("currency"), office::currency(db)},
                               {QStringLiteral("company"), nodeJson(p, 0)}};
        ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeTargetsCommand()
{
    return std::make_unique<TargetsCommand>();
}

} // namespace fd
