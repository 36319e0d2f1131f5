#include "weeklyreportdocument.h"

#include "closinggapsection.h"
#include "reporttext.h"
#include "velocitytext.h"

#include "domain/money.h"

namespace fd::report {

namespace {

QString percent(const std::optional<double> &rate, const QLocale &locale)
{
    return rate ? locale.toString(*rate * 100, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
}

QString days(const std::optional<double> &d, const QLocale &locale)
{
    return d ? locale.toString(*d, 'f', 1) : QStringLiteral("–");
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("–");
}

QString scopeText(const ReportScope &s)
{
    switch (s.kind) {
    case ReportScope::Kind::Company:
        return WeeklyReport::tr("Whole company");
    case ReportScope::Kind::Region:
        return WeeklyReport::tr("Region %1").arg(s.name);
    case ReportScope::Kind::Team:
        return WeeklyReport::tr("Team %1").arg(s.name);
    case ReportScope::Kind::Rep:
        return WeeklyReport::tr("Rep %1").arg(s.name);
    }
    return {};
}

// What the "change" column says for a deal of a change group.
QString changeDetail(ChangeKind kind, const ReportDeal &d)
{
    switch (kind) {
    case ChangeKind::New:
        return d.stage;
    case ChangeKind::Advanced:
    case ChangeKind::MovedBack:
        return WeeklyReport::tr("%1 → %2").arg(d.previousStage, d.stage);
    case ChangeKind::Slipped:
        return WeeklyReport::tr("%1 → %2").arg(date(d.previousClose), date(d.expectedClose));
    case ChangeKind::Won:
        return d.previousStage;
    case ChangeKind::Lost:
        return d.lostReason.isEmpty() ? d.previousStage : d.previousStage + WeeklyReport::tr(": ") + d.lostReason;
    }
    return {};
}

QString changeColumnTitle(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::New:
        return WeeklyReport::tr("Stage");
    case ChangeKind::Advanced:
    case ChangeKind::MovedBack:
        return WeeklyReport::tr("Stage change");
    case ChangeKind::Slipped:
        return WeeklyReport::tr("Expected close");
    case ChangeKind::Won:
        return WeeklyReport::tr("Won from");
    case ChangeKind::Lost:
        return WeeklyReport::tr("Lost at / reason");
    }
    return {};
}

QString windowText(const WeeklyReportData &r)
{
    return WeeklyReport::tr("%1 – %2").arg(date(r.funnelFrom), date(r.funnelTo));
}

qint64 openCountOf(const analytics::FunnelResult &f)
{
    qint64 n = 0;
    for (const auto &s : f.stages)
        n += s.openCount;
    return n;
}

// "¥9,929,383.77 (↑ 6.0 % vs a week earlier)", or the amount alone when there is no change to show.
QString velocitySummary(const analytics::SalesVelocity &v, const QString &currency, const QLocale &l)
{
    const QString amount = velocityAmount(v.current.per30Days, currency, l);
    if (!v.changePerDay)
        return amount;
    return WeeklyReport::tr("%1 (%2 vs a week earlier)").arg(amount, velocityChangeText(v, currency, l));
}

// Key figures: the open pipeline at the as-of instant and the week's results.
void addSummary(ReportDocument &doc, const WeeklyReportData &r, const QLocale &l)
{
    const QString &cny = r.currency;
    qint64 openAmount = 0, weighted = 0;
    for (const auto &s : r.funnel.stages) {
        openAmount += s.openAmount;
        weighted += s.weightedAmount;
    }
    doc.heading(WeeklyReport::tr("Summary"));
    ReportBlock &kf = doc.table(
        {{WeeklyReport::tr("Figure"), 2}, {WeeklyReport::tr("Value"), 2, true}, {WeeklyReport::tr("Deals"), 1, true}});
    const analytics::FunnelResult &week = r.weekFunnel;
    kf.rows << QStringList{WeeklyReport::tr("Open pipeline"), money::format(openAmount, cny, l),
                           l.toString(openCountOf(r.funnel))}
            << QStringList{WeeklyReport::tr("Weighted pipeline"), money::format(weighted, cny, l), QString()}
            << QStringList{WeeklyReport::tr("Won this week"), money::format(week.wonAmount, cny, l),
                           l.toString(week.wonCount)}
            << QStringList{WeeklyReport::tr("Lost this week"), QString(), l.toString(week.lostCount)}
            << QStringList{WeeklyReport::tr("Win rate this week"), percent(week.winRate, l), QString()}
            << QStringList{WeeklyReport::tr("Sales velocity per 30 days"), velocitySummary(r.velocity, r.currency, l),
                           QString()};
}

// The funnel as the Funnel page draws it, and the stage conversion and dwell, over the
// stated window (DEFINITIONS.md §3): the same engine, query and figures as the page.
void addFunnel(ReportDocument &doc, const WeeklyReportData &r, const QLocale &l)
{
    doc.heading(
        WeeklyReport::tr("Funnel (%1), deals entering each stage %2").arg(r.funnel.pipelineName, windowText(r)));
    ReportBlock funnel;
    funnel.type = ReportBlock::Type::Funnel;
    funnel.stages = FunnelPainter::stagesOf(r.funnel);
    funnel.currency = r.currency;
    doc.blocks.push_back(funnel);
    doc.paragraph(WeeklyReport::tr("Width and count: deals that entered the stage from %1 to %2 (skipped and "
                                   "won-through stages count as entered); amount: open in the stage at the as-of "
                                   "date; red: share lost before the next stage. The Funnel page shows the same "
                                   "figures for the same window and as-of date.")
                      .arg(date(r.funnelFrom), date(r.funnelTo)));

    doc.subheading(WeeklyReport::tr("Stage conversion and days in stage, %1").arg(windowText(r)));
    ReportBlock &t = doc.table({{WeeklyReport::tr("Stage"), 2.2},
                                {WeeklyReport::tr("Entered"), 1.2, true},
                                {WeeklyReport::tr("Advanced"), 1.2, true},
                                {WeeklyReport::tr("Conversion"), 1.3, true},
                                {WeeklyReport::tr("Drop-off to next"), 1.4, true},
                                {WeeklyReport::tr("Median days in stage"), 1.6, true},
                                {WeeklyReport::tr("P90 days"), 1.2, true}});
    for (const auto &s : r.funnel.stages)
        t.rows << QStringList{s.name,
                              l.toString(s.entered),
                              l.toString(s.advanced),
                              percent(s.conversion, l),
                              percent(s.dropOff, l),
                              days(s.days.median, l),
                              days(s.days.p90, l)};
    t.rows << QStringList{WeeklyReport::tr("Won"),
                          l.toString(r.funnel.wonCount),
                          QString(),
                          WeeklyReport::tr("win rate %1").arg(percent(r.funnel.winRate, l)),
                          QString(),
                          WeeklyReport::tr("cycle %1 days").arg(days(r.funnel.medianCycleDays, l)),
                          QString()};
    t.lastRowIsTotal = true;
}

// Sales velocity now and a week earlier (DEFINITIONS.md §11), from the window's funnel.
void addVelocity(ReportDocument &doc, const WeeklyReportData &r, const QLocale &l)
{
    const QString &cny = r.currency;
    const analytics::SalesVelocity &v = r.velocity;
    doc.heading(WeeklyReport::tr("Sales velocity"));
    ReportBlock &t = doc.table({{WeeklyReport::tr("As of"), 1.6},
                                {WeeklyReport::tr("Open deals"), 1, true},
                                {WeeklyReport::tr("Win rate"), 1, true},
                                {WeeklyReport::tr("Average won deal"), 1.6, true},
                                {WeeklyReport::tr("Median cycle (days)"), 1.3, true},
                                {WeeklyReport::tr("Per day"), 1.5, true},
                                {WeeklyReport::tr("Per 30 days"), 1.7, true}});
    const auto row = [&](const analytics::VelocityFigures &f) {
        return QStringList{date(f.asOf.date()),
                           l.toString(f.openCount),
                           percent(f.winRate, l),
                           f.averageDeal ? money::format(*f.averageDeal, cny, l) : QStringLiteral("—"),
                           days(f.medianCycleDays, l),
                           velocityAmount(f.perDay, r.currency, l),
                           velocityAmount(f.per30Days, r.currency, l)};
    };
    t.rows << row(v.current) << row(v.previous);
    t.rows << QStringList{WeeklyReport::tr("Change"),
                          QString(),
                          QString(),
                          QString(),
                          QString(),
                          velocityChangeAmount(v.changePerDay, r.currency, l),
                          velocityChangeText(v, r.currency, l)};
    t.lastRowIsTotal = true;
    doc.paragraph(WeeklyReport::tr("Sales velocity = open deals × win rate × average won deal ÷ median sales cycle "
                                   "(days): the money the open pipeline turns into per day at the recent pace. "
                                   "Win rate, average deal and cycle are over %1 (a week earlier: the same window "
                                   "7 days before); open deals at the as-of date. — = not defined (no deal "
                                   "won in the window, or a cycle of 0 days).")
                      .arg(windowText(r)));
}

// The open deals per stage at the as-of instant: a snapshot, not a funnel (a later stage can
// hold more open deals than an earlier one).
void addOpenDeals(ReportDocument &doc, const WeeklyReportData &r, const QLocale &l)
{
    const QString &cny = r.currency;
    doc.heading(WeeklyReport::tr("Open deals by stage (as of %1)").arg(date(r.asOf.date())));
    ReportBlock &t = doc.table({{WeeklyReport::tr("Stage"), 2.2},
                                {WeeklyReport::tr("Open deals"), 1.2, true},
                                {WeeklyReport::tr("Open amount"), 2.2, true},
                                {WeeklyReport::tr("Weighted"), 2.2, true},
                                {WeeklyReport::tr("On hold"), 1, true}});
    qint64 count = 0, amount = 0, weighted = 0, onHold = 0;
    for (const auto &s : r.funnel.stages) {
        t.rows << QStringList{s.name, l.toString(s.openCount), money::format(s.openAmount, cny, l),
                              money::format(s.weightedAmount, cny, l), l.toString(s.onHoldCount)};
        count += s.openCount;
        amount += s.openAmount;
        weighted += s.weightedAmount;
        onHold += s.onHoldCount;
    }
    t.rows << QStringList{WeeklyReport::tr("Total"), l.toString(count), money::format(amount, cny, l),
                          money::format(weighted, cny, l), l.toString(onHold)};
    t.lastRowIsTotal = true;
}

void forecastRow(ReportBlock &t, const QString &label, const analytics::ForecastResult &f, const QString &cny,
                 const QLocale &l)
{
    t.rows << QStringList{
        label,
        money::formatShort(f.wonInPeriod, cny, l),
        money::formatShort(f.openPipeline, cny, l),
        money::formatShort(f.forecast, cny, l),
        f.hasRange ? money::formatShort(f.p10, cny, l) + QStringLiteral(" – ") + money::formatShort(f.p90, cny, l)
                   : QStringLiteral("–"),
        f.target ? money::formatShort(*f.target, cny, l) : QStringLiteral("–"),
        f.target ? percent(double(f.forecast) / double(std::max<qint64>(1, *f.target)), l) : QStringLiteral("–")};
}

} // namespace

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::New:
        return WeeklyReport::tr("New deals");
    case ChangeKind::Advanced:
        return WeeklyReport::tr("Advanced");
    case ChangeKind::MovedBack:
        return WeeklyReport::tr("Moved back");
    case ChangeKind::Slipped:
        return WeeklyReport::tr("Close date slipped");
    case ChangeKind::Won:
        return WeeklyReport::tr("Won");
    case ChangeKind::Lost:
        return WeeklyReport::tr("Lost");
    }
    return {};
}

