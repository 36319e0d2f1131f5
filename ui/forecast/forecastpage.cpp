#include "forecastpage.h"

#include "nodealsstate.h"

#include "analyticsfilterbar.h"
#include "exportaction.h"
#include "forecastchart.h"
#include "forecasthistoryview.h"
#include "gapclosingpanel.h"
#include "session.h"
#include "tablecells.h"
#include "widgets/deallisttable.h"

#include "analytics/forecastauto.h"
#include "analytics/snapshot.h"
#include "analytics/timerange.h"
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
constexpr int kMonths = 6;
constexpr int kQuarters = 4;

enum Column { Period, Won, Forecast, Band, Target, Gap, Coverage, FirstMethod };
enum BacktestColumn { Method, Months, Mape, Wape, Bias, RangeCoverage, RangeWidth, BacktestColumns };
enum CalibrationColumn { Group, Deals, Learned, Configured, Observed, ExpectedLearned, WonAmount, CalibrationColumns };

// The drill-through lists a method's deals; the baselines have none.
std::vector<analytics::ForecastMethod> drillMethods()
{
    std::vector<analytics::ForecastMethod> out;
    for (analytics::ForecastMethod m : analytics::forecastMethods()) {
        if (analytics::hasDeals(m))
            out.push_back(m);
    }
    return out;
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

QString percentText(std::optional<double> v, const QLocale &locale, bool sign = false)
{
    if (!v)
        return QStringLiteral("—");
    const QString text = locale.toString(*v * 100.0, 'f', 1) + locale.percent();
    return sign && *v > 0 ? QStringLiteral("+") + text : text;
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
    , m_job(this, m_status)
    , m_tabs(new QTabWidget(this))
    , m_chart(new ForecastChart(this))
    , m_table(new QTableWidget(this))
    , m_trackRecord(new QLabel(this))
    , m_drillHeading(new QLabel(this))
    , m_drillMethod(new QComboBox(this))
    , m_deals(new DealListTable(this))
    , m_backtestNote(new QLabel(this))
    , m_backtestTable(new QTableWidget(this))
    , m_backtestChart(new ForecastChart(this))
    , m_calibrationNote(new QLabel(this))
    , m_calibrationTable(new QTableWidget(this))
    , m_history(new ForecastHistoryView(context.session, this))
    , m_gapPanel(new GapClosingPanel(context.session, this))
{
    setObjectName(QStringLiteral("forecastPage"));
    m_granularity->setObjectName(QStringLiteral("forecastGranularity"));
    m_granularity->addItems({QString(), QString()});
    m_drillMethod->setObjectName(QStringLiteral("forecastDrillMethod"));
    for (size_t i = 0; i < drillMethods().size() + 1; ++i)
        m_drillMethod->addItem(QString()); // first: the headline (auto) method
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(QStringLiteral("forecastTable"));
    m_table->setColumnCount(FirstMethod + int(analytics::forecastMethods().size()));
    m_trackRecord->setObjectName(QStringLiteral("forecastTrackRecord"));
    m_trackRecord->setWordWrap(true);
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
    m_backtestTable->setMaximumHeight(240); // six methods without a scroll bar
    m_calibrationTable->setObjectName(QStringLiteral("calibrationTable"));
    m_calibrationTable->setColumnCount(CalibrationColumns);
    m_calibrationTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calibrationTable->verticalHeader()->hide();
    new ExportAction(m_calibrationTable, QStringLiteral("calibration"), m_calibrationTable);
    m_calibrationNote->setWordWrap(true);
    m_calibrationNote->setForegroundRole(QPalette::PlaceholderText);
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
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_trackRecord);
    topLayout->addWidget(m_table, 1);
    split->addWidget(m_chart);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);

    auto *backtest = new QWidget(this);
    auto *backtestLayout = new QVBoxLayout(backtest);
    backtestLayout->addWidget(m_backtestNote);
    backtestLayout->addWidget(m_backtestTable);
    auto *backtestSplit = new QSplitter(Qt::Horizontal, this);
    backtestSplit->addWidget(m_backtestChart);
    auto *calibration = new QWidget(this);
    auto *calibrationLayout = new QVBoxLayout(calibration);
    calibrationLayout->setContentsMargins(0, 0, 0, 0);
    calibrationLayout->addWidget(m_calibrationNote);
    calibrationLayout->addWidget(m_calibrationTable, 1);
    backtestSplit->addWidget(calibration);
    backtestSplit->setStretchFactor(0, 3);
    backtestSplit->setStretchFactor(1, 2);
    backtestLayout->addWidget(backtestSplit, 1);
    m_tabs->addTab(split, QString());
    m_tabs->addTab(backtest, QString());
    m_tabs->addTab(m_gapPanel, QString());
    m_tabs->addTab(m_history, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_filters);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new NoDealsState(m_context.session, QStringLiteral("forecastEmpty"), m_tabs, this), 1);

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
    m_drillMethod->setItemText(0, tr("Headline forecast"));
    for (size_t i = 0; i < drillMethods().size(); ++i)
        m_drillMethod->setItemText(int(i) + 1, analytics::forecastMethodName(drillMethods()[i]));
    m_drillMethod->setToolTip(tr("The method whose contributing deals are listed"));
    QStringList headers{tr("Period"), tr("Won so far"), tr("Forecast"), tr("P10 – P90"),
                        tr("Target"), tr("Gap"),        tr("Coverage")};
    for (analytics::ForecastMethod m : analytics::forecastMethods())
        headers << analytics::forecastMethodName(m);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(Forecast)->setToolTip(
        tr("Auto: the method with the lowest mean error over the last 12 months, forecast as of each month's start"));
    m_table->horizontalHeaderItem(Band)->setToolTip(
        tr("8 months in 10 should end inside this range (P10–P90 of the headline method, or of the learned model)"));
    m_table->horizontalHeaderItem(Gap)->setToolTip(tr("Target − forecast"));
    m_table->horizontalHeaderItem(Coverage)->setToolTip(tr("Open pipeline ÷ (target − won so far)"));
    const auto &methods = analytics::forecastMethods();
    for (size_t i = 0; i < methods.size(); ++i) {
        QString tip;
        switch (methods[i]) {
        case analytics::ForecastMethod::Learned:
            tip = tr("Won so far + Σ amount × the chance of being won in the period, learned from how this office's "
                     "deals in the same stage, close-date position and age were won in past periods + new deals");
            break;
        case analytics::ForecastMethod::Configured:
            tip = tr("Won so far + Σ amount × the stage's configured win rate, deals expected to close in the period");
            break;
        case analytics::ForecastMethod::Historical:
            tip = tr("Won so far + Σ amount × the stage's historical win rate, deals expected to close in the period");
            break;
        case analytics::ForecastMethod::Simulation:
            tip = tr("Mean of simulated runs over the open deals' win chances and times to close");
            break;
        case analytics::ForecastMethod::RunRate:
            tip = tr("Baseline: the mean won of the three months before");
            break;
        case analytics::ForecastMethod::SeasonalNaive:
            tip = tr("Baseline: the same period last year × the growth of the last 12 months");
            break;
        default:
            break;
        }
        m_table->horizontalHeaderItem(FirstMethod + int(i))->setToolTip(tip);
    }
    m_backtestTable->setHorizontalHeaderLabels(
        {tr("Method"), tr("Months"), tr("MAPE"), tr("WAPE"), tr("Bias"), tr("Inside P10–P90"), tr("Range width")});
    m_backtestNote->setText(tr("Each of the last 12 months forecast as of its first day with each method and "
                               "compared with what was won. MAPE: mean of |error| ÷ won; WAPE: Σ|error| ÷ Σ won; bias: "
                               "mean error ÷ won (positive = too optimistic); inside P10–P90: share of months whose "
                               "result fell in the range; range width: (P90 − P10) ÷ won. Run rate and same month last "
                               "year are the baselines any method must beat."));
    m_calibrationTable->setHorizontalHeaderLabels({tr("Deals open at a month's start"), tr("Deals"), tr("Learned"),
                                                   tr("Configured"), tr("Observed"), tr("Expected (learned)"),
                                                   tr("Won")});
    m_calibrationNote->setText(tr("Calibration: the predicted chance of being won within the month against how "
                                  "often it happened, by stage and by days to the expected close date."));
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
    return chinese ? locale.toString(start, QStringLiteral("yyyy年M月"))
                   : locale.toString(start, QStringLiteral("MMM yyyy"));
}

