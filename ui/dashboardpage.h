#pragma once

#include "analytics/forecast.h"
#include "analytics/funnel.h"

#include "pageregistry.h"

#include "livepage.h"
#include "widgets/latestjob.h"
#include <QDate>

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
// funnel from the analytics engine, and won vs target per month.
class DashboardPage final : public LivePage
{
    Q_OBJECT

public:
    explicit DashboardPage(PageContext &context, QWidget *parent = nullptr);

    // The overdue list shows at most this many rows (and says how many more there are).
    static constexpr int kOverdueRows = 50;

signals:
    // The engine's funnel and this month's forecast were computed and are shown.
    void engineFiguresShown();
    // The forecast method was chosen again on the current data (after engineFiguresShown,
    // only when the data changed since the last choice) and the forecast card updated.
    void forecastMethodChosen();

private:
    // What the first background step yields.
    struct Engine
    {
        analytics::FunnelResult funnel;
        analytics::ForecastResult forecast;
        bool choiceCurrent = false; // the method was chosen on the data as it is now
    };
    // The engine's funnel and this month's forecast, computed off the GUI thread.
    void refreshEngine(const QDate &today);
    void showForecast(const analytics::ForecastResult &forecast);
    void retranslateUi() override;
    // Reads the figures again (also done on every data or language change).
    void reload() override;
    // The overdue follow-up tasks, oldest first, at most kOverdueRows of them.
    void refreshOverdue(Database &db);

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
    // The engine figures first (the forecast with the method last chosen), then — when the
    // data changed since that choice — the forecast with the method chosen again.
    LatestJob<Engine> m_engineJob;
    LatestJob<analytics::ForecastResult> m_choiceJob;
};

} // namespace fd
