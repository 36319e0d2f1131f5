// One funnel everywhere: the weekly report's funnel chart, stage table and
// sales velocity are the funnel engine's over the stated window (the 90 days ending on the
// as-of day), never a one-week cohort; read back from the PDF with pdftotext.
#include "analyticsfixture.h"
#include "catchqt.h"
#include "clirun.h"
#include "pdftext.h"

#include "analytics/funnel.h"
#include "analytics/velocity.h"
#include "domain/money.h"
#include "report/reportrenderer.h"
#include "report/velocitytext.h"
#include "report/weeklyreport.h"
#include "report/weeklyreportdocument.h"

#include <QRegularExpression>

using namespace fd;
using fd::test::AnalyticsOffice;

namespace {

// The report of week 2026-W08 (16–22 February, days 46–52) of the analytics office: no deal
// entered a stage that week, so a one-week cohort would show nothing.
report::WeeklyReportData weekEight(AnalyticsOffice &o, int windowDays = analytics::kDefaultFunnelWindowDays)
{
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W08");
    q.runs = 200;
    q.funnelWindowDays = windowDays;
    return report::buildWeeklyReport(o.tdb.db(), q);
}

} // namespace

TEST_CASE("The report's funnel is computeFunnel's over the stated 90-day window", "[report][funnel]")
{
    AnalyticsOffice o;
    const report::WeeklyReportData r = weekEight(o);
    CHECK(r.funnelTo == QDate(2026, 2, 22));
    CHECK(r.funnelFrom == QDate(2025, 11, 25)); // 90 days, both ends included
    CHECK(r.funnelFrom.daysTo(r.funnelTo) == 89);

    analytics::FunnelQuery q;
    q.from = r.funnelFrom;
    q.to = r.funnelTo;
    q.asOf = r.asOf;
    const analytics::FunnelResult expected = analytics::computeFunnel(o.tdb.db(), q);
    REQUIRE(r.funnel.stages.size() == expected.stages.size());
    for (size_t i = 0; i < expected.stages.size(); ++i) {
        INFO("stage " << i);
        const auto &a = r.funnel.stages[i];
        const auto &b = expected.stages[i];
        CHECK(a.name == b.name);
        CHECK(a.entered == b.entered);
        CHECK(a.advanced == b.advanced);
        CHECK(a.conversion == b.conversion);
        CHECK(a.dropOff == b.dropOff);
        CHECK(a.days.median == b.days.median);
        CHECK(a.openCount == b.openCount);
        CHECK(a.openAmount == b.openAmount);
        if (i > 0) // entered counts never widen
            CHECK(a.entered <= r.funnel.stages[i - 1].entered);
    }
    CHECK(r.funnel.wonCount == expected.wonCount);
    CHECK(r.funnel.winRate == expected.winRate);
    // By hand (test_analytics): 5 → 4 → 2 → 1, conversion 80 / 50 / 50 / 100 %. Days in the second
    // stage to T = day 53 − 1 s: A 20, B 15, D 2 + 35, E 39 → median (20 + 37) / 2 = 28.5.
    CHECK(r.funnel.stages.at(0).entered == 5);
    CHECK(r.funnel.stages.at(1).entered == 4);
    CHECK(r.funnel.stages.at(2).entered == 2);
    CHECK(r.funnel.stages.at(3).entered == 1);
    CHECK(*r.funnel.stages.at(0).conversion == Approx(0.8));
    CHECK(*r.funnel.stages.at(1).days.median == Approx(28.5).margin(0.001));
    // The week's own figures stay weekly: nothing entered, nothing closed in W08.
    for (const auto &s : r.weekFunnel.stages)
        CHECK(s.entered == 0);
    CHECK(r.weekFunnel.wonCount == 0);

    // The velocity is the engine's for the same query: D and E open, A won, B and C lost.
    const analytics::SalesVelocity v = analytics::computeVelocity(o.tdb.db(), q);
    CHECK(r.velocity.current.perDay == v.current.perDay);
    CHECK(r.velocity.previous.perDay == v.previous.perDay);
    CHECK(*r.velocity.current.perDay == 190476);
    CHECK(r.velocity.previous.asOf == r.previousAsOf); // a week earlier = the end of the previous week

    // A shorter window is a window too: 30 days (24 January – 22 February) hold A's entry into
    // the third stage (day 30) and its win, and B's move back (day 25): no first entries before.
    const report::WeeklyReportData month = weekEight(o, 30);
    CHECK(month.funnelFrom == QDate(2026, 1, 24));
    CHECK(month.funnel.stages.at(0).entered == 0);
    CHECK(month.funnel.stages.at(2).entered == 1);
    CHECK(month.funnel.stages.at(3).entered == 1);
}

