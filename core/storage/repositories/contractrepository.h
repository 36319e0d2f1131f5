#pragma once

#include "domain/contract.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd {

class Database;
class Validator;

// A won deal that no contract refers to yet: what a new contract can be drawn up from.
struct WonDeal
{
    qint64 id = 0;
    QString title;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    Money amount;
    QDate closed; // the UTC day it was won; invalid when not recorded
};

// Contracts and what follows them: change history, payment plans with instalments,
// invoices, receipts (回款) and receivable adjustments (write-offs). Every write is one
// transaction; a contract update records each changed field with its reason.
class ContractRepository final
{
public:
    explicit ContractRepository(Database &db)
        : m_db(db)
    {
    }

    // Validates and inserts; fills in id, timestamps and rowVersion. Returns the id.
    // A signed-in user (Database::actingUserId) creates drafts only; with nobody signed in
    // (the demo, an import) another status is recorded with a 'recorded' approval step.
    qint64 create(Contract &contract);
    // Saves every field; writes one contract_changes row per changed field with `reason`
    // (required). ConflictError when contract.rowVersion is stale. The approval status is
    // not an editable field (ValidationError when it differs: see ContractApproval); a
    // change of the amount, currency, customer or dates of an approved or pending contract
    // sets it back to pending with a 'reopen' approval step (reason as its comment).
    void update(Contract &contract, const QString &reason);
    // One contract. Throws NotFoundError.
    Contract get(qint64 id);
    // The contract with this number (trimmed), if any.
    std::optional<Contract> byNumber(const QString &number);
    // Contracts of a customer (0 = all), newest signed first.
    QList<Contract> list(qint64 customerId = 0);
    // Change history of a contract, oldest first.
    QList<ContractChange> changes(qint64 contractId);

    // The number a new contract is offered: "HT-YYYY-NNN" with the year of the database
    // clock's today and NNN = the number of contracts on file + 1 (at least three digits),
    // counting on past any number already taken. Reads only; the unique number column
    // still refuses a number that another user took in the meantime.
    QString nextNumber();
    // Won deals without a contract, most recently won first (then the newest id).
    QList<WonDeal> wonDealsWithoutContract();

    // Inserts a plan with its instalments. Each instalment gives amountCents or a percent
    // of the contract amount; percents resolve to cents and the resolved instalments must
    // add up to the contract amount exactly (the last instalment set by percent takes the
    // rounding remainder). Fills in ids and the resolved amounts. Returns the plan id.
    qint64 createPaymentPlan(PaymentPlan &plan);
    // Plans of a contract with their instalments by seq.
    QList<PaymentPlan> paymentPlans(qint64 contractId);
    // Deletes a plan unless invoices, receipts or adjustments refer to its instalments.
    void removePaymentPlan(qint64 planId);

    // Invoices and receipts are refused (ValidationError on "contract", naming its number)
    // unless the contract is approved.
    // Records an invoice. Numbers are unique.
    qint64 addInvoice(Invoice &invoice);
    // Undo of addInvoice: deletes the invoice (audited). NotFoundError when it is gone.
    void removeInvoice(qint64 invoiceId);
    // Redo of addInvoice: stores a removed invoice again under its id and created_at,
    // with addInvoice's checks (ValidationError when its number was taken meanwhile).
    void restoreInvoice(Invoice &invoice);
    // Marks an invoice void (it stays on file). False when it was void already.
    bool voidInvoice(qint64 invoiceId);
    // Undo of voidInvoice: the invoice counts as issued again (audited). NotFoundError.
    void reissueInvoice(qint64 invoiceId);
    QList<Invoice> invoices(qint64 contractId);

    // Records money received; at most the outstanding balance.
    qint64 addReceipt(Receipt &receipt);
    // Undo of addReceipt: deletes the receipt (audited with its amount). Reconciliation
    // follows by itself: it is computed from the receipts that exist. NotFoundError.
    void removeReceipt(qint64 receiptId);
    // Redo of addReceipt: stores a removed receipt again under its id, author and
    // created_at, with addReceipt's checks (the balance may have changed meanwhile).
    void restoreReceipt(Receipt &receipt);
    QList<Receipt> receipts(qint64 contractId);

    // Records a write-off with its reason; at most the outstanding balance.
    qint64 addAdjustment(ReceivableAdjustment &adjustment);
    // Undo / redo of addAdjustment, as for receipts.
    void removeAdjustment(qint64 adjustmentId);
    void restoreAdjustment(ReceivableAdjustment &adjustment);
    QList<ReceivableAdjustment> adjustments(qint64 contractId);

    // Contract amount − receipts − adjustments, in cents. Throws NotFoundError.
    qint64 receivableBalance(qint64 contractId);

    // Validation of the contract fields; throws ValidationError.
    void validate(const Contract &contract);

private:
    // The add* functions; `restoring` keeps the record's id (and creation time).
    qint64 storeInvoice(Invoice &invoice, bool restoring);
    qint64 storeReceipt(Receipt &receipt, bool restoring);
    qint64 storeAdjustment(ReceivableAdjustment &adjustment, bool restoring);
    // Deletes one row of a payment table with a 'delete' audit entry of its amount.
    void removePayment(const char *table, const QString &entity, qint64 id);
    // Checks the contract is approved (invoices and receipts).
    void checkApproved(Validator &v, qint64 contractId);
    // Checks an instalment reference belongs to the contract.
    void checkInstalment(Validator &v, qint64 contractId, qint64 instalmentId);
    // Checks `cents` fits in what is still open on a named instalment (no over-allocation).
    void checkInstalmentRoom(Validator &v, qint64 contractId, qint64 instalmentId, qint64 cents);

    Database &m_db;
};

} // namespace fd
