#pragma once

#include "analytics/dashboardfigures.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/overduetasks.h"

#include "pageregistry.h"

#include "livepage.h"
#include "widgets/latestjob.h"
#include <QDate>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fd {

class Database;
class FigureCard;
class FunnelWidget;
class WonVsTargetChart;

// The month at a glance, from the database: open and weighted pipeline, won this
// month, this month's target and its completion, this month's forecast and a small
// funnel from the analytics engine, and won vs target per month. Everything is read off
// the GUI thread, in two computations side by side (the figures with the overdue tasks; the
// funnel and the forecast from one read of the history), so the window paints at once on a
// large office.
class DashboardPage final : public LivePage
{
    Q_OBJECT

public:
    explicit DashboardPage(PageContext &context, QWidget *parent = nullptr);

    // The overdue list shows at most this many rows (and says how many more there are).
    static constexpr int kOverdueRows = 50;

signals:
    // The figure cards, the won vs target chart and the overdue tasks are shown.
    void headlineFiguresShown();
    // The engine's funnel and this month's forecast were computed and are shown.
    void engineFiguresShown();
    // Every figure of the page is shown (headline and engine figures, in either order).
    void figuresShown();
    // The forecast method was chosen again on the current data (after engineFiguresShown,
    // only when the data changed since the last choice) and the forecast card updated.
    void forecastMethodChosen();

private:
    // The figure cards, the chart and the overdue tasks, read together.
    struct Headline
    {
        DashboardFigures figures;
        QList<MonthFigures> months;
        QList<OverdueTask> overdue;
        QString overdueError; // null when the tasks were read
    };
    // The funnel (none when there is no pipeline) and this month's forecast with the method
    // last chosen, from one snapshot.
    struct Engine
    {
        std::optional<analytics::FunnelResult> funnel;
        analytics::ForecastResult forecast;
        bool choiceCurrent = false; // the method was chosen on the data as it is now
    };
    void showHeadline(const Headline &h);
    void showOverdue(const QList<OverdueTask> &tasks);
    // The engine's funnel and this month's forecast, computed off the GUI thread.
    void refreshEngine(const QDate &today);
    void showForecast(const analytics::ForecastResult &forecast);
    // The funnel and the forecast delivered: engineFiguresShown and, when the data changed
    // since the last choice of method, the choice again for `period`.
    void engineDelivered(const QString &period);
    // One of the two computations delivered: figuresShown once both did.
    void delivered();
    void retranslateUi() override;
    // Reads the figures again (also done on every data or language change).
    void reload() override;

    PageContext &m_context;
    QLabel *m_heading;
    QLabel *m_asOf;
    QPushButton *m_refresh;
    QLabel *m_emptyNote;
    FigureCard *m_open;
    FigureCard *m_weighted;
    FigureCard *m_won;
    FigureCard *m_target;
    FigureCard *m_completion;
    WonVsTargetChart *m_chart;
    FigureCard *m_forecast;
    FunnelWidget *m_funnel;
    QLabel *m_overdueHeading;
    QTableWidget *m_overdue;
    QLabel *m_overdueMore;
    int m_overdueCount = 0;
    // Computations of the current reload still to deliver (headline; funnel and forecast).
    bool m_headlinePending = false;
    bool m_enginePending = false;
    bool m_choiceCurrent = true; // the forecast shown used the method chosen on the data as it is
    LatestJob<Headline> m_headlineJob;
    // The funnel and the forecast with the method last chosen, then — when the data changed
    // since that choice — the forecast with the method chosen again.
    LatestJob<Engine> m_engineJob;
    LatestJob<analytics::ForecastResult> m_choiceJob;
};

} // namespace fd
