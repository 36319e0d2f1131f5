#include "resultsanalysisview.h"

#include "analyticsfilterbar.h"
#include "campaignroichart.h"
#include "exportaction.h"
#include "pageregistry.h"
#include "resultstablemodel.h"
#include "session.h"
#include "widgets/pdfsave.h"

#include "analytics/timerange.h"
#include "domain/clock.h"
#include "report/reportrenderer.h"
#include "report/resultsreport.h"
#include "storage/database.h"
#include "storage/repositories/settingsrepository.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd {

namespace {

using Kind = ResultsTableModel::Kind;
using Column = ResultsTableModel::Column;
using Row = ResultsTableModel::Row;

QVariant money(qint64 cents)
{
    return QVariant(cents);
}

QVariant cost(qint64 cents)
{
    return cents > 0 ? QVariant(cents) : QVariant(); // no cost recorded: "—"
}

template<typename T>
QVariant optional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

QVariant count(qint64 n)
{
    return QVariant(n);
}

} // namespace

ResultsAnalysisView::ResultsAnalysisView(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_filters(new AnalyticsFilterBar(true, this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_asOfLabel(new QLabel(this))
    , m_asOf(new QDateEdit(this))
    , m_refresh(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_job(this, m_status)
    , m_tabs(new QTabWidget(this))
    , m_campaignNote(new QLabel(this))
    , m_tierHeading(new QLabel(this))
    , m_sourceNote(new QLabel(this))
    , m_lineNote(new QLabel(this))
    , m_mixNote(new QLabel(this))
    , m_efficiencyNote(new QLabel(this))
    , m_chart(new CampaignRoiChart(this))
{
    setObjectName(QStringLiteral("resultsAnalysisView"));
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("resultsFrom"));
    m_to->setObjectName(QStringLiteral("resultsTo"));
    m_asOf->setObjectName(QStringLiteral("resultsAsOf"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_asOfLabel->setBuddy(m_asOf);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *note : {m_campaignNote, m_sourceNote, m_lineNote, m_mixNote, m_efficiencyNote}) {
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *period = new QHBoxLayout;
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addSpacing(16);
    period->addWidget(m_asOfLabel);
    period->addWidget(m_asOf);
    period->addSpacing(16);
    period->addWidget(m_refresh);
    period->addWidget(m_pdf);
    period->addWidget(m_status, 1);
    m_pdf->setObjectName(QStringLiteral("resultsPdf"));

    // Campaign ROI: the table on top (key figures first), the split by customer tier and
    // the won-vs-cost chart side by side below it.
    auto *roi = new QWidget(this);
    auto *roiLayout = new QVBoxLayout(roi);
    roiLayout->setContentsMargins(0, 0, 0, 0);
    auto *roiSplit = new QSplitter(Qt::Vertical, roi);
    m_campaignView = addTable(&m_campaigns, QStringLiteral("resultsCampaignTable"), QStringLiteral("campaign-roi"));
    m_tierView = addTable(&m_tiers, QStringLiteral("resultsTierTable"), QStringLiteral("campaign-roi-tiers"));
    auto *bottomSplit = new QSplitter(Qt::Horizontal, roiSplit);
    auto *tierBox = new QWidget(bottomSplit);
    auto *tierLayout = new QVBoxLayout(tierBox);
    tierLayout->setContentsMargins(0, 0, 0, 0);
    tierLayout->addWidget(m_tierHeading);
    tierLayout->addWidget(m_tierView, 1);
    bottomSplit->addWidget(tierBox);
    bottomSplit->addWidget(m_chart);
    bottomSplit->setStretchFactor(0, 1);
    bottomSplit->setStretchFactor(1, 1);
    roiSplit->addWidget(m_campaignView);
    roiSplit->addWidget(bottomSplit);
    roiSplit->setStretchFactor(0, 1);
    roiSplit->setStretchFactor(1, 1);
    roiLayout->addWidget(m_campaignNote);
    roiLayout->addWidget(roiSplit, 1);

    auto *sources = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sources);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_sourceNote);
    m_sourceView = addTable(&m_sources, QStringLiteral("resultsSourceTable"), QStringLiteral("lead-sources"));
    sourceLayout->addWidget(m_sourceView, 1);

    m_regionView = addTable(&m_regions, QStringLiteral("resultsRegionTable"), QStringLiteral("regions"));

    auto *lines = new QWidget(this);
    auto *lineLayout = new QVBoxLayout(lines);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->addWidget(m_lineNote);
    m_lineView = addTable(&m_lines, QStringLiteral("resultsProductLineTable"), QStringLiteral("product-lines"));
    lineLayout->addWidget(m_lineView, 1);

    // A note above a table, on its own tab.
    const auto noted = [this](QLabel *note, QTableView *table) {
        auto *box = new QWidget(this);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(note);
        boxLayout->addWidget(table, 1);
        return box;
    };
    m_mixView = addTable(&m_mix, QStringLiteral("resultsCustomerMixTable"), QStringLiteral("customer-mix"));
    m_mixNote->setObjectName(QStringLiteral("resultsCustomerMixNote"));
    m_efficiencyView = addTable(&m_efficiency, QStringLiteral("resultsEfficiencyTable"),
                                QStringLiteral("sales-efficiency"));

    m_tabs->addTab(roi, QString());
    m_tabs->addTab(sources, QString());
    m_tabs->addTab(m_regionView, QString());
    m_tabs->addTab(lines, QString());
    m_tabs->addTab(noted(m_mixNote, m_mixView), QString());
    m_tabs->addTab(noted(m_efficiencyNote, m_efficiencyView), QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addLayout(period);
    layout->addWidget(m_tabs, 1);

    connect(m_filters, &AnalyticsFilterBar::changed, this, &ResultsAnalysisView::refresh);
    for (QDateEdit *edit : {m_from, m_to, m_asOf})
        connect(edit, &QDateEdit::editingFinished, this, &ResultsAnalysisView::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ResultsAnalysisView::refresh);
    connect(m_pdf, &QPushButton::clicked, this, &ResultsAnalysisView::saveAsPdf);
    connect(&m_context.session, &Session::databaseChanged, this, &ResultsAnalysisView::reloadDatabase);
    connect(&m_context.session, &Session::dataChanged, this, &ResultsAnalysisView::markStale);
    retranslateUi();
    reloadDatabase();
}

int ResultsAnalysisView::chartCampaignCount() const
{
    return m_chart->campaignCount();
}

QTableView *ResultsAnalysisView::addTable(ResultsTableModel **model, const QString &objectName,
                                          const QString &exportName)
{
    *model = new ResultsTableModel(this);
    auto *proxy = new ResultsSortProxy(this);
    proxy->setSourceModel(*model);
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until a header is clicked
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionsMovable(true);
    // Right-click → Export…: money as typed cents, so a spreadsheet adds them up.
    new ExportAction(view, exportName, view);
    return view;
}

bool ResultsAnalysisView::savePdf(const QString &path, QString *error) const
{
    Database *db = m_context.session.database();
    const QString company = db ? SettingsRepository(*db).text(QStringLiteral("company_name"),
                                                              QStringLiteral("FunnelDesk"))
                               : QString();
    const report::ReportDocument doc = report::resultsReportDocument(m_result, company, m_filters->description());
    return report::ReportRenderer(doc).writePdf(path, error);
}

void ResultsAnalysisView::saveAsPdf()
{
    savePdfAs(this, tr("Save margins as PDF"),
              QStringLiteral("results-margin-%1.pdf").arg(m_asOf->date().toString(Qt::ISODate)),
              [this](const QString &path, QString *error) { return savePdf(path, error); });
}

void ResultsAnalysisView::reloadDatabase()
{
    Database *db = m_context.session.database();
    m_filters->reload(db);
    m_today = db ? db->clock().now().toUTC().date() : QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to, m_asOf}) {
        const QSignalBlocker blocker(edit);
        edit->setMaximumDate(m_today);
    }
    // The last twelve months, to today.
    setWindow(m_today.addDays(1 - m_today.day()).addMonths(-11), m_today, m_today);
}

void ResultsAnalysisView::setWindow(const QDate &from, const QDate &to, const QDate &asOf)
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_asOf);
    m_from->setDate(from);
    m_to->setDate(to);
    m_asOf->setDate(asOf);
    markStale();
}

