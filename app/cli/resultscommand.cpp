// funneldesk-cli results: campaign ROI by tier, lead sources, regions (with customers and coverage)
// and product lines, the customer mix and each rep's sales efficiency.
#include "commands.h"

#include "analyticsoptions.h"
#include "reportlanguage.h"

#include "analytics/resultsanalysis.h"
#include "report/reportrenderer.h"
#include "report/resultsreport.h"
#include "storage/repositories/settingsrepository.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd {

namespace {

using analytics::ResultFigures;

QJsonValue nullableText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject figuresJson(const ResultFigures &f)
{
    return QJsonObject{{QStringLiteral("leads"), f.leads},
                       {QStringLiteral("converted_leads"), f.convertedLeads},
                       {QStringLiteral("converted_customers"), f.convertedCustomers},
                       {QStringLiteral("conversion_rate"), cliopts::json(f.conversionRate)},
                       {QStringLiteral("opportunities"), f.opportunities},
                       {QStringLiteral("open_count"), f.openCount},
                       {QStringLiteral("pipeline_cents"), f.pipeline},
                       {QStringLiteral("won_count"), f.wonCount},
                       {QStringLiteral("won_amount_cents"), f.wonAmount},
                       {QStringLiteral("won_customers"), f.wonCustomers},
                       {QStringLiteral("lost_count"), f.lostCount},
                       {QStringLiteral("win_rate"), cliopts::json(f.winRate)},
                       {QStringLiteral("average_deal_cents"), cliopts::json(f.averageDeal)}};
}

// The figures plus the members of `extra`, in one object.
QJsonObject merged(const ResultFigures &f, const QJsonObject &extra)
{
    QJsonObject o = figuresJson(f);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray tiersJson(const std::vector<analytics::TierFigures> &tiers)
{
    QJsonArray a;
    for (const auto &t : tiers)
        a.append(merged(t.figures, {{QStringLiteral("tier"), nullableText(t.tier)}}));
    return a;
}

QJsonObject campaignJson(const analytics::CampaignRow &c)
{
    return merged(c.figures, {{QStringLiteral("campaign_id"), c.campaignId ? QJsonValue(c.campaignId) : QJsonValue()},
                              {QStringLiteral("name"), nullableText(c.name)},
                              {QStringLiteral("channel"), nullableText(c.channel)},
                              {QStringLiteral("start_date"), cliopts::json(c.start)},
                              {QStringLiteral("end_date"), cliopts::json(c.end)},
                              {QStringLiteral("ran_in_window"), c.ranInWindow},
                              {QStringLiteral("cost_cents"), c.cost},
                              {QStringLiteral("roi"), cliopts::json(c.roi)},
                              {QStringLiteral("cost_per_lead_cents"), cliopts::json(c.costPerLead)},
                              {QStringLiteral("cost_per_won_customer_cents"), cliopts::json(c.costPerWonCustomer)},
                              {QStringLiteral("tiers"), tiersJson(c.tiers)}});
}

// A region's, product line's or the total's figures with its margin (DEFINITIONS.md §10a).
QJsonObject performanceJson(const ResultFigures &f, const QJsonObject &extra = {})
{
    QJsonObject o = merged(f, extra);
    o.insert(QStringLiteral("margin_deals"), f.marginDeals);
    o.insert(QStringLiteral("won_sales_cents"), f.wonSales);
    o.insert(QStringLiteral("cost_cents"), f.wonCost);
    o.insert(QStringLiteral("margin_cents"), cliopts::json(f.wonMargin));
    o.insert(QStringLiteral("margin_rate"), cliopts::json(f.marginRate));
    return o;
}

// Regions also carry their customers and coverage (004 4.2); product lines have none.
QJsonArray performanceJson(const std::vector<analytics::PerformanceRow> &rows, bool coverage = false)
{
    QJsonArray a;
    for (const auto &r : rows) {
        QJsonObject extra{{QStringLiteral("id"), r.id ? QJsonValue(r.id) : QJsonValue()},
                          {QStringLiteral("name"), nullableText(r.name)}};
        if (coverage) {
            extra.insert(QStringLiteral("customers"), r.customers);
            extra.insert(QStringLiteral("covered_customers"), r.coveredCustomers);
            extra.insert(QStringLiteral("coverage"), cliopts::json(r.coverage));
        }
        a.append(performanceJson(r.figures, extra));
    }
    return a;
}

QJsonObject customerMixJson(const analytics::CustomerMix &mix)
{
    return QJsonObject{{QStringLiteral("key"), figuresJson(mix.key)},
                       {QStringLiteral("key_share"), cliopts::json(mix.keyShare)},
                       {QStringLiteral("high_tier"), figuresJson(mix.highTier)},
                       {QStringLiteral("high_tier_share"), cliopts::json(mix.highTierShare)},
                       {QStringLiteral("tiers"), tiersJson(mix.tiers)}};
}

QJsonArray efficiencyJson(const std::vector<analytics::RepEfficiency> &reps)
{
    QJsonArray a;
    for (const analytics::RepEfficiency &e : reps)
        a.append(QJsonObject{{QStringLiteral("user_id"), e.userId},
                             {QStringLiteral("name"), e.name},
                             {QStringLiteral("won_count"), e.wonCount},
                             {QStringLiteral("won_amount_cents"), e.wonAmount},
                             {QStringLiteral("average_deal_cents"), cliopts::json(e.averageDeal)},
                             {QStringLiteral("median_cycle_days"), cliopts::json(e.medianCycleDays)},
                             {QStringLiteral("win_rate"), cliopts::json(e.winRate)},
                             {QStringLiteral("leads"), e.leads},
                             {QStringLiteral("converted_leads"), e.convertedLeads},
                             {QStringLiteral("lead_conversion"), cliopts::json(e.leadConversion)},
                             {QStringLiteral("activities"), e.activities},
                             {QStringLiteral("activities_per_won"), cliopts::json(e.activitiesPerWon)},
                             {QStringLiteral("pay_cents"), cliopts::json(e.pay)},
                             {QStringLiteral("pay_share"), cliopts::json(e.payShare)}});
    return a;
}

QString roiText(const std::optional<double> &roi)
{
    return roi ? QStringLiteral("%1%").arg(*roi * 100.0, 0, 'f', 1) : QStringLiteral("-");
}

class ResultsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("results"); }
    QString summary() const override
    {
        return QStringLiteral("Results analysis: campaign ROI by tier, lead sources, regions, product lines, margin");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        cliopts::addWindowedOptions(parser);
        parser.addOption({QStringLiteral("pdf"),
                          QStringLiteral("Also write the margin by region and product line as an A4 PDF to FILE."),
                          QStringLiteral("FILE")});
        cliopts::addReportLanguageOption(parser);
    }

