#pragma once

#include "widgets/formdialog.h"

#include "analytics/receivables.h"
#include "domain/contract.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace fd {

class Database;

// 回款: records money received on a contract, optionally against one instalment (核销);
// without one it is reconciled oldest due first.
class ReceiptDialog final : public FormDialog
{
    Q_OBJECT

public:
    ReceiptDialog(Database &db, const ContractReceivable &contract, const QList<InstalmentBalance> &instalments,
                  QWidget *parent = nullptr);
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *instalmentBox() const { return m_instalment; }

    // What was stored on acceptance (with its id), for the undo command.
    const Receipt &stored() const { return m_stored; }

private:
    void save() override;

    Database &m_db;
    qint64 m_contractId;
    QString m_currency; // the contract's: amounts are entered in it
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QComboBox *m_instalment;
    QLineEdit *m_method;
    QLineEdit *m_reference;
    Receipt m_stored;
};

// Waives or writes off part of what is receivable (e.g. 10 % of the final service payment);
// the reason is required and kept with who and when.
class WriteOffDialog final : public FormDialog
{
    Q_OBJECT

public:
    WriteOffDialog(Database &db, const ContractReceivable &contract, const QList<InstalmentBalance> &instalments,
                   QWidget *parent = nullptr);
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *instalmentBox() const { return m_instalment; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

    // What was stored on acceptance (with its id), for the undo command.
    const ReceivableAdjustment &stored() const { return m_stored; }

private:
    void save() override;

    Database &m_db;
    qint64 m_contractId;
    QString m_currency; // the contract's: amounts are entered in it
    QLineEdit *m_amount;
    QComboBox *m_instalment;
    QPlainTextEdit *m_reason;
    ReceivableAdjustment m_stored;
};

// 开票: an invoice against the contract (optionally one instalment).
class InvoiceDialog final : public FormDialog
{
    Q_OBJECT

public:
    InvoiceDialog(Database &db, const ContractReceivable &contract, const QList<InstalmentBalance> &instalments,
                  QWidget *parent = nullptr);

    // What was stored on acceptance (with its id), for the undo command.
    const Invoice &stored() const { return m_stored; }

private:
    void save() override;

    Database &m_db;
    qint64 m_contractId;
    QString m_currency; // the contract's: amounts are entered in it
    QLineEdit *m_number;
    QLineEdit *m_amount;
    QDateEdit *m_date;
    QComboBox *m_instalment;
    QComboBox *m_taxRate;
    Invoice m_stored;
};

// 回款计划: instalments by amount or by percent of the contract amount.
class PaymentPlanDialog final : public FormDialog
{
    Q_OBJECT

public:
    PaymentPlanDialog(Database &db, const ContractReceivable &contract, QWidget *parent = nullptr);
    // Switches between percent and amount entry.
    void setByPercent(bool byPercent);
    // Appends an instalment row: due date, value ("30" percent or "¥12,000.00"), note.
    void addInstalment(const QDate &due, const QString &value, const QString &note = QString());

private:
    void save() override;

    Database &m_db;
    qint64 m_contractId;
    QString m_currency; // the contract's: amounts are entered in it
    QLineEdit *m_name;
    QRadioButton *m_byPercent;
    QRadioButton *m_byAmount;
    QTableWidget *m_rows;
};

// A combo of a contract's instalments ("— automatic —" first), for the dialogs above.
void fillInstalments(QComboBox *box, const QList<InstalmentBalance> &instalments, const QString &noneText);

} // namespace fd
