#include "addreceiptcommand.h"

#include "domain/money.h"
#include "storage/repositories/contractrepository.h"

#include <QCoreApplication>

namespace fd {

AddReceiptCommand::AddReceiptCommand(Database &db, const Receipt &entry, const QString &contractNumber,
                                     const QString &currency, Done done)
    : StoredEditCommand(db,
                        QCoreApplication::translate("AddReceiptCommand", "receipt of %1 on %2")
                            .arg(money::format(entry.amountCents, currency), contractNumber),
                        std::move(done))
    , m_entry(entry)
{
}

void AddReceiptCommand::doUndo(Database &db)
{
    ContractRepository(db).removeReceipt(m_entry.id);
}

void AddReceiptCommand::doRedo(Database &db)
{
    ContractRepository(db).restoreReceipt(m_entry);
}

} // namespace fd
