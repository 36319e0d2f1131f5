#include "importwizard.h"

#include "session.h"

#include "io/csvreader.h"
#include "io/datakind.h"
#include "io/xlsxfilereader.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

namespace {

bool isXlsx(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

QList<TextEncoding> encodings()
{
    return {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Gb18030, TextEncoding::Big5};
}

QList<DuplicatePolicy> policies()
{
    return {DuplicatePolicy::Reject, DuplicatePolicy::Skip, DuplicatePolicy::Keep, DuplicatePolicy::Merge};
}

// Kinds whose duplicates follow the policy (deals are duplicates by external id only).
bool hasDuplicatePolicy(DataKind kind)
{
    return kind == DataKind::Leads || kind == DataKind::Customers || kind == DataKind::Contacts;
}

void fillTable(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < headers.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    table->resizeColumnsToContents();
}

} // namespace

ImportWizard::ImportWizard(Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    buildFilePage();
    buildMappingPage();
    buildCheckPage();
    buildDonePage();
    retranslateUi();
    resize(860, 620);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::buildFilePage()
{
    auto *page = new QWizardPage(this);
    auto *form = new QFormLayout(page);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    auto *browse = new QPushButton(page);
    browse->setObjectName(QStringLiteral("browse"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_kind = new QComboBox(page);
    m_encoding = new QComboBox(page);
    m_detected = new QLabel(page);
    m_createMissing = new QCheckBox(page);
    m_duplicatesLabel = new QLabel(page);
    m_duplicates = new QComboBox(page);
    m_duplicates->setObjectName(QStringLiteral("duplicatePolicy"));
    m_duplicatesLabel->setBuddy(m_duplicates);
    form->addRow(QStringLiteral("file"), row);
    form->addRow(QStringLiteral("kind"), m_kind);
    form->addRow(QStringLiteral("encoding"), m_encoding);
    form->addRow(QString(), m_detected);
    form->addRow(QString(), m_createMissing);
    form->addRow(m_duplicatesLabel, m_duplicates);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &ImportWizard::kindChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file to import"), m_path->text(),
                                                          tr("CSV or Excel files (*.csv *.txt *.xlsx)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, &ImportWizard::detectEncoding);
    setPage(FilePage, page);
}

void ImportWizard::buildMappingPage()
{
    auto *page = new QWizardPage(this);
    auto *layout = new QVBoxLayout(page);
    m_mapping = new QTableWidget(page);
    m_mapping->setColumnCount(3);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_mapping);
    setPage(MappingPage, page);
}

void ImportWizard::buildCheckPage()
{
    auto *page = new QWizardPage(this);
    auto *layout = new QVBoxLayout(page);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setWordWrap(true);
    m_errors = new QTableWidget(page);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *save = new QPushButton(page);
    save->setObjectName(QStringLiteral("saveRejected"));
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_errors, 2);
    layout->addWidget(m_preview, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !saveRejected(path))
            QMessageBox::warning(this, tr("Save rejected rows"), tr("There are no rejected rows to save."));
    });
    setPage(CheckPage, page);
}

void ImportWizard::buildDonePage()
{
    auto *page = new QWizardPage(this);
    auto *layout = new QVBoxLayout(page);
    m_doneSummary = new QLabel(page);
    m_doneSummary->setWordWrap(true);
    m_doneSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new QTableWidget(page);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->verticalHeader()->hide();
    layout->addWidget(m_doneSummary);
    layout->addWidget(m_report, 1);
    page->setFinalPage(true);
    setPage(DonePage, page);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import"));
    page(FilePage)->setTitle(tr("Choose the file"));
    page(FilePage)->setSubTitle(tr("CSV (UTF-8, GB18030/GBK or Big5) or Excel (.xlsx), one kind of record."));
    auto *form = static_cast<QFormLayout *>(page(FilePage)->layout());
    const QStringList labels{tr("&File:"), tr("&Kind:"), tr("&Encoding:")};
    for (int i = 0; i < labels.size(); ++i)
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(i));
    page(FilePage)->findChild<QPushButton *>(QStringLiteral("browse"))->setText(tr("&Browse…"));
    m_createMissing->setText(tr("&Create customers, reps, teams, regions, products and stages that do not exist yet"));
    m_duplicatesLabel->setText(tr("&Duplicates:"));
    const int policy = m_duplicates->currentIndex();
    m_duplicates->clear();
    const QStringList policyNames{tr("Reject the file (list them as errors)"), tr("Skip them (keep what is stored)"),
                                  tr("Import them too (for the duplicate review)"),
                                  tr("Merge them (fill empty fields of the stored record)")};
    for (DuplicatePolicy p : policies())
        m_duplicates->addItem(policyNames.value(int(p)), toString(p));
    m_duplicates->setCurrentIndex(std::max(0, policy));

