#pragma once

#include "io/importer.h"

#include <QAction>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTemporaryDir;

namespace fd {

class Session;

// File ▸ Import…: a CSV or XLSX file of one kind into the open database, in four steps:
// the file (kind, encoding detected and overridable, what to do with duplicate leads,
// customers and contacts), the column mapping (automatic by Chinese and English names,
// editable), a check (a dry run: preview, per-row errors and notes with line, column,
// value and reason, duplicates, references to be created, columns not imported) and the
// import itself on a worker thread with its own connection, a progress dialog and
// Cancel, ending on a report of what was stored, merged, skipped, kept and left out.
// All or nothing: a file with rejected rows is not imported; a cancel stores nothing.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, CheckPage, DonePage };

    ImportWizard(Session &session, QWidget *parent = nullptr);
    // Runs the wizard on the session's database with `kind` chosen (an empty page's Import…).
    static void runFor(Session &session, QWidget *parent, DataKind kind);
    ~ImportWizard() override;

    // Test hooks: the widgets a user fills in and the last results.
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *encodingBox() const { return m_encoding; }
    QLabel *detectedLabel() const { return m_detected; }
    QComboBox *duplicatePolicyBox() const { return m_duplicates; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableWidget *errorTable() const { return m_errors; }
    QTableWidget *reportTable() const { return m_report; }
    QLabel *reportSummary() const { return m_doneSummary; }
    const std::optional<ImportResult> &checkResult() const { return m_check; }
    const std::optional<ImportResult> &importResult() const { return m_done; }
    // Writes the rejected rows of the last check as CSV. False when there are none.
    bool saveRejected(const QString &path) const;

    bool validateCurrentPage() override;
    int nextId() const override;

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent *event) override;

private:
    void buildFilePage();
    void buildMappingPage();
    void buildCheckPage();
    void buildDonePage();
    void retranslateUi();
    void detectEncoding();
    bool readHeader(QString *error);
    ImportOptions options() const;
    // Runs the importer on a worker thread (own connection) with a progress dialog.
    std::optional<ImportResult> runWorker(const ImportOptions &options, const QString &title, QString *error);
    void showCheck();
    void showReport();
    void kindChanged();
    // The counts and lists both the check and the report state.
    QStringList outcomeLines(const ImportResult &r) const;

    Session &m_session;
    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_detected = nullptr;
    QCheckBox *m_createMissing = nullptr;
    QLabel *m_duplicatesLabel = nullptr;
    QComboBox *m_duplicates = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_checkSummary = nullptr;
    QTableWidget *m_errors = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_doneSummary = nullptr;
    QTableWidget *m_report = nullptr;
    QStringList m_header;
    std::optional<TextEncoding> m_detectedEncoding;
    std::optional<ImportResult> m_check;
    std::optional<ImportResult> m_done;
    std::unique_ptr<QTemporaryDir> m_temp;
};

// The File menu's "Import…" action (retranslates itself); opens the wizard.
class ImportAction final : public QAction
{
    Q_OBJECT

public:
    ImportAction(Session &session, QWidget *window);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Session &m_session;
    QWidget *m_window;
};

} // namespace fd
