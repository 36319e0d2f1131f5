// funneldesk-cli report weekly: the weekly funnel report as PDF (A4) or HTML.
#include "commands.h"

#include "analyticsoptions.h"
#include "reportlanguage.h"

#include "report/reporthtml.h"
#include "report/reportrenderer.h"
#include "report/reportsnapshots.h"
#include "report/weeklyreport.h"
#include "report/weeklyreportdocument.h"

#include "domain/clock.h"
#include "domain/errors.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <memory>

namespace fd {

namespace {

class ReportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Weekly funnel report as PDF or HTML: report weekly --week 2026-W47 --out FILE");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("weekly"), QStringLiteral("The report to produce (weekly)."));
        parser.addOption({QStringLiteral("week"),
                          QStringLiteral("ISO week, e.g. 2026-W47 (default: the last full week)."),
                          QStringLiteral("WEEK")});
        parser.addOption({QStringLiteral("scope"),
                          QStringLiteral("company (default), region:NAME, team:NAME or rep:NAME."),
                          QStringLiteral("SCOPE")});
        parser.addOption({QStringLiteral("out"),
                          QStringLiteral("File to write; {week} in it becomes the report's week (2026-W47), and a "
                                         "missing folder is made (for scheduled reports)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("format"), QStringLiteral("pdf (default) or html; default from --out."),
                          QStringLiteral("FORMAT")});
        parser.addOption(
            {QStringLiteral("window-days"),
             QStringLiteral("Days of the funnel window (funnel, stage conversion and dwell, velocity), ending on the "
                            "as-of day (default: 90)."),
             QStringLiteral("DAYS")});
        cliopts::addReportLanguageOption(parser);
        parser.addOption({QStringLiteral("no-record"),
                          QStringLiteral("Do not store the report's forecasts as snapshots (see forecast-history).")});
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional != QStringList{QStringLiteral("weekly")})
            throw UsageError(QStringLiteral("expected 'report weekly' (the only report so far)"));
        QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            throw UsageError(QStringLiteral("--out FILE is required"));
        QString format = parser.value(QStringLiteral("format")).toLower();
        if (format.isEmpty())
            format = out.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                             || out.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
                         ? QStringLiteral("html")
                         : QStringLiteral("pdf");
        if (format != QLatin1String("pdf") && format != QLatin1String("html"))
            throw UsageError(QStringLiteral("--format must be pdf or html"));
        const QString lang = cliopts::reportLanguage(parser);
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            ctx.err << "funneldesk-cli report: rendering needs a QGuiApplication\n";
            return ExitFailure;
        }

        Database &db = ctx.database();
        report::WeeklyReportQuery q;
        q.week = parser.value(QStringLiteral("week"));
        if (q.week.isEmpty()) // the last full week: the Monday meeting reviews the week before
            q.week = report::isoWeekText(db.clock().now().toUTC().date().addDays(-7));
        if (parser.isSet(QStringLiteral("scope")))
            q.scope = parser.value(QStringLiteral("scope"));
        // Longer than any office's history is the whole history (and keeps the int in range).
        q.funnelWindowDays = int(std::min<qint64>(
            cliopts::positive(parser, QStringLiteral("window-days"), analytics::kDefaultFunnelWindowDays), 100000));

        // A scheduled run names each week's file without a shell (systemd, Task Scheduler).
        out.replace(QLatin1String("{week}"), q.week);
        if (!QDir().mkpath(QFileInfo(out).absolutePath()))
            throw Error(QStringLiteral("cannot make the folder of %1").arg(out));

        QElapsedTimer timer;
        timer.start();
        const cliopts::ReportLanguage language(lang);
        if (!language.translated())
            ctx.err << "funneldesk-cli report: no " << lang << " translation in this build; writing English\n";
        const report::WeeklyReportData data = report::buildWeeklyReport(db, q);
        const report::ReportDocument doc = report::weeklyReportDocument(data);
        QString error;
        int pages = 0;
        if (format == QLatin1String("html")) {
            if (!report::writeReportHtml(doc, out, &error))
                throw Error(QStringLiteral("cannot write %1: %2").arg(out, error));
        } else {
            const report::ReportRenderer renderer(doc);
            if (!renderer.writePdf(out, &error, &pages))
                throw Error(QStringLiteral("cannot write %1: %2").arg(out, error));
        }
        ctx.out << "Wrote weekly report " << data.week << " (" << data.scope.spec() << ") to " << out << " (" << format;
        if (pages > 0)
            ctx.out << ", " << pages << (pages == 1 ? " page" : " pages");
        ctx.out << ", " << timer.elapsed() << " ms)\n";
        // The forecast a report shows is the one a manager defends: keep it (forecast-history).
        if (!parser.isSet(QStringLiteral("no-record"))) {
            report::recordReportForecasts(db, data);
            ctx.out << "Recorded the forecasts of " << data.month.period << " and " << data.quarter.period
                    << " (funneldesk-cli forecast-history)\n";
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace fd
