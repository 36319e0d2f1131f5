#include "voidinvoicecommand.h"

#include "storage/repositories/contractrepository.h"

#include <QCoreApplication>

namespace fd {

VoidInvoiceCommand::VoidInvoiceCommand(Database &db, qint64 invoiceId, const QString &number, Done done)
    : StoredEditCommand(db, QCoreApplication::translate("VoidInvoiceCommand", "void of invoice %1").arg(number),
                        std::move(done))
    , m_invoiceId(invoiceId)
{
}

void VoidInvoiceCommand::doUndo(Database &db)
{
    ContractRepository(db).reissueInvoice(m_invoiceId);
}

void VoidInvoiceCommand::doRedo(Database &db)
{
    ContractRepository(db).voidInvoice(m_invoiceId);
}

} // namespace fd
