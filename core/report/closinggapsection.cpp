#include "closinggapsection.h"

#include "reporttext.h"

#include "domain/money.h"

namespace fd::report {

void addClosingGapSection(ReportDocument &doc, const analytics::GapClosing &g, const QString &currency,
                          const QLocale &l)
{
    using analytics::GapStatus;
    const auto amount = [&](qint64 cents) { return money::format(cents, currency, l); };
    const auto percent = [&](double rate) { return l.toString(rate * 100, 'f', 1) + QLatin1Char('%'); };
    doc.heading(WeeklyReport::tr("Closing the gap (%1)").arg(g.period));
    switch (g.status) {
    case GapStatus::NoTarget:
        doc.paragraph(WeeklyReport::tr("No target is set for %1: there is no gap to close.").arg(g.period));
        return;
    case GapStatus::AheadOfTarget:
        doc.paragraph(WeeklyReport::tr("Ahead of target: the forecast %1 reaches the target %2, there is no gap to "
                                       "close.")
                          .arg(amount(g.forecast), amount(g.target.value_or(0))));
        return;
    case GapStatus::PeriodOver:
        doc.paragraph(WeeklyReport::tr("%1 is over: nothing more can be won in it.").arg(g.period));
        return;
    case GapStatus::Short:
        break;
    }
    QString summary = WeeklyReport::tr("Target %1, forecast %2: %3 short.")
                          .arg(amount(g.target.value_or(0)), amount(g.forecast), amount(g.gap));
    if (g.winsNeeded && g.averageDeal)
        summary += QLatin1Char(' ')
                   + WeeklyReport::tr("With the average won deal of %1 (deals won in the last %3 days: %2) that is %4 "
                                      "more won deals.")
                         .arg(amount(*g.averageDeal), l.toString(g.averageDealCount), l.toString(g.averageDealDays),
                              l.toString(*g.winsNeeded));
    else
        summary += QLatin1Char(' ')
                   + WeeklyReport::tr("No deal was won in the last %1 days, so the number of wins needed cannot be "
                                      "estimated.")
                         .arg(l.toString(analytics::kAverageDealLongDays));
    doc.paragraph(summary);

    if (g.winsNeeded && !g.stages.empty()) {
        doc.subheading(WeeklyReport::tr("Deals needed in each stage (%1)").arg(g.pipelineName));
        ReportBlock &st = doc.table({{WeeklyReport::tr("Stage"), 2},
                                     {WeeklyReport::tr("Win rate"), 1.2, true},
                                     {WeeklyReport::tr("Deals needed"), 1.3, true},
                                     {WeeklyReport::tr("Amount needed"), 2, true},
                                     {WeeklyReport::tr("Open now"), 1.1, true},
                                     {WeeklyReport::tr("Open amount"), 2, true}});
        for (const analytics::GapStageNeed &s : g.stages)
            st.rows << QStringList{s.name,
                                   percent(s.probability),
                                   s.dealsNeeded ? l.toString(*s.dealsNeeded) : QStringLiteral("–"),
                                   s.amountNeeded ? amount(*s.amountNeeded) : QStringLiteral("–"),
                                   l.toString(s.openCount),
                                   amount(s.openAmount)};
        doc.paragraph(WeeklyReport::tr("Deals needed = wins needed ÷ the stage's win rate learned from the deals that "
                                       "entered it and closed (shrunk toward the configured rate)."));
    }

    doc.subheading(WeeklyReport::tr("Open deals that would close it"));
    if (g.deals.empty()) {
        doc.paragraph(WeeklyReport::tr("No open deal can add to this period's forecast."));
        return;
    }
    ReportBlock &dt = doc.table({{WeeklyReport::tr("#"), 0.4, true},
                                 {WeeklyReport::tr("Deal"), 2.6},
                                 {WeeklyReport::tr("Stage"), 1.3},
                                 {WeeklyReport::tr("Amount"), 1.7, true},
                                 {WeeklyReport::tr("Prob."), 0.8, true},
                                 {WeeklyReport::tr("Expected"), 1.6, true},
                                 {WeeklyReport::tr("Cumulative if won"), 1.8, true}});
    int rank = 0;
    for (const analytics::GapDeal &d : g.deals)
        dt.rows << QStringList{
            l.toString(++rank),  d.title, d.stage, amount(d.amount), percent(d.probability), amount(d.expected),
            amount(d.cumulative)};
    if (g.dealsCoverGap)
        doc.paragraph(WeeklyReport::tr("Winning these %1 deals would close the gap: each adds its amount less the "
                                       "expected value the forecast already counts.")
                          .arg(l.toString(qint64(g.deals.size()))));
    else
        doc.paragraph(WeeklyReport::tr("Even winning these %1 deals adds only %2: %3 would still be missing.")
                          .arg(l.toString(qint64(g.deals.size())), amount(g.deals.back().cumulative),
                               amount(g.gap - g.deals.back().cumulative)));
}

} // namespace fd::report
