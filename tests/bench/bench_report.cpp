// bench_report: the weekly funnel report of the demo office (target: ≤ 2 s on a
// two-core machine), PDF and HTML, gathering and rendering timed apart. Not a CTest test.
//   bench_report [FILE] [--opportunities N]
// FILE (default /tmp/funneldesk-bench-report.sqlite) is made by the demo generator
// (default size, 3,000 opportunities) with the clock fixed at 2026-11-23 09:00 UTC.
#include "report/reporthtml.h"
#include "report/reportrenderer.h"
#include "report/weeklyreport.h"
#include "report/weeklyreportdocument.h"

#include "demo/demogenerator.h"
#include "domain/clock.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace fd;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QString path = QStringLiteral("/tmp/funneldesk-bench-report.sqlite");
    int opportunities = DemoOptions{}.opportunities;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--opportunities") && i + 1 < args.size())
            opportunities = args[++i].toInt();
        else
            path = args[i];
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    const bool fresh = !QFile::exists(path);
    std::unique_ptr<Database> db = Database::openSqlite(path);
    db->setClock(&clock);
    Migrator(*db).migrate();
    if (fresh) {
        QElapsedTimer t;
        t.start();
        DemoGenerator(*db, DemoOptions{20261123, opportunities}).generate();
        out << "generated demo office (" << opportunities << " opportunities) in " << qRound(ms(t)) << " ms\n";
    }

    const QString pdf = QDir::temp().filePath(QStringLiteral("funneldesk-bench-report.pdf"));
    const QString html = QDir::temp().filePath(QStringLiteral("funneldesk-bench-report.html"));
    double worst = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        report::WeeklyReportQuery q;
        q.week = QStringLiteral("2026-W47");
        const report::WeeklyReportData data = report::buildWeeklyReport(*db, q);
        const double gather = ms(t);
        t.restart();
        const report::ReportDocument doc = report::weeklyReportDocument(data);
        int pages = 0;
        report::ReportRenderer(doc).writePdf(pdf, nullptr, &pages);
        const double render = ms(t);
        t.restart();
        report::writeReportHtml(doc, html);
        const double htmlMs = ms(t);
        const double all = ms(total);
        worst = std::max(worst, gather + render);
        out << "run " << run + 1 << ": gather " << qRound(gather) << " ms, PDF " << qRound(render) << " ms (" << pages
            << " pages), HTML " << qRound(htmlMs) << " ms, total " << qRound(all) << " ms\n";
        out.flush();
    }
    out << "weekly report (gather + PDF), slowest of 3: " << qRound(worst) << " ms (limit 2000 ms) "
        << (worst <= 2000 ? "OK" : "TOO SLOW") << '\n';
    return worst <= 2000 ? 0 : 1;
}
