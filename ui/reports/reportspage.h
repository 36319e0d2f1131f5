#pragma once

#include "report/reportdocument.h"
#include "report/weeklyreport.h"

#include "livepage.h"
#include "widgets/latestjob.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QPrinter;
class QPrintPreviewWidget;
class QTabWidget;

namespace fd {

struct PageContext;
class ResultsAnalysisView;
class Session;

// The Reports area, two tabs. The weekly funnel report for a scope and an ISO week, shown on
// screen (HTML) and printed through the same painter as the PDF (preview, print, save
// as PDF or HTML), plus exports of whole record lists to CSV/XLSX. The figures are
// gathered on a worker thread, so a large office never freezes the window.
// The results analysis (成果分析: campaign ROI, lead sources, regions, product lines).
class ReportsPage final : public LivePage
{
    Q_OBJECT

public:
    ReportsPage(PageContext &context, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // True while the report is being gathered.
    bool busy() const { return m_busy; }
    // The report last shown (none before the first one arrives).
    const std::optional<report::ReportDocument> &document() const { return m_doc; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *weekBox() const { return m_week; }
    // The tabs (0 = weekly report, 1 = results analysis) and the results analysis view.
    QTabWidget *tabs() const { return m_tabs; }
    ResultsAnalysisView *resultsView() const { return m_results; }

    // Writes the current report as PDF and records its forecasts (forecast snapshots).
    // Returns false (with a message) on failure.
    bool savePdf(const QString &path, QString *error = nullptr) const;

signals:
    // The report for the current choice is shown (or failed: `error` non-empty).
    void reportReady(const QString &error);

private:
    // Starts gathering the report for the chosen scope and week (refresh() is the test hook).
    void reload() override;
    // Texts and week names only: the gathered report is laid out again, not gathered again.
    void languageChanged() override;
    void buildUi(PageContext &context);
    void retranslateUi() override;
    void reloadChoices();
    void rebuildDocument();
    void setBusy(bool busy);
    void preview();
    void print();
    void saveAsPdf();
    void saveAsHtml();
    // Stores the shown report's forecasts as snapshots (printed or saved, never on screen only).
    void recordForecasts() const;
    void exportKind();

    Session &m_session;
    QTabWidget *m_tabs = nullptr;
    ResultsAnalysisView *m_results = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_weekLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_week = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_html = nullptr;
    QLabel *m_exportLabel = nullptr;
    QComboBox *m_exportKind = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<QPrinter> m_printer; // the on-screen pages (same painter as print and PDF)
    QPrintPreviewWidget *m_view = nullptr;
    std::optional<report::WeeklyReportData> m_data;
    std::optional<report::ReportDocument> m_doc;
    bool m_busy = false;
    // The report's data for the chosen week and scope; a newer choice supersedes it.
    LatestJob<report::WeeklyReportData> m_job{this};
};

} // namespace fd