void ResultsAnalysisView::languageChanged()
{
    retranslateUi();
    m_filters->retranslateUi();
    markStale(); // amounts and tier names follow the language
}

void ResultsAnalysisView::retranslateUi()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("t&o"));
    m_asOfLabel->setText(tr("As of:"));
    m_asOf->setToolTip(tr("Figures as they stood at the end of this day"));
    m_refresh->setText(tr("Refresh"));
    m_pdf->setText(tr("Save margins as P&DF…"));
    m_pdf->setToolTip(tr("Won amount, cost, margin and margin % by region and product line, on A4"));
    m_tabs->setTabText(0, tr("Campaign ROI"));
    m_tabs->setTabText(1, tr("Lead sources"));
    m_tabs->setTabText(2, tr("Regions"));
    m_tabs->setTabText(3, tr("Product lines"));
    m_tabs->setTabText(4, tr("Customer mix"));
    m_tabs->setTabText(5, tr("Sales efficiency"));
    m_efficiencyNote->setText(
        tr("Input against output per rep: average deal, cycle (created → won) and win rate of the deals won in the "
           "window, how many of their new leads became customers, activities logged per deal won, and what they "
           "were paid for the window's months (monthly statements; — without a pay plan)."));
    m_campaignNote->setText(
        tr("A campaign's cost counts in full when it ran in the window; leads and opportunities are those created "
           "in the window, won amounts those won in it, pipeline what is open at the as-of date. "
           "ROI = (won − cost) ÷ cost; a campaign without a recorded cost has no ROI."));
    m_tierHeading->setText(tr("By customer tier"));
    m_sourceNote->setText(tr("Conversion: leads created in the window that became customers by the as-of date. "
                             "Cost: the campaigns of that channel that ran in the window."));
    m_lineNote->setText(tr("A deal with several product lines is split by the amounts of its line items, so the "
                           "amounts add up to the total; counts include a deal in each of its lines. Cost and "
                           "margin come from the line items of the won deals; a won deal without line items has "
                           "no margin (—)."));
    showResult(m_result);
}

