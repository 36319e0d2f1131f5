#include "reportspage.h"

#include "pageregistry.h"
#include "resultsanalysisview.h"
#include "session.h"
#include "widgets/backgroundquery.h"
#include "widgets/pdfsave.h"

#include "io/datakind.h"
#include "io/exporter.h"
#include "report/reporthtml.h"
#include "report/reportrenderer.h"
#include "report/reportsnapshots.h"
#include "report/weeklyreportdocument.h"
#include "storage/database.h"
#include "storage/repositories/organizationrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fd {

namespace {

constexpr int kWeeks = 26; // weeks offered in the picker, newest first

void setupPrinter(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 12),
                                      QPageLayout::Millimeter));
}

QString documentsPath(const QString &name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

} // namespace

ReportsPage::ReportsPage(PageContext &context, QWidget *parent)
    : LivePage(parent)
    , m_session(context.session)
{
    buildUi(context);
    retranslateUi();
    reloadChoices();
    // Gathered when shown, and again on a change only while visible (LivePage).
    connect(&m_session, &Session::databaseChanged, this, [this] {
        reloadChoices();
        markStale();
    });
    connect(&m_session, &Session::dataChanged, this, &LivePage::markStale);
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildUi(PageContext &context)
{
    auto *outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    auto *weekly = new QWidget(m_tabs);
    m_results = new ResultsAnalysisView(context, m_tabs);
    m_tabs->addTab(weekly, QString());
    m_tabs->addTab(m_results, QString());
    outer->addWidget(m_tabs);
    // Reopen the tab last used: a director who reads the results analysis goes back to it.
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("reports/tab"), 0).toInt() == 1 ? 1 : 0);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("reports/tab"), index); });
    auto *layout = new QVBoxLayout(weekly);
    auto *bar = new QHBoxLayout;
    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scope->setMinimumContentsLength(14);
    m_weekLabel = new QLabel(this);
    m_week = new QComboBox(this);
    m_refresh = new QPushButton(this);
    m_preview = new QPushButton(this);
    m_print = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_html = new QPushButton(this);
    m_scopeLabel->setBuddy(m_scope);
    m_weekLabel->setBuddy(m_week);
    for (QWidget *w :
         {static_cast<QWidget *>(m_scopeLabel), static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_weekLabel),
          static_cast<QWidget *>(m_week), static_cast<QWidget *>(m_refresh)})
        bar->addWidget(w);
    bar->addStretch(1);
    for (QPushButton *b : {m_preview, m_print, m_pdf, m_html})
        bar->addWidget(b);
    layout->addLayout(bar);

    auto *exportBar = new QHBoxLayout;
    m_exportLabel = new QLabel(this);
    m_exportKind = new QComboBox(this);
    m_export = new QPushButton(this);
    m_exportLabel->setBuddy(m_exportKind);
    exportBar->addWidget(m_exportLabel);
    exportBar->addWidget(m_exportKind);
    exportBar->addWidget(m_export);
    exportBar->addStretch(1);
    m_status = new QLabel(this);
    exportBar->addWidget(m_status);
    layout->addLayout(exportBar);

    // The pages on screen are painted by the same renderer as print and PDF.
    m_printer = std::make_unique<QPrinter>(QPrinter::ScreenResolution);
    setupPrinter(*m_printer);
    m_view = new QPrintPreviewWidget(m_printer.get(), this);
    m_view->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_view, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_doc)
            report::ReportRenderer(*m_doc).render(*printer);
    });
    layout->addWidget(m_view, 1);

    connect(m_scope, &QComboBox::activated, this, &ReportsPage::refresh);
    connect(m_week, &QComboBox::activated, this, &ReportsPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::saveAsPdf);
    connect(m_html, &QPushButton::clicked, this, &ReportsPage::saveAsHtml);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportKind);
    setBusy(false);
}

void ReportsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Weekly report"));
    m_tabs->setTabText(1, tr("Results analysis"));
    m_scopeLabel->setText(tr("&Scope:"));
    m_weekLabel->setText(tr("&Week:"));
    m_refresh->setText(tr("Refresh"));
    m_preview->setText(tr("Print pre&view…"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_html->setText(tr("Save as &HTML…"));
    m_exportLabel->setText(tr("E&xport records:"));
    m_export->setText(tr("Export (CSV/XLSX)…"));
    const int kind = m_exportKind->currentIndex();
    m_exportKind->clear();
    const QStringList names{tr("Leads"),         tr("Customers"),     tr("Contacts"),
                            tr("Opportunities"), tr("Stage history"), tr("Activities")};
    for (DataKind k : allDataKinds())
        m_exportKind->addItem(names.value(int(k), toString(k)), toString(k));
    m_exportKind->setCurrentIndex(std::max(kind, int(DataKind::Opportunities) * (kind < 0)));
    if (m_scope->count() > 0)
        m_scope->setItemText(0, tr("Whole company"));
}

void ReportsPage::reloadChoices()
{
    const QString scope = m_scope->currentData().toString();
    const QString week = m_week->currentData().toString();
    m_scope->clear();
    m_week->clear();
    m_scope->addItem(tr("Whole company"), QStringLiteral("company"));
    Database *db = m_session.database();
    if (!db)
        return;
    try {
        OrganizationRepository org(*db);
        for (const Region &r : org.regions())
            m_scope->addItem(tr("Region %1").arg(r.name), QStringLiteral("region:") + r.name);
        for (const Team &t : org.teams())
            m_scope->addItem(tr("Team %1").arg(t.name), QStringLiteral("team:") + t.name);
        // Reps are stored by login for the spec and shown by display name; managers sell too.
        for (const User &u : org.users())
            if (u.role == UserRole::Rep || u.role == UserRole::Manager)
                m_scope->addItem(tr("Rep %1").arg(u.displayName), QStringLiteral("rep:") + u.login);
    } catch (const Error &) {
        // An unreadable list leaves the company scope, which always works.
    }
    // Weeks: the running one and the ones before it; the last full week is the default.
    const QDate today = db->clock().now().toUTC().date();
    for (int i = 0; i < kWeeks; ++i) {
        const QDate day = today.addDays(-7 * i);
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        const QString iso = report::isoWeekText(monday);
        m_week->addItem(tr("%1 (%2 – %3)")
                            .arg(iso, monday.toString(QStringLiteral("MM-dd")),
                                 monday.addDays(6).toString(QStringLiteral("MM-dd"))),
                        iso);
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));
    const int w = m_week->findData(week);
    m_week->setCurrentIndex(w >= 0 ? w : std::min(1, m_week->count() - 1));
}

void ReportsPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool ready = !busy && m_doc.has_value();
    for (QPushButton *b : {m_preview, m_print, m_pdf, m_html})
        b->setEnabled(ready);
    m_export->setEnabled(m_session.database() != nullptr);
    m_status->setText(busy ? tr("Preparing the report…") : QString());
}

void ReportsPage::reload()
{
    Database *db = m_session.database();
    if (!db) {
        m_job.cancel();
        m_data.reset();
        m_doc.reset();
        m_view->updatePreview();
        setBusy(false);
        return;
    }
    report::WeeklyReportQuery q;
    q.week = m_week->currentData().toString();
    q.scope = m_scope->currentData().toString();
    if (q.week.isEmpty()) {
        m_job.cancel();
        return;
    }
    setBusy(true);
    m_job.start(
        *db, [q](Database &worker) { return report::buildWeeklyReport(worker, q); },
        [this](std::optional<report::WeeklyReportData> built, const QString &error) {
            if (!built) {
                m_data.reset();
                m_doc.reset();
                m_view->updatePreview();
                setBusy(false);
                m_status->setText(tr("The report could not be prepared: %1").arg(error));
                emit reportReady(error.isEmpty() ? tr("unknown error") : error);
                return;
            }
            m_data = std::move(built);
            rebuildDocument();
            setBusy(false);
            emit reportReady(QString());
        });
}

void ReportsPage::rebuildDocument()
{
    if (!m_data)
        return;
    m_doc = report::weeklyReportDocument(*m_data);
    m_view->updatePreview();
}

bool ReportsPage::savePdf(const QString &path, QString *error) const
{
    if (!m_doc) {
        if (error)
            *error = tr("No report yet.");
        return false;
    }
    if (!report::ReportRenderer(*m_doc).writePdf(path, error))
        return false;
    recordForecasts();
    return true;
}

void ReportsPage::recordForecasts() const
{
    // A report printed or saved is one a manager will quote: its forecasts are kept for the
    // Forecast page's history. Showing the report on screen records nothing.
    Database *db = m_session.database();
    if (!db || !m_data)
        return;
    try {
        report::recordReportForecasts(*db, *m_data);
    } catch (const Error &e) {
        m_status->setText(tr("The report's forecasts could not be recorded: %1").arg(e.message()));
    }
}

void ReportsPage::preview()
{
    if (!m_doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview – %1").arg(m_doc->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { report::ReportRenderer(*m_doc).render(*p); });
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportsPage::print()
{
    if (!m_doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        report::ReportRenderer(*m_doc).render(printer);
        recordForecasts();
    }
}

void ReportsPage::saveAsPdf()
{
    if (!m_data)
        return;
    savePdfAs(this, tr("Save report as PDF"), QStringLiteral("weekly-report-%1.pdf").arg(m_data->week),
              [this](const QString &path, QString *error) { return savePdf(path, error); });
}

void ReportsPage::saveAsHtml()
{
    if (!m_data || !m_doc)
        return;
    const QString name = QStringLiteral("weekly-report-%1.html").arg(m_data->week);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report as HTML"), documentsPath(name),
                                                      tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!report::writeReportHtml(*m_doc, path, &error))
        QMessageBox::warning(this, tr("Save as HTML"), tr("The file could not be written: %1").arg(error));
    else
        recordForecasts();
}

void ReportsPage::exportKind()
{
    Database *db = m_session.database();
    const auto kind = parseDataKind(m_exportKind->currentData().toString());
    if (!db || !kind)
        return;
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_exportKind->currentText()),
                                                      documentsPath(toString(*kind) + QStringLiteral(".xlsx")),
                                                      xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    const ExportFormat format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) || filter == csv
                                    ? ExportFormat::Csv
                                    : ExportFormat::Xlsx;
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    runInBackground<qint64>(
        this, *db,
        [kind = *kind, format, path](Database &worker) { return Exporter(worker).exportKind(kind, format, path); },
        [this, path](std::optional<qint64> rows, const QString &error) {
            m_export->setEnabled(true);
            if (rows)
                m_status->setText(tr("%1 rows exported to %2").arg(*rows).arg(QDir::toNativeSeparators(path)));
            else
                QMessageBox::warning(this, tr("Export"), tr("The export failed: %1").arg(error));
            if (!rows)
                m_status->clear();
        });
}

void ReportsPage::languageChanged()
{
    reloadChoices();
    retranslateUi();
    rebuildDocument();
}

} // namespace fd