ReportDocument weeklyReportDocument(const WeeklyReportData &r, const QLocale &l)
{
    const QString &cny = r.currency;
    ReportDocument doc;
    doc.company = r.companyName;
    doc.title = WeeklyReport::tr("Weekly funnel report");
    doc.subtitle =
        WeeklyReport::tr("%1 · week %2 (%3 – %4)").arg(scopeText(r.scope), r.week, date(r.weekStart), date(r.weekEnd));
    doc.asOfText = WeeklyReport::tr("As of %1 UTC").arg(r.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    addSummary(doc, r, l);
    addFunnel(doc, r, l);
    addVelocity(doc, r, l);
    addOpenDeals(doc, r, l);

    // Forecast.
    doc.heading(WeeklyReport::tr("Forecast vs target"));
    ReportBlock &fc = doc.table({{WeeklyReport::tr("Period"), 1.3},
                                 {WeeklyReport::tr("Won"), 1.5, true},
                                 {WeeklyReport::tr("Open pipeline"), 1.5, true},
                                 {WeeklyReport::tr("Forecast"), 1.5, true},
                                 {WeeklyReport::tr("Range P10–P90"), 2.6, true},
                                 {WeeklyReport::tr("Target"), 1.5, true},
                                 {WeeklyReport::tr("Forecast / target"), 1.5, true}});
    forecastRow(fc, r.month.period, r.month, r.currency, l);
    forecastRow(fc, r.quarter.period, r.quarter, r.currency, l);
    // The method and its track record, so the number can be defended.
    doc.paragraph(WeeklyReport::tr("Forecast method: %1. The result should fall inside P10–P90 eight months in ten.")
                      .arg(r.month.autoSelected ? analytics::trackRecordText(r.month)
                                                : analytics::forecastMethodName(r.month.method)));
    addClosingGapSection(doc, r.closingGap, r.currency, l);

    // What changed.
    doc.heading(WeeklyReport::tr("What changed since last week"));
    ReportBlock &ct = doc.table(
        {{WeeklyReport::tr("Change"), 2}, {WeeklyReport::tr("Deals"), 1, true}, {WeeklyReport::tr("Amount"), 2, true}});
    for (const auto &g : r.changes)
        ct.rows << QStringList{changeKindName(g.kind), l.toString(qint64(g.deals.size())),
                               money::format(g.amount, cny, l)};
    for (const auto &g : r.changes) {
        if (g.deals.empty())
            continue;
        doc.subheading(
            WeeklyReport::tr("%1: %2 deals, %3")
                .arg(changeKindName(g.kind), l.toString(qint64(g.deals.size())), money::format(g.amount, cny, l)));
        ReportBlock &dt = doc.table({{WeeklyReport::tr("Deal"), 2.6},
                                     {WeeklyReport::tr("Customer"), 2.4},
                                     {WeeklyReport::tr("Owner"), 1.1},
                                     {WeeklyReport::tr("Amount"), 1.7, true},
                                     {changeColumnTitle(g.kind), 2.2}});
        for (const auto &d : g.deals)
            dt.rows << QStringList{d.title, d.customer, d.owner, money::format(d.amount, d.currency, l),
                                   changeDetail(g.kind, d)};
    }

    // Reps.
    doc.heading(WeeklyReport::tr("Reps"));
    ReportBlock &rt = doc.table({{WeeklyReport::tr("Rep"), 1.4},
                                 {WeeklyReport::tr("Open"), 0.8, true},
                                 {WeeklyReport::tr("Pipeline"), 1.9, true},
                                 {WeeklyReport::tr("Weighted"), 1.9, true},
                                 {WeeklyReport::tr("Won"), 0.8, true},
                                 {WeeklyReport::tr("Won amount"), 1.9, true},
                                 {WeeklyReport::tr("Lost"), 0.8, true},
                                 {WeeklyReport::tr("Win rate"), 1, true}});
    for (const auto &rep : r.reps.reps)
        rt.rows << QStringList{rep.displayName,
                               l.toString(rep.openCount),
                               money::format(rep.pipeline, cny, l),
                               money::format(rep.weighted, cny, l),
                               l.toString(rep.wonCount),
                               money::format(rep.wonAmount, cny, l),
                               l.toString(rep.lostCount),
                               percent(rep.winRate, l)};
    if (r.reps.reps.empty())
        doc.paragraph(WeeklyReport::tr("No reps in this scope."));

    // Top deals.
    doc.heading(WeeklyReport::tr("Top 10 open deals"));
    ReportBlock &tt = doc.table({{WeeklyReport::tr("#"), 0.4, true},
                                 {WeeklyReport::tr("Deal"), 2.4},
                                 {WeeklyReport::tr("Customer"), 2.2},
                                 {WeeklyReport::tr("Owner"), 1.1},
                                 {WeeklyReport::tr("Stage"), 1.2},
                                 {WeeklyReport::tr("Amount"), 1.7, true},
                                 {WeeklyReport::tr("Prob."), 0.7, true},
                                 {WeeklyReport::tr("Close"), 1.2}});
    int rank = 0;
    for (const auto &d : r.topDeals)
        tt.rows << QStringList{l.toString(++rank),
                               d.title,
                               d.customer,
                               d.owner,
                               d.stage,
                               money::format(d.amount, d.currency, l),
                               l.toString(d.probability) + QLatin1Char('%'),
                               date(d.expectedClose)};
    if (r.topDeals.empty())
        doc.paragraph(WeeklyReport::tr("No open deals."));

    // Overdue follow-ups.
    doc.heading(WeeklyReport::tr("Overdue follow-ups (%1)").arg(l.toString(r.followupTotal)));
    if (r.followups.empty()) {
        doc.paragraph(WeeklyReport::tr("None."));
    } else {
        ReportBlock &ot = doc.table({{WeeklyReport::tr("Due"), 1.2},
                                     {WeeklyReport::tr("Days over"), 0.9, true},
                                     {WeeklyReport::tr("Task"), 2.6},
                                     {WeeklyReport::tr("About"), 2.6},
                                     {WeeklyReport::tr("Owner"), 1.1}});
        for (const auto &f : r.followups)
            ot.rows << QStringList{date(f.due), l.toString(f.daysOverdue), f.title, f.subject, f.owner};
        if (r.followupTotal > qint64(r.followups.size()))
            doc.paragraph(WeeklyReport::tr("The %1 oldest of %2 are listed.")
                              .arg(l.toString(qint64(r.followups.size())), l.toString(r.followupTotal)));
    }

    // Overdue payments.
    doc.heading(WeeklyReport::tr("Overdue payments (%1, %2 outstanding)")
                    .arg(l.toString(r.paymentTotal), money::format(r.paymentOutstanding, cny, l)));
    if (r.payments.empty()) {
        doc.paragraph(WeeklyReport::tr("None."));
    } else {
        ReportBlock &pt = doc.table({{WeeklyReport::tr("Contract"), 1.5},
                                     {WeeklyReport::tr("Customer"), 2.4},
                                     {WeeklyReport::tr("Owner"), 1.1},
                                     {WeeklyReport::tr("Instalment"), 0.9, true},
                                     {WeeklyReport::tr("Due"), 1.2},
                                     {WeeklyReport::tr("Days over"), 0.9, true},
                                     {WeeklyReport::tr("Outstanding"), 1.7, true}});
        for (const auto &p : r.payments)
            pt.rows << QStringList{p.contract,
                                   p.customer,
                                   p.owner,
                                   l.toString(p.seq),
                                   date(p.due),
                                   l.toString(p.daysOverdue),
                                   money::format(p.outstanding, p.currency, l)};
        if (r.paymentTotal > qint64(r.payments.size()))
            doc.paragraph(WeeklyReport::tr("The %1 oldest of %2 are listed.")
                              .arg(l.toString(qint64(r.payments.size())), l.toString(r.paymentTotal)));
    }
    return doc;
}

} // namespace fd::report