    const int kind = m_kind->currentIndex();
    m_kind->clear();
    const QStringList names{tr("Leads"),         tr("Customers"),     tr("Contacts"),
                            tr("Opportunities"), tr("Stage history"), tr("Activities")};
    for (DataKind k : allDataKinds())
        m_kind->addItem(names.value(int(k), toString(k)), toString(k));
    m_kind->setCurrentIndex(kind >= 0 ? kind : int(DataKind::Opportunities));
    kindChanged();
    const int encoding = m_encoding->currentIndex();
    m_encoding->clear();
    m_encoding->addItem(tr("Detect automatically"));
    for (TextEncoding e : encodings())
        m_encoding->addItem(toString(e), toString(e));
    m_encoding->setCurrentIndex(std::max(0, encoding));
    detectEncoding();

    page(MappingPage)->setTitle(tr("Match the columns"));
    page(MappingPage)
        ->setSubTitle(tr("Columns are matched by their Chinese or English names; change any that "
                         "are wrong. Columns marked * are required."));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    page(CheckPage)->setTitle(tr("Check"));
    page(CheckPage)->setSubTitle(tr("Every row was checked without storing anything."));
    page(CheckPage)->findChild<QPushButton *>(QStringLiteral("saveRejected"))->setText(tr("&Save rejected rows…"));
    page(CheckPage)->setButtonText(QWizard::NextButton, tr("&Import"));
    page(DonePage)->setTitle(tr("Import"));
}

void ImportWizard::kindChanged()
{
    const auto kind = parseDataKind(m_kind->currentData().toString());
    const bool applies = kind && hasDuplicatePolicy(*kind);
    m_duplicates->setEnabled(applies);
    m_duplicates->setToolTip(applies ? tr("A lead, customer or contact that repeats a stored record or an earlier "
                                          "row (same external id, phone, or company and name).")
                                     : tr("Deals and history are duplicates only by their external id: such rows "
                                          "are errors."));
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::detectEncoding()
{
    m_detectedEncoding.reset();
    const QString path = m_path->text();
    if (path.isEmpty() || isXlsx(path)) {
        m_detected->setText(isXlsx(path) ? tr("Excel workbook: no text encoding to choose.") : QString());
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_detected->setText(tr("The file cannot be opened."));
        return;
    }
    m_detectedEncoding = encoding::detect(f);
    m_detected->setText(tr("Detected encoding: %1").arg(toString(*m_detectedEncoding)));
}

bool ImportWizard::readHeader(QString *error)
{
    m_header.clear();
    const QString path = m_path->text();
    QStringList first;
    try {
        SourceRecord record;
        if (isXlsx(path)) {
            XlsxFileReader reader(path);
            if (reader.next(record))
                m_header = record.fields;
            if (reader.next(record))
                first = record.fields;
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = f.errorString();
                return false;
            }
            CsvReadOptions o;
            o.encoding = options().encoding.value_or(m_detectedEncoding.value_or(TextEncoding::Utf8));
            CsvReader reader(f, o);
            if (reader.next(record))
                m_header = record.fields;
            if (reader.next(record))
                first = record.fields;
        }
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    if (m_header.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    const DataKind kind = *parseDataKind(m_kind->currentData().toString());
    QStringList mapped;
    try {
        mapped = Importer::mapHeader(kind, m_header, {});
    } catch (const Error &) {
        mapped = QStringList(m_header.size(), QString());
    }
    m_mapping->setRowCount(int(m_header.size()));
    for (int r = 0; r < m_header.size(); ++r) {
        auto *name = new QTableWidgetItem(m_header.at(r));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(r, 0, name);
        auto *value = new QTableWidgetItem(first.value(r));
        value->setFlags(value->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(r, 1, value);
        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("(not imported)"), QString());
        for (const ColumnSpec &c : columnSpecs(kind))
            box->addItem(c.required ? c.name + QStringLiteral(" *") : c.name, c.name);
        box->setCurrentIndex(std::max(0, box->findData(mapped.value(r))));
        m_mapping->setCellWidget(r, 2, box);
    }
    m_mapping->resizeColumnsToContents();
    return true;
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.kind = parseDataKind(m_kind->currentData().toString()).value_or(DataKind::Opportunities);
    if (m_encoding->currentIndex() > 0)
        o.encoding = parseTextEncoding(m_encoding->currentData().toString());
    o.createMissing = m_createMissing->isChecked();
    if (hasDuplicatePolicy(o.kind))
        o.onDuplicate = parseDuplicatePolicy(m_duplicates->currentData().toString()).value_or(DuplicatePolicy::Reject);
    for (int r = 0; r < m_mapping->rowCount() && r < m_header.size(); ++r)
        if (auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 2)))
            o.mapping.insert(m_header.at(r), box->currentData().toString());
    return o;
}