void ForecastPage::reload()
{
    Database *db = m_context.session.database();
    if (!db) {
        m_job.cancel();
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
    m_job.start(
        *db,
        [periods, scope](Database &worker) {
            // One snapshot serves every period and method. The backtest tab's backtest is the
            // one the auto choice is made on (the 12 months completed by now), run once.
            Computed out;
            const analytics::Snapshot snapshot = analytics::Snapshot::load(worker,
                                                                           {scope.pipelineId, analytics::kNoTime});
            const qint64 now = analytics::asOfInstant(worker, {});
            analytics::BacktestQuery backtest = analytics::autoChoiceBacktest(scope, now);
            backtest.calibration = true;
            out.backtest = analytics::runBacktest(worker, snapshot, backtest);
            const analytics::AutoChoice choice = analytics::chooseForecastMethod(worker, snapshot, scope, now,
                                                                                 &out.backtest);
            for (const QString &period : periods) {
                PeriodResults results;
                for (analytics::ForecastMethod method : analytics::forecastMethods()) {
                    analytics::ForecastQuery q;
                    q.period = period;
                    q.method = method;
                    q.scope = scope;
                    analytics::ForecastResult &r = results.byMethod[size_t(method)];
                    r = analytics::computeForecast(worker, snapshot, q);
                    std::vector<DrillDeal> &drill = results.drill[size_t(method)];
                    drill.reserve(r.deals.size());
                    for (const analytics::ForecastDeal &d : r.deals)
                        drill.push_back({d.id, d.expected});
                    if (method != analytics::ForecastMethod::Learned)
                        r.deals = std::vector<analytics::ForecastDeal>(); // not `= {}`: that keeps the capacity
                }
                results.headline = results.byMethod[size_t(choice.method)];
                results.headline.deals = std::vector<analytics::ForecastDeal>();
                results.headline.autoSelected = true;
                results.headline.trackRecordMape = choice.mape;
                results.headline.trackRecordMonths = choice.months;
                out.periods.push_back(std::move(results));
            }
            return out;
        },
        [this](std::optional<Computed> result, const QString &error) {
            m_periods = result ? std::move(result->periods) : std::vector<PeriodResults>{};
            m_backtest = result ? std::move(result->backtest) : analytics::BacktestResult{};
            if (!result)
                m_status->setText(tr("The forecast could not be computed: %1").arg(error));
            showPeriods();
            showBacktest();
            emit computed();
            emit backtestComputed();
        },
        tr("Computing…"));
}

void ForecastPage::showPeriods()
{
    const QLocale locale;
    const auto brief = [&](qint64 cents) { return money::formatShort(cents, m_context.session.currency(), locale); };
    const auto &methods = analytics::forecastMethods();
    std::vector<ForecastChartPeriod> chart;
    m_table->setRowCount(int(m_periods.size()));
    QString forecastName;
    for (size_t i = 0; i < m_periods.size(); ++i) {
        const PeriodResults &r = m_periods[i];
        const analytics::ForecastResult &h = r.headline;
        // The range: the headline's own, else the learned model's.
        const analytics::ForecastResult &ranged = h.hasRange ? h
                                                             : r.byMethod[size_t(analytics::ForecastMethod::Learned)];
        const int row = int(i);
        auto *period = readOnlyCell(periodLabel(h.period), false);
        period->setData(Qt::UserRole, h.period);
        m_table->setItem(row, Period, period);
        m_table->setItem(row, Won, readOnlyCell(brief(h.wonInPeriod), true));
        QTableWidgetItem *forecast = readOnlyCell(brief(h.forecast), true);
        forecast->setToolTip(analytics::trackRecordText(h));
        QFont bold = forecast->font();
        bold.setBold(true);
        forecast->setFont(bold);
        m_table->setItem(row, Forecast, forecast);
        m_table->setItem(row, Band, readOnlyCell(tr("%1 – %2").arg(brief(ranged.p10), brief(ranged.p90)), true));
        m_table->setItem(row, Target, readOnlyCell(h.target ? brief(*h.target) : QStringLiteral("—"), true));
        QTableWidgetItem *gap = readOnlyCell(h.gap ? brief(*h.gap) : QStringLiteral("—"), true);
        if (h.gap)
            gap->setForeground(*h.gap > 0 ? QColor(0xb0, 0x3a, 0x2e) : QColor(0x2e, 0x7d, 0x32));
        m_table->setItem(row, Gap, gap);
        m_table->setItem(
            row, Coverage,
            readOnlyCell(h.coverage ? tr("%1×").arg(locale.toString(*h.coverage, 'f', 2)) : QStringLiteral("—"), true));
        for (size_t m = 0; m < methods.size(); ++m) {
            const analytics::ForecastResult &f = r.byMethod[size_t(methods[m])];
            m_table->setItem(row, FirstMethod + int(m),
                             readOnlyCell(f.available ? brief(f.forecast) : QStringLiteral("—"), true));
        }
        const analytics::ForecastResult &runRate = r.byMethod[size_t(analytics::ForecastMethod::RunRate)];
        const analytics::ForecastResult &configured = r.byMethod[size_t(analytics::ForecastMethod::Configured)];
        chart.push_back({periodLabel(h.period), h.wonInPeriod, configured.forecast, runRate.forecast, h.forecast,
                         ranged.p10, ranged.p50, ranged.p90, h.target});
        forecastName = analytics::forecastMethodName(h.method);
    }
    m_table->resizeColumnsToContents();
    m_chart->setPeriods(chart, m_context.session.currency(), forecastName);
    showTrackRecord();
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
    const int choice = std::max(0, m_drillMethod->currentIndex());
    const PeriodResults &p = m_periods[size_t(row)];
    const analytics::ForecastResult &r = choice == 0 ? p.headline
                                                     : p.byMethod[size_t(drillMethods()[size_t(choice - 1)])];
    std::vector<qint64> ids, expected;
    for (const DrillDeal &d : p.drill[size_t(r.method)]) {
        ids.push_back(d.id);
        expected.push_back(d.expected);
    }
    QStringList why;
    if (r.method == analytics::ForecastMethod::Learned) {
        for (const analytics::ForecastDeal &d : p.byMethod[size_t(r.method)].deals)
            why << analytics::explainForecastDeal(d);
    }
    m_drillHeading->setText(tr("Deals contributing to %1 (%2): %3, expected %4")
                                .arg(periodLabel(r.period), analytics::forecastMethodName(r.method),
                                     QLocale().toString(qint64(ids.size())),
                                     money::formatShort(r.expected, m_context.session.currency())));
    m_deals->setDeals(*db, ids, tr("Expected"), expected);
    m_deals->setNotes(why, tr("Why"));
}

void ForecastPage::showBacktest()
{
    const QLocale locale;
    m_backtestTable->setRowCount(int(m_backtest.methods.size()));
    for (size_t i = 0; i < m_backtest.methods.size(); ++i) {
        const analytics::BacktestMethod &m = m_backtest.methods[i];
        const int row = int(i);
        m_backtestTable->setItem(row, Method, readOnlyCell(analytics::forecastMethodName(m.method), false));
        m_backtestTable->setItem(row, Months, readOnlyCell(locale.toString(m.months), true));
        m_backtestTable->setItem(row, Mape, readOnlyCell(percentText(m.mape, locale), true));
        m_backtestTable->setItem(row, Wape, readOnlyCell(percentText(m.wape, locale), true));
        m_backtestTable->setItem(row, Bias, readOnlyCell(percentText(m.bias, locale, true), true));
        m_backtestTable->setItem(row, RangeCoverage, readOnlyCell(percentText(m.coverage, locale), true));
        m_backtestTable->setItem(row, RangeWidth, readOnlyCell(percentText(m.meanWidth, locale), true));
    }
    m_backtestTable->resizeColumnsToContents();

    m_calibrationTable->setRowCount(int(m_backtest.calibration.size()));
    for (size_t i = 0; i < m_backtest.calibration.size(); ++i) {
        const analytics::CalibrationRow &c = m_backtest.calibration[i];
        const int row = int(i);
        const QString group = c.dimension == analytics::CalibrationRow::Dimension::Stage
                                  ? tr("Stage %1").arg(c.key)
                                  : analytics::closeBucketLabel(c.key);
        m_calibrationTable->setItem(row, Group, readOnlyCell(group, false));
        m_calibrationTable->setItem(row, Deals, readOnlyCell(locale.toString(c.deals), true));
        m_calibrationTable->setItem(row, Learned, readOnlyCell(percentText(c.learned, locale), true));
        m_calibrationTable->setItem(row, Configured, readOnlyCell(percentText(c.configured, locale), true));
        m_calibrationTable->setItem(row, Observed, readOnlyCell(percentText(c.observed, locale), true));
        m_calibrationTable->setItem(
            row, ExpectedLearned,
            readOnlyCell(money::formatShort(c.expectedLearned, m_context.session.currency(), locale), true));
        m_calibrationTable->setItem(
            row, WonAmount, readOnlyCell(money::formatShort(c.wonAmount, m_context.session.currency(), locale), true));
    }
    m_calibrationTable->resizeColumnsToContents();

    QStringList months;
    std::vector<qint64> actual;
    std::vector<std::vector<qint64>> byMethod(m_backtest.methods.size());
    for (const analytics::BacktestMonth &m : m_backtest.months) {
        months << periodLabel(m.month);
        actual.push_back(m.actual);
        for (size_t k = 0; k < m_backtest.methods.size(); ++k)
            byMethod[k].push_back(m.forecast[size_t(m_backtest.methods[k].method)].value_or(0));
    }
    QStringList names;
    for (const analytics::BacktestMethod &m : m_backtest.methods)
        names << analytics::forecastMethodName(m.method);
    m_backtestChart->setBacktest(months, actual, byMethod, names, m_context.session.currency());
    showTrackRecord(); // it names the run-rate baseline's error
}

void ForecastPage::showTrackRecord()
{
    if (m_periods.empty()) {
        m_trackRecord->clear();
        return;
    }
    // The record of the chosen method beside the baseline a manager could do by hand.
    QString text = analytics::trackRecordText(m_periods.front().headline);
    if (const analytics::BacktestMethod *rr = m_backtest.method(analytics::ForecastMethod::RunRate); rr && rr->mape)
        text +=
            tr("; run rate baseline: %1").arg(QStringLiteral("%1 %").arg(*rr->mape * 100, 0, 'f', 0)); // as the record
    m_trackRecord->setText(tr("Forecast method: %1").arg(text));
}

} // namespace fd
