#include "addwriteoffcommand.h"

#include "domain/money.h"
#include "storage/repositories/contractrepository.h"

#include <QCoreApplication>

namespace fd {

AddWriteOffCommand::AddWriteOffCommand(Database &db, const ReceivableAdjustment &entry, const QString &contractNumber,
                                       const QString &currency, Done done)
    : StoredEditCommand(db,
                        QCoreApplication::translate("AddWriteOffCommand", "write-off of %1 on %2")
                            .arg(money::format(entry.amountCents, currency), contractNumber),
                        std::move(done))
    , m_entry(entry)
{
}

void AddWriteOffCommand::doUndo(Database &db)
{
    ContractRepository(db).removeAdjustment(m_entry.id);
}

void AddWriteOffCommand::doRedo(Database &db)
{
    ContractRepository(db).restoreAdjustment(m_entry);
}

} // namespace fd
