#pragma once

#include "storededitcommand.h"

#include "domain/contract.h"

namespace fd {

// An invoice issued on a contract: undo removes it (its number is free again), redo
// stores it again under its id and number.
class AddInvoiceCommand final : public StoredEditCommand
{
public:
    // `entry` was stored already (with its id); `contractNumber` names it in Edit → Undo, the amount
    // in the contract's `currency`.
    AddInvoiceCommand(Database &db, const Invoice &entry, const QString &contractNumber, const QString &currency,
                      Done done);

protected:
    void doUndo(Database &db) override;
    void doRedo(Database &db) override;

private:
    Invoice m_entry;
};

} // namespace fd
