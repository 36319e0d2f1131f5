#pragma once

#include "analytics/forecast.h"
#include "analytics/forecasthistory.h"

#include "livepage.h"
#include "widgets/latestjob.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fd {

class CommitForecastDialog;
class Session;

// The Forecast page's "Forecast history" tab (DEFINITIONS.md §12): for a period and the
// page's scope, every recorded forecast (weekly reports, `forecast --record`, Record now)
// with what was won then, set against what was finally won (or so far, while the period
// runs). Computed off the GUI thread, only while shown. Export… on the table.
class ForecastHistoryView final : public LivePage
{
    Q_OBJECT

public:
    explicit ForecastHistoryView(Session &session, QWidget *parent = nullptr);

    // The page's scope; recomputes (now if shown, else when next shown).
    void setScope(const analytics::Scope &scope);
    // The method "Record now" forecasts with (the page's headline method).
    void setRecordMethod(analytics::ForecastMethod method) { m_recordMethod = method; }
    // Stores the selected period's forecast as of now (source "gui") and shows it.
    void recordNow();
    // "Commit my forecast…": forecasts the signed-in user's own deals for the selected period
    // off the GUI thread, then opens CommitForecastDialog (commitDialogOpened) starting from it.
    void commitMine();
    void retranslateUi() override;

    QComboBox *periodBox() const { return m_period; }
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    const analytics::ForecastHistory &history() const { return m_history; }
    bool isComputing() const { return m_job.isRunning(); }

signals:
    // The history was read and is shown.
    void computed();
    // "Record now" stored a snapshot (or failed: `error` non-empty).
    void recorded(const QString &error);
    // The commitment dialog is open (window-modal; it stores the commitment on OK).
    void commitDialogOpened(CommitForecastDialog *dialog);

private:
    // Reads the data again (LivePage::refresh(); only while shown, see setScope()).
    void reload() override;
    // Texts only: what is shown is formatted again, not computed again.
    void languageChanged() override { retranslateUi(); }
    void fillPeriods();
    void showHistory(const analytics::ForecastHistory &history);

    Session &m_session;
    analytics::Scope m_scope;
    analytics::ForecastMethod m_recordMethod = analytics::ForecastMethod::Auto;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QPushButton *m_record;
    QPushButton *m_commit;
    QLabel *m_summary;
    QString m_notice;                            // "You committed …", shown before the summary
    LatestJob<analytics::ForecastHistory> m_job; // shows its progress in m_summary
    QTableWidget *m_table;
    analytics::ForecastHistory m_history;
};

} // namespace fd
