#include "forecastpage.h"

#include "analyticsfilterbar.h"
#include "exportaction.h"
#include "backgroundquery.h"
#include "deallisttable.h"
#include "forecastchart.h"
#include "forecasthistoryview.h"
#include "gapclosingpanel.h"
#include "session.h"

#include "analytics/snapshot.h"
#include "domain/clock.h"
#include "domain/money.h"
#include "storage/database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fd {

namespace {
const QString kCurrency = QStringLiteral("CNY");
constexpr int kMonths = 6;
constexpr int kQuarters = 4;
constexpr int kBacktestMonths = 12;
// The backtest forecasts 12 months × 3 methods; fewer simulation runs keep it quick and
// change its figures by well under a percent.
constexpr int kBacktestRuns = 2000;

enum Column { Period, Won, Configured, Historical, Simulated, Band, Target, Gap, Coverage, Columns };
enum BacktestColumn { Method, Months, Mape, Bias, BacktestColumns };

constexpr std::array<analytics::ForecastMethod, 3> kMethods { analytics::ForecastMethod::Configured,
    analytics::ForecastMethod::Historical, analytics::ForecastMethod::Simulation };

QTableWidgetItem *numberCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// The periods to forecast from `today`: this month and the next five, or this quarter and three more.
QStringList periodsFrom(const QDate &today, bool quarters)
{
    QStringList out;
    if (quarters) {
        int year = today.year();
        int quarter = (today.month() - 1) / 3 + 1;
        for (int i = 0; i < kQuarters; ++i) {
            out << QStringLiteral("%1-Q%2").arg(year).arg(quarter);
            if (++quarter > 4) {
                quarter = 1;
                ++year;
            }
        }
    } else {
        const QDate first(today.year(), today.month(), 1);
        for (int i = 0; i < kMonths; ++i)
            out << first.addMonths(i).toString(QStringLiteral("yyyy-MM"));
    }
    return out;
}

QString methodName(analytics::ForecastMethod method)
{
    switch (method) {
    case analytics::ForecastMethod::Configured:
        return ForecastPage::tr("Configured");
    case analytics::ForecastMethod::Historical:
        return ForecastPage::tr("Historical");
    case analytics::ForecastMethod::Simulation:
        return ForecastPage::tr("Simulated");
    }
    return {};
}
} // namespace

ForecastPage::ForecastPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_context(context)
    , m_filters(new AnalyticsFilterBar(true, this))
    , m_granularityLabel(new QLabel(this))
    , m_granularity(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new ForecastChart(this))
    , m_table(new QTableWidget(this))
    , m_drillHeading(new QLabel(this))
    , m_drillMethod(new QComboBox(this))
    , m_deals(new DealListTable(this))
    , m_backtestNote(new QLabel(this))
    , m_backtestTable(new QTableWidget(this))
    , m_backtestChart(new ForecastChart(this))
    , m_history(new ForecastHistoryView(context.session, this))
    , m_gapPanel(new GapClosingPanel(context.session, this))
{
    setObjectName(QStringLiteral("forecastPage"));
    m_granularity->setObjectName(QStringLiteral("forecastGranularity"));
    m_granularity->addItems({ QString(), QString() });
    m_drillMethod->setObjectName(QStringLiteral("forecastDrillMethod"));
    m_drillMethod->addItems({ QString(), QString(), QString() });
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setColumnCount(Columns);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    new ExportAction(m_table, QStringLiteral("forecast"), m_table); // right-click → Export…
    m_backtestTable->setObjectName(QStringLiteral("backtestTable"));
    m_backtestTable->setColumnCount(BacktestColumns);
    m_backtestTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backtestTable->verticalHeader()->hide();
    new ExportAction(m_backtestTable, QStringLiteral("backtest"), m_backtestTable);
    m_backtestTable->setMaximumHeight(140);
    m_backtestNote->setWordWrap(true);
    m_backtestNote->setForegroundRole(QPalette::PlaceholderText);
    m_deals->setObjectName(QStringLiteral("forecastDeals"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_granularityLabel);
    controls->addWidget(m_granularity);
    controls->addSpacing(16);
    controls->addWidget(m_refresh);
    controls->addWidget(m_status, 1);

    auto *drill = new QHBoxLayout;
    drill->addWidget(m_drillHeading, 1);
    drill->addWidget(m_drillMethod);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(drill);
    bottomLayout->addWidget(m_deals, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);

    auto *backtest = new QWidget(this);
    auto *backtestLayout = new QVBoxLayout(backtest);
    backtestLayout->addWidget(m_backtestNote);
    backtestLayout->addWidget(m_backtestTable);
    backtestLayout->addWidget(m_backtestChart, 1);
    m_tabs->addTab(split, QString());
    m_tabs->addTab(backtest, QString());
    m_tabs->addTab(m_gapPanel, QString());
    m_tabs->addTab(m_history, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_filters);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    connect(m_filters, &AnalyticsFilterBar::changed, this, &ForecastPage::refresh);
    connect(m_granularity, qOverload<int>(&QComboBox::currentIndexChanged), this, &ForecastPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ForecastPage::refresh);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { selectPeriod(row); });
    connect(m_drillMethod, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { selectPeriod(m_selectedRow); });
    connect(&m_context.session, &Session::databaseChanged, this, &ForecastPage::reloadDatabase);
    connect(&m_context.session, &Session::dataChanged, this, &ForecastPage::markStale);
    retranslateUi();
    reloadDatabase();
}