    int run(const QCommandLineParser &parser, CliContext &ctx) const override
    {
        Database &db = ctx.database();
        const QString lang = cliopts::reportLanguage(parser);
        const auto q = cliopts::windowedQuery<analytics::ResultsQuery>(db, parser);
        const analytics::ResultsAnalysis r = analytics::computeResults(db, q);
        if (parser.isSet(QStringLiteral("pdf"))) {
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
                throw Error(QStringLiteral("writing a PDF needs a QGuiApplication"));
            const cliopts::ReportLanguage language(lang);
            if (!language.translated())
                ctx.err << "funneldesk-cli results: no " << lang << " translation in this build; writing English\n";
            const QString company = SettingsRepository(db).text(QStringLiteral("company_name"),
                                                                QStringLiteral("FunnelDesk"));
            const report::ReportDocument doc = report::resultsReportDocument(r, company);
            QString error;
            const QString out = parser.value(QStringLiteral("pdf"));
            if (!report::ReportRenderer(doc).writePdf(out, &error))
                throw Error(QStringLiteral("cannot write %1: %2").arg(out, error));
        }

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray campaigns;
            for (const auto &c : r.campaigns)
                campaigns.append(campaignJson(c));
            QJsonArray sources;
            for (const auto &s : r.sources)
                sources.append(merged(
                    s.figures, {{QStringLiteral("source"), nullableText(s.source)},
                                {QStringLiteral("cost_cents"), s.cost},
                                {QStringLiteral("cost_per_won_customer_cents"), cliopts::json(s.costPerWonCustomer)}}));
            const QJsonObject root{
                {QStringLiteral("as_of"), cliopts::json(r.asOf)},
                {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), cliopts::json(r.windowFrom)},
                                                       {QStringLiteral("to"), cliopts::json(r.windowTo)}}},
                {QStringLiteral("currency"), r.currency},
                {QStringLiteral("other_currency_deals"), r.otherCurrencyDeals},
                {QStringLiteral("campaigns"), campaigns},
                {QStringLiteral("campaign_total"), campaignJson(r.campaignTotal)},
                {QStringLiteral("sources"), sources},
                {QStringLiteral("regions"), performanceJson(r.regions, true)},
                {QStringLiteral("product_lines"), performanceJson(r.productLines)},
                {QStringLiteral("total"), performanceJson(r.total.figures)},
                {QStringLiteral("customer_mix"), customerMixJson(r.customers)},
                {QStringLiteral("sales_efficiency"), efficiencyJson(r.reps)}};
            ctx.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }

        ctx.out << "Results as of " << cliopts::json(r.asOf).toString() << "\n\nCampaign ROI\n";
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QStringLiteral("Campaign"), -30)
                       .arg(QStringLiteral("Cost"), 15)
                       .arg(QStringLiteral("Leads"), 6)
                       .arg(QStringLiteral("Pipeline"), 15)
                       .arg(QStringLiteral("Won amount"), 15)
                       .arg(QStringLiteral("ROI"), 9)
                       .arg(QStringLiteral("Cost/won cust."), 15);
        auto campaignLine = [&](const analytics::CampaignRow &c, const QString &label) {
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                           .arg(cliopts::pad(label, 30))
                           .arg(cliopts::yuan(c.cost), 15)
                           .arg(c.figures.leads, 6)
                           .arg(cliopts::yuan(c.figures.pipeline), 15)
                           .arg(cliopts::yuan(c.figures.wonAmount), 15)
                           .arg(roiText(c.roi), 9)
                           .arg(cliopts::yuan(c.costPerWonCustomer), 15);
        };
        for (const auto &c : r.campaigns)
            campaignLine(c, c.name);
        campaignLine(r.campaignTotal, QStringLiteral("Total"));

        ctx.out << "\nLead sources\n"
                << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("Source"), -16)
                       .arg(QStringLiteral("Leads"), 6)
                       .arg(QStringLiteral("Conv."), 7)
                       .arg(QStringLiteral("Won cust."), 9)
                       .arg(QStringLiteral("Won amount"), 15)
                       .arg(QStringLiteral("Cost/won cust."), 15);
        for (const auto &s : r.sources)
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                           .arg(cliopts::pad(s.source.isEmpty() ? QStringLiteral("(not recorded)") : s.source, 16))
                           .arg(s.figures.leads, 6)
                           .arg(cliopts::percent(s.figures.conversionRate), 7)
                           .arg(s.figures.wonCustomers, 9)
                           .arg(cliopts::yuan(s.figures.wonAmount), 15)
                           .arg(cliopts::yuan(s.costPerWonCustomer), 15);

        auto performance = [&](const char *title, const std::vector<analytics::PerformanceRow> &rows,
                               const QString &none) {
            ctx.out << "\n"
                    << title << "\n"
                    << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                           .arg(QString(), -16)
                           .arg(QStringLiteral("Won"), 5)
                           .arg(QStringLiteral("Won amount"), 15)
                           .arg(QStringLiteral("Cost"), 15)
                           .arg(QStringLiteral("Margin"), 15)
                           .arg(QStringLiteral("Margin%"), 8)
                           .arg(QStringLiteral("Pipeline"), 15)
                           .arg(QStringLiteral("Win"), 7)
                           .arg(QStringLiteral("Avg deal"), 13);
            const auto line = [&](const QString &name, const ResultFigures &f) {
                ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                               .arg(cliopts::pad(name, 16))
                               .arg(f.wonCount, 5)
                               .arg(cliopts::yuan(f.wonAmount), 15)
                               .arg(f.wonMargin ? cliopts::yuan(f.wonCost) : QStringLiteral("-"), 15)
                               .arg(cliopts::yuan(f.wonMargin), 15)
                               .arg(cliopts::percent(f.marginRate), 8)
                               .arg(cliopts::yuan(f.pipeline), 15)
                               .arg(cliopts::percent(f.winRate), 7)
                               .arg(cliopts::yuan(f.averageDeal), 13);
            };
            for (const auto &row : rows)
                line(row.id ? row.name : none, row.figures);
            line(QStringLiteral("Total"), r.total.figures);
        };
        performance("Regions", r.regions, QStringLiteral("(no region)"));
        performance("Product lines", r.productLines, QStringLiteral("(no line)"));

        ctx.out << "\nCustomers and coverage by region\n";
        for (const auto &row : r.regions)
            ctx.out << QStringLiteral("%1 %2 customers, %3 worked in the window (%4)\n")
                           .arg(cliopts::pad(row.id ? row.name : QStringLiteral("(no region)"), 16))
                           .arg(row.customers, 6)
                           .arg(row.coveredCustomers, 6)
                           .arg(cliopts::percent(row.coverage));
        ctx.out << "\nCustomer mix: key customers (large, enterprise) " << cliopts::percent(r.customers.keyShare)
                << " of the amount won, A-rated customers " << cliopts::percent(r.customers.highTierShare) << "\n";

        ctx.out << "\nSales efficiency\n"
                << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                       .arg(QStringLiteral("Rep"), -16)
                       .arg(QStringLiteral("Won amount"), 15)
                       .arg(QStringLiteral("Avg deal"), 13)
                       .arg(QStringLiteral("Cycle d"), 8)
                       .arg(QStringLiteral("Win"), 7)
                       .arg(QStringLiteral("Lead conv"), 9)
                       .arg(QStringLiteral("Act/won"), 8)
                       .arg(QStringLiteral("Pay"), 13)
                       .arg(QStringLiteral("Pay/won"), 8);
        for (const analytics::RepEfficiency &e : r.reps)
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                           .arg(cliopts::pad(e.name, 16))
                           .arg(cliopts::yuan(e.wonAmount), 15)
                           .arg(cliopts::yuan(e.averageDeal), 13)
                           .arg(e.medianCycleDays ? QString::number(*e.medianCycleDays, 'f', 1) : QStringLiteral("-"),
                                8)
                           .arg(cliopts::percent(e.winRate), 7)
                           .arg(cliopts::percent(e.leadConversion), 9)
                           .arg(e.activitiesPerWon ? QString::number(*e.activitiesPerWon, 'f', 1) : QStringLiteral("-"),
                                8)
                           .arg(cliopts::yuan(e.pay), 13)
                           .arg(cliopts::percent(e.payShare), 8);
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeResultsCommand()
{
    return std::make_unique<ResultsCommand>();
}

} // namespace fd
