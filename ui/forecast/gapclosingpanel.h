#pragma once

#include "analytics/forecast.h"
#include "analytics/gapclosing.h"

#include "livepage.h"
#include "widgets/latestjob.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace fd {

class Session;

// The Forecast page's "Closing the gap" tab (004 "what must happen", DEFINITIONS.md §13):
// for a period short of target, the wins needed, the deals each stage would have to hold,
// and the open deals that would close the gap if won. The same engine as the weekly
// report's section. Computed off the GUI thread, only while shown. Export… on both tables.
class GapClosingPanel final : public LivePage
{
    Q_OBJECT

public:
    explicit GapClosingPanel(Session &session, QWidget *parent = nullptr);

    // The page's scope; recomputes (now if shown, else when next shown).
    void setScope(const analytics::Scope &scope);
    // The forecast method whose gap is closed (the page's headline method).
    void setMethod(analytics::ForecastMethod method);
    void retranslateUi() override;

    QComboBox *periodBox() const { return m_period; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *stageTable() const { return m_stages; }
    QTableWidget *dealTable() const { return m_deals; }
    const analytics::GapClosing &closing() const { return m_closing; }
    bool isComputing() const { return m_job.isRunning(); }

signals:
    // The gap was computed and is shown.
    void computed();

private:
    // Reads the data again (LivePage::refresh(); only while shown, see setScope()).
    void reload() override;
    // Texts only: what is shown is formatted again, not computed again.
    void languageChanged() override { retranslateUi(); }
    void fillPeriods();
    void showClosing();

    Session &m_session;
    analytics::Scope m_scope;
    analytics::ForecastMethod m_method = analytics::ForecastMethod::Auto;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QLabel *m_summary;
    LatestJob<analytics::GapClosing> m_job; // shows "Computing…" in m_summary
    QLabel *m_stagesHeading;
    QTableWidget *m_stages;
    QLabel *m_dealsHeading;
    QTableWidget *m_deals;
    analytics::GapClosing m_closing;
    QString m_error;
};

} // namespace fd