TEST_CASE("The report PDF states the window and shows the funnel, stage and velocity figures", "[report][funnel]")
{
    AnalyticsOffice o;
    const report::WeeklyReportData r = weekEight(o);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QString pdf = o.tdb.dir() + QStringLiteral("/w08.pdf");
    REQUIRE(report::ReportRenderer(report::weeklyReportDocument(r, en)).writePdf(pdf));
    const QString text = test::pdfText(pdf);

    CHECK(text.contains(QStringLiteral("deals entering each stage 2025-11-25 – 2026-02-22")));
    CHECK(text.contains(QStringLiteral("Stage conversion and days in stage, 2025-11-25 – 2026-02-22")));
    CHECK(text.contains(QStringLiteral("Open deals by stage (as of 2026-02-22)")));
    CHECK(text.contains(QStringLiteral("Sales velocity")));
    // Each stage's row of the stage table: name, entered, advanced, conversion, drop-off, median days.
    for (const auto &s : r.funnel.stages) {
        INFO(s.name.toStdString());
        const QString row = QStringLiteral("%1\\s+%2\\s+%3\\s+%4\\s+")
                                .arg(QRegularExpression::escape(s.name), QString::number(s.entered),
                                     QString::number(s.advanced),
                                     QRegularExpression::escape(en.toString(*s.conversion * 100, 'f', 1)
                                                                + QLatin1Char('%')));
        CHECK(text.contains(QRegularExpression(row)));
    }
    // The drop-offs the chart prints beside the funnel are the engine's: ↓ 20 %, ↓ 50 %, ↓ 50 %.
    CHECK(text.count(QStringLiteral("↓ 50%")) == 2);
    CHECK(text.contains(QStringLiteral("↓ 20%")));
    // Velocity now and a week earlier, per day and per 30 days.
    CHECK(text.contains(money::format(190476, QStringLiteral("CNY"), en)));
    CHECK(text.contains(money::format(5714286, QStringLiteral("CNY"), en)));
    CHECK(text.contains(QStringLiteral("2026-02-15"))); // the earlier row's date
}

TEST_CASE("CLI report --window-days sets the funnel window", "[report][funnel][cli]")
{
    AnalyticsOffice o;
    const QString pdf = o.tdb.dir() + QStringLiteral("/window.pdf");
    test::CliRun r = test::runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("report"),
                                       QStringLiteral("weekly"), QStringLiteral("--week"), QStringLiteral("2026-W08"),
                                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--window-days"),
                                       QStringLiteral("30"), QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(test::pdfText(pdf).contains(QStringLiteral("Stage conversion and days in stage, 2026-01-24 – 2026-02-22")));
    r = test::runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("report"), QStringLiteral("weekly"),
                          QStringLiteral("--week"), QStringLiteral("2026-W08"), QStringLiteral("--window-days"),
                          QStringLiteral("0"), QStringLiteral("--out"), pdf});
    CHECK(r.code == 2); // not a positive whole number: wrong usage
    CHECK(r.err.contains(QStringLiteral("window-days")));
}
