#pragma once

#include "analytics/receivables.h"
#include "storededitcommand.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace fd {

class Database;

// One contract: its figures and approval status, the payment plan's instalments with what
// was reconciled against each (核销), invoices (issue, void), receipts, write-offs with their
// reasons, and the change history. Every button writes through ContractRepository.
class ContractDialog final : public QDialog
{
    Q_OBJECT

public:
    ContractDialog(Database &db, qint64 contractId, QWidget *parent = nullptr);

    // Receipts, write-offs, invoices and voided invoices from now on become commands on `stack`
    // (the contracts page's), which `done` hears about after each undo / redo; Ctrl+Z and
    // Ctrl+Shift+Z in the dialog undo and redo them. Without a stack they cannot be undone.
    void setUndoStack(QUndoStack *stack, StoredEditCommand::Done done);

    // Reads the contract again (after each change).
    void reload();
    // The figures as shown (as of the database clock's today).
    const ContractReceivable &figures() const { return m_figures; }
    const QList<InstalmentBalance> &instalments() const { return m_instalments; }
    QTableWidget *historyTable() const { return m_history; }
    // "Margin of the deal: …", or "—" without a deal or line items.
    QString marginText() const;
    QTableWidget *instalmentTable() const { return m_plan; }

signals:
    // Something was stored: the lists elsewhere need refreshing.
    void changed();

private:
    void editContract();
    void addPlan();
    void removePlan();
    void addInvoice();
    void voidInvoice();
    void addReceipt();
    void writeOff();
    // Runs a dialog; on acceptance reloads, emits changed() and returns true.
    bool runAndReload(QDialog &dialog);
    // Pushes the command of an entry made in this dialog (deletes it without a stack).
    void push(QUndoCommand *command);

    Database &m_db;
    qint64 m_contractId;
    ContractReceivable m_figures;
    QList<InstalmentBalance> m_instalments;
    qint64 m_planId = 0;
    QLabel *m_summary;
    QLabel *m_margin; // the margin of the contract's deal (DEFINITIONS.md §10a)
    QTabWidget *m_tabs;
    QTableWidget *m_plan;
    QTableWidget *m_invoices;
    QTableWidget *m_receipts;
    QTableWidget *m_adjustments;
    QTableWidget *m_history;
    QPushButton *m_addPlan;
    QPushButton *m_removePlan;
    QPushButton *m_voidInvoice;
    QUndoStack *m_undoStack = nullptr;
    StoredEditCommand::Done m_done;
};

} // namespace fd
