#include "addinvoicecommand.h"

#include "domain/money.h"
#include "storage/repositories/contractrepository.h"

#include <QCoreApplication>

namespace fd {

AddInvoiceCommand::AddInvoiceCommand(Database &db, const Invoice &entry, const QString &contractNumber,
                                     const QString &currency, Done done)
    : StoredEditCommand(db,
                        QCoreApplication::translate("AddInvoiceCommand", "invoice of %1 on %2")
                            .arg(money::format(entry.amountCents, currency), contractNumber),
                        std::move(done))
    , m_entry(entry)
{
}

void AddInvoiceCommand::doUndo(Database &db)
{
    ContractRepository(db).removeInvoice(m_entry.id);
}

void AddInvoiceCommand::doRedo(Database &db)
{
    ContractRepository(db).restoreInvoice(m_entry);
}

} // namespace fd