void ForecastPage::reloadDatabase()
{
    m_filters->reload(m_context.session.database());
    markStale();
}




void ForecastPage::languageChanged()
{
    retranslateUi();
    m_filters->retranslateUi();
    showPeriods();
    showBacktest();
}

void ForecastPage::retranslateUi()
{
    m_granularityLabel->setText(tr("Periods:"));
    m_granularity->setItemText(0, tr("Next 6 months"));
    m_granularity->setItemText(1, tr("Next 4 quarters"));
    m_refresh->setText(tr("Refresh"));
    m_tabs->setTabText(0, tr("Forecast"));
    m_tabs->setTabText(1, tr("Backtest"));
    m_tabs->setTabText(m_tabs->indexOf(m_gapPanel), tr("Closing the gap"));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("Forecast history"));
    for (int i = 0; i < 3; ++i)
        m_drillMethod->setItemText(i, methodName(kMethods[size_t(i)]));
    m_drillMethod->setToolTip(tr("The method whose contributing deals are listed"));
    m_table->setHorizontalHeaderLabels({ tr("Period"), tr("Won so far"), tr("Configured"), tr("Historical"),
        tr("Simulated (mean)"), tr("P10 – P90"), tr("Target"), tr("Gap"), tr("Coverage") });
    m_table->horizontalHeaderItem(Configured)->setToolTip(tr("Won so far + Σ amount × the stage's configured win rate"));
    m_table->horizontalHeaderItem(Historical)->setToolTip(tr("Won so far + Σ amount × the stage's historical win rate"));
    m_table->horizontalHeaderItem(Band)->setToolTip(tr("Simulated range: 10 % of the runs end below, 10 % above"));
    m_table->horizontalHeaderItem(Gap)->setToolTip(tr("Target − simulated forecast"));
    m_table->horizontalHeaderItem(Coverage)->setToolTip(tr("Open pipeline ÷ (target − won so far)"));
    m_backtestTable->setHorizontalHeaderLabels({ tr("Method"), tr("Months"), tr("MAPE"), tr("Bias") });
    m_backtestNote->setText(tr("Each of the last 12 months forecast as of its first day with each method and "
                               "compared with what was won. MAPE: mean absolute error ÷ won; bias: mean error ÷ "
                               "won (positive = too optimistic)."));
    m_deals->retranslateUi();
    if (m_selectedRow < 0)
        m_drillHeading->setText(tr("Click a period to list the deals that contribute to it."));
}

void ForecastPage::setQuarters(bool quarters)
{
    m_granularity->setCurrentIndex(quarters ? 1 : 0);
}

