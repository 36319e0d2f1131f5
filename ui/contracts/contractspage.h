#pragma once

#include "pageregistry.h"

#include "analytics/receivables.h"

#include "livepage.h"
#include "undoablepage.h"
#include "widgets/latestjob.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace fd {

class ContentOrEmpty;

class ContractFilterProxy;
class ContractTableModel;
class InstalmentTableModel;

// 合同与回款: the contracts list with amount, invoiced, received, receivable balance, next due
// date and overdue mark (search, approval and customer filters); a contract opens its detail
// (plan, invoices, receipts, write-offs, history); "New contract from won deal…"; the aging
// tab (0–30, 31–60, 61–90, 90+ days per customer, totals; a click lists the instalments).
// Figures are computed off the GUI thread.
class ContractsPage final : public LivePage, public UndoablePage
{
    Q_OBJECT

public:
    explicit ContractsPage(PageContext &context, QWidget *parent = nullptr);

    // Receipts, write-offs and invoices entered in the contract detail, for Edit → Undo.
    QUndoStack *undoStack() const override { return m_undoStack; }
    // Opens the detail of a contract (modal) with its entries going to undoStack().
    void openContract(qint64 contractId);

    // What is shown (for tests and the drill-down): of the instalments only those due with
    // something outstanding (what the aging and its drill-down list); no overdue or expected list.
    const ReceivablesReport &report() const { return m_report; }
    ContractTableModel *contractModel() const { return m_model; }
    ContractFilterProxy *contractProxy() const { return m_proxy; }
    QTableView *contractView() const { return m_view; }
    QTableWidget *agingTable() const { return m_aging; }
    QTableView *drillTable() const { return m_drill; }
    QLabel *summaryLabel() const { return m_summary; }
    // Lists the instalments behind an aging cell (row of the aging table — 0 is the totals
    // row —, column 1–5).
    void drillInto(int row, int column);

signals:
    // Figures computed and shown (also after an error).
    void loaded();

private:
    void retranslateUi() override;
    void reload() override;
    void showReport(ReceivablesReport report);
    void fillFilters();
    void openCurrent();
    void newFromWonDeal();

    PageContext &m_context;
    ReceivablesReport m_report;
    LatestJob<ReceivablesReport> m_job;
    QLabel *m_heading;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_customer;
    QCheckBox *m_overdueOnly;
    QPushButton *m_new;
    QPushButton *m_open;
    ContractTableModel *m_model;
    ContractFilterProxy *m_proxy;
    QTableView *m_view;
    ContentOrEmpty *m_viewOrEmpty = nullptr;
    QLabel *m_agingNote;
    QTableWidget *m_aging;
    QLabel *m_drillTitle;
    InstalmentTableModel *m_drillModel;
    QTableView *m_drill;
    QUndoStack *m_undoStack;
};

} // namespace fd