std::optional<ImportResult> ImportWizard::runWorker(const ImportOptions &base, const QString &title, QString *error)
{
    Database *db = m_session.database();
    if (!db) {
        *error = tr("No database is open.");
        return std::nullopt;
    }
    std::atomic<qint64> done{0}, total{0};
    std::atomic<bool> cancel{false};
    ImportOptions o = base;
    o.progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !cancel.load();
    };
    std::optional<ImportResult> result;
    QString failure;
    const QString path = m_path->text();
    const Database &gui = *db;
    QThread *thread = QThread::create([&] {
        try {
            std::unique_ptr<Database> worker = gui.reopen(); // its own connection, in this thread
            result = Importer(*worker).run(path, o);
        } catch (const Error &e) {
            failure = e.message();
        } catch (const std::exception &e) {
            failure = QString::fromLocal8Bit(e.what());
        }
    });
    QProgressDialog progress(title, tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, this, [&] { cancel = true; });
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 t = total.load();
        progress.setValue(t > 0 ? int(1000 * done.load() / t) : 0);
    });
    tick.start(100);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    progress.reset();
    if (!result)
        *error = failure;
    return result;
}

bool ImportWizard::validateCurrentPage()
{
    QString error;
    switch (currentId()) {
    case FilePage:
        if (m_path->text().isEmpty() || !QFile::exists(m_path->text())) {
            QMessageBox::warning(this, tr("Import"), tr("Choose an existing file."));
            return false;
        }
        if (!readHeader(&error)) {
            QMessageBox::warning(this, tr("Import"), tr("The file cannot be read: %1").arg(error));
            return false;
        }
        return true;
    case MappingPage: {
        try {
            Importer::mapHeader(options().kind, m_header, options().mapping);
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Import"), e.message());
            return false;
        }
        ImportOptions o = options();
        o.dryRun = true;
        m_temp = std::make_unique<QTemporaryDir>();
        o.rejectedReportPath = m_temp->filePath(QStringLiteral("rejected.csv"));
        m_check = runWorker(o, tr("Checking the file…"), &error);
        if (!m_check) {
            QMessageBox::warning(this, tr("Import"), tr("The file cannot be imported: %1").arg(error));
            return false;
        }
        return true;
    }
    case CheckPage: {
        if (!m_check || m_check->rowsRejected > 0 || m_check->cancelled)
            return false;
        m_done = runWorker(options(), tr("Importing…"), &error);
        if (!m_done) {
            QMessageBox::warning(this, tr("Import"), tr("Nothing was imported: %1").arg(error));
            return false;
        }
        if (m_done->committed)
            m_session.notifyDataChanged();
        return true;
    }
    default:
        return true;
    }
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return MappingPage;
    case MappingPage:
        return CheckPage;
    case CheckPage:
        return DonePage;
    default:
        return -1;
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == CheckPage)
        showCheck();
    if (id == DonePage)
        showReport();
    QWizard::initializePage(id);
}

