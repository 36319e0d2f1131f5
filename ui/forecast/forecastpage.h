#pragma once

#include "pageregistry.h"

#include "analytics/backtest.h"
#include "analytics/forecast.h"

#include "livepage.h"
#include "widgets/latestjob.h"

#include <array>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace fd {

class AnalyticsFilterBar;
class DealListTable;
class ForecastChart;
class ForecastHistoryView;
class GapClosingPanel;

// The forecast (DEFINITIONS.md §4) of the next 6 months or 4 quarters: won so far, the
// headline forecast by the "auto" method (the one with the lowest error over the last 12
// months, its track record beside it) with its P10–P90 range, target, gap and coverage,
// every other method and the baselines for comparison, a drill-through to the contributing
// deals with why each has its probability, and a backtest tab (MAPE, WAPE, bias, range
// coverage per method, the calibration table). Computed off the GUI thread.
class ForecastPage final : public LivePage
{
    Q_OBJECT

public:
    // A deal of a drill-through list: what the deal table shows of it.
    struct DrillDeal
    {
        qint64 id = 0;
        qint64 expected = 0;
    };
    // One period: the headline (auto) result and every method's, indexed by int(method). The
    // contributing deals of every method are kept as drill lists only (on a large file six
    // periods × four methods of full ForecastDeals are tens of megabytes): the results' own
    // deal lists are empty, except the learned method's, whose "why" the drill-through shows.
    // The headline's deals are those of its method.
    struct PeriodResults
    {
        analytics::ForecastResult headline;
        std::array<analytics::ForecastResult, analytics::kForecastMethodCount> byMethod;
        std::array<std::vector<DrillDeal>, analytics::kForecastMethodCount> drill;
    };

    explicit ForecastPage(PageContext &context, QWidget *parent = nullptr);

    // Months (false) or quarters (true).
    void setQuarters(bool quarters);
    // Lists the deals contributing to period `row` under the drill-through method.
    void selectPeriod(int row);
    bool isComputing() const { return m_job.isRunning(); }
    const std::vector<PeriodResults> &periods() const { return m_periods; }
    const analytics::BacktestResult &backtest() const { return m_backtest; }
    QTableWidget *periodTable() const { return m_table; }
    QTableWidget *backtestTable() const { return m_backtestTable; }
    QTableWidget *calibrationTable() const { return m_calibrationTable; }
    QLabel *trackRecordLabel() const { return m_trackRecord; }
    DealListTable *dealTable() const { return m_deals; }
    // The "Forecast history" and "Closing the gap" tabs (their own files).
    ForecastHistoryView *historyView() const { return m_history; }
    GapClosingPanel *gapPanel() const { return m_gapPanel; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // The forecast was computed and is shown.
    void computed();
    // The backtest was computed and is shown.
    void backtestComputed();

private:
    // What one computation yields: every period's results and the backtest.
    struct Computed
    {
        std::vector<PeriodResults> periods;
        analytics::BacktestResult backtest;
    };
    void reloadDatabase();
    void retranslateUi() override;
    // Recomputes the forecast and the backtest with the current controls.
    void reload() override;
    // Texts only: the computed figures are shown again in the new language, not recomputed.
    void languageChanged() override;
    void showPeriods();
    void showBacktest();
    void showTrackRecord();
    QString periodLabel(const QString &period) const;

    PageContext &m_context;
    AnalyticsFilterBar *m_filters;
    QLabel *m_granularityLabel;
    QComboBox *m_granularity;
    QPushButton *m_refresh;
    QLabel *m_status;
    LatestJob<Computed> m_job; // shows "Computing…" in m_status
    QTabWidget *m_tabs;
    ForecastChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_trackRecord;
    QLabel *m_drillHeading;
    QComboBox *m_drillMethod;
    DealListTable *m_deals;
    QLabel *m_backtestNote;
    QTableWidget *m_backtestTable;
    ForecastChart *m_backtestChart;
    QLabel *m_calibrationNote;
    QTableWidget *m_calibrationTable;
    ForecastHistoryView *m_history;
    GapClosingPanel *m_gapPanel;
    std::vector<PeriodResults> m_periods;
    analytics::BacktestResult m_backtest;
    int m_selectedRow = -1;
};

} // namespace fd
