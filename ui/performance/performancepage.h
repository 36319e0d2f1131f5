#pragma once

#include "pageregistry.h"

#include "livepage.h"

#include "analytics/statement.h"
#include "domain/payplan.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace fd {

class Session;

// Performance (绩效): the monthly pay statements (绩效单, DEFINITIONS.md §14) of a month — the
// people the signed-in user may see (a rep themselves, a manager their teams, finance and
// administrators everyone; on a team database the server decides), the selected person's
// statement (its pay components, then the credited deals, receipts and write-offs), its status
// (open, reviewed, closed), and: Review (the person's manager), Close period (finance: freezes
// every statement of the month, off the GUI thread, never reopened), Print / PDF (A4, the
// report machinery) and Export XLSX (the payroll workbook).
class PerformancePage final : public LivePage
{
    Q_OBJECT

public:
    explicit PerformancePage(PageContext &context, QWidget *parent = nullptr);

    // The month shown ("2026-11") and showing another one.
    QString month() const;
    void showMonth(const QString &month);
    // Selects a person of the list (false when not listed).
    bool selectPerson(qint64 userId);

    // What the page shows, for tests.
    const QList<analytics::Statement> &statements() const { return m_statements; }
    const analytics::Statement *selected() const;
    QStandardItemModel *peopleModel() const { return m_people; }
    QStandardItemModel *componentsModel() const { return m_components; }
    QStandardItemModel *linesModel() const { return m_lines; }
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *statusLabel() const { return m_status; }

    // The actions, without their dialogs (tests): record the review; close the month after
    // the question (returns what the question asked); write the PDF / the workbook.
    bool review(const QString &note, QString *error = nullptr);
    QString closeQuestion() const;
    bool closeMonth(QString *error = nullptr);
    bool writePdf(const QString &path, QString *error = nullptr) const;
    bool writeWorkbook(const QString &path, QString *error = nullptr) const;

protected:
    void reload() override;
    void retranslateUi() override;

private:
    void fillMonths();
    void showSelected();
    void reviewClicked();
    void closeClicked();
    void printPreview();
    void savePdf();
    void exportXlsx();

    Session &m_session;
    QList<PayPlan> m_plans;
    QList<analytics::Statement> m_statements;
    QLabel *m_monthLabel = nullptr;
    QComboBox *m_month = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_closedNote = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_xlsx = nullptr;
    QTableView *m_peopleView = nullptr;
    QTableView *m_componentsView = nullptr;
    QTableView *m_linesView = nullptr;
    QStandardItemModel *m_people = nullptr;
    QStandardItemModel *m_components = nullptr;
    QStandardItemModel *m_lines = nullptr;
    bool m_closed = false;
};

} // namespace fd
