// Weekly funnel report: figures of a fixture office over two weeks, read back from the
// PDF (pdftotext) and the HTML, and the CLI command in-process.
#include "catchqt.h"
#include "clirun.h"
#include "pdftext.h"
#include "reportfixture.h"

#include "analytics/receivables.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "report/reporthtml.h"
#include "report/reportrenderer.h"
#include "report/weeklyreport.h"
#include "report/weeklyreportdocument.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace fd;
using namespace fd::test;

namespace {

const report::ChangeGroup &group(const report::WeeklyReportData &r, report::ChangeKind kind)
{
    return r.changes.at(size_t(kind));
}

QList<qint64> ids(const report::ChangeGroup &g)
{
    QList<qint64> out;
    for (const auto &d : g.deals)
        out << d.id;
    return out;
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(20000));
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("ISO weeks parse to their Monday and refuse nonsense", "[report]")
{
    CHECK(report::parseIsoWeek(QStringLiteral("2026-W47")) == QDate(2026, 11, 16));
    CHECK(report::parseIsoWeek(QStringLiteral("2026-W01")) == QDate(2025, 12, 29));
    CHECK(report::parseIsoWeek(QStringLiteral("2020-W53")) == QDate(2020, 12, 28));
    CHECK(report::parseIsoWeek(QStringLiteral("2026-W53")) == QDate(2026, 12, 28));
    CHECK(report::isoWeekText(QDate(2026, 11, 22)) == QStringLiteral("2026-W47"));
    CHECK(report::isoWeekText(QDate(2025, 12, 29)) == QStringLiteral("2026-W01"));
    CHECK_THROWS_AS(report::parseIsoWeek(QStringLiteral("2027-W53")), ValidationError);
    CHECK_THROWS_AS(report::parseIsoWeek(QStringLiteral("2026-47")), ValidationError);
    CHECK_THROWS_AS(report::parseIsoWeek(QStringLiteral("W47")), ValidationError);
}

TEST_CASE("Weekly report lists what changed in the week, per kind", "[report]")
{
    ReportOffice o;
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W47");
    q.runs = 500;
    const report::WeeklyReportData r = report::buildWeeklyReport(o.tdb.db(), q);

    CHECK(r.weekStart == QDate(2026, 11, 16));
    CHECK(r.asOf == at(11, 22, 23).addSecs(59 * 60 + 59));
    CHECK(r.companyName == QStringLiteral("星辰销售部"));
    CHECK(ids(group(r, report::ChangeKind::New)) == QList<qint64>{o.fresh, o.quickWin});
    CHECK(ids(group(r, report::ChangeKind::Advanced)) == QList<qint64>{o.advanced});
    CHECK(ids(group(r, report::ChangeKind::MovedBack)) == QList<qint64>{o.movedBack});
    CHECK(ids(group(r, report::ChangeKind::Slipped)) == QList<qint64>{o.slipped});
    CHECK(ids(group(r, report::ChangeKind::Won)) == QList<qint64>{o.won, o.quickWin});
    CHECK(ids(group(r, report::ChangeKind::Lost)) == QList<qint64>{o.lost});
    CHECK(group(r, report::ChangeKind::Won).amount == (230000 + 12000) * 100);
    CHECK(group(r, report::ChangeKind::Lost).deals.front().lostReason == QStringLiteral("价格太高"));
    CHECK(group(r, report::ChangeKind::Slipped).deals.front().previousClose == QDate(2026, 11, 28));
    CHECK(group(r, report::ChangeKind::Advanced).deals.front().previousStage == o.p.stages.at(1).name);
    CHECK(group(r, report::ChangeKind::Advanced).deals.front().stage == o.p.stages.at(2).name);
    CHECK(r.weekFunnel.wonAmount == group(r, report::ChangeKind::Won).amount);
    CHECK(r.weekFunnel.wonCount == 2);
    CHECK(r.weekFunnel.lostCount == 1);

    // Top deals: open ones only, largest first.
    REQUIRE(r.topDeals.size() == 6);
    CHECK(r.topDeals.front().id == o.otherTeamDeal);
    for (const auto &d : r.topDeals)
        CHECK((d.id != o.won && d.id != o.lost));

    REQUIRE(r.followups.size() == 1);
    CHECK(r.followups.front().daysOverdue == 4);
    REQUIRE(r.payments.size() == 1);
    CHECK(r.payments.front().outstanding == 5000000);
    CHECK(r.paymentOutstanding == 5000000);

    // The previous week saw only creations.
    q.week = QStringLiteral("2026-W46");
    const report::WeeklyReportData w46 = report::buildWeeklyReport(o.tdb.db(), q);
    CHECK(group(w46, report::ChangeKind::New).deals.size() == 7);
    CHECK(group(w46, report::ChangeKind::Won).deals.empty());
    CHECK(w46.payments.empty());
}

TEST_CASE("Weekly report scope narrows every section", "[report]")
{
    ReportOffice o;
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W47");
    q.runs = 200;
    q.scope = QStringLiteral("team:北京一组");
    const report::WeeklyReportData team = report::buildWeeklyReport(o.tdb.db(), q);
    REQUIRE(team.topDeals.size() == 1);
    CHECK(team.topDeals.front().id == o.otherTeamDeal);
    CHECK(team.followups.empty());
    CHECK(team.payments.empty());

    q.scope = QStringLiteral("rep:李娜");
    const report::WeeklyReportData rep = report::buildWeeklyReport(o.tdb.db(), q);
    CHECK(ids(group(rep, report::ChangeKind::Won)) == QList<qint64>{o.won});
    CHECK(group(rep, report::ChangeKind::Lost).deals.empty());
    CHECK(rep.payments.size() == 1);
    CHECK(rep.followups.empty());

    q.scope = QStringLiteral("team:没有这个组");
    CHECK_THROWS_AS(report::buildWeeklyReport(o.tdb.db(), q), ValidationError);
    q.scope = QStringLiteral("planet:Mars");
    CHECK_THROWS_AS(report::buildWeeklyReport(o.tdb.db(), q), ValidationError);
    q.scope = QStringLiteral("company");
    q.week = QStringLiteral("2026-W49");
    CHECK_THROWS_AS(report::buildWeeklyReport(o.tdb.db(), q), ValidationError);
}

TEST_CASE("Weekly report PDF and HTML carry the totals and the changed deals", "[report]")
{
    ReportOffice o;
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W47");
    q.runs = 500;
    const report::WeeklyReportData r = report::buildWeeklyReport(o.tdb.db(), q);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const report::ReportDocument doc = report::weeklyReportDocument(r, locale);

    const QString pdf = o.tdb.dir() + QStringLiteral("/w47.pdf");
    int pages = 0;
    REQUIRE(report::ReportRenderer(doc).writePdf(pdf, nullptr, &pages));
    CHECK(pdfPages(pdf) == pages);
    const QString text = pdfText(pdf);
    const QString html = report::reportHtml(doc);
    const QString cny = QStringLiteral("CNY");
    const QStringList expected{
        QStringLiteral("星辰销售部"), QStringLiteral("2026-W47"),
        // Each changed deal with its amount.
        QStringLiteral("新开分店网络"), QStringLiteral("云平台扩容项目"), QStringLiteral("仓储系统升级"),
        QStringLiteral("年度维保合同"), QStringLiteral("门店收银改造"), QStringLiteral("数据中心迁移"),
        QStringLiteral("价格太高"), QStringLiteral("2026-11-28 → 2026-12-20"), money::format(230000 * 100, cny, locale),
        money::format(310000 * 100, cny, locale),
        // Totals: won this week, open pipeline, overdue.
        money::format(r.weekFunnel.wonAmount, cny, locale),
        money::format((120000 + 80000 + 45000 + 99000 + 500000 + 66000) * 100LL, cny, locale),
        QStringLiteral("回访客户确认方案"), QStringLiteral("HT-2026-001"), money::format(5000000, cny, locale)};
    for (const QString &s : expected) {
        INFO(s.toStdString());
        CHECK(text.contains(s));
        CHECK(html.contains(s.toHtmlEscaped()));
    }
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // Deals that did not change are not in the change lists (only in the top deals).
    CHECK(text.count(QStringLiteral("安静的商机")) == 1);
}

TEST_CASE("Weekly report of an office in US dollars shows US$ and thousands, no ¥ and no 万", "[report]")
{
    ReportOffice o(QStringLiteral("USD"));
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W47");
    q.runs = 500;
    const report::WeeklyReportData r = report::buildWeeklyReport(o.tdb.db(), q);
    CHECK(r.currency == QStringLiteral("USD"));
    const QLocale zh(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    const report::ReportDocument doc = report::weeklyReportDocument(r, zh);
    const QString pdf = o.tdb.dir() + QStringLiteral("/w47-usd.pdf");
    REQUIRE(report::ReportRenderer(doc).writePdf(pdf, nullptr, nullptr));
    if (qEnvironmentVariableIsSet("FD_SCREENSHOTS"))
        QFile::copy(pdf, qEnvironmentVariable("FD_SCREENSHOTS") + QStringLiteral("/weekly_report_usd_zh_CN.pdf"));
    const QString text = pdfText(pdf);
    const QString html = report::reportHtml(doc);
    for (const QString &s : {QStringLiteral("US$230,000.00"), QStringLiteral("US$310,000.00"),
                             money::format(r.weekFunnel.wonAmount, QStringLiteral("USD"), zh)}) {
        INFO(s.toStdString());
        CHECK(text.contains(s));
        CHECK(html.contains(s.toHtmlEscaped()));
    }
    CHECK(text.contains(QRegularExpression(QStringLiteral("US\\$[0-9.,]+[KM]"))));
    for (const QString &cny : {QStringLiteral("¥"), QStringLiteral(" 万")}) {
        INFO(cny.toStdString());
        CHECK_FALSE(text.contains(cny));
        CHECK_FALSE(html.contains(cny));
    }
}

TEST_CASE("Weekly report PDF breaks long tables with the header row repeated", "[report]")
{
    report::ReportDocument doc;
    doc.company = QStringLiteral("测试公司");
    doc.title = QStringLiteral("Weekly");
    doc.subtitle = QStringLiteral("scope");
    doc.asOfText = QStringLiteral("as of");
    doc.heading(QStringLiteral("长表"));
    report::ReportBlock &t = doc.table({{QStringLiteral("列一HEAD"), 1}, {QStringLiteral("Amount"), 1, true}});
    for (int i = 0; i < 200; ++i)
        t.rows << QStringList{QStringLiteral("行%1").arg(i), QString::number(i)};
    TempDatabase tdb;
    const QString pdf = tdb.dir() + QStringLiteral("/long.pdf");
    int pages = 0;
    REQUIRE(report::ReportRenderer(doc).writePdf(pdf, nullptr, &pages));
    REQUIRE(pages >= 3);
    const QString text = pdfText(pdf);
    CHECK(text.count(QStringLiteral("列一HEAD")) == pages);
    for (int i = 0; i < 200; ++i)
        CHECK(text.contains(QStringLiteral("行%1 ").arg(i)));
}

TEST_CASE("CLI report weekly writes a PDF and an HTML file", "[report][cli]")
{
    ReportOffice o;
    const QString db = o.tdb.path();
    const QString pdf = o.tdb.dir() + QStringLiteral("/cli.pdf");
    const QString html = o.tdb.dir() + QStringLiteral("/cli.html");
    // The CLI reads its clock from the system: a week long past is complete either way.
    CliRun r = runCliWith({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("weekly"),
                           QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--lang"),
                           QStringLiteral("en"), QStringLiteral("--out"), pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("pdf")));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("门店收银改造")));
    CHECK(text.contains(QStringLiteral("Weekly funnel report")));

