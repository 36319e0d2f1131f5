#pragma once

#include "storededitcommand.h"

#include "domain/contract.h"

namespace fd {

// A waiver or write-off on a contract: undo removes it, redo stores it again under its id.
class AddWriteOffCommand final : public StoredEditCommand
{
public:
    // `entry` was stored already (with its id); `contractNumber` names it in Edit → Undo, the amount
    // in the contract's `currency`.
    AddWriteOffCommand(Database &db, const ReceivableAdjustment &entry, const QString &contractNumber,
                       const QString &currency, Done done);

protected:
    void doUndo(Database &db) override;
    void doRedo(Database &db) override;

private:
    ReceivableAdjustment m_entry;
};

} // namespace fd