QString ForecastPage::periodLabel(const QString &period) const
{
    const QLocale locale;
    const bool chinese = locale.language() == QLocale::Chinese;
    if (period.contains(QLatin1Char('Q'))) {
        const QString year = period.left(4);
        const QString quarter = period.mid(6);
        return tr("Q%1 %2", "quarter and year").arg(quarter, year);
    }
    const QDate start = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return chinese ? locale.toString(start, QStringLiteral("yyyy年M月")) : locale.toString(start, QStringLiteral("MMM yyyy"));
}

void ForecastPage::reload()
{
    Database *db = m_context.session.database();
    const quint64 generation = ++m_generation;
    if (!db) {
        m_computing = m_backtesting = false;
        m_status->setText(tr("No database is open."));
        m_periods.clear();
        m_backtest = {};
        showPeriods();
        showBacktest();
        return;
    }
    const analytics::Scope scope = m_filters->scope();
    m_gapPanel->setScope(scope); // each computes when its tab is shown
    m_history->setScope(scope);
    const QDate today = db->clock().now().toUTC().date();
    const QStringList periods = periodsFrom(today, m_granularity->currentIndex() == 1);
    m_computing = m_backtesting = true;
    m_status->setText(tr("Computing…"));

    runInBackground<std::vector<PeriodResults>>(
        this, *db,
        [periods, scope](Database &worker) {
            // One snapshot serves every period and method.
            const analytics::Snapshot snapshot = analytics::Snapshot::load(worker, { scope.pipelineId, analytics::kNoTime });
            std::vector<PeriodResults> out;
            for (const QString &period : periods) {
                PeriodResults results;
                for (size_t m = 0; m < kMethods.size(); ++m) {
                    analytics::ForecastQuery q;
                    q.period = period;
                    q.method = kMethods[m];
                    q.scope = scope;
                    results[m] = analytics::computeForecast(worker, snapshot, q);
                }
                out.push_back(std::move(results));
            }
            return out;
        },
        [this, generation](std::optional<std::vector<PeriodResults>> result, const QString &error) {
            if (generation != m_generation)
                return;
            m_computing = false;
            m_periods = result ? *result : std::vector<PeriodResults>{};
            if (!result)
                m_status->setText(tr("The forecast could not be computed: %1").arg(error));
            else if (!m_backtesting)
                m_status->clear();
            else
                m_status->setText(tr("Computing the backtest…"));
            showPeriods();
            emit computed();
        });

    analytics::BacktestQuery backtest;
    const QDate thisMonth(today.year(), today.month(), 1);
    backtest.fromMonth = thisMonth.addMonths(-kBacktestMonths).toString(QStringLiteral("yyyy-MM"));
    backtest.toMonth = thisMonth.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    backtest.scope = scope;
    backtest.runs = kBacktestRuns;
    runInBackground<analytics::BacktestResult>(
        this, *db, [backtest](Database &worker) { return analytics::runBacktest(worker, backtest); },
        [this, generation](std::optional<analytics::BacktestResult> result, const QString &error) {
            if (generation != m_generation)
                return;
            m_backtesting = false;
            m_backtest = result ? *result : analytics::BacktestResult{};
            if (!result)
                m_status->setText(tr("The backtest could not be computed: %1").arg(error));
            else if (!m_computing)
                m_status->clear();
            showBacktest();
            emit backtestComputed();
        });
}

