#pragma once

#include "pageregistry.h"

#include "analytics/funnel.h"
#include "analytics/repdiagnostics.h"
#include "analytics/velocity.h"

#include "livepage.h"
#include "widgets/latestjob.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace fd {

class AnalyticsFilterBar;
class DealListTable;
class FigureCard;
class FunnelWidget;
class RepDiagnosticsView;

// The sales funnel (DEFINITIONS.md §3) for a period and filters: the drawn funnel, the
// per-stage table, the totals and the sales velocity with its change against a week earlier
// (§11); a click on a stage lists its open deals. The window starts as the weekly report's
// (the last 90 days), so both show the same funnel. A second tab
// holds the rep diagnostics for the same period and filters. Computed off the GUI thread.
class FunnelPage final : public LivePage
{
    Q_OBJECT

public:
    explicit FunnelPage(PageContext &context, QWidget *parent = nullptr);

    // Selects stage `index` as a click on it would, listing its deals.
    void selectStage(int index);
    bool isComputing() const { return m_job.isRunning(); }
    const analytics::FunnelResult &funnel() const { return m_funnel; }
    const analytics::SalesVelocity &velocity() const { return m_velocity; }
    FigureCard *velocityCard() const { return m_velocityCard; }
    QLabel *velocityFactors() const { return m_velocityFactors; }
    FunnelWidget *funnelWidget() const { return m_funnelWidget; }
    DealListTable *dealTable() const { return m_deals; }
    QTableWidget *stageTable() const { return m_stageTable; }
    RepDiagnosticsView *repView() const { return m_reps; }
    AnalyticsFilterBar *filterBar() const { return m_filters; }

signals:
    // A computation finished and its result is shown.
    void computed();

private:
    struct Outcome
    {
        analytics::FunnelResult funnel;
        analytics::SalesVelocity velocity;
        analytics::RepResult reps;
    };
    void reloadDatabase();
    void retranslateUi() override;
    // Recomputes with the current controls (also on data, filter or language changes).
    void reload() override;
    void languageChanged() override;
    void showOutcome(const Outcome &outcome);
    void showTotals();
    void showVelocity();
    // A window that ended on the previous as-of day follows the new one, keeping its length.
    void asOfEdited();

    PageContext &m_context;
    AnalyticsFilterBar *m_filters;
    QCheckBox *m_useWindow;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_toLabel;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QPushButton *m_refresh;
    QLabel *m_status;
    LatestJob<Outcome> m_job; // shows "Computing…" in m_status
    QTabWidget *m_tabs;
    FunnelWidget *m_funnelWidget;
    QLabel *m_funnelNote;
    QTableWidget *m_stageTable;
    FigureCard *m_won;
    FigureCard *m_lost;
    FigureCard *m_winRate;
    FigureCard *m_averageDeal;
    FigureCard *m_cycle;
    FigureCard *m_velocityCard;
    QLabel *m_velocityFactors;
    QLabel *m_dealsHeading;
    DealListTable *m_deals;
    RepDiagnosticsView *m_reps;
    analytics::FunnelResult m_funnel;
    analytics::SalesVelocity m_velocity;
    QDate m_windowAsOf; // the as-of day the window was last lined up with
};

} // namespace fd
