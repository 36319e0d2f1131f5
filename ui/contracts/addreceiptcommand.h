#pragma once

#include "storededitcommand.h"

#include "domain/contract.h"

namespace fd {

// A receipt (回款) recorded on a contract: undo removes it (what it reconciled opens again,
// as reconciliation is computed from the receipts), redo stores it again under its id.
class AddReceiptCommand final : public StoredEditCommand
{
public:
    // `entry` was stored already (with its id); `contractNumber` names it in Edit → Undo, the amount
    // in the contract's `currency`.
    AddReceiptCommand(Database &db, const Receipt &entry, const QString &contractNumber, const QString &currency,
                      Done done);

protected:
    void doUndo(Database &db) override;
    void doRedo(Database &db) override;

private:
    Receipt m_entry;
};

} // namespace fd