void ForecastPage::showPeriods()
{
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, kCurrency, locale); };
    std::vector<ForecastChartPeriod> chart;
    m_table->setRowCount(int(m_periods.size()));
    for (size_t i = 0; i < m_periods.size(); ++i) {
        const PeriodResults &r = m_periods[i];
        const analytics::ForecastResult &configured = r[0];
        const analytics::ForecastResult &historical = r[1];
        const analytics::ForecastResult &simulated = r[2];
        const int row = int(i);
        auto *period = new QTableWidgetItem(periodLabel(configured.period));
        period->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        period->setData(Qt::UserRole, configured.period);
        m_table->setItem(row, Period, period);
        m_table->setItem(row, Won, numberCell(brief(configured.wonInPeriod)));
        m_table->setItem(row, Configured, numberCell(brief(configured.forecast)));
        m_table->setItem(row, Historical, numberCell(brief(historical.forecast)));
        m_table->setItem(row, Simulated, numberCell(brief(simulated.mean)));
        m_table->setItem(row, Band, numberCell(tr("%1 – %2").arg(brief(simulated.p10), brief(simulated.p90))));
        m_table->setItem(row, Target, numberCell(simulated.target ? brief(*simulated.target) : QStringLiteral("—")));
        QTableWidgetItem *gap = numberCell(simulated.gap ? brief(*simulated.gap) : QStringLiteral("—"));
        if (simulated.gap)
            gap->setForeground(*simulated.gap > 0 ? QColor(0xb0, 0x3a, 0x2e) : QColor(0x2e, 0x7d, 0x32));
        m_table->setItem(row, Gap, gap);
        m_table->setItem(row, Coverage,
            numberCell(simulated.coverage ? tr("%1×").arg(locale.toString(*simulated.coverage, 'f', 2))
                                          : QStringLiteral("—")));
        chart.push_back({ periodLabel(configured.period), configured.wonInPeriod, configured.forecast,
            historical.forecast, simulated.mean, simulated.p10, simulated.p50, simulated.p90, simulated.target });
    }
    m_table->resizeColumnsToContents();
    m_chart->setPeriods(chart, kCurrency);
    if (m_selectedRow >= 0 && m_selectedRow < int(m_periods.size()))
        selectPeriod(m_selectedRow);
    else {
        m_selectedRow = -1;
        m_deals->clearDeals();
        m_drillHeading->setText(tr("Click a period to list the deals that contribute to it."));
    }
}

void ForecastPage::selectPeriod(int row)
{
    Database *db = m_context.session.database();
    if (!db || row < 0 || row >= int(m_periods.size()))
        return;
    m_selectedRow = row;
    {
        const QSignalBlocker blocker(m_table);
        m_table->selectRow(row);
    }
    const int method = std::max(0, m_drillMethod->currentIndex());
    const analytics::ForecastResult &r = m_periods[size_t(row)][size_t(method)];
    std::vector<qint64> ids, expected;
    for (const analytics::ForecastDeal &d : r.deals) {
        ids.push_back(d.id);
        expected.push_back(d.expected);
    }
    m_drillHeading->setText(tr("Deals contributing to %1 (%2): %3, expected %4")
                                .arg(periodLabel(r.period), methodName(r.method), QLocale().toString(qint64(ids.size())),
                                    money::formatShort(r.expected, kCurrency)));
    m_deals->setDeals(*db, ids, tr("Expected"), expected);
}

void ForecastPage::showBacktest()
{
    const QLocale locale;
    const auto percent = [&](std::optional<double> v) {
        return v ? locale.toString(*v * 100.0, 'f', 1) + locale.percent() : QStringLiteral("—");
    };
    m_backtestTable->setRowCount(int(m_backtest.methods.size()));
    for (size_t i = 0; i < m_backtest.methods.size(); ++i) {
        const analytics::BacktestMethod &m = m_backtest.methods[i];
        const int row = int(i);
        auto *name = new QTableWidgetItem(methodName(m.method));
        name->setFlags(Qt::ItemIsEnabled);
        m_backtestTable->setItem(row, Method, name);
        m_backtestTable->setItem(row, Months, numberCell(locale.toString(m.months)));
        m_backtestTable->setItem(row, Mape, numberCell(percent(m.mape)));
        m_backtestTable->setItem(row, Bias, numberCell(m.bias && *m.bias > 0 ? QStringLiteral("+") + percent(m.bias)
                                                                            : percent(m.bias)));
    }
    m_backtestTable->resizeColumnsToContents();
    QStringList months;
    std::vector<qint64> actual;
    std::vector<std::vector<qint64>> byMethod(3);
    for (const analytics::BacktestMonth &m : m_backtest.months) {
        months << periodLabel(m.month);
        actual.push_back(m.actual);
        for (size_t k = 0; k < 3; ++k)
            byMethod[k].push_back(m.forecast[k].value_or(0));
    }
    QStringList names;
    for (analytics::ForecastMethod method : kMethods)
        names << methodName(method);
    m_backtestChart->setBacktest(months, actual, byMethod, names, kCurrency);
}

} // namespace fd