    r = runCliWith({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("weekly"),
                    QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--scope"),
                    QStringLiteral("rep:李娜"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"),
                    html});
    REQUIRE(r.code == 0);
    QFile f(html);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    CHECK(page.contains(QStringLiteral("门店收银改造")));
    CHECK(!page.contains(QStringLiteral("数据中心迁移"))); // 张伟's deal

    r = runCliWith({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("weekly"),
                    QStringLiteral("--week"), QStringLiteral("2026-W99"), QStringLiteral("--out"), pdf});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("week")));
    r = runCliWith({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
                    QStringLiteral("--out"), pdf});
    CHECK(r.code == 2);
}

// What a scheduled run (resources/examples: systemd timer, Task Scheduler) relies on: one file per
// week without a shell, a folder that does not exist yet, and the office's language read from the
// translation files.
TEST_CASE("CLI report weekly names the file by its week, makes the folder and writes zh_CN", "[report][cli]")
{
    ReportOffice o;
    const QString folder = o.tdb.dir() + QStringLiteral("/reports/weekly");
    CliRun r = runCliWith({QStringLiteral("--db"), o.tdb.path(), QStringLiteral("report"), QStringLiteral("weekly"),
                           QStringLiteral("--week"), QStringLiteral("2026-W47"), QStringLiteral("--lang"),
                           QStringLiteral("zh_CN"), QStringLiteral("--no-record"), QStringLiteral("--out"),
                           folder + QStringLiteral("/funnel-{week}.html")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile f(folder + QStringLiteral("/funnel-2026-W47.html"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(f.readAll());
    CHECK(page.contains(QStringLiteral("销售漏斗周报")));
    CHECK(!page.contains(QStringLiteral("Weekly funnel report")));
    CHECK(r.err.isEmpty()); // no "no zh_CN translation in this build"
}

TEST_CASE("Weekly report's overdue payments agree with the receivables engine", "[report]")
{
    ReportOffice o;
    report::WeeklyReportQuery q;
    q.week = QStringLiteral("2026-W47");
    q.runs = 200;
    REQUIRE(report::buildWeeklyReport(o.tdb.db(), q).payments.size() == 1);

    // The rest is paid by a receipt that does not name the instalment: reconciled
    // automatically (核销), so nothing is overdue any more — in the report as on the page.
    const qint64 contract =
        o.tdb.scalar(QStringLiteral("SELECT id FROM contracts WHERE number = 'HT-2026-001'")).toLongLong();
    SqlQuery(o.tdb.db(), QStringLiteral("INSERT INTO receipts (contract_id, received_date, amount_cents, created_at) "
                                        "VALUES (?, '2026-11-21', 5000000, '2026-11-21T12:00:00Z')"))
        .add(contract)
        .exec();
    const report::WeeklyReportData after = report::buildWeeklyReport(o.tdb.db(), q);
    CHECK(after.payments.empty());
    CHECK(after.paymentOutstanding == 0);
    CHECK(computeReceivables(o.tdb.db(), after.asOf.date()).overdue.isEmpty());
}
