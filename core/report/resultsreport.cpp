#include "resultsreport.h"

#include "reporttext.h"

#include "domain/money.h"

namespace fd::report {

namespace {

const QString kNone = QStringLiteral("—");

QString percent(const std::optional<double> &rate, const QLocale &l)
{
    return rate ? l.toString(*rate * 100, 'f', 1) + QLatin1Char('%') : kNone;
}

QString day(const QDateTime &t)
{
    return t.isValid() ? t.date().toString(QStringLiteral("yyyy-MM-dd")) : kNone;
}

// One table: a row per region or product line, then the total in bold.
void marginTable(ReportDocument &doc, const QString &heading, const QString &column,
                 const std::vector<analytics::PerformanceRow> &rows, const QString &none,
                 const analytics::ResultsAnalysis &r, const QLocale &l)
{
    doc.subheading(heading);
    ReportBlock &t = doc.table({{column, 2.2},
                                {WeeklyReport::tr("Won deals"), 0.9, true},
                                {WeeklyReport::tr("Won amount"), 1.6, true},
                                {WeeklyReport::tr("Cost"), 1.6, true},
                                {WeeklyReport::tr("Margin"), 1.6, true},
                                {WeeklyReport::tr("Margin %"), 1.0, true}});
    t.currency = r.currency;
    const auto add = [&](const QString &name, const analytics::ResultFigures &f) {
        const bool has = f.wonMargin.has_value();
        t.rows << QStringList{name,
                              l.toString(f.wonCount),
                              money::format(f.wonAmount, r.currency, l),
                              has ? money::format(f.wonCost, r.currency, l) : kNone,
                              has ? money::format(*f.wonMargin, r.currency, l) : kNone,
                              percent(f.marginRate, l)};
    };
    for (const analytics::PerformanceRow &row : rows)
        add(row.id ? row.name : none, row.figures);
    add(WeeklyReport::tr("Total"), r.total.figures);
    t.lastRowIsTotal = true;
}

} // namespace

ReportDocument resultsReportDocument(const analytics::ResultsAnalysis &r, const QString &company, const QString &scope,
                                     const QLocale &l)
{
    ReportDocument doc;
    doc.company = company;
    doc.title = WeeklyReport::tr("Results analysis: margin");
    doc.subtitle = WeeklyReport::tr("%1 · won %2 – %3")
                       .arg(scope.isEmpty() ? WeeklyReport::tr("Whole company") : scope, day(r.windowFrom),
                            day(r.windowTo));
    doc.asOfText = WeeklyReport::tr("As of %1 UTC").arg(r.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    doc.heading(WeeklyReport::tr("Margin of the deals won"));
    doc.paragraph(WeeklyReport::tr(
        "Cost and margin come from the line items of the deals won in the window: sales = quantity × unit price "
        "less the discount, cost = quantity × unit cost, margin = sales − cost, margin % = margin ÷ sales. "
        "A won deal without line items adds to the won amount but has no margin (—). Regions are the customers' "
        "regions; each line item counts in its product's line."));
    marginTable(doc, WeeklyReport::tr("Margin by region"), WeeklyReport::tr("Region"), r.regions,
                WeeklyReport::tr("(no region)"), r, l);
    marginTable(doc, WeeklyReport::tr("Margin by product line"), WeeklyReport::tr("Product line"), r.productLines,
                WeeklyReport::tr("(no product line)"), r, l);
    if (r.otherCurrencyDeals > 0)
        doc.paragraph(WeeklyReport::tr("%n deal(s) in another currency left out.", nullptr, int(r.otherCurrencyDeals)));
    return doc;
}

} // namespace fd::report
