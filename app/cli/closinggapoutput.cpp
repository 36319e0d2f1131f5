#include "closinggapoutput.h"

#include "analyticsoptions.h"

#include <QJsonArray>

namespace fd::cliopts {

namespace {

QString statusText(analytics::GapStatus status)
{
    switch (status) {
    case analytics::GapStatus::Short:
        return QStringLiteral("short");
    case analytics::GapStatus::NoTarget:
        return QStringLiteral("no_target");
    case analytics::GapStatus::AheadOfTarget:
        return QStringLiteral("ahead_of_target");
    case analytics::GapStatus::PeriodOver:
        return QStringLiteral("period_over");
    }
    return {};
}

} // namespace

QJsonObject closingGapJson(const analytics::GapClosing &g)
{
    QJsonObject o{{QStringLiteral("status"), statusText(g.status)},
                  {QStringLiteral("method"), g.method},
                  {QStringLiteral("target_cents"), json(g.target)},
                  {QStringLiteral("forecast_cents"), g.forecast}};
    if (g.status != analytics::GapStatus::Short)
        return o;
    o.insert(QStringLiteral("gap_cents"), g.gap);
    o.insert(QStringLiteral("average_deal_cents"), json(g.averageDeal));
    o.insert(QStringLiteral("average_deal_won_count"), g.averageDealCount);
    o.insert(QStringLiteral("average_deal_days"), g.averageDealDays);
    o.insert(QStringLiteral("wins_needed"), json(g.winsNeeded));
    o.insert(QStringLiteral("pipeline"), g.pipelineName);
    QJsonArray stages;
    for (const analytics::GapStageNeed &s : g.stages)
        stages.append(QJsonObject{{QStringLiteral("stage_id"), s.stageId},
                                  {QStringLiteral("stage"), s.name},
                                  {QStringLiteral("win_probability"), s.probability},
                                  {QStringLiteral("learned_closed"), s.closed},
                                  {QStringLiteral("learned_won"), s.won},
                                  {QStringLiteral("deals_needed"), json(s.dealsNeeded)},
                                  {QStringLiteral("amount_needed_cents"), json(s.amountNeeded)},
                                  {QStringLiteral("open_count"), s.openCount},
                                  {QStringLiteral("open_amount_cents"), s.openAmount}});
    o.insert(QStringLiteral("stages"), stages);
    QJsonArray deals;
    for (const analytics::GapDeal &d : g.deals)
        deals.append(QJsonObject{{QStringLiteral("id"), d.id},
                                 {QStringLiteral("title"), d.title},
                                 {QStringLiteral("stage"), d.stage},
                                 {QStringLiteral("amount_cents"), d.amount},
                                 {QStringLiteral("probability"), d.probability},
                                 {QStringLiteral("expected_cents"), d.expected},
                                 {QStringLiteral("uplift_cents"), d.uplift},
                                 {QStringLiteral("cumulative_cents"), d.cumulative}});
    o.insert(QStringLiteral("deals"), deals);
    o.insert(QStringLiteral("deals_cover_gap"), g.dealsCoverGap);
    return o;
}

void printClosingGap(QTextStream &out, const analytics::GapClosing &g)
{
    out << "\nClosing the gap:\n";
    switch (g.status) {
    case analytics::GapStatus::NoTarget:
        out << "  No target for " << g.period << ": no gap to close.\n";
        return;
    case analytics::GapStatus::AheadOfTarget:
        out << "  Ahead of target (forecast " << yuan(g.forecast) << " >= target " << yuan(g.target)
            << "): no gap to close.\n";
        return;
    case analytics::GapStatus::PeriodOver:
        out << "  " << g.period << " is over: nothing more can be won in it.\n";
        return;
    case analytics::GapStatus::Short:
        break;
    }
    out << "  Gap " << yuan(g.gap) << "; average won deal " << yuan(g.averageDeal) << " (" << g.averageDealCount
        << " won in the last " << g.averageDealDays << " days); wins needed "
        << (g.winsNeeded ? QString::number(*g.winsNeeded) : QStringLiteral("-")) << "\n";
    if (g.winsNeeded) {
        out << "  Deals needed per stage (" << g.pipelineName << "):\n";
        out << QStringLiteral("    %1 %2 %3 %4 %5\n")
                   .arg(QStringLiteral("Stage"), -16)
                   .arg(QStringLiteral("Win rate"), 9)
                   .arg(QStringLiteral("Needed"), 7)
                   .arg(QStringLiteral("Amount needed"), 16)
                   .arg(QStringLiteral("Open now"), 9);
        for (const analytics::GapStageNeed &s : g.stages)
            out << QStringLiteral("    %1 %2 %3 %4 %5\n")
                       .arg(pad(s.name, 16))
                       .arg(percent(s.probability), 9)
                       .arg(s.dealsNeeded ? QString::number(*s.dealsNeeded) : QStringLiteral("-"), 7)
                       .arg(yuan(s.amountNeeded), 16)
                       .arg(s.openCount, 9);
    }
    out << "  Open deals that would close it (largest expected first; cumulative = amount - expected):\n";
    for (const analytics::GapDeal &d : g.deals)
        out << QStringLiteral("    %1 %2 %3 %4 %5 %6\n")
                   .arg(d.id, 8)
                   .arg(pad(d.title, 24))
                   .arg(pad(d.stage, 10))
                   .arg(yuan(d.amount), 15)
                   .arg(percent(d.probability), 7)
                   .arg(yuan(d.cumulative), 15);
    if (!g.dealsCoverGap)
        out << "  Even winning all of them leaves a gap.\n";
}

} // namespace fd::cliopts
