#include "weeklyreportdocument.h"

#include "reporttext.h"

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

void forecastRow(ReportBlock &t, const QString &label, const analytics::ForecastResult &f, const QLocale &l)
{
    const QString cny = QStringLiteral("CNY");
    t.rows << QStringList { label, money::formatShort(f.wonInPeriod, cny, l),
        money::formatShort(f.openPipeline, cny, l), money::formatShort(f.forecast, cny, l),
        money::formatShort(f.p10, cny, l) + QStringLiteral(" – ") + money::formatShort(f.p90, cny, l),
        f.target ? money::formatShort(*f.target, cny, l) : QStringLiteral("–"),
        f.target ? percent(double(f.forecast) / double(std::max<qint64>(1, *f.target)), l) : QStringLiteral("–") };
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
    const QString cny = QStringLiteral("CNY");
    ReportDocument doc;
    doc.company = r.companyName;
    doc.title = WeeklyReport::tr("Weekly funnel report");
    doc.subtitle = WeeklyReport::tr("%1 · week %2 (%3 – %4)")
                       .arg(scopeText(r.scope), r.week, date(r.weekStart), date(r.weekEnd));
    doc.asOfText = WeeklyReport::tr("As of %1 UTC").arg(r.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    // Key figures.
    qint64 openCount = 0, openAmount = 0, weighted = 0;
    for (const auto &s : r.funnel.stages) {
        openCount += s.openCount;
        openAmount += s.openAmount;
        weighted += s.weightedAmount;
    }
    doc.heading(WeeklyReport::tr("Summary"));
    ReportBlock &kf = doc.table({ { WeeklyReport::tr("Figure"), 2 }, { WeeklyReport::tr("Value"), 2, true },
        { WeeklyReport::tr("Deals"), 1, true } });
    kf.rows << QStringList { WeeklyReport::tr("Open pipeline"), money::format(openAmount, cny, l),
        l.toString(openCount) }
            << QStringList { WeeklyReport::tr("Weighted pipeline"), money::format(weighted, cny, l), QString() }
            << QStringList { WeeklyReport::tr("Won this week"), money::format(r.funnel.wonAmount, cny, l),
                   l.toString(r.funnel.wonCount) }
            << QStringList { WeeklyReport::tr("Lost this week"), QString(), l.toString(r.funnel.lostCount) }
            << QStringList { WeeklyReport::tr("Win rate this week"), percent(r.funnel.winRate, l), QString() };

    // Funnel.
    doc.heading(WeeklyReport::tr("Funnel (%1)").arg(r.funnel.pipelineName));
    ReportBlock funnel;
    funnel.type = ReportBlock::Type::Funnel;
    for (const auto &s : r.funnel.stages)
        funnel.stages.push_back({ s.name, s.openCount, s.openAmount, std::nullopt });
    doc.blocks.push_back(funnel);
    ReportBlock &ft = doc.table({ { WeeklyReport::tr("Stage"), 2.2 }, { WeeklyReport::tr("Open"), 1, true },
        { WeeklyReport::tr("Open amount"), 2.2, true }, { WeeklyReport::tr("Weighted"), 2.2, true },
        { WeeklyReport::tr("Entered this week"), 1.4, true }, { WeeklyReport::tr("Conversion"), 1.3, true },
        { WeeklyReport::tr("Median days"), 1.3, true } });
    for (const auto &s : r.funnel.stages)
        ft.rows << QStringList { s.name, l.toString(s.openCount), money::format(s.openAmount, cny, l),
            money::format(s.weightedAmount, cny, l), l.toString(s.entered), percent(s.conversion, l),
            days(s.days.median, l) };
    ft.rows << QStringList { WeeklyReport::tr("Total"), l.toString(openCount), money::format(openAmount, cny, l),
        money::format(weighted, cny, l), QString(), QString(), QString() };
    ft.lastRowIsTotal = true;

    // Forecast.
    doc.heading(WeeklyReport::tr("Forecast vs target"));
    ReportBlock &fc = doc.table({ { WeeklyReport::tr("Period"), 1.3 }, { WeeklyReport::tr("Won"), 1.5, true },
        { WeeklyReport::tr("Open pipeline"), 1.5, true }, { WeeklyReport::tr("Forecast"), 1.5, true },
        { WeeklyReport::tr("Range P10–P90"), 2.6, true }, { WeeklyReport::tr("Target"), 1.5, true },
        { WeeklyReport::tr("Forecast / target"), 1.5, true } });
    forecastRow(fc, r.month.period, r.month, l);
    forecastRow(fc, r.quarter.period, r.quarter, l);
    doc.paragraph(
        WeeklyReport::tr("Forecast = won so far + the mean of %1 simulated runs over the open deals; the range "
                         "holds 80 % of the runs.")
            .arg(l.toString(r.month.runs)));

    // What changed.
    doc.heading(WeeklyReport::tr("What changed since last week"));
    ReportBlock &ct = doc.table({ { WeeklyReport::tr("Change"), 2 }, { WeeklyReport::tr("Deals"), 1, true },
        { WeeklyReport::tr("Amount"), 2, true } });
    for (const auto &g : r.changes)
        ct.rows << QStringList { changeKindName(g.kind), l.toString(qint64(g.deals.size())),
            money::format(g.amount, cny, l) };
    for (const auto &g : r.changes) {
        if (g.deals.empty())
            continue;
        doc.subheading(
            WeeklyReport::tr("%1: %2 deals, %3")
                .arg(changeKindName(g.kind), l.toString(qint64(g.deals.size())), money::format(g.amount, cny, l)));
        ReportBlock &dt = doc.table({ { WeeklyReport::tr("Deal"), 2.6 }, { WeeklyReport::tr("Customer"), 2.4 },
            { WeeklyReport::tr("Owner"), 1.1 }, { WeeklyReport::tr("Amount"), 1.7, true },
            { changeColumnTitle(g.kind), 2.2 } });
        for (const auto &d : g.deals)
            dt.rows << QStringList { d.title, d.customer, d.owner, money::format(d.amount, d.currency, l),
                changeDetail(g.kind, d) };
    }

    // Reps.
    doc.heading(WeeklyReport::tr("Reps"));
    ReportBlock &rt = doc.table({ { WeeklyReport::tr("Rep"), 1.4 }, { WeeklyReport::tr("Open"), 0.8, true },
        { WeeklyReport::tr("Pipeline"), 1.9, true }, { WeeklyReport::tr("Weighted"), 1.9, true },
        { WeeklyReport::tr("Won"), 0.8, true }, { WeeklyReport::tr("Won amount"), 1.9, true },
        { WeeklyReport::tr("Lost"), 0.8, true }, { WeeklyReport::tr("Win rate"), 1, true } });
    for (const auto &rep : r.reps.reps)
        rt.rows << QStringList { rep.displayName, l.toString(rep.openCount), money::format(rep.pipeline, cny, l),
            money::format(rep.weighted, cny, l), l.toString(rep.wonCount), money::format(rep.wonAmount, cny, l),
            l.toString(rep.lostCount), percent(rep.winRate, l) };
    if (r.reps.reps.empty())
        doc.paragraph(WeeklyReport::tr("No reps in this scope."));

    // Top deals.
    doc.heading(WeeklyReport::tr("Top 10 open deals"));
    ReportBlock &tt = doc.table({ { WeeklyReport::tr("#"), 0.4, true }, { WeeklyReport::tr("Deal"), 2.4 },
        { WeeklyReport::tr("Customer"), 2.2 }, { WeeklyReport::tr("Owner"), 1.1 }, { WeeklyReport::tr("Stage"), 1.2 },
        { WeeklyReport::tr("Amount"), 1.7, true }, { WeeklyReport::tr("Prob."), 0.7, true },
        { WeeklyReport::tr("Close"), 1.2 } });
    int rank = 0;
    for (const auto &d : r.topDeals)
        tt.rows << QStringList { l.toString(++rank), d.title, d.customer, d.owner, d.stage,
            money::format(d.amount, d.currency, l), l.toString(d.probability) + QLatin1Char('%'),
            date(d.expectedClose) };
    if (r.topDeals.empty())
        doc.paragraph(WeeklyReport::tr("No open deals."));

    // Overdue follow-ups.
    doc.heading(WeeklyReport::tr("Overdue follow-ups (%1)").arg(l.toString(r.followupTotal)));
    if (r.followups.empty()) {
        doc.paragraph(WeeklyReport::tr("None."));
    } else {
        ReportBlock &ot = doc.table({ { WeeklyReport::tr("Due"), 1.2 }, { WeeklyReport::tr("Days over"), 0.9, true },
            { WeeklyReport::tr("Task"), 2.6 }, { WeeklyReport::tr("About"), 2.6 },
            { WeeklyReport::tr("Owner"), 1.1 } });
        for (const auto &f : r.followups)
            ot.rows << QStringList { date(f.due), l.toString(f.daysOverdue), f.title, f.subject, f.owner };
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
        ReportBlock &pt = doc.table({ { WeeklyReport::tr("Contract"), 1.5 }, { WeeklyReport::tr("Customer"), 2.4 },
            { WeeklyReport::tr("Owner"), 1.1 }, { WeeklyReport::tr("Instalment"), 0.9, true },
            { WeeklyReport::tr("Due"), 1.2 }, { WeeklyReport::tr("Days over"), 0.9, true },
            { WeeklyReport::tr("Outstanding"), 1.7, true } });
        for (const auto &p : r.payments)
            pt.rows << QStringList { p.contract, p.customer, p.owner, l.toString(p.seq), date(p.due),
                l.toString(p.daysOverdue), money::format(p.outstanding, p.currency, l) };
        if (r.paymentTotal > qint64(r.payments.size()))
            doc.paragraph(WeeklyReport::tr("The %1 oldest of %2 are listed.")
                              .arg(l.toString(qint64(r.payments.size())), l.toString(r.paymentTotal)));
    }
    return doc;
}

} // namespace fd::report