void ImportWizard::showCheck()
{
    if (!m_check)
        return;
    const ImportResult &r = *m_check;
    QString summary = tr("%1 rows read (%2, %3): %4 can be imported, %5 rejected.")
                          .arg(r.rowsRead)
                          .arg(r.format, toString(r.encoding))
                          .arg(r.rowsImported)
                          .arg(r.rowsRejected);
    for (const QString &line : outcomeLines(r))
        summary += QLatin1Char(' ') + line;
    if (!r.created.isEmpty())
        summary += QLatin1Char(' ') + tr("To be created: %1.").arg(r.created.join(QStringLiteral(", ")));
    if (r.rowsRejected > 0)
        summary += QLatin1Char(' ')
                   + tr("Correct the file (or the column matching) and try again: the import "
                        "stores all rows or none.");
    m_checkSummary->setText(summary);
    // Errors first, then the notes (duplicates skipped, kept or merged; repeated titles).
    QList<QStringList> errors;
    for (const FieldError &e : r.errors)
        errors << QStringList{QString::number(e.row), e.field, e.value, e.reason};
    for (const FieldError &n : r.notices)
        errors << QStringList{QString::number(n.row), n.field, n.value, tr("Note: %1").arg(n.reason)};
    fillTable(m_errors, {tr("Line"), tr("Column"), tr("Value"), tr("Problem")}, errors);
    m_errors->setVisible(!errors.isEmpty());
    fillTable(m_preview, r.previewColumns, r.preview);
}

QStringList ImportWizard::outcomeLines(const ImportResult &r) const
{
    QStringList lines;
    if (r.rowsSkipped || r.rowsMerged || r.duplicatesKept)
        lines << tr("Duplicates: %1 skipped, %2 merged into the stored record, %3 imported as well.")
                     .arg(r.rowsSkipped)
                     .arg(r.rowsMerged)
                     .arg(r.duplicatesKept);
    if (r.lostReasonsDefaulted)
        lines << tr("%1 lost deals without a reason get \"%2\".").arg(r.lostReasonsDefaulted).arg(r.defaultLostReason);
    if (!r.ignoredColumns.isEmpty())
        lines << tr("Columns not imported (%1): %2.")
                     .arg(r.ignoredColumns.size())
                     .arg(r.ignoredColumns.join(QStringLiteral(", ")));
    return lines;
}

void ImportWizard::showReport()
{
    if (!m_done)
        return;
    const ImportResult &r = *m_done;
    QStringList lines;
    if (r.committed)
        lines << tr("%1 rows imported.").arg(r.rowsImported);
    else
        lines << (r.cancelled ? tr("Cancelled: nothing was imported.") : tr("Nothing was imported."));
    if (r.committed) {
        lines << outcomeLines(r);
        if (!r.created.isEmpty())
            lines << tr("Created: %1").arg(r.created.join(QStringLiteral(", ")));
        if (r.batchId)
            lines << tr("Import #%1 in the audit trail.").arg(r.batchId);
    }
    m_doneSummary->setText(lines.join(QLatin1Char('\n')));
    QList<QStringList> notes;
    for (const FieldError &n : r.notices)
        notes << QStringList{QString::number(n.row), n.field, n.value, n.reason};
    fillTable(m_report, {tr("Line"), tr("Column"), tr("Value"), tr("What happened")}, notes);
    m_report->setVisible(r.committed && !notes.isEmpty());
}

bool ImportWizard::saveRejected(const QString &path) const
{
    if (!m_check || m_check->rowsRejected == 0 || !m_temp)
        return false;
    const QString from = m_temp->filePath(QStringLiteral("rejected.csv"));
    QFile::remove(path);
    return QFile::copy(from, path);
}

void ImportWizard::runFor(Session &session, QWidget *parent, DataKind kind)
{
    if (!session.database())
        return;
    ImportWizard wizard(session, parent);
    wizard.kindBox()->setCurrentIndex(std::max(0, wizard.kindBox()->findData(toString(kind))));
    wizard.exec();
}

ImportAction::ImportAction(Session &session, QWidget *window)
    : QAction(window)
    , m_session(session)
    , m_window(window)
{
    setText(ImportWizard::tr("&Import…"));
    window->installEventFilter(this);
    connect(this, &QAction::triggered, this, [this] {
        if (!m_session.database())
            return;
        ImportWizard wizard(m_session, m_window);
        wizard.exec();
    });
}

bool ImportAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        setText(ImportWizard::tr("&Import…"));
    return QAction::eventFilter(watched, event);
}

} // namespace fd
