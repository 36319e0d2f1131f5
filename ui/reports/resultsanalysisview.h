#pragma once

#include "livepage.h"
#include "widgets/latestjob.h"

#include "analytics/resultsanalysis.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace fd {

class AnalyticsFilterBar;
class CampaignRoiChart;
class ResultsTableModel;
struct PageContext;

// 成果分析, the second tab of the Reports area (DEFINITIONS.md §10): campaign
// ROI with its split by customer tier and a won-vs-cost chart, lead sources, regions (with
// customers and coverage) and product lines, the customer mix (key and A-rated customers' share
// of sales) and each rep's efficiency beside their pay, for a window and scope. Computed off
// the GUI thread when shown.
class ResultsAnalysisView final : public LivePage
{
    Q_OBJECT

public:
    explicit ResultsAnalysisView(PageContext &context, QWidget *parent = nullptr);

    // Sets the window and the as-of day (test hook; the next refresh uses them).
    void setWindow(const QDate &from, const QDate &to, const QDate &asOf);
    // True while a computation is under way.
    bool computing() const { return m_job.isRunning(); }
    // The figures shown.
    const analytics::ResultsAnalysis &result() const { return m_result; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *campaignTable() const { return m_campaignView; }
    QTableView *tierTable() const { return m_tierView; }
    QTableView *sourceTable() const { return m_sourceView; }
    QTableView *regionTable() const { return m_regionView; }
    QTableView *productLineTable() const { return m_lineView; }
    QTableView *customerMixTable() const { return m_mixView; }
    QTableView *efficiencyTable() const { return m_efficiencyView; }
    QLabel *customerMixNote() const { return m_mixNote; }
    // Writes the margin by region and product line as printed (report/resultsreport.h) to an
    // A4 PDF at `path`; false with `error` set when it cannot be written.
    bool savePdf(const QString &path, QString *error = nullptr) const;
    // Campaigns drawn in the won-vs-cost chart (test hook; Qt Charts stays private to fdui).
    int chartCampaignCount() const;

signals:
    // A computation finished (shown, or failed with a message in the status line).
    void computed();

protected:
    void reload() override;
    void retranslateUi() override;
    void languageChanged() override;

private:
    void reloadDatabase();
    void saveAsPdf();
    void showResult(const analytics::ResultsAnalysis &result);
    QTableView *addTable(ResultsTableModel **model, const QString &objectName, const QString &exportName);

    PageContext &m_context;
    AnalyticsFilterBar *m_filters;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_asOfLabel;
    QDateEdit *m_asOf;
    QPushButton *m_refresh;
    QPushButton *m_pdf;
    QLabel *m_status;
    LatestJob<analytics::ResultsAnalysis> m_job; // shows "Computing…" in m_status
    QTabWidget *m_tabs;
    QLabel *m_campaignNote;
    QLabel *m_tierHeading;
    QLabel *m_sourceNote;
    QLabel *m_lineNote;
    QLabel *m_mixNote;
    QLabel *m_efficiencyNote;
    CampaignRoiChart *m_chart;
    ResultsTableModel *m_campaigns = nullptr;
    ResultsTableModel *m_tiers = nullptr;
    ResultsTableModel *m_sources = nullptr;
    ResultsTableModel *m_regions = nullptr;
    ResultsTableModel *m_lines = nullptr;
    ResultsTableModel *m_mix = nullptr;
    ResultsTableModel *m_efficiency = nullptr;
    QTableView *m_campaignView = nullptr;
    QTableView *m_tierView = nullptr;
    QTableView *m_sourceView = nullptr;
    QTableView *m_regionView = nullptr;
    QTableView *m_lineView = nullptr;
    QTableView *m_mixView = nullptr;
    QTableView *m_efficiencyView = nullptr;
    analytics::ResultsAnalysis m_result;
    QDate m_today;
};

} // namespace fd