void ResultsAnalysisView::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_job.cancel();
        m_status->setText(tr("No database is open."));
        showResult({});
        return;
    }
    analytics::ResultsQuery query;
    query.scope = m_filters->scope();
    query.from = m_from->date();
    query.to = m_to->date();
    query.currency = m_context.session.currency();
    // The as-of day is replayed at its last second; today means "now".
    if (m_asOf->date() < m_today)
        query.asOf = QDateTime::fromSecsSinceEpoch(analytics::endOfDay(m_asOf->date()), Qt::UTC);
    if (query.from > query.to) {
        m_job.cancel();
        m_status->setText(tr("The window starts after it ends."));
        emit computed();
        return;
    }
    m_job.start(
        *db, [query](Database &worker) { return analytics::computeResults(worker, query); },
        [this](std::optional<analytics::ResultsAnalysis> result, const QString &error) {
            if (!result) {
                m_status->setText(tr("The results could not be computed: %1").arg(error));
                showResult({});
            } else {
                m_status->setText(result->otherCurrencyDeals ? tr("%n deal(s) in another currency left out.", nullptr,
                                                                  int(result->otherCurrencyDeals))
                                                             : QString());
                showResult(*result);
            }
            emit computed();
        },
        tr("Computing…"));
}

void ResultsAnalysisView::showResult(const analytics::ResultsAnalysis &result)
{
    m_result = result;
    const auto tierName = [this](const QString &tier) {
        return tier.isEmpty() ? tr("Unrated") : tr("Tier %1").arg(tier);
    };

    {
        const QList<Column> columns{
            {tr("Campaign"), Kind::Text},
            {tr("Cost"), Kind::Money, tr("Counted in full when the campaign ran in the window")},
            {tr("Won amount"), Kind::Money},
            {tr("ROI"), Kind::Percent, tr("(won amount − cost) ÷ cost")},
            {tr("Open pipeline"), Kind::Money, tr("Open at the as-of date")},
            {tr("Leads"), Kind::Count, tr("Leads created in the window")},
            {tr("New customers"), Kind::Count, tr("Customers converted from those leads by the as-of date")},
            {tr("Opportunities"), Kind::Count, tr("Opportunities created in the window")},
            {tr("Won deals"), Kind::Count},
            {tr("Cost per lead"), Kind::Money},
            {tr("Cost per won customer"), Kind::Money},
            {tr("Channel"), Kind::Text},
            {tr("Period"), Kind::Text}};
        QList<Row> rows;
        auto campaignRow = [&](const analytics::CampaignRow &c, const QString &name, bool total) {
            const QString period = c.start.isValid()
                                       ? (c.end.isValid() && c.end != c.start ? QStringLiteral("%1 – %2").arg(
                                              c.start.toString(Qt::ISODate), c.end.toString(Qt::ISODate))
                                                                              : c.start.toString(Qt::ISODate))
                                       : QString();
            const analytics::ResultFigures &f = c.figures;
            rows.append(
                {{name, cost(c.cost), money(f.wonAmount), optional(c.roi), money(f.pipeline), count(f.leads),
                  count(f.convertedCustomers), count(f.opportunities), count(f.wonCount), optional(c.costPerLead),
                  optional(c.costPerWonCustomer), total ? QString() : c.channel, total ? QString() : period},
                 total});
        };
        for (const auto &c : result.campaigns)
            campaignRow(c, c.name, false);
        if (!result.campaigns.empty())
            campaignRow(result.campaignTotal, tr("Total"), true);
        m_campaigns->setTable(columns, rows, result.currency);
    }
    {
        const QList<Column> columns{{tr("Campaign"), Kind::Text},       {tr("Customer tier"), Kind::Text},
                                    {tr("New customers"), Kind::Count}, {tr("Opportunities"), Kind::Count},
                                    {tr("Open pipeline"), Kind::Money}, {tr("Won deals"), Kind::Count},
                                    {tr("Won amount"), Kind::Money},    {tr("Lost deals"), Kind::Count}};
        QList<Row> rows;
        auto tierRow = [&](const QString &campaign, const analytics::TierFigures &t, bool total) {
            const analytics::ResultFigures &f = t.figures;
            rows.append({{campaign, tierName(t.tier), count(f.convertedCustomers), count(f.opportunities),
                          money(f.pipeline), count(f.wonCount), money(f.wonAmount), count(f.lostCount)},
                         total});
        };
        for (const auto &c : result.campaigns)
            for (const auto &t : c.tiers)
                tierRow(c.name, t, false);
        for (const auto &t : result.tierTotals)
            tierRow(tr("All campaigns"), t, true);
        m_tiers->setTable(columns, rows, result.currency);
    }
    {
        const QList<Column> columns{
            {tr("Source"), Kind::Text},
            {tr("Leads"), Kind::Count, tr("Leads created in the window")},
            {tr("Converted"), Kind::Count, tr("Of those, converted to a customer by the as-of date")},
            {tr("Conversion rate"), Kind::Percent},
            {tr("Opportunities"), Kind::Count},
            {tr("Open pipeline"), Kind::Money},
            {tr("Won customers"), Kind::Count},
            {tr("Won amount"), Kind::Money},
            {tr("Cost"), Kind::Money, tr("Campaigns of this channel that ran in the window")},
            {tr("Cost per won customer"), Kind::Money}};
        QList<Row> rows;
        for (const auto &s : result.sources) {
            const analytics::ResultFigures &f = s.figures;
            rows.append({{s.source.isEmpty() ? tr("(not recorded)") : s.source, count(f.leads), count(f.convertedLeads),
                          optional(f.conversionRate), count(f.opportunities), money(f.pipeline), count(f.wonCustomers),
                          money(f.wonAmount), cost(s.cost), optional(s.costPerWonCustomer)}});
        }
        m_sources->setTable(columns, rows, result.currency);
    }
    const auto performance = [&](ResultsTableModel *model, const QString &heading,
                                 const std::vector<analytics::PerformanceRow> &list, const QString &none,
                                 bool coverage) {
        QList<Column> columns{
            {heading, Kind::Text},
            {tr("Won deals"), Kind::Count},
            {tr("Won amount"), Kind::Money},
            {tr("Cost"), Kind::Money, tr("Quantity × unit cost over the line items of the won deals")},
            {tr("Margin"), Kind::Money, tr("The line items' sales less their cost; — without line items")},
            {tr("Margin %"), Kind::Percent, tr("margin ÷ the line items' sales")},
            {tr("Won customers"), Kind::Count},
            {tr("Open deals"), Kind::Count},
            {tr("Open pipeline"), Kind::Money},
            {tr("Lost deals"), Kind::Count},
            {tr("Win rate"), Kind::Percent, tr("won ÷ (won + lost)")},
            {tr("Average deal"), Kind::Money}};
        if (coverage)
            columns << Column{tr("Customers"), Kind::Count, tr("The region's customers on file at the as-of date")}
                    << Column{tr("Worked"), Kind::Count,
                              tr("Of those, customers with a deal or an activity in the window")}
                    << Column{tr("Coverage"), Kind::Percent, tr("worked ÷ customers")};
        QList<Row> rows;
        qint64 customers = 0, worked = 0;
        auto add = [&](const analytics::PerformanceRow &p, const QString &name, bool total) {
            const analytics::ResultFigures &f = p.figures;
            QVariantList values{name,
                                count(f.wonCount),
                                money(f.wonAmount),
                                f.wonMargin ? money(f.wonCost) : QVariant(),
                                optional(f.wonMargin),
                                optional(f.marginRate),
                                count(f.wonCustomers),
                                count(f.openCount),
                                money(f.pipeline),
                                count(f.lostCount),
                                optional(f.winRate),
                                optional(f.averageDeal)};
            if (coverage) {
                const qint64 rowCustomers = total ? customers : p.customers;
                const qint64 rowWorked = total ? worked : p.coveredCustomers;
                values << count(rowCustomers) << count(rowWorked)
                       << (rowCustomers > 0 ? QVariant(double(rowWorked) / double(rowCustomers)) : QVariant());
                customers += p.customers;
                worked += p.coveredCustomers;
            }
            rows.append({values, total});
        };
        for (const auto &p : list)
            add(p, p.id ? p.name : none, false);
        if (!list.empty())
            add(result.total, tr("Total"), true);
        model->setTable(columns, rows, result.currency);
    };
    performance(m_regions, tr("Region"), result.regions, tr("(no region)"), true);
    performance(m_lines, tr("Product line"), result.productLines, tr("(no product line)"), false);

    {
        const analytics::CustomerMix &mix = result.customers;
        const qint64 totalWon = result.total.figures.wonAmount;
        const QList<Column> columns{{tr("Customers"), Kind::Text},
                                    {tr("Won amount"), Kind::Money},
                                    {tr("Share of won"), Kind::Percent, tr("won amount ÷ all won in the window")},
                                    {tr("Won deals"), Kind::Count},
                                    {tr("Won customers"), Kind::Count},
                                    {tr("Average deal"), Kind::Money},
                                    {tr("Win rate"), Kind::Percent, tr("won ÷ (won + lost)")},
                                    {tr("Open pipeline"), Kind::Money}};
        QList<Row> rows;
        auto add = [&](const QString &name, const analytics::ResultFigures &f, bool total) {
            rows.append(
                {{name, money(f.wonAmount),
                  totalWon > 0 ? QVariant(double(f.wonAmount) / double(totalWon)) : QVariant(), count(f.wonCount),
                  count(f.wonCustomers), optional(f.averageDeal), optional(f.winRate), money(f.pipeline)},
                 total});
        };
        add(tr("Key customers (large, enterprise)"), mix.key, false);
        for (const analytics::TierFigures &t : mix.tiers)
            add(tierName(t.tier), t.figures, false);
        add(tr("Total"), result.total.figures, true);
        m_mix->setTable(columns, rows, result.currency);
        const QLocale locale;
        const auto share = [&locale](const std::optional<double> &v) {
            return v ? locale.toString(*v * 100.0, 'f', 1) + locale.percent() : QStringLiteral("—");
        };
        m_mixNote->setText(tr("Key customers (大客户: size large or enterprise) brought %1 of the amount won in the "
                              "window, A-rated customers (优质客户) %2. A large share means the team holds its "
                              "important accounts; a small one, that growth rests on many small deals.")
                               .arg(share(mix.keyShare), share(mix.highTierShare)));
    }
    {
        const QList<Column> columns{
            {tr("Rep"), Kind::Text},
            {tr("Won amount"), Kind::Money},
            {tr("Won deals"), Kind::Count},
            {tr("Average deal"), Kind::Money, tr("客单价: won amount ÷ won deals")},
            {tr("Cycle (days)"), Kind::Decimal, tr("Median days from creation to won")},
            {tr("Win rate"), Kind::Percent, tr("won ÷ (won + lost)")},
            {tr("New leads"), Kind::Count, tr("Leads they own created in the window")},
            {tr("Lead conversion"), Kind::Percent, tr("Of those, converted to customers by the as-of date")},
            {tr("Activities"), Kind::Count, tr("Calls, visits, meetings, proposals and e-mails logged in the window")},
            {tr("Activities per won deal"), Kind::Decimal},
            {tr("Pay"), Kind::Money, tr("Their monthly statements for the window's months")},
            {tr("Pay ÷ won"), Kind::Percent, tr("What each yuan won cost in pay")}};
        QList<Row> rows;
        for (const analytics::RepEfficiency &e : result.reps)
            rows.append({{e.name, money(e.wonAmount), count(e.wonCount), optional(e.averageDeal),
                          e.medianCycleDays ? QVariant(*e.medianCycleDays) : QVariant(), optional(e.winRate),
                          count(e.leads), optional(e.leadConversion), count(e.activities),
                          e.activitiesPerWon ? QVariant(*e.activitiesPerWon) : QVariant(), optional(e.pay),
                          optional(e.payShare)}});
        m_efficiency->setTable(columns, rows, result.currency);
    }

    for (QTableView *view :
         {m_campaignView, m_tierView, m_sourceView, m_regionView, m_lineView, m_mixView, m_efficiencyView}) {
        if (view) {
            view->resizeColumnsToContents();
            view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
        }
    }
    m_chart->setCampaigns(result.campaigns, result.currency.isEmpty() ? m_context.session.currency() : result.currency);
}

} // namespace fd
