#pragma once

#include "widgets/formdialog.h"

#include "domain/contract.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fd {

class ApprovalPanel;
class Database;

// A new contract from a won deal (customer, amount and title prefilled from it), or the
// fields of an existing contract with the reason for the change (kept in its history).
// The approval status is not a field: existing contracts show their ApprovalPanel.
class ContractEditor final : public FormDialog
{
    Q_OBJECT

public:
    // contractId 0 = a new contract from a won deal.
    ContractEditor(Database &db, qint64 contractId, QWidget *parent = nullptr);
    // The saved contract (id 0 until a new one is saved).
    const Contract &contract() const { return m_contract; }
    // Won deals without a contract offered for a new one (the combo's entries).
    QComboBox *dealBox() const { return m_deal; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *amountEdit() const { return m_amount; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    // The approval status, Submit / Approve / Reject and history (existing contracts only).
    ApprovalPanel *approvalPanel() const { return m_approval; }

private:
    void save() override;
    // Updates the stored contract. When someone saved it after it was opened, shows who
    // and what differs (ConflictDialog): overwrite saves over their version; reload or
    // keep editing throw an Error saying nothing was saved.
    void saveEdit(Contract &c, const QString &reason);
    // Shows the fields of m_contract.
    void showContract();
    // Prefills title, customer and amount from the chosen deal.
    void dealChosen();

    Database &m_db;
    Contract m_contract;
    QComboBox *m_deal = nullptr;
    QLabel *m_customer;
    QLineEdit *m_number;
    QLineEdit *m_title;
    QLineEdit *m_amount;
    QLabel *m_status; // a new contract's status (draft)
    ApprovalPanel *m_approval = nullptr;
    QLineEdit *m_signed;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace fd
